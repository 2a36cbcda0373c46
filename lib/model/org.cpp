// SPDX-License-Identifier: MIT
// GCC 12 sees uninitialised iterators inside Boost's adjacency_list copy
// (boost::optional in adj_list_edge_iterator); a known false positive.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include "org.h"


#include <algorithm>
#include <array>
#include <mutex>

namespace org {

namespace {

/// Appends the reports-to edges that `index` lists to `g`: each manager's out-edge list
/// is reserved once and filled in place (in the index's order), instead of growing in
/// random order across the whole graph.
void addEdges(Org::Graph &g, const Org::ChildIndex &index)
{
    const std::size_t n = index.start.size() - 1;
    for (Org::Vertex m = 0; m < n; ++m) {
        if (index.start[m] == index.start[m + 1])
            continue;
        auto &out = g.m_vertices[m].m_out_edges;
        out.reserve(out.size() + (index.start[m + 1] - index.start[m]));
        for (std::uint32_t k = index.start[m]; k < index.start[m + 1]; ++k)
            boost::add_edge(m, Org::Vertex(index.children[k]), g);
    }
}

} // namespace

Org::Org() = default;

Org::Org(const Org &other)
    : m_graph(other.builtGraph() ? new Graph(*other.builtGraph()) : nullptr), m_positions(other.m_positions),
      m_manager(other.m_manager), m_dotted(other.m_dotted), m_assistants(other.m_assistants),
      m_index(other.m_index), m_indexUsed(other.m_indexUsed),
      m_customFields(other.m_customFields)
{
}

Org &Org::operator=(const Org &other)
{
    if (this != &other)
        *this = Org(other);
    return *this;
}

Org::Org(Org &&other) noexcept : Org()
{
    *this = std::move(other);
}

Org &Org::operator=(Org &&other) noexcept
{
    if (this == &other)
        return *this;
    // Pointers: O(1), unlike adjacency_list::swap.
    delete m_graph.exchange(other.m_graph.exchange(nullptr, std::memory_order_acq_rel), std::memory_order_acq_rel);
    m_positions = std::exchange(other.m_positions, {});
    m_manager = std::exchange(other.m_manager, {});
    m_dotted = std::exchange(other.m_dotted, {});
    m_assistants = std::exchange(other.m_assistants, 0);
    m_index = std::exchange(other.m_index, {});
    m_indexUsed = std::exchange(other.m_indexUsed, 0);
    m_customFields = std::exchange(other.m_customFields, {});
    return *this;
}

Org::~Org()
{
    delete m_graph.load(std::memory_order_acquire);
}

const Org::Graph &Org::graph() const
{
    if (Graph *g = builtGraph())
        return *g;
    // Built once, by whichever thread asks first; a mutex for all orgs is
    // enough for something that happens once per org.
    static std::mutex building;
    const std::lock_guard lock(building);
    if (Graph *g = builtGraph())
        return *g;
    auto g = std::make_unique<Graph>(m_positions.size());
    addEdges(*g, childIndex(m_manager));
    m_graph.store(g.release(), std::memory_order_release);
    return *builtGraph();
}

void Org::reserve(std::size_t positions)
{
    if (Graph *g = builtGraph())
        g->m_vertices.reserve(positions);
    m_positions.reserve(positions);
    m_manager.reserve(positions);
    growIndex(positions);
}

std::uint64_t Org::idKey(QStringView id)
{
    // Ids of up to 9 ASCII characters (numbers, "E00123", "cto") are packed
    // exactly, 7 bits per character; no character is NUL, so the packing is
    // unique. Longer ids are hashed and marked by the top bit.
    if (id.size() <= 9) {
        std::uint64_t key = 0;
        bool ascii = true;
        for (const QChar ch : id) {
            const char16_t c = ch.unicode();
            ascii = ascii && c != 0 && c < 0x80;
            key = (key << 7) | (c & 0x7f);
        }
        if (ascii)
            return key;
    }
    return std::uint64_t(qHash(id)) | kHashedKey;
}

std::size_t Org::slotOf(std::uint64_t key) const
{
    const std::uint64_t h = key * 0x9E3779B97F4A7C15ull; // Fibonacci hashing
    return std::size_t(h ^ (h >> 29)) & (m_index.size() - 1);
}

Org::Vertex Org::addPosition(Position p)
{
    const std::uint64_t key = idKey(p.id);
    return append(std::move(p), key);
}

Org::Vertex Org::append(Position p, std::uint64_t key)
{
    const Vertex v = m_positions.size();
    if (Graph *g = builtGraph())
        boost::add_vertex(*g);
    m_manager.push_back(npos);
    m_assistants += p.assistant ? 1 : 0;
    m_positions.push_back(std::move(p));
    indexInsert(key, v);
    return v;
}

Org::Vertex Org::addPositionIfNew(Position p)
{
    const std::uint64_t key = idKey(p.id);
    if (findKey(p.id, key) != npos)
        return npos;
    return append(std::move(p), key);
}

Org::Vertex Org::find(QStringView id) const
{
    return findKey(id, idKey(id));
}

std::vector<Org::Vertex> Org::findAll(std::span<const QStringView> ids) const
{
    // Keys first, then the probes, each slot fetched a few lookups ahead: a
    // million lookups into a large index wait on memory, not on arithmetic.
    constexpr std::size_t kAhead = 16;
    std::vector<Vertex> out(ids.size(), npos);
    if (m_index.empty())
        return out;
    std::vector<std::uint64_t> keys(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        keys[i] = idKey(ids[i]);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i + kAhead < ids.size())
            __builtin_prefetch(&m_index[slotOf(keys[i + kAhead])]);
        if (!ids[i].isEmpty())
            out[i] = findKey(ids[i], keys[i]);
    }
    return out;
}

