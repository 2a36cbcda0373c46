// SPDX-License-Identifier: MIT
#pragma once

#include "position.h"

#include <QHash>

#include <boost/graph/adjacency_list.hpp>

#include <atomic>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace org {

/// The two kinds of line between positions.
enum class EdgeKind : std::uint8_t {
    ReportsTo,  ///< solid; at most one per report; the reports-to lines form a forest
    DottedLine, ///< matrix or technical-partner link; never counts as management
};

/// An org chart: positions joined by reporting lines. The reports-to lines are
/// a Boost.Graph adjacency list whose edges run from manager to report; the
/// few dotted lines are a plain list beside it. Vertex indices are
/// dense (0 … size()-1) and in input order; removing a position renumbers the
/// ones after it. The reports-to edges are kept a forest by the callers:
/// setManager() does not check, wouldCreateCycle() tells. Besides the graph,
/// the manager of each position is kept in a flat array, so manager() is O(1)
/// and the graph needs no in-edge lists (a million positions fit in ~200 MB).
/// The graph is built from that array on first use (graph(), reports(),
/// reportCount(), setManager()): an org that is only imported and laid out
/// never needs it. Until then every manager's reports are in vertex order,
/// which is the order a bulk setManagers() of a fresh org gives them.
/// Moving an Org is cheap; copying it copies the whole graph.
class Org final
{
public:
    /// The reports-to forest: edges run from manager to report. No edge
    /// properties: Boost allocates each edge's property on the heap, a million
    /// allocations for a million positions; dotted lines are kept apart.
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    using Vertex = Graph::vertex_descriptor;
    static constexpr Vertex npos = Vertex(-1);
    /// A dotted line: `report` also answers to `manager` (matrix or partner).
    struct DottedLine
    {
        Vertex report = npos;
        Vertex manager = npos;
        auto operator<=>(const DottedLine &) const = default;
    };

    Org();
    Org(const Org &other);
    Org &operator=(const Org &other);
    /// Moving leaves `other` a valid empty org.
    Org(Org &&other) noexcept;
    Org &operator=(Org &&other) noexcept;
    ~Org();

    int size() const { return int(m_positions.size()); }
    bool isEmpty() const { return m_positions.empty(); }
    const Position &position(Vertex v) const { return m_positions[v]; }
    const std::vector<Position> &positions() const { return m_positions; }
    /// The reports-to graph, built on first use (safe from several threads).
    const Graph &graph() const;

    /// Vertex of the position with this id, or npos.
    Vertex find(QStringView id) const;

    /// find() for many ids at once (faster for an import's worth); an empty id gives npos.
    std::vector<Vertex> findAll(std::span<const QStringView> ids) const;
    /// Fetches the index slot of `id` into the cache ahead of a find() or
    /// addPositionIfNew() of it (a hint only): an importer adding row after row
    /// otherwise waits on memory for every probe of a large index.
    void prefetch(QStringView id) const;
    /// prefetch() of an id given as UTF-8 (as a plan's rows hold it): ASCII ids, which
    /// ids mostly are, need no conversion.
    void prefetch(std::string_view utf8) const;

    /// Makes room for this many positions (an importer knows roughly how many).
    void reserve(std::size_t positions);
    /// Appends a position (its id must be new) and returns its vertex.
    Vertex addPosition(Position p);
    /// Appends a position unless its id is taken; npos when it is.
    Vertex addPositionIfNew(Position p);
    /// Replaces the data of a position; the id may change if the new one is free.
    void setPosition(Vertex v, Position p);
    /// Removes a position and its lines. Its reports become roots.
    /// Vertices after v shift down by one.
    void removePosition(Vertex v);

    /// The manager (reports-to), or npos for a root.
    Vertex manager(Vertex v) const { return m_manager[v]; }
    /// Makes v report to m (npos: v becomes a root). No cycle check.
    void setManager(Vertex v, Vertex m);
    /// Sets the manager of every position at once (npos: leave it as it is),
    /// much faster than setManager() one by one for a whole import. No cycle check.
    void setManagers(const std::vector<Vertex> &managers);
    /// True when v reporting to m would close a reporting cycle.
    bool wouldCreateCycle(Vertex v, Vertex m) const;

