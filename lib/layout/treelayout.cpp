// SPDX-License-Identifier: MIT
#include "treelayout.h"

#include "assistantroom.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <unordered_map>

namespace org {

namespace {

using Vertex = Org::Vertex;
using Index = std::int32_t;
constexpr Index kNone = -1;
/// How far ahead the passes below fetch the per-vertex data they will need:
/// reports are scattered over the vertex arrays, and waiting for each cache
/// miss in turn is most of the time of a large layout.
constexpr std::size_t kAhead = 8;

inline void prefetch(const void *p) { __builtin_prefetch(p); }

/// Kinds of node in the layout tree: a card, a block of stacked leaf cards
/// (compact mode), a placeholder that keeps a tall block's room free on the
/// levels below it, and the invisible node above all roots.
enum class NodeKind : std::uint8_t { Card, Block, Filler, Top };

/// The layout tree in breadth-first order: every node's children are the
/// contiguous range [kidStart[u], kidStart[u + 1]), and the nodes of one level
/// are contiguous ([levelStart[l + 1], levelStart[l + 2]) for level l), so
/// levels can be walked bottom-up without recursion. At a million nodes every
/// per-node byte is a megabyte of fresh pages: the arrays hold only what the
/// passes read (a node's level follows from levelStart, a card's depth below
/// the roots is its level), in the smallest types that hold them.
struct LayoutTree
{
    std::vector<Index> parent;
    std::vector<Index> kidStart;         ///< filled as the nodes are expanded, in order (+1 sentinel)
    std::vector<NodeKind> kind;
    std::vector<std::uint32_t> vertex;   ///< card: its vertex; block, filler: levels it still reaches below
    std::vector<double> breadth;         ///< extent across the growth direction
    std::vector<Index> levelStart;       ///< first node of each level (level -1 = node 0)
    std::vector<std::uint32_t> blockStart; ///< per block: start in blockLeaves (+1 sentinel)
    std::vector<Vertex> blockLeaves;
    std::vector<int> blockCols;          ///< per block: 1 or 2 columns
    std::vector<Vertex> assistants;      ///< leaf assistants, grouped by owner node

    Index size() const { return Index(parent.size()); }
    Index kidBegin(Index u) const { return kidStart[u]; }
    Index kidCount(Index u) const { return kidStart[u + 1] - kidStart[u]; }

    void reserve(std::size_t nodes)
    {
        parent.reserve(nodes);
        kidStart.reserve(nodes + 1);
        kind.reserve(nodes);
        vertex.reserve(nodes);
        breadth.reserve(nodes);
    }

    Index add(Index p, NodeKind k, std::uint32_t v, double b)
    {
        const Index id = size();
        parent.push_back(p);
        kind.push_back(k);
        vertex.push_back(v);
        breadth.push_back(b);
        return id;
    }
};

/// Buchheim, Jünger and Leipert's linear-time Walker layout, level by level
/// (bottom-up, left to right), which performs the same operations on each
/// subtree as the usual post-order recursion, without the recursion.
class Buchheim
{
public:
    Buchheim(const LayoutTree &t, const LayoutOptions &o)
        : m_t(t), m_o(o), n(t.size()), z(n, 0.0), node(n)
    {
        for (Index i = 0; i < n; ++i)
            node[i].a = i;
    }

    /// The centre of every node across the growth direction (node 0: 0). The
    /// other arrays go with the Buchheim object, so call it on a temporary.
    std::vector<double> run()
    {
        const auto &ls = m_t.levelStart;
        for (std::size_t l = ls.size() - 1; l-- > 0;)
            for (Index v = ls[l]; v < ls[l + 1]; ++v)
                firstWalk(v);
        if (n == 0)
            return {};
        // x[v] = z[v] + the modifiers of its ancestors, written over z (a parent comes before its reports).
        node[0].m -= z[0];
        for (Index v = 1; v < n; ++v) {
            const Index p = m_t.parent[v];
            z[v] += node[p].m;
            node[v].m += node[p].m;
        }
        z[0] = 0;
        return std::move(z);
    }

private:
    double separation(Index l, Index r) const
    {
        const Index pl = m_t.parent[l], pr = m_t.parent[r];
        double gap = m_o.subtreeGap;
        if (pl == pr)
            gap = pl == 0 ? m_o.rootGap : m_o.siblingGap;
        return (m_t.breadth[l] + m_t.breadth[r]) / 2 + gap;
    }
    Index nextLeft(Index v) const { return m_t.kidCount(v) ? m_t.kidBegin(v) : node[v].th; }
    Index nextRight(Index v) const { return m_t.kidCount(v) ? m_t.kidStart[v + 1] - 1 : node[v].th; }
    Index siblingIndex(Index v) const { return v - m_t.kidBegin(m_t.parent[v]); }