void Org::prefetch(QStringView id) const
{
    if (!m_index.empty())
        __builtin_prefetch(&m_index[slotOf(idKey(id))]);
}

void Org::prefetch(std::string_view utf8) const
{
    constexpr std::size_t kShort = 64;
    if (m_index.empty() || utf8.size() > kShort)
        return;
    // ASCII is its own UTF-16, one unit a byte.
    std::array<char16_t, kShort> units;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if (uchar(utf8[i]) >= 0x80)
            return; // rare: not worth converting for a hint
        units[i] = char16_t(uchar(utf8[i]));
    }
    prefetch(QStringView(units.data(), qsizetype(utf8.size())));
}

Org::Vertex Org::findKey(QStringView id, std::uint64_t key) const
{
    if (m_index.empty())
        return npos;
    const std::size_t mask = m_index.size() - 1;
    const bool exact = !(key & kHashedKey);
    for (std::size_t i = slotOf(key); m_index[i].vertex != kFree; i = (i + 1) & mask)
        if (m_index[i].key == key && (exact || m_positions[m_index[i].vertex].id == id))
            return m_index[i].vertex;
    return npos;
}

void Org::indexInsert(std::uint64_t key, Vertex v)
{
    if ((m_indexUsed + 1) * 2 > m_index.size())
        growIndex(std::max<std::size_t>(m_indexUsed + 1, 8) * 2);
    const std::size_t mask = m_index.size() - 1;
    std::size_t i = slotOf(key);
    while (m_index[i].vertex != kFree)
        i = (i + 1) & mask;
    m_index[i] = {key, std::uint32_t(v)};
    ++m_indexUsed;
}

void Org::growIndex(std::size_t positions)
{
    std::size_t size = 16;
    while (size < positions * 2)
        size *= 2;
    if (size <= m_index.size())
        return;
    std::vector<IndexEntry> old = std::exchange(m_index, std::vector<IndexEntry>(size));
    const std::size_t mask = size - 1;
    for (const IndexEntry &e : old) {
        if (e.vertex == kFree)
            continue;
        std::size_t i = slotOf(e.key);
        while (m_index[i].vertex != kFree)
            i = (i + 1) & mask;
        m_index[i] = e;
    }
}

