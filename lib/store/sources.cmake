# SPDX-License-Identifier: MIT
# Plans: SQLite/PostgreSQL store, scenario diff, CSV export.
target_sources(org_store PRIVATE
    store/plan.h
    store/planstore.h store/planstore.cpp
    store/storeerror.h store/storeerror.cpp
    store/tempfiles.h store/tempfiles.cpp
    store/scenariodiff.h store/scenariodiff.cpp
    store/csvexporter.h store/csvexporter.cpp
    # The parts of PlanStore (internal: only lib/store includes them).
    store/storefailure.h store/storefailure.cpp
    store/sqldatabase.h store/sqldatabase.cpp
    store/planschema.h store/planschema.cpp
    store/planlocation.h store/planlocation.cpp
    store/positioncolumns.h store/positioncolumns.cpp
    store/planrows.h store/planreader.cpp store/planwriter.cpp
    store/atomicfile.h store/atomicfile.cpp
)
target_link_libraries(org_store PUBLIC Qt6::Core PRIVATE Qt6::Sql)
