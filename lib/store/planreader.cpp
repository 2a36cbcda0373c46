// SPDX-License-Identifier: MIT
#include "planrows.h"

#include "model/plandate.h"
#include "plan.h"
#include "planschema.h"
#include "planstore.h"
#include "positioncolumns.h"
#include "sqldatabase.h"
#include "sqlstatement.h"
#include "storefailure.h"

#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string_view>
#include <vector>

namespace org::storeimpl {

namespace {

RoleCatalogue readRoles(QSqlDatabase &db)
{
    QSqlQuery q = prepare(db, QStringLiteral(
                                  "SELECT key, name_en, name_zh, rank, technical, color, duties_en, duties_zh,"
                                  " aliases, monthly_cost, cost_min, cost_max FROM roles ORDER BY ord"));
    exec(q);
    RoleCatalogue roles;
    bool any = false;
    while (q.next()) {
        Role r;
        r.key = q.value(0).toString();
        r.nameEn = q.value(1).toString();
        r.nameZh = q.value(2).toString();
        if (!q.value(3).isNull())
            r.rank = q.value(3).toInt();
        r.technical = q.value(4).toInt() != 0;
        r.color = QColor::fromString(q.value(5).toString());
        r.dutiesEn = q.value(6).toString();
        r.dutiesZh = q.value(7).toString();
        r.aliases = fromJson(q.value(8).toString());
        r.costMin = q.value(10).isNull() ? q.value(9).toDouble() : q.value(10).toDouble();
        r.costMax = q.value(11).isNull() ? r.costMin : q.value(11).toDouble();
        roles.upsert(r);
        any = true;
    }
    return any ? roles : RoleCatalogue::defaults();
}


/// The texts of one column that repeat from row to row (role, title, team, product
/// line), kept as one shared QString each as the CSV importer does. A column with more
/// than kMaxTexts different texts is not pooled further: its texts are mostly unique,
/// and a large table costs a cache miss per row for little memory.
class TextPool final
{
public:
    /// The shared QString of UTF-8 bytes (looked up without copying them).
    QString fromUtf8(const char *data, qsizetype size)
    {
        if (size == 0)
            return QString();
        if (m_bytes.size() >= kMaxTexts)
            return QString::fromUtf8(data, size);
        const auto it = m_bytes.constFind(QByteArray::fromRawData(data, size));
        if (it != m_bytes.constEnd())
            return *it;
        QString text = QString::fromUtf8(data, size);
        m_bytes.insert(QByteArray(data, size), text);
        return text;
    }
    /// The shared copy of `text`.
    QString share(const QString &text)
    {
        if (text.isEmpty() || m_texts.size() >= kMaxTexts)
            return text;
        const auto it = m_texts.constFind(text);
        if (it != m_texts.constEnd())
            return *it;
        m_texts.insert(text);
        return text;
    }

private:
    static constexpr qsizetype kMaxTexts = 4096;
    QHash<QByteArray, QString> m_bytes;
    QSet<QString> m_texts;
};
using TextPools = std::array<TextPool, kPositionColumnCount>;

/// The content columns whose texts repeat across positions (shared while reading).
constexpr std::array<bool, kPositionColumnCount> kSharedColumns = [] {
    std::array<bool, kPositionColumnCount> shared{};
    for (std::size_t i = 0; i < shared.size(); ++i) {
        const std::string_view name = kPositionColumns[i].name;
        shared[i] = name == "role" || name == "title" || name == "team" || name == "product_line";
    }
    return shared;
}();

/// The rows of a query through Qt Sql (a QVariant per value): PostgreSQL, and SQLite
/// when asked for (RowPath::QtSql).
class QtRows final
{
public:
    QtRows(QSqlDatabase &db, const QString &sql) : m_q(prepare(db, sql)) { exec(m_q); }
    bool next()
    {
        if (m_q.next())
            return true;
        if (m_q.lastError().isValid())
            raiseSql(m_q.lastError());
        return false;
    }
    qint64 integer(int i) const { return m_q.value(i).toLongLong(); }
    double real(int i) const { return m_q.value(i).toDouble(); }
    bool isNull(int i) const { return m_q.value(i).isNull(); }
    QString text(int i) const { return m_q.value(i).toString(); }
    QString sharedText(int i, TextPool &pool) const { return pool.share(text(i)); }
    QStringList list(int i) const { return fromJson(text(i)); }
    bool textEquals(int i, const QString &s) const { return m_q.value(i).toString() == s; }
    void appendUtf16(int i, std::vector<char16_t> &out) const
    {
        const QString t = text(i);
        out.insert(out.end(), t.utf16(), t.utf16() + t.size());
    }

private:
    QSqlQuery m_q;
};

/// The rows of a query straight from SQLite (sqlite3_step, UTF-8 bytes into QString),
/// on the connection that Qt Sql opened (and locks, and runs transactions on): no
/// QVariant per value and no cached row.
class SqliteRows final
{
public:
    SqliteRows(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            fail();
    }
    ~SqliteRows() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY(SqliteRows)

