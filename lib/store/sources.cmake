# SPDX-License-Identifier: MIT
# Plans: SQLite/PostgreSQL store, scenario diff, CSV export.
target_sources(org_store PRIVATE
    store/plan.h
    store/planstore.h store/planstore.cpp
    store/storeerror.h store/storeerror.cpp
    store/tempfiles.h store/tempfiles.cpp
    store/scenariodiff.h store/scenariodiff.cpp
    store/csvexporter.h store/csvexporter.cpp
)
target_link_libraries(org_store PUBLIC Qt6::Core PRIVATE Qt6::Sql)
