# SPDX-License-Identifier: MIT
# The org: positions, reports-to and dotted lines, roles, and the problems rules find.
org_units(org_model model UNITS rolecatalogue plandate org HEADERS role position problem enumnames)
target_link_libraries(org_model PUBLIC Qt6::Core Qt6::Gui Boost::headers)
