# SPDX-License-Identifier: MIT
# GUI tests of the desktop editor (offscreen platform); `ctest -R gui` selects them.
find_package(Qt6 REQUIRED COMPONENTS Test)
add_executable(gui_editor_tests ui/uitestmain.cpp ui/uitestutil.cpp ui/editor_test.cpp ui/view_test.cpp
    ui/dashboard_test.cpp ui/compare_test.cpp ui/filememory_test.cpp ui/fix_test.cpp ui/bulkedit_test.cpp
    ui/forecast_test.cpp ui/applychanges_test.cpp ui/scale_test.cpp ui/relayout_test.cpp
    ui/listeners_test.cpp ui/windowlisteners_test.cpp ui/windowdrag_test.cpp ui/positioncache_test.cpp
    ui/firststart_test.cpp ui/chartfollow_test.cpp ui/historymodel_test.cpp)
target_link_libraries(gui_editor_tests PRIVATE orgeditor GTest::gtest Qt6::Test)
target_compile_definitions(gui_editor_tests PRIVATE
    ORG_PUBLIC_DATA="${PROJECT_SOURCE_DIR}/tests/data/public"
    ORG_SAMPLES="${PROJECT_SOURCE_DIR}/resources/samples")
gtest_discover_tests(gui_editor_tests TEST_PREFIX "gui."
    DISCOVERY_TIMEOUT 60
    PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)

# The editor's command line: an unknown --lang is refused with exit code 2 and names the culprit.
add_test(NAME gui.UnknownLanguageIsRefused
    COMMAND sh -c "out=$(\"$1\" --lang fr 2>&1); code=$?; echo \"$out\"; [ $code -eq 2 ] && echo \"$out\" | grep -q 'unknown language \"fr\"'"
            sh $<TARGET_FILE:orgdesigner>)
set_tests_properties(gui.UnknownLanguageIsRefused PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${CMAKE_BINARY_DIR}/gui-cmdline-home" TIMEOUT 60)
