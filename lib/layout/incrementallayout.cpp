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
/// Contours bigger than this many levels per position on average: too deep to
/// follow (a long chain); every update then lays out everything with TreeLayout.
constexpr std::size_t kContourLevelsPerCard = 6;
/// More moved cards than this share of the shown ones: LayoutChange::all.
constexpr std::size_t kAllMovedShare = 4;

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
    std::vector<std::uint32_t> stamp; ///< == gen: placed by the current pass
    std::vector<std::uint32_t> movedAt; ///< == gen: rect changed in the current pass
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
    std::vector<Index> freeNodes;
    std::vector<double> pool;
    std::size_t poolLive = 0;
    bool overflow = false; ///< the contours outgrew kContourLevelsPerCard: stop and lay out in full

    // Scratch.
    std::vector<double> pos, sh, ch, rf, lf, xabs;
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
        }
        kind[id] = k;
        vert[id] = v;
        parent[id] = kNone;
        kidN[id] = 0;
        list[id].clear();
        breadth[id] = 0;
        rel[id] = 0;
        height[id] = 0;
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
            csize[u] = sizeOf(v);
            cut[u] = kidCount[v] > 0 && collapsed[v];
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
                    list[b] = leaves;
                    parent[b] = u;
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

    /// The combine step of Buchheim–Walker for the children of `p`: places them
    /// left to right as close as their contours allow (a conflict deep down
    /// spreads its shift over the smaller subtrees in between), centres them
    /// under p and stores p's contour.
    void combine(Index p)
    {
        dropContour(p);
        const std::span<const Index> ks = kidsOfNode(p);
        const std::size_t k = ks.size();
        if (k == 0)
            return;
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
        for (std::size_t i = 0; i < k; ++i)
            rel[ks[i]] = pos[i] - mid;
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

void IncrementalLayout::addManagerChanges(const Org &org, std::vector<Org::Vertex> &changed) const
{
    if (!m_state)
        return;
    const std::vector<Vertex> &now = org.managerArray();
    const std::vector<Vertex> &then = m_state->mgr;
    const std::size_t common = std::min(now.size(), then.size());
    for (std::size_t v = 0; v < common; ++v)
        if (now[v] != then[v])
            changed.push_back(v);
}

namespace {

/// Writes a connector into `out` at `k` (reusing its points' storage) and advances k.
template<typename... Points>
void putConnector(std::vector<Connector> &out, std::size_t &k, Vertex from, Vertex to, EdgeKind kind, Points... pts)
{
    if (k == out.size())
        out.emplace_back();
    Connector &c = out[k++];
    c.from = from;
    c.to = to;
    c.kind = kind;
    c.points.resize(qsizetype(sizeof...(pts)));
    qsizetype i = 0;
    ((c.points[i++] = pts), ...);
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
    s->stamp.assign(n, 0);
    s->movedAt.assign(n, 0);
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
    if (!s || n < s->n || (cardSizes.size() >= n) != s->sized || out.rects.size() != s->n)
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
        s->stamp.resize(n, 0);
        s->movedAt.resize(n, 0);
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
    const double pitch = s.pitch, stackPitch = s.stackPitch, blockGap = s.blockGap;
    ++s.gen;
    const std::uint32_t gen = s.gen;
    LayoutChange &change = m_change;
    change = LayoutChange{};
    change.all = full;
    change.orderChanged = full;

    out.orientation = o.orientation;
    out.shownRects.clear();
    std::swap(s.prevShown, out.shown);
    out.shown.clear();
    out.shown.reserve(s.prevShown.size() + 16);
    if (out.rects.size() != n)
        out.rects.resize(n);
    out.truncated.clear();
    std::vector<Vertex> late; // truncated marks of placed leaves and assistants
    std::vector<Connector> oldDotted;
    const std::size_t oldDottedFrom = [&] {
        std::size_t i = out.connectors.size();
        while (i > 0 && out.connectors[i - 1].kind == EdgeKind::DottedLine)
            --i;
        return i;
    }();
    if (!full)
        oldDotted.assign(out.connectors.begin() + std::ptrdiff_t(oldDottedFrom), out.connectors.end());
    std::size_t k = 0; // connectors written

    auto toRect = [&](double bCentre, double d, Vertex v) {
        const QSizeF sz = s.sizeOf(v);
        return td ? QRectF(bCentre - sz.width() / 2, d, sz.width(), sz.height())
                  : QRectF(d, bCentre - sz.height() / 2, sz.width(), sz.height());
    };
    auto nodeRect = [&](double bCentre, double d, Index u) {
        const QSizeF &sz = s.csize[u];
        return td ? QRectF(bCentre - sz.width() / 2, d, sz.width(), sz.height())
                  : QRectF(d, bCentre - sz.height() / 2, sz.width(), sz.height());
    };
    struct Where
    {
        double centre = 0;
        Index level = -1;
    };
    const bool dotted = route && !org.dottedLines().empty();
    std::unordered_map<Vertex, Where> whereOfEnd;
    if (dotted)
        for (const Org::DottedLine &line : org.dottedLines()) {
            whereOfEnd.emplace(line.manager, Where{});
            whereOfEnd.emplace(line.report, Where{});
        }
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    auto extend = [&](const QRectF &r) {
        minX = std::min(minX, r.left());
        minY = std::min(minY, r.top());
        maxX = std::max(maxX, r.right());
        maxY = std::max(maxY, r.bottom());
    };

    // Pass 1, in breadth-first order: where every node is, the breadth-first
    // order itself (kept for pass 2) and the extent of the cards.
    s.xabs.resize(s.kind.size());
    s.xabs[kTop] = 0;
    std::vector<Index> &bfs = s.order;
    std::vector<std::size_t> levelStart;
    bfs.clear();
    {
        const std::span<const Index> roots = s.kidsOfNode(kTop);
        bfs.assign(roots.begin(), roots.end());
    }
    for (std::size_t i = 0, levelEnd = 0, lvl = std::size_t(-1); i < bfs.size(); ++i) {
        if (i == levelEnd) {
            levelStart.push_back(i);
            levelEnd = bfs.size();
            ++lvl;
        }
        const Index u = bfs[i];
        const double x = s.xabs[u] = s.xabs[s.parent[u]] + s.rel[u];
        const double d = double(lvl) * pitch;
        if (s.kind[u] == Kind::Card) {
            extend(nodeRect(x, d, u));
            const std::span<const Index> ks = s.kidsOfNode(u);
            bfs.insert(bfs.end(), ks.begin(), ks.end());
        }
    }
    levelStart.push_back(bfs.size());

    // The cards beside managers (assistants) and in blocks: where pass 2 puts them.
    auto eachHelper = [&](Index u, double x, double d, auto &&f) {
        const std::vector<Vertex> &helpers = s.list[u];
        if (helpers.empty())
            return;
        const double vb = s.breadthOf(s.vert[u]);
        double edge[2] = {x + vb / 2, x - vb / 2};
        for (std::size_t i = 0; i < helpers.size(); ++i) {
            const Vertex av = helpers[i];
            const int sideNo = int(i % 2);
            const double ab = s.breadthOf(av);
            const double ac = sideNo == 0 ? edge[0] + o.siblingGap + ab / 2 : edge[1] - o.siblingGap - ab / 2;
            edge[sideNo] = sideNo == 0 ? ac + ab / 2 : ac - ab / 2;
            f(av, ac, sideNo, ab, toRect(ac, d, av));
        }
    };
    auto eachLeaf = [&](Index u, double x, double d, auto &&f) {
        const std::vector<Vertex> &leaves = s.list[u];
        const int cols = s.cols[u];
        const double left = x - s.breadth[u] / 2;
        const double trunk = cols == 1 ? left + blockGap / 4 : x;
        for (std::size_t i = 0; i < leaves.size(); ++i) {
            const Vertex lv = leaves[i];
            const int col = int(i % std::size_t(cols));
            const double row = double(i / std::size_t(cols));
            const double lb = s.breadthOf(lv);
            double lc;
            if (cols == 1)
                lc = left + blockGap / 2 + lb / 2;
            else
                lc = col == 0 ? trunk - blockGap / 2 - lb / 2 : trunk + blockGap / 2 + lb / 2;
            const double ld = d + row * stackPitch;
            f(lv, lc, ld, lb, trunk, toRect(lc, ld, lv));
        }
    };
    for (std::size_t l = 0; l + 1 < levelStart.size(); ++l) {
        const double d = double(l) * pitch;
        for (std::size_t i = levelStart[l]; i < levelStart[l + 1]; ++i) {
            const Index u = bfs[i];
            if (s.kind[u] == Kind::Card)
                eachHelper(u, s.xabs[u], d, [&](Vertex, double, int, double, const QRectF &r) { extend(r); });
            else
                eachLeaf(u, s.xabs[u], d, [&](Vertex, double, double, double, double, const QRectF &r) { extend(r); });
        }
    }
    const bool any = !bfs.empty();
    const QPointF shift = any ? QPointF(-minX, -minY) : QPointF();
    auto pt = [&](double b, double d) { return (td ? QPointF(b, d) : QPointF(d, b)) + shift; };

    // Pass 2: the result, in its final place (rects compared with the old ones).
    auto place = [&](Vertex v, QRectF r, double c, Index lvl) {
        if (dotted)
            if (const auto it = whereOfEnd.find(v); it != whereOfEnd.end())
                it->second = {c, lvl};
        const std::size_t i = out.shown.size();
        if (!change.orderChanged && (i >= s.prevShown.size() || s.prevShown[i] != v))
            change.orderChanged = true;
        out.shown.push_back(v);
        s.stamp[v] = gen;
        r.translate(shift);
        QRectF &old = out.rects[v];
        // Exact comparison (QRectF's == is fuzzy): any change is repainted.
        if (!full
            && (old.x() != r.x() || old.y() != r.y() || old.width() != r.width() || old.height() != r.height())) {
            change.moved.push_back(v);
            change.region |= old;
            change.region |= r;
            s.movedAt[v] = gen;
        }
        old = r;
    };
    for (std::size_t l = 0; l + 1 < levelStart.size(); ++l) {
        const Index lvl = Index(l);
        const double d = double(l) * pitch;
        for (std::size_t i = levelStart[l]; i < levelStart[l + 1]; ++i) {
            if (i + 8 < bfs.size() && s.kind[bfs[i + 8]] == Kind::Card) {
                const Vertex ahead = s.vert[bfs[i + 8]];
                __builtin_prefetch(&out.rects[ahead]);
                __builtin_prefetch(&s.stamp[ahead]);
            }
            const Index u = bfs[i];
            const Index p = s.parent[u];
            const double x = s.xabs[u];
            if (s.kind[u] == Kind::Card) {
                const Vertex v = s.vert[u];
                place(v, nodeRect(x, d, u), x, lvl);
                if (p != kTop && route) {
                    const Vertex m = s.vert[p];
                    const double mc = s.xabs[p];
                    const double bus = d - o.levelGap / 2;
                    const double mDepth = td ? s.csize[p].height() : s.csize[p].width();
                    putConnector(out.connectors, k, m, v, EdgeKind::ReportsTo, pt(mc, (lvl - 1) * pitch + mDepth),
                                 pt(mc, bus), pt(x, bus), pt(x, d));
                }
                eachHelper(u, x, d, [&](Vertex av, double ac, int sideNo, double ab, const QRectF &r) {
                    place(av, r, ac, lvl);
                    if (s.kidCount[av] > 0)
                        late.push_back(av);
                    if (route) {
                        const double vb = s.breadthOf(v);
                        const double mid = d + std::min(s.depthOf(v), s.depthOf(av)) / 2;
                        const double from = sideNo == 0 ? x + vb / 2 : x - vb / 2;
                        const double to = sideNo == 0 ? ac - ab / 2 : ac + ab / 2;
                        putConnector(out.connectors, k, v, av, EdgeKind::ReportsTo, pt(from, mid), pt(to, mid));
                    }
                });
                if (s.cut[u])
                    out.truncated.push_back(v);
            } else {
                const Vertex m = s.vert[p];
                const double mc = s.xabs[p];
                eachLeaf(u, x, d, [&](Vertex lv, double lc, double ld, double lb, double trunk, const QRectF &r) {
                    place(lv, r, lc, lvl);
                    if (s.kidCount[lv] > 0)
                        late.push_back(lv);
                    if (route) {
                        const double bus = d - o.levelGap / 2;
                        const double mid = ld + s.depthOf(lv) / 2;
                        const double edgeB = lc < trunk ? lc + lb / 2 : lc - lb / 2;
                        const QPointF a = pt(mc, (lvl - 1) * pitch + s.depthOf(m));
                        if (trunk != mc)
                            putConnector(out.connectors, k, m, lv, EdgeKind::ReportsTo, a, pt(mc, bus), pt(trunk, bus),
                                         pt(trunk, mid), pt(edgeB, mid));
                        else
                            putConnector(out.connectors, k, m, lv, EdgeKind::ReportsTo, a, pt(trunk, mid),
                                         pt(edgeB, mid));
                    }
                });
            }
        }
    }
    out.truncated.insert(out.truncated.end(), late.begin(), late.end());
    if (!change.orderChanged && out.shown.size() != s.prevShown.size())
        change.orderChanged = true;

    if (dotted) {
        for (const Org::DottedLine &line : org.dottedLines()) {
            const Vertex m = line.manager, r = line.report;
            const Where wm = whereOfEnd[m], wr = whereOfEnd[r];
            if (wm.level < 0 || wr.level < 0)
                continue;
            const double mEnd = wm.level * pitch + s.depthOf(m);
            if (wr.level > wm.level) {
                const double rStart = wr.level * pitch;
                const double bus = rStart - o.levelGap * 0.3;
                putConnector(out.connectors, k, m, r, EdgeKind::DottedLine, pt(wm.centre, mEnd), pt(wm.centre, bus),
                             pt(wr.centre, bus), pt(wr.centre, rStart));
            } else {
                const double bus = mEnd + o.levelGap * 0.3;
                putConnector(out.connectors, k, m, r, EdgeKind::DottedLine, pt(wm.centre, mEnd), pt(wm.centre, bus),
                             pt(wr.centre, bus), pt(wr.centre, wr.level * pitch + s.depthOf(r)));
            }
        }
    }
    out.connectors.resize(k);

    if (out.shown.empty()) {
        out.bounds = QRectF();
        for (QRectF &r : out.rects)
            r = QRectF();
        change.all = true;
        return;
    }
    out.bounds = QRectF(0, 0, maxX - minX, maxY - minY);
    // Hidden now: null rects.
    if (!full) {
        const std::vector<Vertex> &prev = s.prevShown;
        for (std::size_t i = 0; i < prev.size(); ++i) {
            if (i + 8 < prev.size())
                __builtin_prefetch(&s.stamp[prev[i + 8]]);
            const Vertex v = prev[i];
            if (s.stamp[v] != gen) {
                change.region |= out.rects[v];
                change.moved.push_back(v);
                s.movedAt[v] = gen;
                out.rects[v] = QRectF();
            }
        }
    }

    if (full)
        return;
    // Connectors that moved: those with a moved end. Their old place lies within
    // the old rects of both ends (plus the trunk of a block, beside it).
    const double pad = std::max({o.levelGap, blockGap, o.siblingGap}) + 2;
    for (std::size_t i = 0; i < k; ++i) {
        const Connector &c = out.connectors[i];
        if (c.kind != EdgeKind::ReportsTo)
            continue;
        if (s.movedAt[c.from] == gen || s.movedAt[c.to] == gen) {
            change.movedLines.push_back(c.to);
            change.region |= c.points.boundingRect().adjusted(-pad, -pad, pad, pad);
            change.region |= out.rects[c.from].adjusted(-pad, -pad, pad, pad);
        }
    }
    // Lines of cards that disappeared: their old place is within the old rects (region already).
    for (Vertex v : change.moved)
        if (s.stamp[v] != gen)
            change.movedLines.push_back(v);
    std::size_t dottedNow = 0;
    for (std::size_t i = k; i-- > 0 && out.connectors[i].kind == EdgeKind::DottedLine;)
        ++dottedNow;
    const std::size_t firstDotted = k - dottedNow;
    const bool dottedSame = dottedNow == oldDotted.size()
                            && std::equal(oldDotted.begin(), oldDotted.end(),
                                          out.connectors.begin() + std::ptrdiff_t(firstDotted),
                                          [](const Connector &a, const Connector &b) {
                                              return a.from == b.from && a.to == b.to && a.points == b.points;
                                          });
    if (!dottedSame) {
        for (const Connector &c : oldDotted)
            change.region |= c.points.boundingRect().adjusted(-2, -2, 2, 2);
        for (std::size_t i = firstDotted; i < k; ++i)
            change.region |= out.connectors[i].points.boundingRect().adjusted(-2, -2, 2, 2);
    }
    if (change.moved.size() * kAllMovedShare > out.shown.size()) {
        change.all = true;
        change.moved.clear();
        change.movedLines.clear();
        change.region = QRectF();
    }
}

} // namespace org
