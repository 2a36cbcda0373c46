# SPDX-License-Identifier: MIT
# Rules and statistics over an org.
target_sources(org_rules PRIVATE
    rules/rulesettings.h rules/rulesettings.cpp
    rules/vertexrules.h
    rules/ruleengine.h rules/ruleengine.cpp
    rules/incrementalchecker.h rules/incrementalchecker.cpp
    rules/stats.h rules/stats.cpp
    rules/orgasof.h rules/orgasof.cpp
    rules/forecast.h rules/forecast.cpp
)
target_link_libraries(org_rules PUBLIC Qt6::Core)
