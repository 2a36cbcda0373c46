# SPDX-License-Identifier: MIT
# The org: positions, reports-to and dotted lines, roles, and the problems rules find.
target_sources(org_model PRIVATE
    model/role.h
    model/rolecatalogue.h model/rolecatalogue.cpp
    model/position.h
    model/plandate.h model/plandate.cpp
    model/org.h model/org.cpp
    model/problem.h
)
target_link_libraries(org_model PUBLIC Qt6::Core Qt6::Gui Boost::headers)