    void bind(int i, qint64 value) { sqlite3_bind_int64(m_stmt, i, value); }
    bool next()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail();
        return false;
    }
    qint64 integer(int i) const { return sqlite3_column_int64(m_stmt, i); }
    double real(int i) const { return sqlite3_column_double(m_stmt, i); }
    bool isNull(int i) const { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    QString text(int i) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, i)) : QString();
    }
    QString sharedText(int i, TextPool &pool) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
        return pool.fromUtf8(data, data ? sqlite3_column_bytes(m_stmt, i) : 0);
    }
    QStringList list(int i) const { return bytes(i) == "[]" ? QStringList() : fromJson(text(i)); }
    /// Appends the UTF-16 of a text (ASCII, as ids mostly are, without a QString).
    void appendUtf16(int i, std::vector<char16_t> &out) const
    {
        const std::string_view b = bytes(i);
        if (std::all_of(b.begin(), b.end(), [](char c) { return uchar(c) < 0x80; })) {
            out.insert(out.end(), b.begin(), b.end());
            return;
        }
        const QString t = QString::fromUtf8(b.data(), qsizetype(b.size()));
        out.insert(out.end(), t.utf16(), t.utf16() + t.size());
    }
    bool textEquals(int i, const QString &s) const
    {
        const std::string_view b = bytes(i);
        return QLatin1String(b.data(), qsizetype(b.size())) == s;
    }