    void firstWalk(Index v)
    {
        const Index p = m_t.parent[v];
        const Index w = (p != kNone && v != m_t.kidBegin(p)) ? v - 1 : kNone;
        if (m_t.kidCount(v)) {
            executeShifts(v);
            const Index first = m_t.kidBegin(v), last = m_t.kidStart[v + 1] - 1;
            const double mid = (z[first] + z[last]) / 2;
            if (w != kNone) {
                z[v] = z[w] + separation(w, v);
                node[v].m = z[v] - mid;
            } else {
                z[v] = mid;
            }
        } else if (w != kNone) {
            z[v] = z[w] + separation(w, v);
        }
        if (p != kNone) {
            // The siblings of one parent are walked one after the other, so
            // their default ancestor needs no array.
            if (p != m_ancestorOf) {
                m_ancestorOf = p;
                m_ancestor = m_t.kidBegin(p);
            }
            m_ancestor = apportion(v, w, m_ancestor);
        }
    }

    void executeShifts(Index v)
    {
        double shift = 0, change = 0;
        const Index first = m_t.kidBegin(v);
        for (Index i = m_t.kidStart[v + 1] - 1; i >= first; --i) {
            z[i] += shift;
            node[i].m += shift;
            change += node[i].c;
            shift += node[i].s + change;
        }
    }

    void moveSubtree(Index wm, Index wp, double shift)
    {
        const double change = shift / double(siblingIndex(wp) - siblingIndex(wm));
        node[wp].c -= change;
        node[wp].s += shift;
        node[wm].c += change;
        z[wp] += shift;
        node[wp].m += shift;
    }

    Index apportion(Index v, Index w, Index ancestor)
    {
        if (w == kNone)
            return ancestor;
        Index vip = v, vop = v, vim = w, vom = m_t.kidBegin(m_t.parent[v]);
        double sip = node[vip].m, sop = node[vop].m, sim = node[vim].m, som = node[vom].m;
        for (;;) {
            vim = nextRight(vim);
            vip = nextLeft(vip);
            if (vim == kNone || vip == kNone)
                break;
            vom = nextLeft(vom);
            vop = nextRight(vop);
            node[vop].a = v;
            const double shift = z[vim] + sim - z[vip] - sip + separation(vim, vip);
            if (shift > 0) {
                const Index na = m_t.parent[node[vim].a] == m_t.parent[v] ? node[vim].a : ancestor;
                moveSubtree(na, v, shift);
                sip += shift;
                sop += shift;
            }
            sim += node[vim].m;
            sip += node[vip].m;
            som += node[vom].m;
            sop += node[vop].m;
        }
        if (vim != kNone && nextRight(vop) == kNone) {
            node[vop].th = vim;
            node[vop].m += sim - sop;
        }
        if (vip != kNone && nextLeft(vom) == kNone) {
            node[vom].th = vip;
            node[vom].m += sip - som;
            ancestor = v;
        }
        return ancestor;
    }

