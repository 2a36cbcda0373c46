# SPDX-License-Identifier: MIT
# Plan commands: import, scenarios, move, set-role, diff, export-csv (lib/store, lib/edit).
target_sources(orgdesigner-cli PRIVATE
    cli/cmd_plan.cpp
    cli/cmd_fix.cpp
    cli/cmd_apply.cpp
    cli/planargs.h cli/planargs.cpp
)