private:
    std::string_view bytes(int i) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
        return data ? std::string_view(data, std::size_t(sqlite3_column_bytes(m_stmt, i))) : std::string_view();
    }
    [[noreturn]] void fail() const
    {
        // As Qt's driver reports it, so that it is classified (corrupt, busy, …) alike.
        raiseSql(QSqlError(QStringLiteral("Unable to fetch row"), QString::fromUtf8(sqlite3_errmsg(m_db)),
                           QSqlError::StatementError, QString::number(sqlite3_extended_errcode(m_db))));
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

/// Reads the content columns of the current row from column `first` on into `p`.
template<class Rows>
void readContent(const Rows &rows, int first, Position &p, TextPools &pools)
{
    for (int i = 0; i < kPositionColumnCount; ++i) {
        const PositionColumn &c = kPositionColumns[std::size_t(i)];
        const int col = first + i;
        switch (c.kind) {
        case PositionColumn::Kind::Text:
            c.setText(p, kSharedColumns[std::size_t(i)] ? rows.sharedText(col, pools[std::size_t(i)]) : rows.text(col));
            break;
        case PositionColumn::Kind::List: c.setList(p, rows.list(col)); break;
        case PositionColumn::Kind::Number:
            if (!rows.isNull(col))
                c.setNumber(p, rows.real(col));
            break;
        case PositionColumn::Kind::Flag: c.setFlag(p, rows.integer(col) != 0); break;
        case PositionColumn::Kind::Date:
            c.setDate(p, rows.isNull(col) ? QDate() : QDate::fromString(rows.text(col), Qt::ISODate));
            break;
        case PositionColumn::Kind::Status:
            c.setStatus(p, rows.isNull(col) ? HiringStatus::None
                                            : PlanDate::parseStatus(rows.text(col)).value_or(HiringStatus::None));
            break;
        }
    }
}

/// One scenario as its rows come in: positions are appended to the org in the order
/// read while that is (ord, id) order (plans keep it: saves update `ord` in place and
/// append new rows), and sorted once at the end otherwise.
struct ScenarioRows
{
    Org *org = nullptr;
    std::vector<qint64> versions, ords;
    bool sorted = true;
    std::vector<Org::Vertex> reports, managers; ///< the ends of the lines, in the order read
    std::vector<char> isDotted;
    std::vector<qint64> edgeOrd;

    void add(Position p, qint64 version, qint64 ord)
    {
        if (sorted && !ords.empty()) {
            const qint64 last = ords.back();
            sorted = last < ord || (last == ord && org->position(Org::Vertex(ords.size() - 1)).id < p.id);
        }
        const QString id = p.id;
        if (id.isEmpty() || org->addPositionIfNew(std::move(p)) == Org::npos)
            raise(PlanStore::tr("the plan is corrupted: empty or duplicate position id \"%1\"").arg(id));
        versions.push_back(version);
        ords.push_back(ord);
    }
    /// Puts the positions in (ord, id) order when they were not read in it.
    void sort()
    {
        if (sorted)
            return;
        std::vector<std::uint32_t> order(ords.size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return ords[a] != ords[b] ? ords[a] < ords[b] : org->position(a).id < org->position(b).id;
        });
        Org out;
        out.setCustomFields(org->customFields());
        out.reserve(order.size());
        std::vector<qint64> v, o;
        v.reserve(order.size());
        o.reserve(order.size());
        for (std::uint32_t i : order) {
            out.addPosition(org->position(i));
            v.push_back(versions[i]);
            o.push_back(ords[i]);
        }
        *org = std::move(out);
        versions = std::move(v);
        ords = std::move(o);
        sorted = true;
    }
};

/// Ids of line ends waiting to be looked up in a scenario's org, as UTF-16 in one buffer.
struct LineEnds
{
    ScenarioRows *scenario = nullptr;
    std::vector<char16_t> text;
    std::vector<std::uint32_t> starts{0}; ///< id k is text[starts[k] .. starts[k + 1])

    bool full() const { return starts.size() > 8192; }
    template<class Rows>
    void add(const Rows &rows, int report, int manager)
    {
        rows.appendUtf16(report, text);
        starts.push_back(std::uint32_t(text.size()));
        rows.appendUtf16(manager, text);
        starts.push_back(std::uint32_t(text.size()));
    }
    QStringView id(std::size_t k) const { return QStringView(text.data() + starts[k], starts[k + 1] - starts[k]); }
    /// Looks up the pending ids in their scenario (refusing unknown ends), then goes on with `next`.
    void resolve(ScenarioRows *next)
    {
        if (scenario && starts.size() > 1) {
            std::vector<QStringView> ids(starts.size() - 1);
            for (std::size_t k = 0; k < ids.size(); ++k)
                ids[k] = id(k);
            const std::vector<Org::Vertex> found = scenario->org->findAll(ids);
            for (std::size_t k = 0; k + 1 < found.size(); k += 2) {
                if (found[k] == Org::npos || found[k + 1] == Org::npos || found[k] == found[k + 1])
                    raise(PlanStore::tr("the plan is corrupted: a line between \"%1\" and \"%2\" has an unknown end")
                              .arg(id(k).toString(), id(k + 1).toString()));
                scenario->reports.push_back(found[k]);
                scenario->managers.push_back(found[k + 1]);
            }
        }
        scenario = next;
        text.clear();
        starts.assign(1, 0);
    }
};