    const LayoutTree &m_t;
    const LayoutOptions &m_o;
    Index n;
    std::vector<double> z; ///< preliminary x, then (run()) the centre
    /// The rest of a node's state, together: a node's fields share a cache line,
    /// and the whole goes as one block (result.rects takes its place).
    struct Work
    {
        double m = 0;      ///< modifier
        double c = 0;      ///< change
        double s = 0;      ///< shift
        Index a = kNone;   ///< ancestor
        Index th = kNone;  ///< thread
    };
    std::vector<Work> node;
    Index m_ancestorOf = kNone; ///< the parent whose reports are being walked
    Index m_ancestor = kNone;   ///< their default ancestor so far
};

} // namespace

TreeLayout::TreeLayout(LayoutOptions options)
    : m_options(std::move(options))
{
    m_options.compactColumns = std::clamp(m_options.compactColumns, 1, 2);
    m_options.compactMinLeaves = std::max(m_options.compactMinLeaves, 1);
}

namespace {

/// The widest and the tallest card (may be two cards); the default size when
/// there are no sizes, none at all for an empty org.
QSizeF largestCard(std::size_t n, std::span<const QSizeF> cardSizes, QSizeF defaultSize)
{
    if (cardSizes.size() >= n && n > 0) {
        double w = 0, h = 0;
        for (std::size_t v = 0; v < n; ++v) {
            w = std::max(w, cardSizes[v].width());
            h = std::max(h, cardSizes[v].height());
        }
        return QSizeF(w, h);
    }
    return n > 0 ? defaultSize : QSizeF(0, 0);
}

} // namespace

LayoutIndex TreeLayout::index(const Org &org, std::span<const QSizeF> cardSizes) const
{
    LayoutIndex index;
    index.children = Org::childIndex(org.managerArray());
    index.largestCard = largestCard(std::size_t(org.size()), cardSizes, m_options.defaultCardSize);
    return index;
}

LayoutResult TreeLayout::layout(const Org &org, std::span<const QSizeF> cardSizes) const
{
    const QSizeF largest = largestCard(std::size_t(org.size()), cardSizes, m_options.defaultCardSize);
    const bool td = m_options.orientation == Orientation::TopDown;
    return run(org, cardSizes, nullptr, td ? largest.height() : largest.width(), m_options.root,
               m_options.maxDepth, m_options.compact, false);
}

LayoutResult TreeLayout::layoutPart(const Org &org, std::span<const QSizeF> cardSizes, const LayoutIndex &index,
                                    Org::Vertex root, int maxDepth, bool compact) const
{
    const bool td = m_options.orientation == Orientation::TopDown;
    return run(org, cardSizes, &index.children, td ? index.largestCard.height() : index.largestCard.width(),
               root, maxDepth, compact, true);
}

LayoutResult TreeLayout::run(const Org &org, std::span<const QSizeF> cardSizes, const Org::ChildIndex *index,
                             double maxDepthExtent, Org::Vertex root, int maxDepth, bool compact,
                             bool sparse) const
{
    const LayoutOptions &o = m_options;
    const bool td = o.orientation == Orientation::TopDown;
    const std::size_t n = std::size_t(org.size());
    const bool sized = cardSizes.size() >= n;
    auto sizeOf = [&](Vertex v) { return sized ? cardSizes[v] : o.defaultCardSize; };
    auto breadthOf = [&](Vertex v) { return td ? sizeOf(v).width() : sizeOf(v).height(); };
    auto depthOf = [&](Vertex v) { return td ? sizeOf(v).height() : sizeOf(v).width(); };
    auto isCollapsed = [&](Vertex v) { return v < o.collapsed.size() && o.collapsed[v]; };

    LayoutResult result;
    result.orientation = o.orientation;
    if (n == 0) {
        if (!sparse)
            result.rects.assign(n, QRectF());
        return result;
    }

    // Reports of every position as flat arrays (counting sort keeps input order);
    // needed only to build the layout tree.
    const std::vector<Vertex> &parent = org.managerArray();
    // The shown list first, in what the import left free; the reports index is
    // needed only to build the layout tree, and goes before the tidy tree.
    if (!sparse)
        result.shown.reserve(n);
    Org::ChildIndex ownIndex;
    if (!index) {
        ownIndex = Org::childIndex(parent);
        index = &ownIndex;
    }
    const std::vector<std::uint32_t> &kidStart = index->start;
    const std::vector<std::uint32_t> &kids = index->children;
    auto kidCountOf = [&](Vertex v) { return kidStart[v + 1] - kidStart[v]; };

    const double pitch = maxDepthExtent + o.levelGap;
    const double stackPitch = maxDepthExtent + o.stackGap;
    const double blockGap = std::max(o.siblingGap, 2 * o.stackGap);

    // Breadth-first construction of the layout tree.
    LayoutTree t;
    const std::size_t expected = sparse ? 0 : n + 1; // a part: no idea, and maybe tiny
    t.reserve(expected);
    t.add(kNone, NodeKind::Top, std::uint32_t(-1), 0);
    t.levelStart.push_back(0);
    // Assistants of a card node: assistants[assistantsBegin[u] .. assistantsEnd[u]);
    // per node only in an org that has assistants.
    const bool anyAssistants = org.assistantCount() > 0; // skips reading every position
    std::vector<std::uint32_t> assistantsBegin, assistantsEnd;
    std::vector<char> assistantCut; // per t.assistants: has reports (collapsed or at the depth limit)
    std::vector<Vertex> leaves, inner, helpers;

    // Node `expanding` gets its reports (the nodes added) while it is expanded;
    // node 0, the top, has the roots.
    Index expanding = 0;
    auto addNode = [&](NodeKind k, std::uint32_t v, double b) { return t.add(expanding, k, v, b); };
    t.kidStart.push_back(1);
    if (root != Org::npos) {
        if (root < n)
            addNode(NodeKind::Card, std::uint32_t(root), breadthOf(root));
    } else {
        for (Vertex v = 0; v < n; ++v)
            if (parent[v] == Org::npos)
                addNode(NodeKind::Card, std::uint32_t(v), breadthOf(v));
    }

    // The card node a few nodes after u, if there is one (for prefetching).
    auto cardAhead = [&t](Index u) -> const std::uint32_t * {
        const std::size_t ahead = std::size_t(u) + kAhead;
        return ahead < t.kind.size() && t.kind[ahead] == NodeKind::Card ? &t.vertex[ahead] : nullptr;
    };
    Index level = -1;       // of node u
    Index levelEnd = 1;     // first node of the level after u's
    for (Index u = 1; u < t.size(); ++u) {
        expanding = u;
        t.kidStart.push_back(t.size());
        if (u == levelEnd) {
            t.levelStart.push_back(u);
            ++level;
            levelEnd = t.size();
        }
        if (anyAssistants) {
            assistantsBegin.resize(std::size_t(u) + 1, 0);
            assistantsEnd.resize(std::size_t(u) + 1, 0);
        }
        if (const std::uint32_t *ahead = cardAhead(u))
            prefetch(&kidStart[*ahead]);
        if (t.kind[u] == NodeKind::Block || t.kind[u] == NodeKind::Filler) {
            // A tall block keeps its breadth free on the levels it reaches into.
            const std::uint32_t levelsLeft = t.vertex[u];
            if (levelsLeft > 0)
                addNode(NodeKind::Filler, levelsLeft - 1, t.breadth[u]);
            continue;
        }
        const Vertex v = t.vertex[u];
        const Index depth = level; // of a card: its depth below the root(s)
        if (kidCountOf(v) == 0)
            continue;
        if (isCollapsed(v) || (maxDepth >= 0 && depth >= maxDepth)) {
            result.truncated.push_back(v);
            continue;
        }
        leaves.clear();
        inner.clear();
        helpers.clear();
        const bool childAtLimit = maxDepth >= 0 && depth + 1 >= maxDepth;
        for (std::uint32_t k = kidStart[v]; k < kidStart[v + 1]; ++k) {
            if (k + kAhead < kids.size()) {
                prefetch(&kidStart[kids[k + kAhead]]);
                if (sized)
                    prefetch(&cardSizes[kids[k + kAhead]]);
            }
            const Vertex c = kids[k];
            const bool leaf = kidCountOf(c) == 0 || isCollapsed(c) || childAtLimit;
            if (leaf && anyAssistants && org.position(c).assistant)
                helpers.push_back(c);
            else if (kidCountOf(c) == 0)
                leaves.push_back(c); // only true leaves are stacked: cut cards keep room for a mark
            else
                inner.push_back(c);
        }
        if (!helpers.empty()) {
            t.breadth[u] += layoutimpl::assistantRoom(helpers, o.siblingGap, breadthOf);
            assistantsBegin[u] = std::uint32_t(t.assistants.size());
            t.assistants.insert(t.assistants.end(), helpers.begin(), helpers.end());
            for (Vertex h : helpers)
                assistantCut.push_back(kidCountOf(h) > 0);
            assistantsEnd[u] = std::uint32_t(t.assistants.size());
        }
        if (compact && int(leaves.size()) >= o.compactMinLeaves) {
            // Up to compactColumns columns; small groups take one column (narrowest).
            const int cols = leaves.size() <= 3 ? 1 : o.compactColumns;
            t.blockCols.push_back(cols);
            double colBreadth = 0;
            for (Vertex c : leaves)
                colBreadth = std::max(colBreadth, breadthOf(c));
            const double b = cols * colBreadth + (cols == 1 ? blockGap / 2 : blockGap);
            const std::size_t rows = (leaves.size() + std::size_t(cols) - 1) / std::size_t(cols);
            const double extent = double(rows) * stackPitch - o.stackGap;
            // Levels below the block's own that the block (and the gap above them) reaches.
            const auto extra = std::uint32_t(std::max(0.0, std::ceil((extent + o.levelGap) / pitch - 1e-9) - 1));
            addNode(NodeKind::Block, extra, b);
            t.blockStart.push_back(std::uint32_t(t.blockLeaves.size()));
            t.blockLeaves.insert(t.blockLeaves.end(), leaves.begin(), leaves.end());
            for (Vertex c : inner)
                addNode(NodeKind::Card, std::uint32_t(c), breadthOf(c));
        } else {
            for (std::uint32_t k = kidStart[v]; k < kidStart[v + 1]; ++k) {
                const Vertex c = kids[k];
                if (!helpers.empty() && std::find(helpers.begin(), helpers.end(), c) != helpers.end())
                    continue;
                addNode(NodeKind::Card, std::uint32_t(c), breadthOf(c));
            }
        }
    }
    t.kidStart.push_back(t.size()); // the sentinel: where the last node's reports end
    t.levelStart.push_back(t.size());
    t.blockStart.push_back(std::uint32_t(t.blockLeaves.size()));
    ownIndex = {};

    const std::vector<double> x = Buchheim(t, o).run();
    t.kidStart = {};

    // Only now the result's rectangles: they take the block of the Buchheim
    // object's node states (32 bytes a node, like a QRectF), just given back.
    if (!sparse)
        result.rects.assign(n, QRectF());
    // Place the cards in (breadth, depth) space, then map to the page.
    auto toRect = [&](double bCentre, double d, Vertex v) {
        const QSizeF sz = sizeOf(v);
        return td ? QRectF(bCentre - sz.width() / 2, d, sz.width(), sz.height())
                  : QRectF(d, bCentre - sz.height() / 2, sz.width(), sz.height());
    };
    auto pt = [&](double b, double d) { return td ? QPointF(b, d) : QPointF(d, b); };
    const bool route = o.routeConnectors;
    // Breadth centre and level of the ends of dotted lines (the other connectors
    // take their manager's centre from the layout tree): per vertex for a whole
    // layout, only for the ends themselves for a part.
    struct Where
    {
        double centre = 0;
        Index level = -1; ///< -1: not shown
    };
    const bool dotted = route && !org.dottedLines().empty();
    std::vector<Where> whereOf(dotted && !sparse ? n : 0);
    std::unordered_map<Vertex, Where> whereOfEnd;
    if (dotted && sparse) {
        for (const Org::DottedLine &line : org.dottedLines()) {
            whereOfEnd.emplace(line.manager, Where{});
            whereOfEnd.emplace(line.report, Where{});
        }
    }
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    auto place = [&](Vertex v, const QRectF &r, double c, Index lvl) {
        if (sparse)
            result.shownRects.push_back(r);
        else
            result.rects[v] = r;
        minX = std::min(minX, r.left());
        minY = std::min(minY, r.top());
        maxX = std::max(maxX, r.right());
        maxY = std::max(maxY, r.bottom());
        if (dotted) {
            if (!sparse) {
                whereOf[v] = {c, lvl};
            } else if (const auto it = whereOfEnd.find(v); it != whereOfEnd.end()) {
                it->second = {c, lvl};
            }
        }
        result.shown.push_back(v);
    };
    if (sparse)
        result.shownRects.reserve(std::size_t(t.size()));
    std::uint32_t blockNo = 0;

    for (std::size_t l = 1; l + 1 < t.levelStart.size(); ++l) {
        const Index lvl = Index(l) - 1;
        const double d = lvl * pitch;
        for (Index u = t.levelStart[l]; u < t.levelStart[l + 1]; ++u) {
            if (const std::uint32_t *ahead = cardAhead(u)) {
                if (!sparse)
                    prefetch(&result.rects[*ahead]);
                if (sized)
                    prefetch(&cardSizes[*ahead]);
            }
            if (t.kind[u] == NodeKind::Card) {
                const Vertex v = t.vertex[u];
                place(v, toRect(x[u], d, v), x[u], lvl);
                if (t.kind[t.parent[u]] == NodeKind::Card && route) {
                    const Vertex m = t.vertex[t.parent[u]];
                    const double mc = x[t.parent[u]];
                    const double bus = d - o.levelGap / 2;
                    Connector cn{m, v, EdgeKind::ReportsTo, {}};
                    cn.points << pt(mc, (lvl - 1) * pitch + depthOf(m)) << pt(mc, bus)
                              << pt(x[u], bus) << pt(x[u], d);
                    result.connectors.push_back(std::move(cn));
                }
                if (!anyAssistants)
                    continue;
                // Assistants beside the manager: odd ones to the right, even ones to the left.
                double edge[2] = {x[u] + breadthOf(v) / 2, x[u] - breadthOf(v) / 2};
                for (std::uint32_t i = assistantsBegin[u]; i < assistantsEnd[u]; ++i) {
                    const Vertex av = t.assistants[i];
                    const int sideNo = int((i - assistantsBegin[u]) % 2);
                    const double ab = breadthOf(av);
                    const double ac = sideNo == 0 ? edge[0] + o.siblingGap + ab / 2
                                                  : edge[1] - o.siblingGap - ab / 2;
                    edge[sideNo] = sideNo == 0 ? ac + ab / 2 : ac - ab / 2;
                    place(av, toRect(ac, d, av), ac, lvl);
                    if (assistantCut[i])
                        result.truncated.push_back(av);
                    if (route) {
                        const double mid = d + std::min(depthOf(v), depthOf(av)) / 2;
                        const double from = sideNo == 0 ? x[u] + breadthOf(v) / 2 : x[u] - breadthOf(v) / 2;
                        const double to = sideNo == 0 ? ac - ab / 2 : ac + ab / 2;
                        Connector cn{v, av, EdgeKind::ReportsTo, {}};
                        cn.points << pt(from, mid) << pt(to, mid);
                        result.connectors.push_back(std::move(cn));
                    }
                }
            } else if (t.kind[u] == NodeKind::Block) {
                const Vertex m = t.vertex[t.parent[u]];
                const double mc = x[t.parent[u]];
                const std::uint32_t b0 = t.blockStart[blockNo], b1 = t.blockStart[blockNo + 1];
                const int cols = t.blockCols[blockNo];
                ++blockNo;
                const double left = x[u] - t.breadth[u] / 2;
                const double trunk = cols == 1 ? left + blockGap / 4 : x[u];
                for (std::uint32_t i = b0; i < b1; ++i) {
                    const Vertex lv = t.blockLeaves[i];
                    const std::uint32_t k = i - b0;
                    const int col = int(k % std::uint32_t(cols));
                    const double row = double(k / std::uint32_t(cols));
                    const double lb = breadthOf(lv);
                    const double lc = layoutimpl::stackedLeafCentre(cols, col, left, trunk, blockGap, lb);
                    const double ld = d + row * stackPitch;
                    place(lv, toRect(lc, ld, lv), lc, lvl); // a true leaf: never cut
                    if (route) {
                        const double bus = d - o.levelGap / 2;
                        const double mid = ld + depthOf(lv) / 2;
                        const double edgeB = lc < trunk ? lc + lb / 2 : lc - lb / 2;
                        Connector cn{m, lv, EdgeKind::ReportsTo, {}};
                        cn.points << pt(mc, (lvl - 1) * pitch + depthOf(m));
                        if (trunk != mc)
                            cn.points << pt(mc, bus) << pt(trunk, bus);
                        cn.points << pt(trunk, mid) << pt(edgeB, mid);
                        result.connectors.push_back(std::move(cn));
                    }
                }
            }
        }
    }

    // Dotted lines between shown cards: routed but never used for placement.
    if (dotted) {
        auto where = [&](Vertex v) {
            if (!sparse)
                return whereOf[v];
            const auto it = whereOfEnd.find(v);
            return it != whereOfEnd.end() ? it->second : Where{};
        };
        for (const Org::DottedLine &line : org.dottedLines()) {
            const Vertex m = line.manager, r = line.report;
            const Where wm = where(m), wr = where(r);
            if (wm.level < 0 || wr.level < 0)
                continue;
            const double mEnd = wm.level * pitch + depthOf(m);
            Connector cn{m, r, EdgeKind::DottedLine, {}};
            if (wr.level > wm.level) {
                const double rStart = wr.level * pitch;
                const double bus = rStart - o.levelGap * 0.3;
                cn.points << pt(wm.centre, mEnd) << pt(wm.centre, bus) << pt(wr.centre, bus)
                          << pt(wr.centre, rStart);
            } else {
                const double bus = mEnd + o.levelGap * 0.3;
                cn.points << pt(wm.centre, mEnd) << pt(wm.centre, bus) << pt(wr.centre, bus)
                          << pt(wr.centre, wr.level * pitch + depthOf(r));
            }
            result.connectors.push_back(std::move(cn));
        }
    }

    // Move everything so that the drawing starts at (0, 0), in vertex order
    // (one sequential pass instead of following the breadth-first order).
    if (result.shown.empty())
        return result;
    for (QRectF &r : sparse ? result.shownRects : result.rects)
        if (!r.isNull())
            r.translate(-minX, -minY);
    for (Connector &cn : result.connectors)
        cn.points.translate(-minX, -minY);
    result.bounds = QRectF(0, 0, maxX - minX, maxY - minY);
    return result;
}

} // namespace org
