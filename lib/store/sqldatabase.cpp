// SPDX-License-Identifier: MIT
#include "sqldatabase.h"

#include "storefailure.h"

#include <QAtomicInt>
#include <QSqlError>

namespace org::storeimpl {

namespace {
QAtomicInt g_connectionCounter;
} // namespace

SqlDatabase::SqlDatabase(const QString &driver)
    : m_name(QStringLiteral("orgplan-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(driver, m_name);
}

SqlDatabase::~SqlDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

SqlDatabase::TransactionScopeGuard::TransactionScopeGuard(QSqlDatabase &db, Lock lock) : m_db(db)
{
    if (isPostgres(db)) {
        execSql(db, QStringLiteral("BEGIN"));
        m_active = true;
        if (lock == LockTables) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("LOCK TABLE meta, roles, scenarios, positions, edges"
                                       " IN SHARE ROW EXCLUSIVE MODE"))) {
                const QSqlError e = q.lastError();
                q.exec(QStringLiteral("ROLLBACK"));
                m_active = false;
                raiseSql(e);
            }
        }
    } else {
        execSql(db, QStringLiteral("BEGIN IMMEDIATE"));
        m_active = true;
    }
}

SqlDatabase::TransactionScopeGuard::~TransactionScopeGuard()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

void SqlDatabase::TransactionScopeGuard::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        raiseSql(q.lastError()); // the destructor rolls back
    m_active = false;
}

SqlDatabase::ReadSnapshot::ReadSnapshot(QSqlDatabase &db) : m_db(db)
{
    execSql(db, isPostgres(db) ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                               : QStringLiteral("BEGIN"));
}

SqlDatabase::ReadSnapshot::~ReadSnapshot()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK")); // nothing was written; this ends the snapshot
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

void exec(QSqlQuery &q)
{
    if (!q.exec())
        raiseSql(q.lastError());
}

void execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        raiseSql(q.lastError());
}

QSqlQuery prepare(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        raiseSql(q.lastError());
    return q;
}

} // namespace org::storeimpl