/// Reads every position row and every line of the plan (one pass over each table,
/// rows of unknown scenarios left out) into `scenarios`, indexed by `index` (store id
/// → scenario). `Rows` is QtRows or SqliteRows; both read the same.
template<class Rows, class MakeRows>
void readRows(MakeRows makeRows, const QHash<qint64, std::size_t> &index, std::vector<ScenarioRows> &scenarios)
{
    {
        Rows counts = makeRows("SELECT scenario_id, COUNT(*) FROM positions GROUP BY scenario_id");
        while (counts.next()) {
            const auto it = index.constFind(counts.integer(0));
            if (it == index.constEnd())
                continue;
            const auto n = std::size_t(counts.integer(1));
            ScenarioRows &s = scenarios[*it];
            s.org->reserve(n);
            s.versions.reserve(n);
            s.ords.reserve(n);
            // About one reports-to line per position.
            s.reports.reserve(n);
            s.managers.reserve(n);
            s.isDotted.reserve(n);
            s.edgeOrd.reserve(n);
        }
    }
    {
        // Table order, no index: the sort is done in memory (see ScenarioRows).
        static const QByteArray sql = (QStringLiteral("SELECT scenario_id, id, version, ord, ") + positionColumnList()
                                       + QStringLiteral(" FROM positions")).toLatin1();
        Rows rows = makeRows(sql.constData());
        TextPools pools;
        ScenarioRows *s = nullptr;
        qint64 sid = 0;
        while (rows.next()) {
            if (!s || rows.integer(0) != sid) {
                sid = rows.integer(0);
                const auto it = index.constFind(sid);
                s = it == index.constEnd() ? nullptr : &scenarios[*it];
                if (!s)
                    continue;
            }
            Position p;
            p.id = rows.text(1);
            readContent(rows, 4, p, pools);
            s->add(std::move(p), rows.integer(2), rows.integer(3));
        }
    }
    for (ScenarioRows &s : scenarios)
        s.sort();
    // The ends of the lines are looked up in batches (Org::findAll fetches ahead), their
    // ids kept meanwhile as UTF-16 in one buffer: no QString per id.
    LineEnds ends;
    Rows edges = makeRows("SELECT scenario_id, report_id, manager_id, kind, ord FROM edges");
    while (edges.next()) {
        const auto it = index.constFind(edges.integer(0));
        if (it == index.constEnd())
            continue;
        ScenarioRows &s = scenarios[*it];
        if (ends.scenario != &s || ends.full())
            ends.resolve(&s);
        ends.add(edges, 1, 2);
        s.isDotted.push_back(edges.textEquals(3, kDotted));
        s.edgeOrd.push_back(edges.integer(4));
    }
    ends.resolve(nullptr);
}

/// Draws the lines read for a scenario, in their stored order; returns the stored
/// `ord` of each position's reports-to line (-1: a root).
std::vector<qint64> drawLines(ScenarioRows &s)
{
    Org &org = *s.org;
    const std::vector<Org::Vertex> &reports = s.reports;
    const std::vector<Org::Vertex> &managers = s.managers;
    const std::size_t n = std::size_t(org.size());
    std::vector<qint64> siblingOf(n, -1);
    // Usually (plans keep it: setManagers() orders reports by vertex, saves keep the order
    // values) every position has one reports-to line and each manager's reports, in the
    // order of their lines' `ord`, come in vertex order: then the lines are drawn at once
    // (Org::setManagers) with no sort of all of them. Otherwise they are drawn one by one
    // in the stored order, as that order says.
    std::vector<Org::Vertex> managerOf(n, Org::npos);
    std::vector<std::uint32_t> dotted;
    bool inVertexOrder = true;
    for (std::size_t i = 0; i < s.edgeOrd.size(); ++i) {
        if (s.isDotted[i]) {
            dotted.push_back(std::uint32_t(i));
            continue;
        }
        const Org::Vertex r = reports[i];
        if (managerOf[r] != Org::npos) // a second manager: the last line read wins, as setManager() does
            inVertexOrder = false;
        managerOf[r] = managers[i];
        siblingOf[r] = s.edgeOrd[i];
    }
    if (inVertexOrder) {
        std::vector<qint64> lastSibling(n, std::numeric_limits<qint64>::min());
        for (std::size_t r = 0; r < n && inVertexOrder; ++r) {
            const Org::Vertex m = managerOf[r];
            if (m == Org::npos)
                continue;
            inVertexOrder = siblingOf[r] > lastSibling[m];
            lastSibling[m] = siblingOf[r];
        }
    }
    auto byOrd = [&](std::uint32_t a, std::uint32_t b) { return s.edgeOrd[a] < s.edgeOrd[b]; };
    if (inVertexOrder) {
        std::stable_sort(dotted.begin(), dotted.end(), byOrd);
        for (std::uint32_t i : dotted)
            org.addDottedLine(reports[i], managers[i]);
        org.setManagers(managerOf);
    } else {
        std::vector<std::uint32_t> edgeOrder(s.edgeOrd.size());
        std::iota(edgeOrder.begin(), edgeOrder.end(), 0u);
        std::stable_sort(edgeOrder.begin(), edgeOrder.end(), byOrd);
        for (std::uint32_t i : edgeOrder) {
            if (s.isDotted[i]) {
                org.addDottedLine(reports[i], managers[i]);
            } else {
                org.setManager(reports[i], managers[i]);
                siblingOf[reports[i]] = s.edgeOrd[i];
            }
        }
    }
    s.reports = {};
    s.managers = {};
    return siblingOf;
}

} // namespace

