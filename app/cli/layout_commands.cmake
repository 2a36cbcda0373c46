# SPDX-License-Identifier: MIT
target_sources(orgdesigner-cli PRIVATE cli/cmd_layout.cpp cli/cmd_export.cpp)
