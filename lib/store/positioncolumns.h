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

/// How the column table reads and sets a field of Position: a member (name, …),
/// or a pair of Position's functions (the details: email, salary, …).
namespace columnaccess {
template<QString Position::*F> const QString &member(const Position &p) { return p.*F; }
template<QString Position::*F> void setMember(Position &p, QString value) { p.*F = std::move(value); }
inline bool assistant(const Position &p) { return p.assistant; }
inline void setAssistant(Position &p, bool value) { p.assistant = value; }
template<auto Get> auto get(const Position &p) -> decltype((p.*Get)()) { return (p.*Get)(); }
template<auto Set, class T> void set(Position &p, T value) { (p.*Set)(std::move(value)); }
} // namespace columnaccess

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
    // The field's reader and setter, those of its kind only (the others are null).
    const QString &(*text)(const Position &) = nullptr;
    void (*setText)(Position &, QString) = nullptr;
    const QStringList &(*list)(const Position &) = nullptr;
    void (*setList)(Position &, QStringList) = nullptr;
    std::optional<double> (*number)(const Position &) = nullptr;
    void (*setNumber)(Position &, std::optional<double>) = nullptr;
    bool (*flag)(const Position &) = nullptr;
    void (*setFlag)(Position &, bool) = nullptr;
    QDate (*date)(const Position &) = nullptr;
    void (*setDate)(Position &, QDate) = nullptr;
    HiringStatus (*status)(const Position &) = nullptr;
    void (*setStatus)(Position &, HiringStatus) = nullptr;

    constexpr PositionColumn(const char *n, const char *l, const QString &(*get)(const Position &),
                             void (*set)(Position &, QString))
        : name(n), label(l), kind(Kind::Text), text(get), setText(set) {}
    constexpr PositionColumn(const char *n, const char *l, const QStringList &(*get)(const Position &),
                             void (*set)(Position &, QStringList))
        : name(n), label(l), kind(Kind::List), list(get), setList(set) {}
    constexpr PositionColumn(const char *n, const char *l, std::optional<double> (*get)(const Position &),
                             void (*set)(Position &, std::optional<double>))
        : name(n), label(l), kind(Kind::Number), number(get), setNumber(set) {}
    constexpr PositionColumn(const char *n, const char *l, bool (*get)(const Position &), void (*set)(Position &, bool))
        : name(n), label(l), kind(Kind::Flag), flag(get), setFlag(set) {}
    constexpr PositionColumn(const char *n, const char *l, QDate (*get)(const Position &), void (*set)(Position &, QDate))
        : name(n), label(l), kind(Kind::Date), date(get), setDate(set) {}
    constexpr PositionColumn(const char *n, const char *l, HiringStatus (*get)(const Position &),
                             void (*set)(Position &, HiringStatus))
        : name(n), label(l), kind(Kind::Status), status(get), setStatus(set) {}
    /// Text and List columns are compared and digested as text, before the lines.
    constexpr bool isText() const { return kind == Kind::Text || kind == Kind::List; }
};

/// THE list of a position's stored content (everything but scenario_id, id, ord, version
/// and changed_by), in table order. Reading, writing, binding and conflict messages all
/// go through it; the SQL column lists below are made from it.
inline constexpr std::array<PositionColumn, 13> kPositionColumns{{
    {"name", "name", &columnaccess::member<&Position::name>, &columnaccess::setMember<&Position::name>},
    {"role", "role", &columnaccess::member<&Position::role>, &columnaccess::setMember<&Position::role>},
    {"title", "title", &columnaccess::member<&Position::title>, &columnaccess::setMember<&Position::title>},
    {"team", "team", &columnaccess::member<&Position::team>, &columnaccess::setMember<&Position::team>},
    {"product_line", "product_line", &columnaccess::member<&Position::productLine>,
     &columnaccess::setMember<&Position::productLine>},
    {"email", "email", &columnaccess::get<&Position::email>, &columnaccess::set<&Position::setEmail, QString>},
    {"salary", "salary", &columnaccess::get<&Position::salary>,
     &columnaccess::set<&Position::setSalary, std::optional<double>>},
    {"assistant", "assistant", &columnaccess::assistant, &columnaccess::setAssistant},
    {"custom", "custom fields", &columnaccess::get<&Position::custom>,
     &columnaccess::set<&Position::setCustom, QStringList>},
    {"start_date", "start_date", &columnaccess::get<&Position::startDate>,
     &columnaccess::set<&Position::setStartDate, QDate>},
    {"end_date", "end_date", &columnaccess::get<&Position::endDate>, &columnaccess::set<&Position::setEndDate, QDate>},
    {"status", "status", &columnaccess::get<&Position::status>,
     &columnaccess::set<&Position::setStatus, HiringStatus>},
    {"budget", "budget", &columnaccess::get<&Position::budget>,
     &columnaccess::set<&Position::setBudget, std::optional<double>>},
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

/// The two parts of a row's digest (RowContent::digestsOf): its content columns, taken
/// while the position is at hand (the plan reader digests each row as it reads it), and
/// its lines, added once the lines are drawn. Texts that positions share are hashed once
/// (a small memo keyed by the text's data pointer and length): only for texts that stay
/// alive and unchanged while one digester is used.
class RowDigester final
{
public:
    RowDigester() : m_memo(1024) {}
    /// The digest of a position's content columns (not its lines).
    size_t content(const Position &p);
    /// The hash of an id as the lines of the positions under it enter their digests.
    static size_t idHash(const QString &id) { return qHash(id); }
    /// The digest of a row: `content` followed by its lines, the id hashes of its
    /// manager (nullptr: a root) and of its dotted-line managers (in any order: sorted
    /// here).
    static size_t withLines(size_t content, const size_t *managerIdHash, std::vector<size_t> &dottedIdHashes);

private:
    struct Memo
    {
        const QChar *data = nullptr;
        qsizetype size = -1;
        size_t hash = 0;
    };
    size_t textHash(const QString &text);
    std::vector<Memo> m_memo;
};

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
    /// The same digests from their parts: `content` (RowDigester::content of each
    /// position, by vertex) and `idHash` (RowDigester::idHash of each id), both made
    /// while the rows were read; `content` is turned into the digests in place.
    static std::vector<size_t> digestsWithLines(const Org &org, std::vector<size_t> content,
                                                const std::vector<size_t> &idHash);
    /// Names of the fields that differ.
    QStringList diff(const RowContent &o) const;
    /// Binds the content columns (in kPositionColumns order) as the next values of `q`.
    void bind(SqlStatement &q) const;
};

} // namespace org::storeimpl
