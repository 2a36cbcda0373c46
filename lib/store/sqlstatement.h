// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <string_view>
#include <vector>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
QT_END_NAMESPACE

struct sqlite3;
struct sqlite3_stmt;

namespace org::storeimpl {

/// The sqlite3 handle under a Qt SQLite connection, or nullptr (another driver).
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/// A prepared statement run many times with new values (internal to lib/store): on a Qt
/// SQLite connection straight on SQLite's handle (sqlite3_bind, sqlite3_step: no QVariant
/// per value, no copy of each row), on PostgreSQL through QSqlQuery. Qt keeps the
/// connection, its locking and its transactions either way. Failures throw StoreFailure,
/// classified as Qt's driver would report them (corrupt, busy, constraint, …).
///
/// Usage: bind the values in order, exec(), then next() over the rows (if any); the next
/// bind() starts the next run.
class SqlStatement final
{
public:
    /// Prepares `sql` (? placeholders) on `db`. `viaQt`: through QSqlQuery even on SQLite.
    SqlStatement(QSqlDatabase &db, const char *sql, bool viaQt = false);
    ~SqlStatement();
    Q_DISABLE_COPY(SqlStatement)

    void bind(qint64 value);
    void bind(const QString &text);            ///< a null QString binds NULL
    void bind(std::optional<double> value);    ///< nullopt binds NULL
    void bindNull();
    /// Runs the statement with the values bound since the last run.
    void exec();
    /// Moves to the next row of the result; false after the last.
    bool next();
    /// Rows changed by the last exec() of an INSERT, UPDATE or DELETE.
    qint64 rowsAffected() const;

    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    /// On SQLite's handle (not through Qt Sql): the column's text as SQLite holds it, as
    /// UTF-8 bytes valid until the next step (no QString made; NULL: empty).
    bool onSqliteHandle() const { return m_stmt != nullptr; }
    std::string_view utf8(int column) const;
    /// The column's text equals `utf8` (no QString made on SQLite).
    bool textEquals(int column, std::string_view utf8) const;

private:
    void startBinding();
    [[noreturn]] void fail() const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<QByteArray> m_texts; ///< UTF-8 of the bound texts, alive until the next run
    int m_next = 1;                  ///< the next parameter to bind (1-based)
    bool m_running = false;          ///< exec() ran; the next bind() resets the statement
    bool m_pendingRow = false;       ///< exec() stepped onto a first row that next() has not given yet
    QSqlQuery m_query;               ///< the Qt Sql path
};

} // namespace org::storeimpl