void readPlan(QSqlDatabase &db, Plan &out, RowPath path, const std::function<void()> &betweenTables)
{
    const SqlDatabase::ReadSnapshot snapshot(db);
    Plan plan;
    auto baseline = std::make_shared<PlanBaseline>();
    plan.roles = readRoles(db);
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'currency'")) && q.next()
            && !q.value(0).toString().isEmpty())
            plan.roles.setCurrency(q.value(0).toString());
    }
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'rule_settings'")) && q.next())
            plan.settings = RuleSettings::fromString(q.value(0).toString());
    }
    QSqlQuery sq = prepare(db, QStringLiteral("SELECT id, name, custom_fields FROM scenarios ORDER BY ord, id"));
    exec(sq);
    while (sq.next()) {
        Scenario s;
        s.storeId = sq.value(0).toLongLong();
        s.name = sq.value(1).toString();
        s.org.setCustomFields(fromJson(sq.value(2).toString()));
        plan.scenarios.push_back(std::move(s));
    }
    sq.finish();
    if (plan.scenarios.empty())
        raise(PlanStore::tr("the plan has no scenario"));

    QHash<qint64, std::size_t> index;
    std::vector<ScenarioRows> rows(plan.scenarios.size());
    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        index.insert(plan.scenarios[i].storeId, i);
        rows[i].org = &plan.scenarios[i].org;
    }
    if (betweenTables)
        betweenTables();
    sqlite3 *handle = path == RowPath::Fastest ? sqliteHandle(db) : nullptr;
    if (handle)
        readRows<SqliteRows>([handle](const char *sql) { return SqliteRows(handle, sql); }, index, rows);
    else
        readRows<QtRows>([&db](const char *sql) { return QtRows(db, QString::fromLatin1(sql)); }, index, rows);

    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        Scenario &s = plan.scenarios[i];
        ScenarioRows &read = rows[i];
        baseline->scenarios << s.storeId;
        const std::vector<qint64> siblingOf = drawLines(read);
        const Org &org = s.org;
        const QStringList cycle = org.findCycle();
        if (!cycle.isEmpty())
            raise(PlanStore::tr("the plan is corrupted: reporting cycle %1").arg(cycle.join(QStringLiteral(" → "))));
        const std::vector<size_t> digests = RowContent::digestsOf(org);
        PlanBaseline::Rows &baseRows = baseline->rows[s.storeId];
        baseRows.ids.reserve(org.size());
        baseRows.rows.reserve(std::size_t(org.size()));
        for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
            baseRows.ids << org.position(v).id;
            baseRows.rows.push_back({read.versions[v], digests[v], read.ords[v], siblingOf[v]});
        }
    }
    plan.baseline = std::move(baseline);
    out = std::move(plan);
}

} // namespace org::storeimpl
