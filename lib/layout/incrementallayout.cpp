// SPDX-License-Identifier: MIT
#include "incrementallayout.h"

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
constexpr Index kTop = 0;
constexpr std::size_t kAhead = 12; ///< prefetch distance in the breadth-first pass
constexpr std::size_t kLeavesAhead = 8; ///< prefetch distance in a stack of leaves (and its first ones)
/// Contours bigger than this many levels per position on average: too deep to
/// follow (a long chain); every update then lays out everything with TreeLayout.
constexpr std::size_t kContourLevelsPerCard = 6;

enum class Kind : std::uint8_t { Free, Top, Card, Block };
} // namespace

/// Everything an update needs, in flat arrays: per vertex (manager, reports,
/// size, collapsed and assistant flags as of the last layout, its card or
/// block node) and per node of the layout tree (manager node, child nodes,
/// breadth, offset from the manager node, contour).
struct IncrementalLayout::State
{
    LayoutOptions o;
    bool td = true;
    bool sized = false;
    bool following = true;
    double pitch = 0, stackPitch = 0, blockGap = 0;
    double extent = 0;            ///< the largest card's extent along the growth direction
    std::size_t extentCount = 0;  ///< how many cards have it
    std::size_t n = 0;

    // Per vertex.
    std::vector<Vertex> mgr;
    std::vector<QSizeF> size;
    std::vector<char> collapsed, assistant;
    std::vector<std::uint32_t> kidCount;
    Org::ChildIndex base; ///< reports at the last full layout …
    std::unordered_map<Vertex, std::vector<std::uint32_t>> kidOverride; ///< … and of those changed since
    std::vector<std::uint32_t> roots;
    std::vector<Index> cardNode, blockNode;
    std::uint32_t gen = 0;

    // Per node of the layout tree (node 0 is the invisible top above the roots).
    std::vector<Kind> kind;
    std::vector<Vertex> vert;          ///< card: its vertex; block: the manager's
    std::vector<Index> parent;
    /// Child nodes of node u: kidPool[kidAt[u] …] (kidN[u] of them). A full layout writes
    /// them in breadth-first order, as the nodes are numbered, so the passes over
    /// the tree read memory in order; a changed list is appended (old ones are garbage).
    std::vector<std::size_t> kidAt;
    std::vector<std::uint32_t> kidN;
    std::vector<Index> kidPool;
    std::size_t kidLive = 0;
    std::vector<std::vector<Vertex>> list; ///< card: assistants beside it; block: its leaves
    std::vector<double> breadth, rel;
    std::vector<Index> height;          ///< levels below the node that its subtree reaches
    std::vector<std::size_t> contourAt; ///< card with height > 0: (left, right) per level 1…height
    std::vector<std::uint8_t> cols;     ///< block: 1 or 2 columns
    std::vector<QSizeF> csize;          ///< card: its card's size (read in node order, not by vertex)
    std::vector<std::uint8_t> cut;      ///< card: collapsed with reports (a truncated mark)
    /// The box of the node's subtree relative to its centre (breadth) and its level's
    /// top (depth): kept by combine(), so the bounds need no pass over the cards.
    std::vector<double> boxL, boxR, boxD;
    std::vector<double> xabs;           ///< breadth centre in the result (as last written)
    /// == dirtyGen: its offset from its manager node changed (where it is must be worked
    /// out again) / it is placed anew with its subtree (new, another manager, resized) /
    /// only its own cards and lines changed (restructured).
    std::vector<std::uint32_t> dirtyMark, forceMark, selfMark;
    std::vector<std::uint32_t> movedMark; ///< == gen: the node moved in the current write
    std::vector<Index> nodeLevel;       ///< its level (as last written)
    std::uint32_t dirtyGen = 1;
    std::vector<std::size_t> lineAt;    ///< first of its connectors in the result (as last written)
    std::vector<std::uint32_t> lineN;   ///< how many
    std::vector<Index> freeNodes;
    std::vector<double> pool;
    std::size_t poolLive = 0;
    bool overflow = false; ///< the contours outgrew kContourLevelsPerCard: stop and lay out in full
    double shiftB = 0;     ///< breadth shift of the last write (the chart starts at 0)
    std::vector<Vertex> gone;   ///< cards that may have disappeared since the last write
    /// Connectors of the last result whose nodes were freed since (first, count).
    std::vector<std::pair<std::size_t, std::uint32_t>> goneLines;
    std::size_t linesWritten = 0; ///< out.connectors.size() as last written (lineAt indexes it)

    // Scratch.
    std::vector<double> pos, sh, ch, rf, lf;
    std::vector<Connector> oldLines;
    std::vector<Index> own, fresh, detached, stack, cur, next, order;
    std::vector<std::uint32_t> nodeMark;
    std::uint32_t nodeGen = 0;
    std::vector<Vertex> helpers, leaves, inner, prevShown;

    QSizeF sizeOf(Vertex v) const { return sized ? size[v] : o.defaultCardSize; }
    double breadthOf(Vertex v) const { return td ? sizeOf(v).width() : sizeOf(v).height(); }
    double depthOf(Vertex v) const { return td ? sizeOf(v).height() : sizeOf(v).width(); }

    std::span<const std::uint32_t> kidsOf(Vertex v) const
    {
        if (!kidOverride.empty()) {
            if (const auto it = kidOverride.find(v); it != kidOverride.end())
                return it->second;
        }
        if (v + 1 >= base.start.size())
            return {};
        return {base.children.data() + base.start[v], base.children.data() + base.start[v + 1]};
    }
    std::vector<std::uint32_t> &mutableKids(Vertex v)
    {
        auto it = kidOverride.find(v);
        if (it == kidOverride.end()) {
            const std::span<const std::uint32_t> k = kidsOf(v);
            it = kidOverride.emplace(v, std::vector<std::uint32_t>(k.begin(), k.end())).first;
        }
        return it->second;
    }

    std::span<const Index> kidsOfNode(Index u) const
    {
        return {kidPool.data() + kidAt[u], kidN[u]};
    }

