# SPDX-License-Identifier: MIT
# Plans: store, scenarios, diff, CSV export, XLSX import (tests/core/store) and
# the Document with its edit commands (tests/core/edit).

# A child process that saves a plan over and over, killed by the kill-during-save test.
add_executable(plan_save_helper core/store/plansavehelper.cpp)
target_link_libraries(plan_save_helper PRIVATE orgcore)

orgcore_test(core_store_tests
    core/store/planstore_test.cpp
    core/store/scenariodiff_test.cpp
    core/store/csvexporter_test.cpp
    core/store/xlsxreader_test.cpp
    core/store/killsave_test.cpp
    core/store/pgstore_test.cpp
    core/store/plancli_test.cpp
    core/store/storeerror_test.cpp
    core/store/savecheck_test.cpp
    core/store/rowpath_test.cpp
    core/store/saveorder_test.cpp
    core/store/verifychanges_test.cpp
    core/store/baselinepatch_test.cpp
    core/store/lineorder_test.cpp
    core/store/readdigest_test.cpp
    core/store/storetestutil.cpp)
# The tests look into plan files and databases themselves (lib/store keeps Qt Sql private).
target_link_libraries(core_store_tests PRIVATE QuaZip::QuaZip Qt6::Sql)
target_compile_definitions(core_store_tests PRIVATE
    ORG_SAVE_HELPER="$<TARGET_FILE:plan_save_helper>")
add_dependencies(core_store_tests orgdesigner-cli plan_save_helper)

orgcore_test(core_edit_tests core/edit/document_test.cpp core/edit/moveteam_test.cpp)
