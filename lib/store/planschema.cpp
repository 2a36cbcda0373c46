// SPDX-License-Identifier: MIT
#include "planschema.h"

#include "plan.h"
#include "planstore.h"
#include "sqldatabase.h"
#include "storefailure.h"

namespace org::storeimpl {

namespace {

// The current schema (4), in SQL that SQLite and PostgreSQL both accept. Schemas 1 and 2
// and the migrations from them are history: they stay as they were when they were written.
// Columns added by a migration come last, where ALTER TABLE … ADD COLUMN puts them, so a
// migrated plan and a new one have the same tables.
const char *const kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE roles (ord INTEGER NOT NULL, key TEXT PRIMARY KEY, name_en TEXT, name_zh TEXT,"
    " rank INTEGER, technical INTEGER NOT NULL, color TEXT, duties_en TEXT, duties_zh TEXT,"
    " aliases TEXT, monthly_cost DOUBLE PRECISION, cost_min DOUBLE PRECISION, cost_max DOUBLE PRECISION)",
    "CREATE TABLE scenarios (id BIGINT PRIMARY KEY, name TEXT NOT NULL UNIQUE, ord INTEGER NOT NULL,"
    " custom_fields TEXT NOT NULL)",
    "CREATE TABLE positions (scenario_id BIGINT NOT NULL, id TEXT NOT NULL, ord BIGINT NOT NULL,"
    " name TEXT, role TEXT, title TEXT, team TEXT, product_line TEXT, email TEXT,"
    " salary DOUBLE PRECISION, assistant INTEGER NOT NULL, custom TEXT NOT NULL,"
    " version BIGINT NOT NULL, changed_by TEXT, start_date TEXT, end_date TEXT, status TEXT,"
    " budget DOUBLE PRECISION, PRIMARY KEY (scenario_id, id))",
    "CREATE TABLE edges (scenario_id BIGINT NOT NULL, report_id TEXT NOT NULL,"
    " manager_id TEXT NOT NULL, kind TEXT NOT NULL, ord BIGINT NOT NULL)",
    "CREATE INDEX edges_by_report ON edges (scenario_id, report_id)",
};

/// The positions table of schema 2, as migrate1to2() made it.
const char *const kPositions2 =
    "CREATE TABLE positions (scenario_id BIGINT NOT NULL, id TEXT NOT NULL, ord BIGINT NOT NULL,"
    " name TEXT, role TEXT, title TEXT, team TEXT, product_line TEXT, email TEXT,"
    " salary DOUBLE PRECISION, assistant INTEGER NOT NULL, custom TEXT NOT NULL,"
    " version BIGINT NOT NULL, changed_by TEXT, PRIMARY KEY (scenario_id, id))";

/// Schema 1 (OrgDesigner 0.1 plans): one org, positions with their manager
/// in a column, no scenarios, custom fields, dotted lines or versions.
void migrate1to2(QSqlDatabase &db)
{
    execSql(db, QStringLiteral("ALTER TABLE positions RENAME TO positions_v1"));
    execSql(db, QString::fromLatin1(kSchema[2]));
    execSql(db, QString::fromLatin1(kPositions2));
    execSql(db, QString::fromLatin1(kSchema[4]));
    execSql(db, QString::fromLatin1(kSchema[5]));
    QSqlQuery sc = prepare(db, QStringLiteral("INSERT INTO scenarios (id, name, ord, custom_fields) VALUES (1, ?, 0, '[]')"));
    sc.addBindValue(defaultScenarioName());
    exec(sc);
    execSql(db, QStringLiteral(
                    "INSERT INTO positions (scenario_id, id, ord, name, role, title, team, product_line,"
                    " email, salary, assistant, custom, version, changed_by)"
                    " SELECT 1, id, ord, name, role, title, team, product_line, email, salary,"
                    " COALESCE(assistant, 0), '[]', 1, NULL FROM positions_v1"));
    execSql(db, QStringLiteral(
                    "INSERT INTO edges (scenario_id, report_id, manager_id, kind, ord)"
                    " SELECT 1, id, manager_id, 'reports_to', ord FROM positions_v1"
                    " WHERE manager_id IS NOT NULL AND manager_id <> ''"));
    execSql(db, QStringLiteral("DROP TABLE positions_v1"));
}

/// Schema 2 → 3 (planning over time): start and end dates, hiring status and budget
/// of positions (empty in a migrated plan), and a cost band per role (both ends the
/// role's former single monthly cost).
void migrate2to3(QSqlDatabase &db)
{
    for (const char *sql : {"ALTER TABLE roles ADD COLUMN cost_min DOUBLE PRECISION",
                            "ALTER TABLE roles ADD COLUMN cost_max DOUBLE PRECISION",
                            "UPDATE roles SET cost_min = monthly_cost, cost_max = monthly_cost",
                            "ALTER TABLE positions ADD COLUMN start_date TEXT",
                            "ALTER TABLE positions ADD COLUMN end_date TEXT",
                            "ALTER TABLE positions ADD COLUMN status TEXT",
                            "ALTER TABLE positions ADD COLUMN budget DOUBLE PRECISION"})
        execSql(db, QString::fromLatin1(sql));
}

} // namespace

bool hasPlanTables(QSqlDatabase &db)
{
    return db.tables().contains(QStringLiteral("meta"));
}

std::optional<int> readSchemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next())
        return std::nullopt;
    bool ok = false;
    const int v = q.value(0).toString().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