    Index allocNode(Kind k, Vertex v)
    {
        Index id;
        if (!freeNodes.empty()) {
            id = freeNodes.back();
            freeNodes.pop_back();
        } else {
            id = Index(kind.size());
            kind.push_back(Kind::Free);
            vert.push_back(0);
            parent.push_back(kNone);
            kidAt.push_back(0);
            kidN.push_back(0);
            list.emplace_back();
            breadth.push_back(0);
            rel.push_back(0);
            height.push_back(0);
            contourAt.push_back(0);
            cols.push_back(1);
            csize.emplace_back();
            cut.push_back(0);
            nodeMark.push_back(0);
            boxL.push_back(0);
            boxR.push_back(0);
            boxD.push_back(0);
            xabs.push_back(0);
            dirtyMark.push_back(0);
            forceMark.push_back(0);
            selfMark.push_back(0);
            movedMark.push_back(0);
            nodeLevel.push_back(0);
            lineAt.push_back(0);
            lineN.push_back(0);
        }
        kind[id] = k;
        vert[id] = v;
        parent[id] = kNone;
        kidN[id] = 0;
        list[id].clear();
        breadth[id] = 0;
        rel[id] = 0;
        height[id] = 0;
        lineN[id] = 0;
        forceMark[id] = dirtyGen;
        return id;
    }

    void dropContour(Index u)
    {
        if (kind[u] == Kind::Card && height[u] > 0)
            poolLive -= 2 * std::size_t(height[u]);
        height[u] = 0;
    }

    /// Frees a node and its subtree (the nodes that still hang below it).
    void freeSubtree(Index root)
    {
        stack.clear();
        stack.push_back(root);
        while (!stack.empty()) {
            const Index u = stack.back();
            stack.pop_back();
            for (Index c : kidsOfNode(u))
                if (parent[c] == u)
                    stack.push_back(c);
            dropContour(u);
            if (lineN[u] > 0)
                goneLines.emplace_back(lineAt[u], lineN[u]);
            lineN[u] = 0;
            if (kind[u] == Kind::Card)
                gone.push_back(vert[u]);
            gone.insert(gone.end(), list[u].begin(), list[u].end());
            if (kind[u] == Kind::Card && cardNode[vert[u]] == u)
                cardNode[vert[u]] = kNone;
            if (kind[u] == Kind::Block && blockNode[vert[u]] == u)
                blockNode[vert[u]] = kNone;
            kind[u] = Kind::Free;
            kidLive -= kidN[u];
            kidN[u] = 0;
            list[u].clear();
            parent[u] = kNone;
            freeNodes.push_back(u);
        }
    }

    Index cardFor(Vertex c)
    {
        if (cardNode[c] != kNone)
            return cardNode[c];
        const Index id = allocNode(Kind::Card, c);
        cardNode[c] = id;
        fresh.push_back(id);
        return id;
    }

    /// Re-reads a card's (or the top's) reports from the org as of now: its
    /// breadth (with room for assistants), its assistants, its block of stacked
    /// leaves and its child nodes. New child cards are left in `fresh`.
    void restructure(Index u)
    {
        // Local lists: creating nodes grows the per-node arrays.
        const std::span<const Index> oldKids = kidsOfNode(u);
        const std::vector<Index> old(oldKids.begin(), oldKids.end());
        std::vector<Index> now;
        if (kind[u] == Kind::Top) {
            for (std::uint32_t r : roots)
                now.push_back(cardFor(r));
        } else {
            const Vertex v = vert[u];
            breadth[u] = breadthOf(v);
            if (csize[u] != sizeOf(v))
                forceMark[u] = dirtyGen; // the lines to its reports start elsewhere
            selfMark[u] = dirtyGen;
            csize[u] = sizeOf(v);
            cut[u] = kidCount[v] > 0 && collapsed[v];
            gone.insert(gone.end(), list[u].begin(), list[u].end());
            list[u].clear();
            bool block = false;
            if (kidCount[v] > 0 && !collapsed[v]) {
                helpers.clear();
                leaves.clear();
                inner.clear();
                for (std::uint32_t c : kidsOf(v)) {
                    const bool leaf = kidCount[c] == 0 || collapsed[c];
                    if (leaf && assistant[c])
                        helpers.push_back(c);
                    else if (kidCount[c] == 0)
                        leaves.push_back(c);
                    else
                        inner.push_back(c);
                }
                if (!helpers.empty()) {
                    breadth[u] += layoutimpl::assistantRoom(helpers, o.siblingGap, [this](Vertex c) { return breadthOf(c); });
                    list[u] = helpers;
                }
                if (o.compact && int(leaves.size()) >= o.compactMinLeaves) {
                    block = true;
                    Index b = blockNode[v];
                    if (b == kNone) {
                        b = allocNode(Kind::Block, v);
                        blockNode[v] = b;
                    }
                    const int c = leaves.size() <= 3 ? 1 : o.compactColumns;
                    double colBreadth = 0;
                    for (Vertex l : leaves)
                        colBreadth = std::max(colBreadth, breadthOf(l));
                    breadth[b] = c * colBreadth + (c == 1 ? blockGap / 2 : blockGap);
                    const std::size_t rows = (leaves.size() + std::size_t(c) - 1) / std::size_t(c);
                    const double ext = double(rows) * stackPitch - o.stackGap;
                    height[b] = Index(std::max(0.0, std::ceil((ext + o.levelGap) / pitch - 1e-9) - 1));
                    cols[b] = std::uint8_t(c);
                    gone.insert(gone.end(), list[b].begin(), list[b].end());
                    list[b] = leaves;
                    parent[b] = u;
                    forceMark[b] = dirtyGen;
                    blockBox(b);
                    now.push_back(b);
                    for (Vertex c2 : inner)
                        now.push_back(cardFor(c2));
                } else {
                    for (std::uint32_t c : kidsOf(v)) {
                        if (!helpers.empty() && std::find(helpers.begin(), helpers.end(), Vertex(c)) != helpers.end())
                            continue;
                        now.push_back(cardFor(c));
                    }
                }
            }
            if (!block && blockNode[v] != kNone)
                freeSubtree(blockNode[v]);
        }
        ++nodeGen;
        for (Index c : now) {
            if (parent[c] != u)
                forceMark[c] = dirtyGen; // under another manager now (or new)
            parent[c] = u;
            nodeMark[c] = nodeGen;
        }
        kidLive += now.size();
        kidLive -= kidN[u];
        kidAt[u] = kidPool.size();
        kidN[u] = std::uint32_t(now.size());
        kidPool.insert(kidPool.end(), now.begin(), now.end());
        for (Index c : old) {
            if (kind[c] == Kind::Free || nodeMark[c] == nodeGen || parent[c] != u)
                continue;
            parent[c] = kNone;
            detached.push_back(c);
        }
    }

