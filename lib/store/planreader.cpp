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

#include <algorithm>
#include <array>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <limits>
#include <memory>
#include <mutex>
#include <numeric>
#include <string_view>
#include <system_error>
#include <thread>
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

/// The rows of a query for the reader, on SqlStatement: straight from SQLite
/// (sqlite3_step, UTF-8 bytes into QString; no QVariant per value and no cached row) on
/// the connection that Qt Sql opened (and locks, and runs transactions on), and
/// through QSqlQuery on PostgreSQL or when asked for (RowPath::QtSql). Both read alike.
class Rows final
{
public:
    Rows(QSqlDatabase &db, const char *sql, bool viaQt) : m_q(db, sql, viaQt)
    {
        m_q.exec();
        m_direct = m_q.onSqliteHandle();
    }
    bool next() { return m_q.next(); }
    qint64 integer(int i) const { return m_q.integer(i); }
    double real(int i) const { return m_q.real(i); }
    bool isNull(int i) const { return m_q.isNull(i); }
    QString text(int i) const { return m_q.text(i); }
    /// The text, shared through `pool` with the rows before that had it.
    QString sharedText(int i, TextPool &pool) const
    {
        if (!m_direct)
            return pool.share(text(i));
        const std::string_view b = m_q.utf8(i);
        return pool.fromUtf8(b.data(), qsizetype(b.size()));
    }
    QStringList list(int i) const { return m_direct && m_q.utf8(i) == "[]" ? QStringList() : fromJson(text(i)); }
    /// Appends the UTF-16 of a text (ASCII, as ids mostly are, without a QString).
    void appendUtf16(int i, std::vector<char16_t> &out) const
    {
        if (m_direct) {
            const std::string_view b = m_q.utf8(i);
            if (std::all_of(b.begin(), b.end(), [](char c) { return uchar(c) < 0x80; })) {
                out.insert(out.end(), b.begin(), b.end());
                return;
            }
        }
        const QString t = text(i);
        out.insert(out.end(), t.utf16(), t.utf16() + t.size());
    }
    /// The text equals `utf8`.
    bool textEquals(int i, std::string_view utf8) const { return m_q.textEquals(i, utf8); }
    /// Straight from SQLite's handle (not through Qt Sql).
    bool direct() const { return m_direct; }
    const SqlStatement &statement() const { return m_q; }

private:
    SqlStatement m_q;
    bool m_direct = false;
};

/// The columns of the query for positions: scenario_id, id, version, ord, then the content.
constexpr int kFirstContentColumn = 4;

/// What a column of a query holds, as a RowBatch copies it.
enum class CellKind { Integer, Real, Text };
using CellKinds = std::vector<CellKind>;

/// The columns of the positions query (scenario_id, id, version, ord, the content).
const CellKinds &positionCells()
{
    static const CellKinds kinds = [] {
        CellKinds k{CellKind::Integer, CellKind::Text, CellKind::Integer, CellKind::Integer};
        for (const PositionColumn &c : kPositionColumns)
            k.push_back(c.kind == PositionColumn::Kind::Number ? CellKind::Real
                        : c.kind == PositionColumn::Kind::Flag ? CellKind::Integer
                                                               : CellKind::Text);
        return k;
    }();
    return kinds;
}

/// The columns of the lines query (scenario_id, report_id, manager_id, kind, ord).
const CellKinds &lineCells()
{
    static const CellKinds kinds{CellKind::Integer, CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Integer};
    return kinds;
}

/// Rows copied out of SQLite (a statement on its handle) in batches, so that one thread
/// steps SQLite while another builds the org from the rows before: per row and column
/// one cell, an integer, a real or a text (UTF-8 bytes in one buffer of the batch), NULL
/// marked. A row answers as Rows does (readContent and LineEnds read either).
class RowBatch final
{
    /// A value of a row: which member holds it follows from its column.
    struct Cell
    {
        union {
            qint64 integer;
            double real;
            struct
            {
                std::uint32_t offset, size;
            } text;
        };
        bool null = false;
        Cell() : integer(0) {}
    };

public:
    static constexpr std::size_t kRows = 1024;

