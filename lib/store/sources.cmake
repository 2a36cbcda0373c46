# SPDX-License-Identifier: MIT
# Plans: SQLite/PostgreSQL store, scenario diff, CSV export.
org_units(org_store store
    UNITS planstore storeerror tempfiles scenariodiff csvexporter
    HEADERS plan)
# The parts of PlanStore (internal: only lib/store includes them).
org_units(org_store store
    UNITS storefailure sqldatabase sqlstatement planschema planlocation positioncolumns atomicfile
    HEADERS planrows
    CPP planreader planwriter)
# SQLite's C API on the handle of Qt's SQLite connection (sqlstatement, planreader): Debian's Qt links
# the system libsqlite3, the same library.
target_link_libraries(org_store PUBLIC Qt6::Core PRIVATE Qt6::Sql SQLite::SQLite3)
# The digests of a large org in two halves at once (positioncolumns).
find_package(Threads REQUIRED)
target_link_libraries(org_store PRIVATE Threads::Threads)