    /// Lays out the subtrees of the new cards in `fresh`: reads their reports
    /// breadth first (so a full layout numbers the nodes in that order), then
    /// combines in the reverse order, reports before their managers.
    void buildFresh()
    {
        order.assign(fresh.begin(), fresh.end());
        fresh.clear();
        for (std::size_t head = 0; head < order.size(); ++head) {
            restructure(order[head]);
            order.insert(order.end(), fresh.begin(), fresh.end());
            fresh.clear();
        }
        for (std::size_t i = order.size(); i-- > 0 && !overflow;)
            combine(order[i]);
        order.clear();
    }

    double leftAt(Index c, Index d) const
    {
        return d == 0 || kind[c] == Kind::Block ? -breadth[c] / 2 : pool[contourAt[c] + 2 * std::size_t(d - 1)];
    }
    double rightAt(Index c, Index d) const
    {
        return d == 0 || kind[c] == Kind::Block ? breadth[c] / 2 : pool[contourAt[c] + 2 * std::size_t(d - 1) + 1];
    }

    /// True when node u hangs below the top (is laid out).
    bool attached(Index u) const
    {
        while (u != kNone && u != kTop)
            u = parent[u];
        return u == kTop;
    }
    /// The level v is shown at (its card, beside its manager or in its manager's block), -1: hidden.
    Index levelOf(Vertex v) const
    {
        if (cardNode[v] != kNone)
            return attached(cardNode[v]) ? nodeLevel[cardNode[v]] : -1;
        const Vertex m = mgr[v];
        if (m == Org::npos || cardNode[m] == kNone || !attached(cardNode[m]))
            return -1;
        const Index mc = cardNode[m], b = blockNode[m];
        if (b != kNone && parent[b] == mc && std::find(list[b].begin(), list[b].end(), v) != list[b].end())
            return nodeLevel[mc] + 1;
        return std::find(list[mc].begin(), list[mc].end(), v) != list[mc].end() ? nodeLevel[mc] : -1;
    }

    /// Where the assistants beside card node u go, relative to its centre: f(vertex, centre, side, breadth).
    template<typename F>
    void eachHelper(Index u, F &&f) const
    {
        const std::vector<Vertex> &helpers = list[u];
        if (helpers.empty())
            return;
        const double vb = breadthOf(vert[u]);
        double edge[2] = {vb / 2, -vb / 2};
        for (std::size_t i = 0; i < helpers.size(); ++i) {
            const Vertex av = helpers[i];
            const int sideNo = int(i % 2);
            const double ab = breadthOf(av);
            const double ac = sideNo == 0 ? edge[0] + o.siblingGap + ab / 2 : edge[1] - o.siblingGap - ab / 2;
            edge[sideNo] = sideNo == 0 ? ac + ab / 2 : ac - ab / 2;
            f(av, ac, sideNo, ab);
        }
    }
    /// Where the leaves of block node u go, relative to its centre and level:
    /// f(vertex, centre, depth offset, breadth, trunk).
    /// `rects`: also fetch ahead the rect of each leaf from it (by vertex).
    template<typename F>
    void eachLeaf(Index u, F &&f, const QRectF *rects = nullptr) const
    {
        const std::vector<Vertex> &leaves = list[u];
        const int c = cols[u];
        const double left = -breadth[u] / 2;
        const double trunk = c == 1 ? left + blockGap / 4 : 0;
        for (std::size_t i = 0; i < leaves.size(); ++i) {
            if (i + kLeavesAhead < leaves.size()) {
                const Vertex ahead = leaves[i + kLeavesAhead];
                if (sized)
                    __builtin_prefetch(&size[ahead]);
                if (rects)
                    __builtin_prefetch(rects + ahead);
            }
            const Vertex lv = leaves[i];
            const int col = int(i % std::size_t(c));
            const double row = double(i / std::size_t(c));
            const double lb = breadthOf(lv);
            const double lc = layoutimpl::stackedLeafCentre(c, col, left, trunk, blockGap, lb);
            f(lv, lc, row * stackPitch, lb, trunk);
        }
    }
    /// The box of a block node's leaves.
    void blockBox(Index b)
    {
        double l = std::numeric_limits<double>::max(), r = std::numeric_limits<double>::lowest(), d = 0;
        eachLeaf(b, [&](Vertex lv, double lc, double ld, double lb, double) {
            l = std::min(l, lc - lb / 2);
            r = std::max(r, lc + lb / 2);
            d = std::max(d, ld + depthOf(lv));
        });
        boxL[b] = l;
        boxR[b] = r;
        boxD[b] = d;
    }
    /// The box of a card node (or the top) from its card, assistants and child nodes' boxes.
    void cardBox(Index p)
    {
        double l = std::numeric_limits<double>::max(), r = std::numeric_limits<double>::lowest(), d = 0;
        if (kind[p] == Kind::Card) {
            const Vertex v = vert[p];
            const double vb = breadthOf(v);
            l = -vb / 2;
            r = vb / 2;
            d = depthOf(v);
            eachHelper(p, [&](Vertex av, double ac, int, double ab) {
                l = std::min(l, ac - ab / 2);
                r = std::max(r, ac + ab / 2);
                d = std::max(d, depthOf(av));
            });
        }
        const double below = kind[p] == Kind::Top ? 0 : pitch;
        for (Index c : kidsOfNode(p)) {
            l = std::min(l, rel[c] + boxL[c]);
            r = std::max(r, rel[c] + boxR[c]);
            d = std::max(d, below + boxD[c]);
        }
        boxL[p] = l;
        boxR[p] = r;
        boxD[p] = d;
    }