    /// Room for kRows rows is made here, by the thread that makes the batch (malloc
    /// gives a second thread an arena of its own: fresh pages, which cost here).
    explicit RowBatch(const CellKinds &kinds) : m_kinds(kinds)
    {
        m_cells.reserve(kRows * kinds.size());
        m_bytes.reserve(kRows * 128);
    }
    void clear()
    {
        m_cells.clear();
        m_bytes.clear();
        m_rows = 0;
    }
    std::size_t size() const { return m_rows; }
    bool full() const { return m_rows >= kRows; }
    /// Copies the current row of `q`.
    void append(const SqlStatement &q)
    {
        for (int c = 0; c < int(m_kinds.size()); ++c) {
            Cell cell;
            switch (m_kinds[std::size_t(c)]) {
            case CellKind::Integer: cell.integer = q.integer(c); break;
            case CellKind::Real:
                cell.null = q.isNull(c);
                cell.real = cell.null ? 0.0 : q.real(c);
                break;
            case CellKind::Text: {
                const std::string_view b = q.utf8(c);
                cell.null = b.data() == nullptr;
                cell.text = {std::uint32_t(m_bytes.size()), std::uint32_t(b.size())};
                m_bytes.insert(m_bytes.end(), b.begin(), b.end());
                break;
            }
            }
            m_cells.push_back(cell);
        }
        ++m_rows;
    }

    /// One row of the batch, read as Rows reads the current row of a statement.
    class Row
    {
    public:
        Row(const RowBatch &batch, std::size_t row) : m_b(batch), m_first(row * batch.m_kinds.size()) {}
        qint64 integer(int i) const { return cell(i).integer; }
        double real(int i) const { return cell(i).real; }
        bool isNull(int i) const { return cell(i).null; }
        QString text(int i) const
        {
            const std::string_view b = bytes(i);
            return b.data() ? QString::fromUtf8(b.data(), qsizetype(b.size())) : QString();
        }
        QString sharedText(int i, TextPool &pool) const
        {
            const std::string_view b = bytes(i);
            return pool.fromUtf8(b.data(), qsizetype(b.size()));
        }
        QStringList list(int i) const { return bytes(i) == "[]" ? QStringList() : fromJson(text(i)); }
        /// The UTF-8 of a text (NULL: no data).
        std::string_view utf8(int i) const { return bytes(i); }
        bool textEquals(int i, std::string_view utf8) const { return !cell(i).null && bytes(i) == utf8; }
        /// Appends the UTF-16 of a text (ASCII, as ids mostly are, without a QString).
        void appendUtf16(int i, std::vector<char16_t> &out) const
        {
            const std::string_view b = bytes(i);
            if (std::all_of(b.begin(), b.end(), [](char c) { return uchar(c) < 0x80; })) {
                out.insert(out.end(), b.begin(), b.end());
                return;
            }
            const QString t = text(i);
            out.insert(out.end(), t.utf16(), t.utf16() + t.size());
        }

    private:
        const Cell &cell(int i) const { return m_b.m_cells[m_first + std::size_t(i)]; }
        /// The text's bytes (NULL: no data, as SQLite gives it).
        std::string_view bytes(int i) const
        {
            const Cell &c = cell(i);
            if (c.null)
                return {};
            return c.text.size ? std::string_view(m_b.m_bytes.data() + c.text.offset, c.text.size) : std::string_view("", 0);
        }
        const RowBatch &m_b;
        std::size_t m_first;
    };

private:
    const CellKinds &m_kinds;
    std::vector<Cell> m_cells;
    std::vector<char> m_bytes;
    std::size_t m_rows = 0;
};

