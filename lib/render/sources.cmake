# SPDX-License-Identifier: MIT
target_sources(org_render PRIVATE
    render/cardpainter.h render/cardpainter.cpp
    render/changemarks.h render/changemarks.cpp
    render/chartpainter.h render/chartpainter.cpp
    render/chartindex.h render/chartindex.cpp
    render/pagesplitter.h render/pagesplitter.cpp
    render/pdffonts.h render/pdffonts.cpp
    render/chartexporter.h render/chartexporter.cpp render/exportimage.cpp render/exportpaged.cpp)
target_link_libraries(org_render PUBLIC Qt6::Gui Qt6::Svg)
# Searchable CJK text in PDFs (render/pdffonts.cpp): a copy of the CJK font with its cmap
# subset by HarfBuzz. Debian: libharfbuzz-dev (hb-subset.h, libharfbuzz-subset0).
# GLOBAL: org_render is static, so whoever links it links harfbuzz-subset too.
find_package(PkgConfig REQUIRED)
pkg_check_modules(HARFBUZZ_SUBSET REQUIRED IMPORTED_TARGET GLOBAL harfbuzz-subset)
target_link_libraries(org_render PRIVATE PkgConfig::HARFBUZZ_SUBSET)