    /// The combine step of Buchheim–Walker for the children of `p`: places them
    /// left to right as close as their contours allow (a conflict deep down
    /// spreads its shift over the smaller subtrees in between), centres them
    /// under p and stores p's contour.
    void combine(Index p)
    {
        dropContour(p);
        const std::span<const Index> ks = kidsOfNode(p);
        const std::size_t k = ks.size();
        if (k == 0) {
            cardBox(p);
            return;
        }
        pos.assign(k, 0.0);
        sh.assign(k, 0.0);
        ch.assign(k, 0.0);
        Index hF = height[ks[0]];
        const std::size_t deep = std::size_t(hF) + 1;
        if (rf.size() < deep) {
            rf.resize(deep);
            lf.resize(deep);
            own.resize(deep);
        }
        for (Index d = 0; d <= hF; ++d) {
            rf[std::size_t(d)] = rightAt(ks[0], d);
            lf[std::size_t(d)] = leftAt(ks[0], d);
            own[std::size_t(d)] = 0;
        }
        const double gap0 = kind[p] == Kind::Top ? o.rootGap : o.siblingGap;
        for (std::size_t i = 1; i < k; ++i) {
            const Index c = ks[i];
            pos[i] = pos[i - 1] + (breadth[ks[i - 1]] + breadth[c]) / 2 + gap0;
            const Index hi = height[c];
            const Index lim = std::min(hF, hi);
            for (Index d = 1; d <= lim; ++d) {
                const double shift = rf[std::size_t(d)] - (pos[i] + leftAt(c, d)) + o.subtreeGap;
                if (shift > 0) {
                    const std::size_t from = std::size_t(own[std::size_t(d)]);
                    const double change = shift / double(i - from);
                    ch[i] -= change;
                    sh[i] += shift;
                    ch[from] += change;
                    pos[i] += shift;
                }
            }
            if (std::size_t(hi) + 1 > rf.size()) {
                rf.resize(std::size_t(hi) + 1);
                lf.resize(std::size_t(hi) + 1);
                own.resize(std::size_t(hi) + 1);
            }
            for (Index d = 0; d <= hi; ++d) {
                rf[std::size_t(d)] = pos[i] + rightAt(c, d);
                own[std::size_t(d)] = Index(i);
            }
            for (Index d = hF + 1; d <= hi; ++d)
                lf[std::size_t(d)] = pos[i] + leftAt(c, d);
            hF = std::max(hF, hi);
        }
        double shift = 0, change = 0;
        for (std::size_t i = k; i-- > 0;) {
            pos[i] += shift;
            change += ch[i];
            shift += sh[i] + change;
        }
        const double mid = (pos[0] + pos[k - 1]) / 2;
        for (std::size_t i = 0; i < k; ++i) {
            const double r = pos[i] - mid;
            if (rel[ks[i]] != r) {
                rel[ks[i]] = r;
                dirtyMark[ks[i]] = dirtyGen; // the subtree may have moved
            }
        }
        cardBox(p);
        if (kind[p] == Kind::Top)
            return;
        height[p] = hF + 1;
        contourAt[p] = pool.size();
        for (Index d = 0; d <= hF; ++d) {
            pool.push_back(lf[std::size_t(d)] - mid);
            pool.push_back(rf[std::size_t(d)] - mid);
        }
        poolLive += 2 * std::size_t(hF + 1);
        overflow = overflow || poolLive > 2 * (kContourLevelsPerCard * n + 65536);
    }

    /// Drops the contours of freed or rebuilt nodes from the pool when they are most of it.
    void compactPool()
    {
        if (kidPool.size() > 4096 && kidLive * 2 < kidPool.size()) {
            // Rewrite the child lists breadth first (the order passes read them in).
            std::vector<Index> packed;
            packed.reserve(kidLive + kidLive / 4);
            cur.assign(1, kTop);
            while (!cur.empty()) {
                next.clear();
                for (Index u : cur) {
                    const std::span<const Index> ks = kidsOfNode(u);
                    kidAt[u] = packed.size();
                    packed.insert(packed.end(), ks.begin(), ks.end());
                    next.insert(next.end(), ks.begin(), ks.end());
                }
                std::swap(cur, next);
            }
            kidPool = std::move(packed);
            kidLive = kidPool.size();
        }
        if (pool.size() < 4096 || poolLive * 2 > pool.size())
            return;
        std::vector<double> packed;
        packed.reserve(poolLive + poolLive / 4);
        for (std::size_t u = 0; u < kind.size(); ++u) {
            if (kind[u] != Kind::Card || height[u] == 0)
                continue;
            const std::size_t at = contourAt[u], len = 2 * std::size_t(height[u]);
            contourAt[u] = packed.size();
            packed.insert(packed.end(), pool.begin() + std::ptrdiff_t(at), pool.begin() + std::ptrdiff_t(at + len));
        }
        pool = std::move(packed);
        poolLive = pool.size();
    }

};

IncrementalLayout::IncrementalLayout(LayoutOptions options)
    : m_options(TreeLayout(std::move(options)).options())
{
}

IncrementalLayout::~IncrementalLayout() = default;
IncrementalLayout::IncrementalLayout(IncrementalLayout &&) noexcept = default;
IncrementalLayout &IncrementalLayout::operator=(IncrementalLayout &&) noexcept = default;

void IncrementalLayout::setOptions(LayoutOptions options)
{
    m_options = TreeLayout(std::move(options)).options();
    m_state.reset();
}

bool IncrementalLayout::isFollowing() const
{
    return m_state && m_state->following;
}

namespace {

/// True when two breadth positions differ by rounding only (sums of offsets in another
/// order): the card keeps its old place, well within TreeLayout's result (1e-6 px).
bool sameX(double a, double b, double shift)
{
    return std::abs(a - b) <= 1e-10 + 1e-14 * (std::abs(b) + std::abs(shift));
}

} // namespace