/// Runs `consume(row)` on every row of `rows` (a query on SQLite's handle whose columns
/// hold `kinds`), the rows stepped and copied in batches on a second thread meanwhile
/// (the statement is used by that thread alone until it ends), and `ahead(row)` a few
/// rows before (to fetch what consuming it will wait on). A failure of either side
/// stops both and is thrown here. Without a second thread, the rows are consumed as they
/// are stepped.
template<class Consume, class Ahead>
void pipelineRows(Rows &rows, const CellKinds &kinds, Consume consume, Ahead ahead)
{
    constexpr std::size_t kAhead = 16;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::unique_ptr<RowBatch>> ready; // filled, in order
    std::vector<std::unique_ptr<RowBatch>> spare;
    bool done = false, stop = false;
    std::exception_ptr failure;
    constexpr std::size_t kInFlight = 4; // batches filled ahead at most
    // Every batch is made here, before the reading thread starts: one filling, kInFlight
    // ready, one being consumed.
    for (std::size_t i = 0; i < kInFlight + 2; ++i)
        spare.push_back(std::make_unique<RowBatch>(kinds));
    const auto produce = [&] {
        try {
            for (;;) {
                std::unique_ptr<RowBatch> batch;
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] { return stop || ready.size() < kInFlight; });
                    if (stop)
                        break;
                    if (!spare.empty()) {
                        batch = std::move(spare.back());
                        spare.pop_back();
                    }
                }
                if (!batch)
                    batch = std::make_unique<RowBatch>(kinds);
                batch->clear();
                while (!batch->full() && rows.next())
                    batch->append(rows.statement());
                const bool last = !batch->full();
                {
                    const std::lock_guard lock(mutex);
                    if (batch->size() > 0)
                        ready.push_back(std::move(batch));
                }
                changed.notify_all();
                if (last)
                    break;
            }
        } catch (...) {
            const std::lock_guard lock(mutex);
            failure = std::current_exception();
        }
        {
            const std::lock_guard lock(mutex);
            done = true;
        }
        changed.notify_all();
    };
    std::thread reader;
    try {
        reader = std::thread(produce);
    } catch (const std::system_error &) {
        while (rows.next())
            consume(rows);
        return;
    }
    try {
        for (;;) {
            std::unique_ptr<RowBatch> batch;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return !ready.empty() || done; });
                if (ready.empty())
                    break;
                batch = std::move(ready.front());
                ready.pop_front();
            }
            changed.notify_all();
            const std::size_t size = batch->size();
            for (std::size_t r = 0; r < std::min(kAhead, size); ++r)
                ahead(RowBatch::Row(*batch, r));
            for (std::size_t r = 0; r < size; ++r) {
                if (r + kAhead < size)
                    ahead(RowBatch::Row(*batch, r + kAhead));
                consume(RowBatch::Row(*batch, r));
            }
            const std::lock_guard lock(mutex);
            spare.push_back(std::move(batch));
        }
    } catch (...) {
        {
            const std::lock_guard lock(mutex);
            stop = true;
        }
        changed.notify_all();
        reader.join();
        throw;
    }
    reader.join();
    if (failure)
        std::rethrow_exception(failure);
}

