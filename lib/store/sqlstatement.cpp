// SPDX-License-Identifier: MIT
#include "sqlstatement.h"

#include "sqldatabase.h"
#include "storefailure.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace org::storeimpl {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqlStatement::SqlStatement(QSqlDatabase &db, const char *sql, bool viaQt)
    : m_db(viaQt ? nullptr : sqliteHandle(db))
{
    if (!m_db) {
        m_query = prepare(db, QString::fromLatin1(sql));
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        fail();
    m_texts.resize(std::size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
}

SqlStatement::~SqlStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void SqlStatement::startBinding()
{
    if (!m_running)
        return;
    m_running = false;
    m_pendingRow = false;
    m_next = 1;
    if (m_stmt)
        sqlite3_reset(m_stmt); // its error, if any, was reported by the step that made it
    else
        m_query.finish();
}

void SqlStatement::bind(qint64 value)
{
    startBinding();
    if (!m_stmt) {
        m_query.addBindValue(value);
        return;
    }
    sqlite3_bind_int64(m_stmt, m_next++, value);
}

void SqlStatement::bind(const QString &text)
{
    startBinding();
    if (!m_stmt) {
        m_query.addBindValue(text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text));
        return;
    }
    if (text.isNull()) {
        sqlite3_bind_null(m_stmt, m_next++);
        return;
    }
    // The UTF-8 stays alive in m_texts until the next run: SQLite need not copy it.
    QByteArray &utf8 = m_texts[std::size_t(m_next)];
    utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, m_next++, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqlStatement::bind(std::optional<double> value)
{
    startBinding();
    if (!m_stmt) {
        m_query.addBindValue(value ? QVariant(*value) : QVariant(QMetaType::fromType<double>()));
        return;
    }
    if (value)
        sqlite3_bind_double(m_stmt, m_next++, *value);
    else
        sqlite3_bind_null(m_stmt, m_next++);
}

void SqlStatement::bindNull()
{
    startBinding();
    if (!m_stmt) {
        m_query.addBindValue(QVariant(QMetaType::fromType<QString>()));
        return;
    }
    sqlite3_bind_null(m_stmt, m_next++);
}

void SqlStatement::exec()
{
    if (m_running)
        startBinding(); // run again with the same values
    m_running = true;
    if (!m_stmt) {
        if (!m_query.exec())
            raiseSql(m_query.lastError());
        return;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        m_pendingRow = true;
    else if (rc != SQLITE_DONE)
        fail();
}

bool SqlStatement::next()
{
    if (!m_stmt) {
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid())
            raiseSql(m_query.lastError());
        return false;
    }
    if (m_pendingRow) {
        m_pendingRow = false;
        return true;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail();
    return false;
}

qint64 SqlStatement::rowsAffected() const
{
    return m_stmt ? qint64(sqlite3_changes(m_db)) : qint64(m_query.numRowsAffected());
}

qint64 SqlStatement::integer(int column) const
{
    return m_stmt ? qint64(sqlite3_column_int64(m_stmt, column)) : m_query.value(column).toLongLong();
}

double SqlStatement::real(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : m_query.value(column).toDouble();
}

std::string_view SqlStatement::utf8(int column) const
{
    Q_ASSERT(m_stmt);
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data, std::size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

bool SqlStatement::isNull(int column) const
{
    return m_stmt ? sqlite3_column_type(m_stmt, column) == SQLITE_NULL : m_query.value(column).isNull();
}

QString SqlStatement::text(int column) const
{
    if (!m_stmt)
        return m_query.value(column).toString();
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

bool SqlStatement::textEquals(int column, std::string_view utf8) const
{
    if (!m_stmt)
        return m_query.value(column).toString() == QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    return this->utf8(column) == utf8;
}

void SqlStatement::fail() const
{
    // As Qt's driver reports it, so that it is classified (corrupt, busy, constraint, …) alike.
    raiseSql(QSqlError(QStringLiteral("Unable to execute statement"), QString::fromUtf8(sqlite3_errmsg(m_db)),
                       QSqlError::StatementError, QString::number(sqlite3_extended_errcode(m_db))));
}

} // namespace org::storeimpl