void setMeta(QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery del = prepare(db, QStringLiteral("DELETE FROM meta WHERE key = ?"));
    del.addBindValue(key);
    exec(del);
    QSqlQuery ins = prepare(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    ins.addBindValue(key);
    ins.addBindValue(value);
    exec(ins);
}

void stampApplicationId(QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QSQLITE"))
        execSql(db, QStringLiteral("PRAGMA application_id=%1").arg(PlanStore::applicationId));
}

void createSchema(QSqlDatabase &db)
{
    for (const char *sql : kSchema)
        execSql(db, QString::fromLatin1(sql));
    stampApplicationId(db);
    setMeta(db, QStringLiteral("schema_version"), QString::number(PlanStore::schemaVersion));
}

void ensureCurrentSchema(QSqlDatabase &db, const QString &location, bool readOnly)
{
    if (!hasPlanTables(db))
        raise(PlanStore::tr("%1 is not an OrgDesigner plan (no plan tables)").arg(location));
    const std::optional<int> version = readSchemaVersion(db);
    if (!version)
        raise(PlanStore::tr("%1 is not an OrgDesigner plan (no schema version)").arg(location));
    if (*version > PlanStore::schemaVersion)
        raise(PlanStore::tr("%1 was written by a newer version of OrgDesigner (plan schema %2; "
                            "this version reads up to %3); update OrgDesigner to open it")
                  .arg(location, QString::number(*version), QString::number(PlanStore::schemaVersion)));
    // Schema 4 only adds meta.save_id, and the first save writes it (writePlan() also sets
    // the version then, under the write lock): a plan of schema 3 is read, and written, as
    // it is, without an upgrade on open (a reader that may not write, a PostgreSQL account
    // that may only select, and older builds that read it meanwhile are not turned away).
    if (*version == PlanStore::schemaVersion || *version == kSaveIdSchema - 1)
        return;
    if (*version < 1)
        raise(PlanStore::tr("%1 has an unknown plan schema %2").arg(location, QString::number(*version)));
    if (readOnly)
        raiseKind(StoreError::ReadOnly,
                  PlanStore::tr("%1 was written by an older version of OrgDesigner (plan schema %2) and must be "
                                "upgraded, but it cannot be written; copy it to a writable folder to open it")
                      .arg(location, QString::number(*version)));
    SqlDatabase::TransactionScopeGuard tx(db, SqlDatabase::TransactionScopeGuard::NoTables);
    int v = *version;
    if (v == 1) {
        migrate1to2(db);
        v = 2;
    }
    if (v == 2) {
        migrate2to3(db);
        v = 3; // (→ 4 at the first save)
    }
    setMeta(db, QStringLiteral("schema_version"), QString::number(v));
    tx.commit();
}

} // namespace org::storeimpl