void IncrementalLayout::layout(const Org &org, std::span<const QSizeF> cardSizes, LayoutResult &out)
{
    m_change = LayoutChange{};
    const std::size_t n = std::size_t(org.size());
    const LayoutOptions &o = m_options;
    auto full = [&] {
        out = TreeLayout(o).layout(org, cardSizes);
    };
    if (o.root != Org::npos || o.maxDepth >= 0) {
        m_state.reset();
        full();
        return;
    }
    auto s = std::make_unique<State>();
    s->o = o;
    s->td = o.orientation == Orientation::TopDown;
    s->sized = cardSizes.size() >= n;
    s->n = n;
    const TreeLayout tl(o);
    LayoutIndex ix = tl.index(org, cardSizes);
    s->extent = s->td ? ix.largestCard.height() : ix.largestCard.width();
    s->pitch = s->extent + o.levelGap;
    s->stackPitch = s->extent + o.stackGap;
    s->blockGap = std::max(o.siblingGap, 2 * o.stackGap);
    s->base = std::move(ix.children);
    s->mgr = org.managerArray();
    if (s->sized)
        s->size.assign(cardSizes.begin(), cardSizes.begin() + std::ptrdiff_t(n));
    s->collapsed.assign(n, 0);
    for (std::size_t v = 0; v < std::min(n, o.collapsed.size()); ++v)
        s->collapsed[v] = o.collapsed[v] ? 1 : 0;
    s->assistant.assign(n, 0);
    if (org.assistantCount() > 0)
        for (std::size_t v = 0; v < n; ++v)
            s->assistant[v] = org.position(v).assistant ? 1 : 0;
    s->kidCount.resize(n);
    for (std::size_t v = 0; v < n; ++v) {
        s->kidCount[v] = s->base.count(v);
        if (s->mgr[v] == Org::npos)
            s->roots.push_back(std::uint32_t(v));
        if (s->depthOf(v) == s->extent)
            ++s->extentCount;
    }
    s->cardNode.assign(n, kNone);
    s->blockNode.assign(n, kNone);
    s->allocNode(Kind::Top, Org::npos);
    s->fresh.push_back(kTop);
    s->buildFresh();
    m_state = std::move(s);
    if (m_state->overflow) {
        m_state->following = false;
        full();
        return;
    }
    out = LayoutResult{};
    writeResult(org, out, true);
}

bool IncrementalLayout::update(const Org &org, std::span<const QSizeF> cardSizes, std::span<const char> collapsed,
                               std::span<const Org::Vertex> changed, LayoutResult &out)
{
    State *s = m_state.get();
    const std::size_t n = std::size_t(org.size());
    auto relayout = [&] {
        LayoutOptions o = m_options;
        o.collapsed.assign(collapsed.begin(), collapsed.end());
        m_options = std::move(o);
        layout(org, cardSizes, out);
        return false;
    };
    if (s && !s->following) {
        // Too deep to follow: lay out with TreeLayout until the next layout() tries again.
        m_options.collapsed.assign(collapsed.begin(), collapsed.end());
        out = TreeLayout(m_options).layout(org, cardSizes);
        m_change = LayoutChange{};
        return false;
    }
    if (!s || n < s->n || (cardSizes.size() >= n) != s->sized || out.rects.size() != s->n
        || out.connectors.size() != s->linesWritten)
        return relayout();

    // Grow the per-vertex arrays for appended positions; they count as changed.
    std::vector<Vertex> todo(changed.begin(), changed.end());
    const std::size_t oldN = s->n;
    if (n > oldN) {
        s->mgr.resize(n, Org::npos);
        if (s->sized)
            s->size.resize(n, QSizeF(-1, -1));
        s->collapsed.resize(n, 0);
        s->assistant.resize(n, 0);
        s->kidCount.resize(n, 0);
        s->cardNode.resize(n, kNone);
        s->blockNode.resize(n, kNone);
        for (std::size_t v = oldN; v < n; ++v)
            todo.push_back(v);
        s->n = n;
    }
    std::sort(todo.begin(), todo.end());
    todo.erase(std::unique(todo.begin(), todo.end()), todo.end());

    // First check that nothing forces a full layout (a new largest card).
    for (Vertex v : todo) {
        if (v >= n)
            return relayout();
        if (s->sized) {
            const double after = s->td ? cardSizes[v].height() : cardSizes[v].width();
            if (after > s->extent)
                return relayout();
        }
    }

    // Apply the changes to the copy of the org; note whose reports to re-read.
    std::vector<Vertex> dirty; // npos: the top
    auto touch = [&](Vertex v) { dirty.push_back(v); };
    for (Vertex v : todo) {
        const Vertex om = v < oldN ? s->mgr[v] : Org::npos;
        const bool isNew = v >= oldN;
        const Vertex nm = org.manager(v);
        if (s->sized) {
            const double before = isNew ? -1 : s->depthOf(v);
            s->size[v] = cardSizes[v];
            const double after = s->depthOf(v);
            if (before == s->extent && after != s->extent)
                --s->extentCount;
            if (after == s->extent && before != s->extent)
                ++s->extentCount;
        }
        s->collapsed[v] = v < collapsed.size() && collapsed[v] ? 1 : 0;
        s->assistant[v] = org.position(v).assistant ? 1 : 0;
        if (om != nm || isNew) {
            if (!isNew) {
                if (om == Org::npos) {
                    s->roots.erase(std::lower_bound(s->roots.begin(), s->roots.end(), std::uint32_t(v)));
                } else {
                    std::vector<std::uint32_t> &k = s->mutableKids(om);
                    k.erase(std::find(k.begin(), k.end(), std::uint32_t(v)));
                    --s->kidCount[om];
                }
            }
            if (nm == Org::npos) {
                s->roots.insert(std::lower_bound(s->roots.begin(), s->roots.end(), std::uint32_t(v)),
                                std::uint32_t(v));
            } else {
                std::vector<std::uint32_t> &k = s->mutableKids(nm);
                k.insert(std::lower_bound(k.begin(), k.end(), std::uint32_t(v)), std::uint32_t(v));
                ++s->kidCount[nm];
            }
            s->mgr[v] = nm;
            touch(om);
            if (om != Org::npos)
                touch(s->mgr[om]);
        }
        touch(v);
        touch(nm);
        if (nm != Org::npos)
            touch(s->mgr[nm]);
    }
    if (s->sized && s->extentCount == 0)
        return relayout(); // the largest card shrank
    std::sort(dirty.begin(), dirty.end());
    dirty.erase(std::unique(dirty.begin(), dirty.end()), dirty.end());

    // Re-read the reports of the touched cards; lay out the subtrees that appear.
    s->detached.clear();
    for (Vertex v : dirty) {
        // Also a card cut loose by an earlier one here: it may hang below its new manager later.
        const Index u = v == Org::npos ? kTop : s->cardNode[v];
        if (u == kNone)
            continue;
        s->restructure(u);
        s->buildFresh();
    }
    for (Index u : s->detached)
        if (s->kind[u] != Kind::Free && s->parent[u] == kNone && u != kTop)
            s->freeSubtree(u);

    // Combine the touched cards and their ancestors, deepest first.
    std::vector<std::pair<Index, Index>> chain; // (depth, node)
    ++s->nodeGen;
    std::vector<Index> path;
    for (Vertex v : dirty) {
        const Index u = v == Org::npos ? kTop : s->cardNode[v];
        if (u == kNone)
            continue;
        path.clear();
        Index x = u;
        for (; x != kNone && x != kTop; x = s->parent[x])
            path.push_back(x);
        if (x != kTop)
            continue; // not attached (hidden)
        path.push_back(kTop);
        const Index depth = Index(path.size());
        for (std::size_t i = 0; i < path.size(); ++i) {
            const Index node = path[i];
            if (s->nodeMark[node] == s->nodeGen)
                break;
            s->nodeMark[node] = s->nodeGen;
            chain.emplace_back(depth - Index(i), node);
        }
    }
    std::sort(chain.begin(), chain.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[depth, node] : chain)
        if (!s->overflow)
            s->combine(node);
    s->compactPool();
    if (s->overflow) {
        s->following = false;
        out = TreeLayout(m_options).layout(org, cardSizes);
        m_change = LayoutChange{};
        return false;
    }
    std::vector<char> &opt = m_options.collapsed;
    opt.assign(collapsed.begin(), collapsed.end());
    s->o.collapsed.clear();
    writeResult(org, out, false);
    return true;
}

