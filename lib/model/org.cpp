// SPDX-License-Identifier: MIT
#include "org.h"

#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <algorithm>

namespace org {

namespace {

/// Keeps only the reports-to edges of an Org's graph.
struct ReportsToOnly
{
    const Org::Graph *g = nullptr;
    bool operator()(Org::Graph::edge_descriptor e) const
    {
        return (*g)[e].kind == EdgeKind::ReportsTo;
    }
};

struct PreorderRecorder : boost::default_dfs_visitor
{
    std::vector<Org::Vertex> *out;
    template<class G>
    void discover_vertex(Org::Vertex v, const G &) const { out->push_back(v); }
};

} // namespace

Org::Vertex Org::addPosition(Position p)
{
    const Vertex v = boost::add_vertex(m_graph);
    m_index.insert(p.id, v);
    m_positions.push_back(std::move(p));
    return v;
}

void Org::setPosition(Vertex v, Position p)
{
    if (p.id != m_positions[v].id) {
        m_index.remove(m_positions[v].id);
        m_index.insert(p.id, v);
    }
    m_positions[v] = std::move(p);
}

void Org::removePosition(Vertex v)
{
    boost::clear_vertex(v, m_graph);
    boost::remove_vertex(v, m_graph);
    m_positions.erase(m_positions.begin() + std::ptrdiff_t(v));
    rebuildIndex();
}

Org::Vertex Org::manager(Vertex v) const
{
    for (auto [it, end] = boost::in_edges(v, m_graph); it != end; ++it)
        if (m_graph[*it].kind == EdgeKind::ReportsTo)
            return boost::source(*it, m_graph);
    return npos;
}

void Org::setManager(Vertex v, Vertex m)
{
    boost::remove_in_edge_if(
        v, [this](Graph::edge_descriptor e) { return m_graph[e].kind == EdgeKind::ReportsTo; },
        m_graph);
    if (m != npos)
        boost::add_edge(m, v, EdgeProps{EdgeKind::ReportsTo}, m_graph);
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
    std::vector<Vertex> out;
    for (auto [it, end] = boost::out_edges(v, m_graph); it != end; ++it)
        if (m_graph[*it].kind == EdgeKind::ReportsTo)
            out.push_back(boost::target(*it, m_graph));
    return out;
}

int Org::reportCount(Vertex v) const
{
    int n = 0;
    for (auto [it, end] = boost::out_edges(v, m_graph); it != end; ++it)
        n += m_graph[*it].kind == EdgeKind::ReportsTo;
    return n;
}

void Org::addDottedLine(Vertex report, Vertex manager)
{
    boost::add_edge(manager, report, EdgeProps{EdgeKind::DottedLine}, m_graph);
}

bool Org::removeDottedLine(Vertex report, Vertex manager)
{
    for (auto [it, end] = boost::out_edges(manager, m_graph); it != end; ++it) {
        if (m_graph[*it].kind == EdgeKind::DottedLine && boost::target(*it, m_graph) == report) {
            boost::remove_edge(*it, m_graph);
            return true;
        }
    }
    return false;
}

std::vector<Org::Vertex> Org::dottedManagers(Vertex v) const
{
    std::vector<Vertex> out;
    for (auto [it, end] = boost::in_edges(v, m_graph); it != end; ++it)
        if (m_graph[*it].kind == EdgeKind::DottedLine)
            out.push_back(boost::source(*it, m_graph));
    return out;
}

std::vector<Org::Vertex> Org::roots() const
{
    std::vector<Vertex> out;
    for (Vertex v = 0; v < m_positions.size(); ++v)
        if (manager(v) == npos)
            out.push_back(v);
    return out;
}

std::vector<Org::Vertex> Org::preorder() const
{
    std::vector<Vertex> order;
    order.reserve(m_positions.size());
    const boost::filtered_graph<Graph, ReportsToOnly> tree(m_graph, ReportsToOnly{&m_graph});
    std::vector<boost::default_color_type> colors(m_positions.size(), boost::white_color);
    auto colorMap = boost::make_iterator_property_map(colors.begin(),
                                                      boost::get(boost::vertex_index, m_graph));
    PreorderRecorder rec;
    rec.out = &order;
    // Boost's depth_first_visit keeps its own stack: deep chains are fine.
    for (Vertex r : roots())
        boost::depth_first_visit(tree, r, rec, colorMap);
    return order;
}

QStringList Org::findCycle() const
{
    const std::vector<Vertex> reached = preorder();
    if (reached.size() == m_positions.size())
        return {};
    std::vector<char> seen(m_positions.size(), 0);
    for (Vertex v : reached)
        seen[v] = 1;
    // A position no root reaches sits on a cycle or below one: walk up from
    // the first such position until a vertex repeats; that vertex is on the cycle.
    Vertex start = 0;
    while (seen[start])
        ++start;
    std::vector<char> onPath(m_positions.size(), 0);
    Vertex u = start;
    while (!onPath[u]) {
        onPath[u] = 1;
        u = manager(u);
    }
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

std::vector<Org::Vertex> Org::managerArray() const
{
    std::vector<Vertex> parent(m_positions.size(), npos);
    for (auto [it, end] = boost::edges(m_graph); it != end; ++it)
        if (m_graph[*it].kind == EdgeKind::ReportsTo)
            parent[boost::target(*it, m_graph)] = boost::source(*it, m_graph);
    return parent;
}

bool Org::operator==(const Org &other) const
{
    if (m_positions != other.m_positions || m_customFields != other.m_customFields)
        return false;
    for (Vertex v = 0; v < m_positions.size(); ++v) {
        if (manager(v) != other.manager(v))
            return false;
        auto a = dottedManagers(v), b = other.dottedManagers(v);
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        if (a != b)
            return false;
    }
    return true;
}

void Org::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(qsizetype(m_positions.size()));
    for (Vertex v = 0; v < m_positions.size(); ++v)
        m_index.insert(m_positions[v].id, v);
}

} // namespace org
