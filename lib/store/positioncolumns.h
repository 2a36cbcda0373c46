// SPDX-License-Identifier: MIT
#pragma once

#include "model/org.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <array>
#include <optional>
#include <string_view>
#include <vector>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace org::storeimpl {

class SqlStatement;

QString toJson(const QStringList &list);
QStringList fromJson(const QString &text);

/// One content column of the `positions` table and the Position field it stores.
struct PositionColumn
{
    enum class Kind {
        Text,   ///< a QString field
        List,   ///< a QStringList field, stored as a JSON array
        Number, ///< an optional double, NULL when unset
        Flag,   ///< a bool, stored as 0/1
        Date,   ///< a QDate, stored as ISO text, NULL when invalid
        Status, ///< a HiringStatus, stored as its key, NULL for None
    };
    const char *name;  ///< SQL column
    const char *label; ///< the field in conflict messages ("what changed")
    Kind kind;
    QString Position::*text = nullptr;
    QStringList Position::*list = nullptr;
    std::optional<double> Position::*number = nullptr;
    bool Position::*flag = nullptr;
    QDate Position::*date = nullptr;
    HiringStatus Position::*status = nullptr;

    constexpr PositionColumn(const char *n, const char *l, QString Position::*f)
        : name(n), label(l), kind(Kind::Text), text(f) {}
    constexpr PositionColumn(const char *n, const char *l, QStringList Position::*f)
        : name(n), label(l), kind(Kind::List), list(f) {}
    constexpr PositionColumn(const char *n, const char *l, std::optional<double> Position::*f)
        : name(n), label(l), kind(Kind::Number), number(f) {}
    constexpr PositionColumn(const char *n, const char *l, bool Position::*f)
        : name(n), label(l), kind(Kind::Flag), flag(f) {}
    constexpr PositionColumn(const char *n, const char *l, QDate Position::*f)
        : name(n), label(l), kind(Kind::Date), date(f) {}
    constexpr PositionColumn(const char *n, const char *l, HiringStatus Position::*f)
        : name(n), label(l), kind(Kind::Status), status(f) {}
    /// Text and List columns are compared and digested as text, before the lines.
    constexpr bool isText() const { return kind == Kind::Text || kind == Kind::List; }
};

/// THE list of a position's stored content (everything but scenario_id, id, ord, version
/// and changed_by), in table order. Reading, writing, binding and conflict messages all
/// go through it; the SQL column lists below are made from it.
inline constexpr std::array<PositionColumn, 13> kPositionColumns{{
    {"name", "name", &Position::name},
    {"role", "role", &Position::role},
    {"title", "title", &Position::title},
    {"team", "team", &Position::team},
    {"product_line", "product_line", &Position::productLine},
    {"email", "email", &Position::email},
    {"salary", "salary", &Position::salary},
    {"assistant", "assistant", &Position::assistant},
    {"custom", "custom fields", &Position::custom},
    {"start_date", "start_date", &Position::startDate},
    {"end_date", "end_date", &Position::endDate},
    {"status", "status", &Position::status},
    {"budget", "budget", &Position::budget},
}};
inline constexpr int kPositionColumnCount = int(kPositionColumns.size());

/// "name, role, …, custom": the content columns for SELECT and INSERT.
QString positionColumnList();
/// "name = ?, role = ?, …, custom = ?": the content columns for UPDATE.
QString positionColumnAssignments();
/// "?,?,…" with `count` placeholders.
QString placeholders(int count);

/// Reads the content columns of the current row of `q`, starting at column `first`
/// (in kPositionColumns order), into `p`.
void readPosition(const QSqlQuery &q, int first, Position &p);

/// The stored form of one position's content (everything but its order), for
/// change detection and "what changed" in conflict messages.
struct RowContent
{
    std::array<QVariant, kPositionColumns.size()> values; ///< per column, as stored
    QString manager, dotted;

    static RowContent of(const Org &org, Org::Vertex v, const std::vector<Org::Vertex> &dottedManagers);
    /// The content columns of the current row of `q` from column `first` on, as another
    /// client stored them (manager and dotted lines are left empty).
    static RowContent fromQuery(const QSqlQuery &q, int first);
    /// The stored text of a Text or List column.
    QString text(std::string_view column) const;
    size_t digest() const;
    /// A digest of every position's content and lines straight from the org (no stored
    /// form made), indexed by vertex: what load and save compare to find the changed
    /// rows (both use this one). The lines enter as digests of the managers' ids.
    static std::vector<size_t> digestsOf(const Org &org);
    /// Names of the fields that differ.
    QStringList diff(const RowContent &o) const;
    /// Binds the content columns (in kPositionColumns order) as the next values of `q`.
    void bind(SqlStatement &q) const;
};

} // namespace org::storeimpl