void Org::setPosition(Vertex v, Position p)
{
    m_assistants += int(p.assistant) - int(m_positions[v].assistant);
    if (p.id != m_positions[v].id) {
        m_positions[v] = std::move(p);
        rebuildIndex(); // ids rarely change: a rebuild keeps the index simple
        return;
    }
    m_positions[v] = std::move(p);
}

void Org::removePosition(Vertex v)
{
    std::erase_if(m_dotted, [v](const DottedLine &d) { return d.report == v || d.manager == v; });
    for (DottedLine &d : m_dotted) {
        d.report -= d.report > v ? 1 : 0;
        d.manager -= d.manager > v ? 1 : 0;
    }
    if (Graph *g = builtGraph()) {
        for (Vertex r : reports(v))
            m_manager[r] = npos;
        if (m_manager[v] != npos)
            setManager(v, npos);
        boost::clear_vertex(v, *g); // out-edges only: in-edges were removed above
        boost::remove_vertex(v, *g);
    } else {
        // No graph yet: reports stay in vertex order, which renumbering keeps.
        for (Vertex &m : m_manager)
            if (m == v)
                m = npos;
    }
    m_assistants -= m_positions[v].assistant ? 1 : 0;
    m_positions.erase(m_positions.begin() + std::ptrdiff_t(v));
    m_manager.erase(m_manager.begin() + std::ptrdiff_t(v));
    for (Vertex &m : m_manager)
        if (m != npos && m > v)
            --m;
    rebuildIndex();
}

Org::ChildIndex Org::childIndex(const std::vector<Vertex> &managers)
{
    const std::size_t n = managers.size();
    ChildIndex index;
    index.start.assign(n + 1, 0);
    std::vector<std::uint32_t> &start = index.start;
    for (Vertex v = 0; v < n; ++v)
        if (managers[v] != npos)
            ++start[managers[v] + 1];
    for (std::size_t i = 0; i < n; ++i)
        start[i + 1] += start[i];
    index.children.resize(start[n]);
    std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
    for (Vertex v = 0; v < n; ++v)
        if (managers[v] != npos)
            index.children[fill[managers[v]]++] = std::uint32_t(v);
    return index;
}

void Org::setManagers(const std::vector<Vertex> &managers)
{
    const std::size_t n = m_positions.size();
    // An org without lines and without a graph yet (an import, a plan being
    // read): the graph built later lists reports in vertex order, just as the
    // edges added below would, so only the array is set.
    if (!builtGraph() && std::all_of(m_manager.begin(), m_manager.end(), [](Vertex m) { return m == npos; })) {
        for (Vertex v = 0; v < n; ++v)
            m_manager[v] = managers[v];
        return;
    }
    // Counting sort by manager (stable, so reports keep their order), then one
    // pass over the managers (addEdges).
    for (Vertex v = 0; v < n; ++v)
        if (managers[v] != npos)
            setManager(v, npos);
    Graph &g = const_cast<Graph &>(graph()); // owned by this org, which is not const here
    addEdges(g, childIndex(managers));
    for (Vertex v = 0; v < n; ++v)
        if (managers[v] != npos)
            m_manager[v] = managers[v];
}

void Org::setManager(Vertex v, Vertex m)
{
    // The graph first: from here on reports keep the order they were linked in.
    Graph &g = const_cast<Graph &>(graph()); // owned by this org, which is not const here
    const Vertex old = m_manager[v];
    if (old != npos) {
        boost::remove_out_edge_if(
            old, [&g, v](Graph::edge_descriptor e) { return boost::target(e, g) == v; }, g);
    }
    m_manager[v] = m;
    if (m != npos)
        boost::add_edge(m, v, g);
}

bool Org::wouldCreateCycle(Vertex v, Vertex m) const
{
    // Walk up from the new manager; meeting v means v would manage itself.
    for (Vertex u = m; u != npos; u = manager(u))
        if (u == v)
            return true;
    return false;
}

std::vector<Org::Vertex> Org::reports(Vertex v) const
{
    const Graph &g = graph();
    std::vector<Vertex> out;
    out.reserve(boost::out_degree(v, g));
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
        out.push_back(boost::target(*it, g));
    return out;
}