void IncrementalLayout::writeResult(const Org &org, LayoutResult &out, bool full)
{
    State &s = *m_state;
    const LayoutOptions &o = s.o;
    const bool td = s.td;
    const bool route = o.routeConnectors;
    const std::size_t n = s.n;
    const double pitch = s.pitch;
    ++s.gen;
    const std::uint32_t gen = s.gen;
    const std::uint32_t dg = s.dirtyGen++; // marks of the next update are new ones
    LayoutChange &change = m_change;
    change = LayoutChange{};
    change.all = full;
    change.orderChanged = full;

    out.orientation = o.orientation;
    out.shownRects.clear();
    std::swap(s.prevShown, out.shown);
    out.shown.clear();
    out.shown.reserve(s.prevShown.size() + 16);
    if (full)
        out.rects.assign(n, QRectF());
    else if (out.rects.size() != n)
        out.rects.resize(n);
    out.truncated.clear();
    std::vector<Vertex> late; // truncated marks of placed assistants

    // The connectors of the last result: moved over unchanged, reused (storage) by changed nodes.
    std::vector<Connector> &old = s.oldLines;
    std::swap(old, out.connectors);
    if (full)
        old.clear();
    out.connectors.clear();
    out.connectors.reserve(old.size() + 16);
    const std::size_t oldDottedFrom = [&] {
        std::size_t i = old.size();
        while (i > 0 && old[i - 1].kind == EdgeKind::DottedLine)
            --i;
        return i;
    }();

    const bool any = s.kidN[kTop] > 0;
    // The chart starts at 0 (as TreeLayout's): the origin follows the left edge, and nodes
    // whose offsets changed the other way (re-centred rows left of the change) stay put.
    const double shiftB = any ? -s.boxL[kTop] : 0;
    const bool shiftChanged = full || shiftB != s.shiftB;
    s.shiftB = shiftB;
    auto pt = [&](double b, double d) { return td ? QPointF(b, d) : QPointF(d, b); };
    auto rectAt = [&](double bCentre, double d, const QSizeF &sz) {
        return td ? QRectF(bCentre - sz.width() / 2, d, sz.width(), sz.height())
                  : QRectF(d, bCentre - sz.height() / 2, sz.width(), sz.height());
    };

    // The changed region, as plain numbers (one min/max per item).
    double rx0 = std::numeric_limits<double>::max(), ry0 = rx0;
    double rx1 = std::numeric_limits<double>::lowest(), ry1 = rx1;
    auto touchRegion = [&](const QRectF &r, double pad) {
        if (r.isNull())
            return;
        rx0 = std::min(rx0, r.left() - pad);
        ry0 = std::min(ry0, r.top() - pad);
        rx1 = std::max(rx1, r.right() + pad);
        ry1 = std::max(ry1, r.bottom() + pad);
    };

    auto keep = [&](Vertex v) {
        const std::size_t i = out.shown.size();
        if (!change.orderChanged && (i >= s.prevShown.size() || s.prevShown[i] != v))
            change.orderChanged = true;
        out.shown.push_back(v);
    };
    auto place = [&](Vertex v, const QRectF &r) {
        keep(v);
        QRectF &was = out.rects[v];
        // Exact comparison (QRectF's == is fuzzy): any change is repainted.
        if (!full
            && (was.x() != r.x() || was.y() != r.y() || was.width() != r.width() || was.height() != r.height())) {
            change.moved.push_back(v);
            touchRegion(was, 0);
            touchRegion(r, 0);
        }
        was = r;
    };
    auto dropLine = [&](const Connector &c) {
        if (c.kind != EdgeKind::ReportsTo || c.points.isEmpty())
            return;
        change.movedLines.push_back(c.to);
        change.movedLineBounds.push_back(QRectF());
        touchRegion(c.points.boundingRect(), 2);
    };
    // Connectors of a changed node: `reuse` old ones of the node (their storage), note those that moved.
    std::size_t reuseAt = 0, reuseEnd = 0;
    // The first index of out.connectors whose line may not be the one that was there (by report).
    std::size_t linesFrom = full ? 0 : std::numeric_limits<std::size_t>::max();
    auto line = [&](Vertex from, Vertex to, std::initializer_list<QPointF> pts) {
        Connector c;
        if (reuseAt + kLeavesAhead < reuseEnd)
            __builtin_prefetch(old[reuseAt + kLeavesAhead].points.constData());
        const std::size_t k = out.connectors.size();
        bool sameIndex = false; // the line into `to` was at this index last time
        if (reuseAt < reuseEnd) {
            sameIndex = reuseAt == k && old[reuseAt].to == to;
            c = std::move(old[reuseAt++]);
        }
        if (!sameIndex)
            linesFrom = std::min(linesFrom, k);
        const bool same = !full && c.to == to && c.from == from && c.kind == EdgeKind::ReportsTo
                          && c.points.size() == qsizetype(pts.size())
                          && std::equal(pts.begin(), pts.end(), c.points.cbegin(),
                                        [](const QPointF &a, const QPointF &b) { return a.x() == b.x() && a.y() == b.y(); });
        if (!same) {
            if (!full) {
                double x0 = pts.begin()->x(), x1 = x0, y0 = pts.begin()->y(), y1 = y0;
                for (const QPointF &q : pts) {
                    x0 = std::min(x0, q.x());
                    x1 = std::max(x1, q.x());
                    y0 = std::min(y0, q.y());
                    y1 = std::max(y1, q.y());
                }
                change.movedLines.push_back(to);
                change.movedLineBounds.push_back(QRectF(QPointF(x0, y0), QPointF(x1, y1)));
                touchRegion(change.movedLineBounds.back(), 2);
                if (c.to != to)
                    dropLine(c); // the storage of another card's old line
                else if (!c.points.isEmpty())
                    touchRegion(c.points.boundingRect(), 2);
            }
            c.from = from;
            c.to = to;
            c.kind = EdgeKind::ReportsTo;
            c.points.resize(qsizetype(pts.size()));
            std::copy(pts.begin(), pts.end(), c.points.begin());
        }
        out.connectors.push_back(std::move(c));
    };

    // One pass in breadth-first order: the order of cards and lines is rebuilt (cheap);
    // rects and lines are computed for the changed subtrees only, the others are kept.
    std::vector<Index> &bfs = s.order;
    bfs.clear();
    {
        const std::span<const Index> roots = s.kidsOfNode(kTop);
        bfs.assign(roots.begin(), roots.end());
    }
    for (std::size_t i = 0, levelEnd = 0, l = std::size_t(-1); i < bfs.size(); ++i) {
        if (i == levelEnd) {
            levelEnd = bfs.size();
            ++l;
        }
        const Index lvl = Index(l);
        const double d = double(l) * pitch;
        if (i + kAhead < bfs.size()) {
            // What a node a few ahead that will likely be placed reads at random: its cards'
            // rects and sizes (by vertex) and its old lines' points (on the heap). A stack of
            // leaves, mostly, in the compact layout: its list was fetched a step earlier.
            const Index a = bfs[i + kAhead], ap = s.parent[a];
            if (ap != kTop && (s.movedMark[ap] == gen || s.dirtyMark[a] == dg)) {
                if (s.kind[a] == Kind::Card) {
                    __builtin_prefetch(&out.rects[s.vert[a]]);
                } else {
                    const std::vector<Vertex> &ls = s.list[a];
                    for (std::size_t j = 0; j < std::min(ls.size(), kLeavesAhead); ++j) {
                        __builtin_prefetch(&out.rects[ls[j]]);
                        if (s.sized)
                            __builtin_prefetch(&s.size[ls[j]]);
                    }
                    // (Fetching the old lines' points of cards too cost more than it saved.)
                    if (!full && route)
                        for (std::size_t j = s.lineAt[a];
                             j < std::min({s.lineAt[a] + s.lineN[a], s.lineAt[a] + kLeavesAhead, old.size()}); ++j)
                            __builtin_prefetch(old[j].points.constData());
                }
            }
            if (i + 2 * kAhead < bfs.size())
                if (const Index b = bfs[i + 2 * kAhead]; s.kind[b] == Kind::Block)
                    __builtin_prefetch(s.list[b].data());
        }
        const Index u = bfs[i];
        const Index p = s.parent[u];
        const bool parentMoved = p == kTop ? shiftChanged : s.movedMark[p] == gen;
        bool moved = false;
        if (full || parentMoved || s.dirtyMark[u] == dg || s.forceMark[u] == dg) {
            // Where it is now. Offsets that changed against a shift that changed the other
            // way (a re-centred row left of the change) leave it where it was, up to rounding.
            const double x = (p == kTop ? shiftB : s.xabs[p]) + s.rel[u];
            moved = full || s.forceMark[u] == dg || s.nodeLevel[u] != lvl || !sameX(x, s.xabs[u], shiftB);
            if (moved) {
                s.xabs[u] = x;
                s.nodeLevel[u] = lvl;
                s.movedMark[u] = gen; // its nodes below are placed again too
            }
        }
        const bool self = moved || parentMoved || s.selfMark[u] == dg;
        const double x = s.xabs[u];
        const std::size_t at = s.lineAt[u], count = s.lineN[u];
        s.lineAt[u] = out.connectors.size();
        if (!self) {
            // Unchanged: the same cards and lines as last time.
            if (s.kind[u] == Kind::Card) {
                const Vertex v = s.vert[u];
                keep(v);
                for (Vertex av : s.list[u]) {
                    keep(av);
                    if (s.kidCount[av] > 0)
                        late.push_back(av);
                }
                if (s.cut[u])
                    out.truncated.push_back(v);
                const std::span<const Index> ks = s.kidsOfNode(u);
                bfs.insert(bfs.end(), ks.begin(), ks.end());
            } else {
                for (Vertex lv : s.list[u])
                    keep(lv);
            }
            if (count > 0 && at != out.connectors.size())
                linesFrom = std::min(linesFrom, out.connectors.size());
            for (std::size_t j = at; j < at + count; ++j)
                out.connectors.push_back(std::move(old[j]));
            s.lineN[u] = std::uint32_t(count);
            continue;
        }
        reuseAt = full ? 0 : at;
        reuseEnd = full ? 0 : at + count;
        if (s.kind[u] == Kind::Card) {
            const Vertex v = s.vert[u];
            place(v, rectAt(x, d, s.csize[u]));
            if (p != kTop && route) {
                const double mc = s.xabs[p];
                const double bus = d - o.levelGap / 2;
                const double mDepth = td ? s.csize[p].height() : s.csize[p].width();
                line(s.vert[p], v, {pt(mc, (lvl - 1) * pitch + mDepth), pt(mc, bus), pt(x, bus), pt(x, d)});
            }
            s.eachHelper(u, [&](Vertex av, double ac, int sideNo, double ab) {
                place(av, rectAt(x + ac, d, s.sizeOf(av)));
                if (s.kidCount[av] > 0)
                    late.push_back(av);
                if (route) {
                    const double vb = s.breadthOf(v);
                    const double mid = d + std::min(s.depthOf(v), s.depthOf(av)) / 2;
                    const double from = sideNo == 0 ? x + vb / 2 : x - vb / 2;
                    const double to = sideNo == 0 ? x + ac - ab / 2 : x + ac + ab / 2;
                    line(v, av, {pt(from, mid), pt(to, mid)});
                }
            });
            if (s.cut[u])
                out.truncated.push_back(v);
            const std::span<const Index> ks = s.kidsOfNode(u);
            bfs.insert(bfs.end(), ks.begin(), ks.end());
        } else {
            const Vertex m = s.vert[p];
            const double mc = s.xabs[p];
            s.eachLeaf(u, [&](Vertex lv, double lcRel, double row, double lb, double trunkRel) {
                const double lc = x + lcRel, trunk = x + trunkRel, ld = d + row;
                place(lv, rectAt(lc, ld, s.sizeOf(lv)));
                if (route) {
                    const double bus = d - o.levelGap / 2;
                    const double mid = ld + s.depthOf(lv) / 2;
                    const double edgeB = lc < trunk ? lc + lb / 2 : lc - lb / 2;
                    const QPointF a = pt(mc, (lvl - 1) * pitch + s.depthOf(m));
                    if (trunk != mc)
                        line(m, lv, {a, pt(mc, bus), pt(trunk, bus), pt(trunk, mid), pt(edgeB, mid)});
                    else
                        line(m, lv, {a, pt(trunk, mid), pt(edgeB, mid)});
                }
            }, out.rects.data());
        }
        for (; reuseAt < reuseEnd; ++reuseAt)
            dropLine(old[reuseAt]); // lines the node no longer has
        s.lineN[u] = std::uint32_t(out.connectors.size() - s.lineAt[u]);
    }
    if (!full)
        for (const auto &[first, count] : s.goneLines)
            for (std::size_t j = first; j < first + count && j < old.size(); ++j)
                dropLine(old[j]);
    s.goneLines.clear();
    out.truncated.insert(out.truncated.end(), late.begin(), late.end());
    if (!change.orderChanged && out.shown.size() != s.prevShown.size())
        change.orderChanged = true;

    // Cards that may have disappeared (their nodes freed, lists re-read) and are not shown now.
    if (!full) {
        std::sort(s.gone.begin(), s.gone.end());
        s.gone.erase(std::unique(s.gone.begin(), s.gone.end()), s.gone.end());
        for (Vertex v : s.gone) {
            if (v >= n || out.rects[v].isNull() || s.levelOf(v) >= 0)
                continue;
            touchRegion(out.rects[v], 0);
            change.moved.push_back(v);
            change.movedLines.push_back(v);
            change.movedLineBounds.push_back(QRectF());
            out.rects[v] = QRectF();
        }
    }
    s.gone.clear();

    // Dotted lines between shown cards, all of them again (few), where their ends are now.
    const std::size_t firstDotted = out.connectors.size();
    change.linesFrom = std::min(linesFrom, firstDotted);
    if (route && !org.dottedLines().empty()) {
        auto centre = [&](Vertex v) { return td ? out.rects[v].center().x() : out.rects[v].center().y(); };
        for (const Org::DottedLine &dl : org.dottedLines()) {
            const Vertex m = dl.manager, r = dl.report;
            if (!out.isShown(m) || !out.isShown(r))
                continue;
            const Index lm = s.levelOf(m), lr = s.levelOf(r);
            const double cm = centre(m), cr = centre(r);
            const double mEnd = lm * pitch + s.depthOf(m);
            Connector c{m, r, EdgeKind::DottedLine, {}};
            if (lr > lm) {
                const double rStart = lr * pitch;
                const double bus = rStart - o.levelGap * 0.3;
                c.points << pt(cm, mEnd) << pt(cm, bus) << pt(cr, bus) << pt(cr, rStart);
            } else {
                const double bus = mEnd + o.levelGap * 0.3;
                c.points << pt(cm, mEnd) << pt(cm, bus) << pt(cr, bus) << pt(cr, lr * pitch + s.depthOf(r));
            }
            out.connectors.push_back(std::move(c));
        }
    }

    s.linesWritten = out.connectors.size();

    if (out.shown.empty()) {
        out.bounds = QRectF();
        for (QRectF &r : out.rects)
            r = QRectF();
        change.all = true;
        return;
    }
    {
        const double breadth = s.boxR[kTop] - s.boxL[kTop], depth = s.boxD[kTop];
        out.bounds = td ? QRectF(0, 0, breadth, depth) : QRectF(0, 0, depth, breadth);
    }
    if (full)
        return;
    // Dotted lines that changed: their old and new places.
    const std::size_t dottedNow = out.connectors.size() - firstDotted;
    const bool dottedSame = dottedNow == old.size() - oldDottedFrom
                            && std::equal(old.begin() + std::ptrdiff_t(oldDottedFrom), old.end(),
                                          out.connectors.begin() + std::ptrdiff_t(firstDotted),
                                          [](const Connector &a, const Connector &b) {
                                              return a.from == b.from && a.to == b.to && a.points == b.points;
                                          });
    if (!dottedSame) {
        for (std::size_t i = oldDottedFrom; i < old.size(); ++i)
            touchRegion(old[i].points.boundingRect(), 2);
        for (std::size_t i = firstDotted; i < out.connectors.size(); ++i)
            touchRegion(out.connectors[i].points.boundingRect(), 2);
    }
    if (rx0 <= rx1)
        change.region = QRectF(QPointF(rx0, ry0), QPointF(rx1, ry1));
}

} // namespace org
