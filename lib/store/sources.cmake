# SPDX-License-Identifier: MIT
# Plans: SQLite/PostgreSQL store, scenario diff, CSV export, XLSX import.
find_package(QuaZip-Qt6 REQUIRED)  # Debian: libquazip1-qt6-dev
target_sources(orgcore PRIVATE
    store/plan.h
    store/planstore.h store/planstore.cpp
    store/storeerror.h store/storeerror.cpp
    store/tempfiles.h store/tempfiles.cpp
    store/scenariodiff.h store/scenariodiff.cpp
    store/csvexporter.h store/csvexporter.cpp
    io/xlsxreader.h io/xlsxreader.cpp
)
target_link_libraries(orgcore PRIVATE QuaZip::QuaZip)