/// Reads the content columns of the current row from column `first` on into `p`.
template<class Row>
void readContent(const Row &rows, int first, Position &p, TextPools &pools)
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
    /// The parts of each row's digest taken while it was read (RowDigester): its content
    /// and its id's hash; the lines join them once they are drawn.
    std::vector<size_t> contentDigests, idHashes;
    bool sorted = true;
    std::vector<Org::Vertex> reports, managers; ///< the ends of the lines, in the order read
    std::vector<char> isDotted;
    std::vector<qint64> edgeOrd;

    void add(Position p, qint64 version, qint64 ord, RowDigester &digester)
    {
        if (sorted && !ords.empty()) {
            const qint64 last = ords.back();
            sorted = last < ord || (last == ord && org->position(Org::Vertex(ords.size() - 1)).id < p.id);
        }
        // Digested while its texts are at hand (they stay in the org, as the digester needs).
        const size_t content = digester.content(p);
        const size_t idHash = RowDigester::idHash(p.id);
        const QString id = p.id;
        if (id.isEmpty() || org->addPositionIfNew(std::move(p)) == Org::npos)
            raise(PlanStore::tr("the plan is corrupted: empty or duplicate position id \"%1\"").arg(id));
        versions.push_back(version);
        ords.push_back(ord);
        contentDigests.push_back(content);
        idHashes.push_back(idHash);
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
        std::vector<size_t> c, h;
        v.reserve(order.size());
        o.reserve(order.size());
        c.reserve(order.size());
        h.reserve(order.size());
        for (std::uint32_t i : order) {
            out.addPosition(org->position(i));
            v.push_back(versions[i]);
            o.push_back(ords[i]);
            c.push_back(contentDigests[i]);
            h.push_back(idHashes[i]);
        }
        *org = std::move(out);
        versions = std::move(v);
        ords = std::move(o);
        contentDigests = std::move(c);
        idHashes = std::move(h);
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
    template<class Row>
    void add(const Row &rows, int report, int manager)
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

/// From this many positions a second thread pays: SQLite is stepped on it while this
/// one builds the org, and the org's graph is built on it while this one checks the lines.
constexpr std::size_t kLargeOrg = 65536;

/// Reads every position row and every line of the plan (one pass over each table,
/// rows of unknown scenarios left out) into `scenarios`, indexed by `index` (store id
/// → scenario), straight from SQLite or through Qt Sql (`viaQt`): both read the same.
void readRows(QSqlDatabase &db, bool viaQt, const QHash<qint64, std::size_t> &index,
              std::vector<ScenarioRows> &scenarios)
{
    const auto makeRows = [&](const char *sql) { return Rows(db, sql, viaQt); };
    // A large plan on SQLite: SQLite is stepped on a second thread (2 cores) while this
    // one builds the org.
    std::size_t total = 0;
    {
        Rows counts = makeRows("SELECT scenario_id, COUNT(*) FROM positions GROUP BY scenario_id");
        while (counts.next()) {
            const auto it = index.constFind(counts.integer(0));
            if (it == index.constEnd())
                continue;
            const auto n = std::size_t(counts.integer(1));
            total += n;
            ScenarioRows &s = scenarios[*it];
            s.org->reserve(n);
            s.versions.reserve(n);
            s.ords.reserve(n);
            s.contentDigests.reserve(n);
            s.idHashes.reserve(n);
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
        RowDigester digester; // the texts it memoises stay in the orgs
        ScenarioRows *s = nullptr;
        qint64 sid = 0;
        const auto consume = [&](const auto &row) {
            if (!s || row.integer(0) != sid) {
                sid = row.integer(0);
                const auto it = index.constFind(sid);
                s = it == index.constEnd() ? nullptr : &scenarios[*it];
                if (!s)
                    return;
            }
            Position p;
            p.id = row.text(1);
            readContent(row, kFirstContentColumn, p, pools);
            s->add(std::move(p), row.integer(2), row.integer(3), digester);
        };
        // Each id's slot in the org's index, fetched while the rows before it are added:
        // a million inserts into a large index otherwise each wait on memory.
        const auto ahead = [&](const RowBatch::Row &row) {
            if (s)
                s->org->prefetch(row.utf8(1));
        };
        if (rows.direct() && total >= kLargeOrg) {
            pipelineRows(rows, positionCells(), consume, ahead);
        } else {
            while (rows.next())
                consume(rows);
        }
    }
    for (ScenarioRows &s : scenarios)
        s.sort();
    // The ends of the lines are looked up in batches (Org::findAll fetches ahead), their
    // ids kept meanwhile as UTF-16 in one buffer: no QString per id.
    LineEnds ends;
    const QByteArray dottedUtf8 = kDotted.toUtf8();
    const std::string_view dotted(dottedUtf8.constData(), std::size_t(dottedUtf8.size()));
    Rows edges = makeRows("SELECT scenario_id, report_id, manager_id, kind, ord FROM edges");
    const auto consumeLine = [&](const auto &row) {
        const auto it = index.constFind(row.integer(0));
        if (it == index.constEnd())
            return;
        ScenarioRows &s = scenarios[*it];
        if (ends.scenario != &s || ends.full())
            ends.resolve(&s);
        ends.add(row, 1, 2);
        s.isDotted.push_back(row.textEquals(3, dotted));
        s.edgeOrd.push_back(row.integer(4));
    };
    if (edges.direct() && total >= kLargeOrg) {
        pipelineRows(edges, lineCells(), consumeLine, [](const RowBatch::Row &) {});
    } else {
        while (edges.next())
            consumeLine(edges);
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
    {
        QSqlQuery q(db); // read in the snapshot the rows are read in
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'save_id'")) && q.next())
            baseline->saveId = q.value(0).toString();
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
    readRows(db, path == RowPath::QtSql, index, rows);

    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        Scenario &s = plan.scenarios[i];
        ScenarioRows &read = rows[i];
        baseline->scenarios << s.storeId;
        const std::vector<qint64> siblingOf = drawLines(read);
        // Whoever uses the org next walks its graph (validation, layout, a save): a large
        // one is built meanwhile on a second thread. Only a head start: should it fail,
        // the first graph() builds it.
        std::jthread graph;
        if (std::size_t(s.org.size()) >= kLargeOrg) {
            try {
                graph = std::jthread([&org = std::as_const(s.org)] {
                    try {
                        org.graph();
                    } catch (...) {
                    }
                });
            } catch (const std::system_error &) {
            }
        }
        const Org &org = s.org;
        const QStringList cycle = org.findCycle();
        if (!cycle.isEmpty())
            raise(PlanStore::tr("the plan is corrupted: reporting cycle %1").arg(cycle.join(QStringLiteral(" → "))));
        const std::vector<size_t> digests
            = RowContent::digestsWithLines(org, std::move(read.contentDigests), read.idHashes);
        read.idHashes = {};
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