    /// Direct reports of v in the order they were added.
    std::vector<Vertex> reports(Vertex v) const;
    int reportCount(Vertex v) const;

    void addDottedLine(Vertex report, Vertex manager);
    bool removeDottedLine(Vertex report, Vertex manager);
    /// Managers that v reports to by a dotted line.
    std::vector<Vertex> dottedManagers(Vertex v) const;

    /// Positions without a manager, in vertex order.
    std::vector<Vertex> roots() const;
    /// Every position reachable from the roots, managers before their reports
    /// (depth-first preorder, roots and reports in order). Positions on or
    /// below a reporting cycle are missing; size() tells when that happens.
    std::vector<Vertex> preorder() const;
    /// Ids of one reporting cycle, in reporting order; empty when there is none.
    QStringList findCycle() const;
    /// Number of managers above v (0 for a root).
    int depth(Vertex v) const;

    /// Names of the extra CSV columns kept on every position (Position::custom).
    const QStringList &customFields() const { return m_customFields; }
    void setCustomFields(QStringList names) { m_customFields = std::move(names); }

    bool operator==(const Org &other) const;

    /// Reports of every position as flat arrays: the reports of v are
    /// children[start[v] .. start[v + 1]), in vertex order (a counting sort).
    struct ChildIndex
    {
        std::vector<std::uint32_t> start;
        std::vector<std::uint32_t> children;
        std::uint32_t count(Vertex v) const { return start[v + 1] - start[v]; }
    };
    /// The ChildIndex of a manager array like managerArray() (npos: a root).
    static ChildIndex childIndex(const std::vector<Vertex> &managers);

    /// Flat manager array (npos for roots), indexed by vertex: for fast passes.
    const std::vector<Vertex> &managerArray() const { return m_manager; }
    /// Number of dotted-line edges.
    int dottedLineCount() const { return int(m_dotted.size()); }
    /// Every dotted line, in the order they were added.
    const std::vector<DottedLine> &dottedLines() const { return m_dotted; }
    /// Number of positions marked as assistants (Position::assistant).
    int assistantCount() const { return m_assistants; }

private:
    void rebuildIndex();
    /// The graph if it has been built, else nullptr (never builds it).
    Graph *builtGraph() const { return m_graph.load(std::memory_order_acquire); }

    // Boost's adjacency_list copies even when moved or swapped; the pointer
    // makes moving an Org O(1). Null until graph() builds it from m_manager;
    // owned (deleted in the destructor).
    mutable std::atomic<Graph *> m_graph{nullptr};
    std::vector<Position> m_positions;
    std::vector<Vertex> m_manager;   ///< reports-to manager per vertex, npos for roots
    std::vector<DottedLine> m_dotted; ///< few: scanned, not indexed
    int m_assistants = 0;
    /// Id index: open addressing over (key, vertex) pairs. The key is the id
    /// itself for short ASCII ids (so a probe never touches the positions) and
    /// a marked hash otherwise; the ids stay in m_positions (a QHash<QString,
    /// Vertex> would hold a second reference and compare strings on every
    /// probe, following two pointers each time).
    struct IndexEntry
    {
        std::uint64_t key = 0;
        std::uint32_t vertex = std::uint32_t(-1); ///< -1: free
    };
    static constexpr std::uint32_t kFree = std::uint32_t(-1);
    static constexpr std::uint64_t kHashedKey = std::uint64_t(1) << 63;
    std::vector<IndexEntry> m_index;
    std::size_t m_indexUsed = 0;
    /// The index key of an id: exact for short ASCII ids, else hash | kHashedKey.
    static std::uint64_t idKey(QStringView id);
    /// First slot to probe for `key`.
    std::size_t slotOf(std::uint64_t key) const;
    /// Appends a position whose id has index key `key` (the id must be new).
    Vertex append(Position p, std::uint64_t key);
    /// The vertex of `id`, whose index key is `key`, or npos.
    Vertex findKey(QStringView id, std::uint64_t key) const;
    /// Inserts v under its id's key (the id must not be indexed yet).
    void indexInsert(std::uint64_t key, Vertex v);
    void growIndex(std::size_t positions);
    QStringList m_customFields;
};

} // namespace org
