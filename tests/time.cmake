# SPDX-License-Identifier: MIT
# Planning over time (issue 16): dates, hiring status, budgets, cost bands, the org
# as of a date, the forecast, spans and layers.
orgcore_test(core_time_tests
    core/io/plandates_test.cpp
    core/store/planmigration3_test.cpp
    core/rules/forecast_test.cpp
    core/rules/spans_test.cpp)
target_link_libraries(core_time_tests PRIVATE Qt6::Sql)

orgcore_test(cli_time_tests core/cli/forecast_cli_test.cpp)
add_dependencies(cli_time_tests orgdesigner-cli)
