# SPDX-License-Identifier: MIT
target_sources(orgdesigner-cli PRIVATE cli/cmd_layout.cpp cli/jsonnumber.h cli/cmd_export.cpp)