int Org::reportCount(Vertex v) const
{
    return int(boost::out_degree(v, graph()));
}

void Org::addDottedLine(Vertex report, Vertex manager)
{
    m_dotted.push_back({report, manager});
}

bool Org::removeDottedLine(Vertex report, Vertex manager)
{
    const auto it = std::find(m_dotted.begin(), m_dotted.end(), DottedLine{report, manager});
    if (it == m_dotted.end())
        return false;
    m_dotted.erase(it);
    return true;
}

std::vector<Org::Vertex> Org::dottedManagers(Vertex v) const
{
    std::vector<Vertex> out;
    for (const DottedLine &d : m_dotted)
        if (d.report == v)
            out.push_back(d.manager);
    return out;
}

std::vector<Org::Vertex> Org::roots() const
{
    std::vector<Vertex> out;
    for (Vertex v = 0; v < m_positions.size(); ++v)
        if (m_manager[v] == npos)
            out.push_back(v);
    return out;
}

std::vector<Org::Vertex> Org::preorder() const
{
    // A depth-first walk over a compact child index (counting sort of the
    // manager array) rather than boost::depth_first_visit on the filtered
    // graph: same order, a few times faster on a million positions, and
    // iterative, so deep chains are fine.
    const std::size_t n = m_positions.size();
    const auto [start, children] = childIndex(m_manager);
    std::vector<Vertex> order;
    order.reserve(n);
    std::vector<std::uint32_t> stack;
    for (Vertex r = 0; r < n; ++r) {
        if (m_manager[r] != npos)
            continue;
        stack.push_back(std::uint32_t(r));
        while (!stack.empty()) {
            const std::uint32_t v = stack.back();
            stack.pop_back();
            order.push_back(v);
            // Push in reverse so that the first report is visited first.
            for (std::uint32_t i = start[v + 1]; i > start[v]; --i)
                stack.push_back(children[i - 1]);
        }
    }
    return order;
}

QStringList Org::findCycle() const
{
    // Walk up from every position in vertex order until a root or a position
    // already known to reach one: each position is walked once, and no child
    // index is needed. The first walk that meets its own path starts at the
    // first position that no root reaches (it sits on a cycle or below one);
    // the position met twice is on the cycle.
    const std::size_t n = m_positions.size();
    enum : char { Unknown, OnPath, ReachesRoot };
    std::vector<char> state(n, Unknown);
    std::vector<Vertex> path;
    Vertex u = npos;
    for (Vertex start = 0; start < n && u == npos; ++start) {
        path.clear();
        for (Vertex w = start; w != npos && state[w] == Unknown; w = m_manager[w]) {
            state[w] = OnPath;
            path.push_back(w);
            if (m_manager[w] != npos && state[m_manager[w]] == OnPath)
                u = m_manager[w];
        }
        for (Vertex w : path)
            state[w] = ReachesRoot;
    }
    if (u == npos)
        return {};
    QStringList ids;
    const Vertex first = u;
    do {
        ids << m_positions[u].id;
        u = manager(u);
    } while (u != first);
    return ids;
}

int Org::depth(Vertex v) const
{
    int d = 0;
    for (Vertex u = manager(v); u != npos; u = manager(u))
        ++d;
    return d;
}

bool Org::operator==(const Org &other) const
{
    if (m_positions != other.m_positions || m_customFields != other.m_customFields
        || m_manager != other.m_manager || m_dotted.size() != other.m_dotted.size())
        return false;
    auto sorted = [](std::vector<DottedLine> lines) {
        std::sort(lines.begin(), lines.end());
        return lines;
    };
    return m_dotted.empty() || sorted(m_dotted) == sorted(other.m_dotted);
}

void Org::rebuildIndex()
{
    m_index.assign(m_index.size(), IndexEntry{});
    m_indexUsed = 0;
    growIndex(m_positions.size());
    for (Vertex v = 0; v < m_positions.size(); ++v)
        indexInsert(idKey(m_positions[v].id), v);
}

} // namespace org
