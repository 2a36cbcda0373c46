# SPDX-License-Identifier: MIT
orgcore_test(core_layout_tests core/layout/treelayout_test.cpp)
