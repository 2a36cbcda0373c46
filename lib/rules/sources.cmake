# SPDX-License-Identifier: MIT
# Rules and statistics over an org.
org_units(org_rules rules
    UNITS rulesettings ruleengine incrementalchecker stats orgasof forecast
    HEADERS vertexrules)
target_link_libraries(org_rules PUBLIC Qt6::Core)
