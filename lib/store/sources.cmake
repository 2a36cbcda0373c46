# SPDX-License-Identifier: MIT
# Plans: SQLite/PostgreSQL store, scenario diff, CSV export.
org_units(org_store store
    UNITS planstore storeerror tempfiles scenariodiff csvexporter
    HEADERS plan)
# The parts of PlanStore (internal: only lib/store includes them).
org_units(org_store store
    UNITS storefailure sqldatabase planschema planlocation positioncolumns atomicfile
    HEADERS planrows
    CPP planreader planwriter)
target_link_libraries(org_store PUBLIC Qt6::Core PRIVATE Qt6::Sql)
