// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace org::storeimpl {

/// A Qt Sql connection under a unique connection name, closed and removed again
/// on destruction (internal to lib/store). Failures of the helpers below throw
/// StoreFailure (storefailure.h).
class SqlDatabase final
{
public:
    /// `driver`: "QSQLITE" or "QPSQL"; db().isValid() is false when it is not installed.
    explicit SqlDatabase(const QString &driver);
    ~SqlDatabase();
    Q_DISABLE_COPY(SqlDatabase)

    QSqlDatabase &db() { return m_db; }

    /// A write transaction, rolled back on destruction unless committed (as LibrePCB's
    /// SQLiteDatabase::TransactionScopeGuard). It takes the write lock at its start, so
    /// that what it reads (and checks before COMMIT) is what it commits over: BEGIN
    /// IMMEDIATE on SQLite; on PostgreSQL the plan tables are locked against other
    /// writers (readers go on) unless `NoTables` (creating or migrating the schema).
    class TransactionScopeGuard final
    {
    public:
        enum Lock { LockTables, NoTables };
        explicit TransactionScopeGuard(QSqlDatabase &db, Lock lock = LockTables);
        ~TransactionScopeGuard();
        Q_DISABLE_COPY(TransactionScopeGuard)
        /// COMMIT; on failure it throws and the destructor rolls back.
        void commit();

    private:
        QSqlDatabase &m_db;
        bool m_active = false;
    };

    /// A read transaction for the guard's lifetime: every query in it reads one
    /// snapshot of the database (SQLite in WAL mode keeps the snapshot of its first
    /// read; PostgreSQL: REPEATABLE READ). Writers on other connections go on.
    class ReadSnapshot final
    {
    public:
        explicit ReadSnapshot(QSqlDatabase &db);
        ~ReadSnapshot();
        Q_DISABLE_COPY(ReadSnapshot)

    private:
        QSqlDatabase &m_db;
    };

private:
    QString m_name;
    QSqlDatabase m_db;
};

bool isPostgres(const QSqlDatabase &db);
/// Runs a prepared query.
void exec(QSqlQuery &q);
/// Runs one statement.
void execSql(QSqlDatabase &db, const QString &sql);
/// A forward-only prepared query.
QSqlQuery prepare(QSqlDatabase &db, const QString &sql);

} // namespace org::storeimpl
