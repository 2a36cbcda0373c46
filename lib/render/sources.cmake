# SPDX-License-Identifier: MIT
org_units(org_render render
    UNITS cardpainter changemarks chartpainter chartindex pagesplitter pdffonts chartexporter
    CPP exportimage exportpaged)
target_link_libraries(org_render PUBLIC Qt6::Gui Qt6::Svg)
# Searchable CJK text in PDFs (render/pdffonts.cpp): a copy of the CJK font with its cmap
# subset by HarfBuzz. Debian: libharfbuzz-dev (hb-subset.h, libharfbuzz-subset0).
# GLOBAL: org_render is static, so whoever links it links harfbuzz-subset too.
find_package(PkgConfig REQUIRED)
pkg_check_modules(HARFBUZZ_SUBSET REQUIRED IMPORTED_TARGET GLOBAL harfbuzz-subset)
target_link_libraries(org_render PRIVATE PkgConfig::HARFBUZZ_SUBSET)
