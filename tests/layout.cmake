# SPDX-License-Identifier: MIT
orgcore_test(core_layout_tests core/layout/treelayout_test.cpp core/layout/incrementallayout_test.cpp)
orgcore_test(core_render_tests core/render/chartexporter_test.cpp core/render/chartpainter_test.cpp
    core/render/pagesplitter_test.cpp core/render/pdftext_test.cpp core/render/pageorientation_test.cpp
    core/render/chartindex_test.cpp core/render/cardbadge_test.cpp)
orgcore_test(core_layout_bits_tests core/layout/treelayoutbits_test.cpp)
