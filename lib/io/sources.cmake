# SPDX-License-Identifier: MIT
# Reading input files: CSV (any encoding) and Excel workbooks into an Org.
org_units(org_io io
    UNITS textdecoder csvreader csvimporter changelist roleinference inputfile xlsxreader
    HEADERS importerror)
target_link_libraries(org_io PUBLIC Qt6::Core)
# Encoding detection of CSV files that are not UTF-8 (io/textdecoder.cpp).
# Debian: libuchardet-dev. GLOBAL: org_io is static, so whoever links it links uchardet too.
find_package(PkgConfig REQUIRED)
pkg_check_modules(UCHARDET REQUIRED IMPORTED_TARGET GLOBAL uchardet)
# XLSX import (io/xlsxreader.cpp). Debian: libquazip1-qt6-dev
find_package(QuaZip-Qt6 REQUIRED)
target_link_libraries(org_io PRIVATE PkgConfig::UCHARDET QuaZip::QuaZip)
