// SPDX-License-Identifier: MIT
// IncrementalLayout against TreeLayout: random orgs, thousands of random edits,
// a fresh full layout after every one of them.
#include "layout/incrementallayout.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>
#include <random>
#include <string>

using namespace org;
using Vertex = Org::Vertex;

namespace {

constexpr double kTolerance = 1e-6;

struct Case
{
    Org org;
    std::vector<QSizeF> sizes;
    std::vector<char> collapsed;
};

Position position(int i, bool assistant)
{
    Position p;
    p.id = QString::number(i);
    p.name = QStringLiteral("P%1").arg(i);
    p.assistant = assistant;
    return p;
}

/// A random forest: `roots` trees; `locality` 0 = bushy, 1 = long chains, plus a few
/// very wide managers; some assistants, collapsed managers and dotted lines.
Case randomCase(std::mt19937 &rng, int n, int roots, double locality, bool sized)
{
    Case c;
    std::uniform_real_distribution<double> unit(0, 1);
    const int wide = n > 20 ? int(unit(rng) * 3) : 0; // managers that take many reports
    for (int i = 0; i < n; ++i) {
        const Vertex v = c.org.addPosition(position(i, i >= roots && unit(rng) < 0.06));
        c.sizes.emplace_back(sized ? 160 + int(unit(rng) * 120) : 220, sized && unit(rng) < 0.3 ? 70 : 90);
        if (i >= roots) {
            int m;
            if (wide > 0 && unit(rng) < 0.3)
                m = int(unit(rng) * std::min(i, wide + roots));
            else if (unit(rng) < locality)
                m = std::max(0, i - 1 - int(unit(rng) * 3));
            else
                m = int(unit(rng) * i);
            c.org.setManager(v, Vertex(m));
        }
    }
    c.collapsed.assign(std::size_t(n), 0);
    for (int k = 0; k < n / 15; ++k)
        c.collapsed[std::size_t(unit(rng) * n)] = 1;
    for (int k = 0; k < n / 25; ++k) {
        const auto a = Vertex(unit(rng) * n), b = Vertex(unit(rng) * n);
        if (a != b)
            c.org.addDottedLine(a, b);
    }
    return c;
}

/// The same result as a full layout, within kTolerance for coordinates.
void expectSame(const LayoutResult &got, const LayoutResult &want, const std::string &what)
{
    auto near = [](double a, double b) { return std::abs(a - b) <= kTolerance; };
    auto nearRect = [&](const QRectF &a, const QRectF &b) {
        if (a.isNull() || b.isNull())
            return a.isNull() && b.isNull();
        return near(a.x(), b.x()) && near(a.y(), b.y()) && near(a.width(), b.width())
               && near(a.height(), b.height());
    };
    if (got.shown != want.shown) {
        std::size_t i = 0;
        while (i < got.shown.size() && i < want.shown.size() && got.shown[i] == want.shown[i])
            ++i;
        FAIL() << what << ": shown differs at " << i << " of " << got.shown.size() << "/" << want.shown.size()
               << ": " << (i < got.shown.size() ? int(got.shown[i]) : -1) << " instead of "
               << (i < want.shown.size() ? int(want.shown[i]) : -1);
    }
    ASSERT_EQ(got.truncated, want.truncated) << what;
    ASSERT_EQ(got.orientation, want.orientation) << what;
    ASSERT_EQ(got.rects.size(), want.rects.size()) << what;
    for (std::size_t v = 0; v < want.rects.size(); ++v)
        ASSERT_TRUE(nearRect(got.rects[v], want.rects[v]))
            << what << ": card " << v << " at " << got.rects[v].x() << "," << got.rects[v].y() << " instead of "
            << want.rects[v].x() << "," << want.rects[v].y();
    ASSERT_EQ(got.connectors.size(), want.connectors.size()) << what;
    for (std::size_t i = 0; i < want.connectors.size(); ++i) {
        const Connector &a = got.connectors[i], &b = want.connectors[i];
        ASSERT_EQ(a.from, b.from) << what << ": connector " << i;
        ASSERT_EQ(a.to, b.to) << what << ": connector " << i;
        ASSERT_EQ(a.kind, b.kind) << what << ": connector " << i;
        ASSERT_EQ(a.points.size(), b.points.size()) << what << ": connector " << i;
        for (qsizetype p = 0; p < a.points.size(); ++p)
            ASSERT_TRUE(near(a.points[p].x(), b.points[p].x()) && near(a.points[p].y(), b.points[p].y()))
                << what << ": connector " << i << " point " << p;
    }
    ASSERT_TRUE(nearRect(got.bounds, want.bounds))
        << what << ": bounds " << got.bounds.width() << "x" << got.bounds.height() << " instead of "
        << want.bounds.width() << "x" << want.bounds.height();
}

/// What an update says it changed covers every change between `before` and `after`:
/// a card whose rect differs (exactly) is listed in `moved` and the region holds both
/// places; a reports-to line that differs is listed in `movedLines` and the region holds it.
void expectChangeListed(const LayoutResult &before, const LayoutResult &after, const LayoutChange &change,
                        const std::string &what)
{
    if (change.all)
        return;
    const std::set<Vertex> moved(change.moved.begin(), change.moved.end());
    const std::set<Vertex> lines(change.movedLines.begin(), change.movedLines.end());
    const QRectF region = change.region.adjusted(-1e-9, -1e-9, 1e-9, 1e-9);
    // QRectF::contains() is false for a rect of no width or height (a straight line's bounds).
    auto holds = [](const QRectF &outer, const QRectF &r) {
        return r.left() >= outer.left() && r.right() <= outer.right() && r.top() >= outer.top()
               && r.bottom() <= outer.bottom();
    };
    auto exact = [](const QRectF &a, const QRectF &b) {
        return a.x() == b.x() && a.y() == b.y() && a.width() == b.width() && a.height() == b.height();
    };
    for (std::size_t v = 0; v < after.rects.size(); ++v) {
        const QRectF was = v < before.rects.size() ? before.rects[v] : QRectF();
        if (exact(was, after.rects[v]))
            continue;
        ASSERT_TRUE(moved.count(Vertex(v))) << what << ": card " << v << " changed, not listed";
        ASSERT_TRUE(was.isNull() || holds(region, was)) << what << ": old place of " << v;
        ASSERT_TRUE(after.rects[v].isNull() || holds(region, after.rects[v])) << what << ": new place of " << v;
    }
    std::map<Vertex, const Connector *> old;
    for (const Connector &c : before.connectors)
        if (c.kind == EdgeKind::ReportsTo)
            old[c.to] = &c;
    for (const Connector &c : after.connectors) {
        if (c.kind != EdgeKind::ReportsTo)
            continue;
        const auto it = old.find(c.to);
        const bool same = it != old.end() && it->second->from == c.from && it->second->points == c.points;
        if (it != old.end())
            old.erase(it);
        if (same)
            continue;
        ASSERT_TRUE(lines.count(c.to)) << what << ": line into " << c.to << " changed, not listed";
        ASSERT_TRUE(holds(region, c.points.boundingRect())) << what << ": line into " << c.to << " at " << c.points.boundingRect().x() << "," << c.points.boundingRect().y() << " " << c.points.boundingRect().width() << "x" << c.points.boundingRect().height() << " region " << region.x() << "," << region.y() << " " << region.width() << "x" << region.height();
    }
    for (const auto &[to, c] : old) // gone
        ASSERT_TRUE(lines.count(to)) << what << ": line into " << to << " gone, not listed";
    // Before linesFrom, the same reports-to lines at the same indices (an index maps only the rest).
    ASSERT_LE(change.linesFrom, after.connectors.size()) << what;
    for (std::size_t i = 0; i < change.linesFrom; ++i) {
        ASSERT_LT(i, before.connectors.size()) << what;
        ASSERT_EQ(after.connectors[i].kind, EdgeKind::ReportsTo) << what << ": connector " << i;
        ASSERT_EQ(before.connectors[i].kind, EdgeKind::ReportsTo) << what << ": connector " << i;
        ASSERT_EQ(after.connectors[i].to, before.connectors[i].to) << what << ": connector " << i;
    }
}

LayoutResult fullLayout(const LayoutOptions &base, const Case &c)
{
    LayoutOptions o = base;
    o.collapsed = c.collapsed;
    return TreeLayout(o).layout(c.org, c.sizes);
}

} // namespace

TEST(IncrementalLayout, RandomEditsGiveTheFullLayout)
{
    std::mt19937 rng(1717);
    std::uniform_real_distribution<double> unit(0, 1);
    int incremental = 0, updates = 0, moves = 0, appends = 0, resizes = 0, toggles = 0, assists = 0;
    for (int iter = 0; iter < 60; ++iter) {
        const int n = 2 + int(rng() % (iter % 5 == 4 ? 600 : 150));
        const int roots = 1 + int(rng() % 4);
        Case c = randomCase(rng, n, std::min(roots, n), double(rng() % 5) / 4.0, rng() % 3 != 0);
        LayoutOptions o;
        o.orientation = rng() % 2 ? Orientation::LeftRight : Orientation::TopDown;
        o.compact = rng() % 2;
        o.compactColumns = 1 + int(rng() % 2);
        o.compactMinLeaves = 1 + int(rng() % 4);
        o.routeConnectors = rng() % 8 != 0;
        o.collapsed = c.collapsed;
        IncrementalLayout inc(o);
        LayoutResult r;
        inc.layout(c.org, c.sizes, r);
        ASSERT_NO_FATAL_FAILURE(expectSame(r, fullLayout(o, c), "iteration " + std::to_string(iter) + " first layout"));
        for (int step = 0; step < 80; ++step) {
            std::vector<Vertex> changed;
            const int edits = rng() % 6 == 0 ? 2 + int(rng() % 4) : 1;
            for (int e = 0; e < edits; ++e) {
                const int kind = int(rng() % 20);
                const auto size = Vertex(c.org.size());
                const auto v = Vertex(rng() % size);
                if (kind < 12) {
                    // Move: to another manager, or make a root.
                    const Vertex m = rng() % 12 == 0 ? Org::npos : Vertex(rng() % size);
                    if (m == v || (m != Org::npos && c.org.wouldCreateCycle(v, m)) || m == c.org.manager(v))
                        continue;
                    c.org.setManager(v, m);
                    ++moves;
                } else if (kind < 14) {
                    // Append a position under a random one.
                    const Vertex a = c.org.addPosition(position(int(size) + 100000, rng() % 10 == 0));
                    c.org.setManager(a, rng() % 10 == 0 ? Org::npos : Vertex(rng() % size));
                    c.sizes.emplace_back(160 + int(rng() % 120), 90);
                    c.collapsed.push_back(0);
                    ++appends;
                    continue; // appended positions need not be listed
                } else if (kind < 16) {
                    // A card measured again (smaller cards keep the largest one, mostly).
                    c.sizes[v] = QSizeF(140 + int(rng() % 160), rng() % 3 == 0 ? 70 : 90);
                    ++resizes;
                } else if (kind < 19) {
                    c.collapsed[v] = !c.collapsed[v];
                    ++toggles;
                } else {
                    Position p = c.org.position(v);
                    p.assistant = !p.assistant;
                    c.org.setPosition(v, p);
                    ++assists;
                }
                changed.push_back(v);
            }
            const LayoutResult before = r;
            const bool followed = inc.update(c.org, c.sizes, c.collapsed, changed, r);
            incremental += followed;
            ++updates;
            const std::string what = "iteration " + std::to_string(iter) + " step " + std::to_string(step);
            ASSERT_NO_FATAL_FAILURE(expectSame(r, fullLayout(o, c), what));
            const LayoutChange &change = inc.lastChange();
            if (followed && !change.all) {
                // Whatever is not listed as moved kept its place.
                ASSERT_EQ(change.moved.empty() && change.movedLines.empty(), change.region.isNull()) << what;
                ASSERT_NO_FATAL_FAILURE(expectChangeListed(before, r, change, what));
            }
        }
    }
    EXPECT_GT(moves, 1000);
    EXPECT_GT(appends, 150);
    EXPECT_GT(resizes, 150);
    EXPECT_GT(toggles, 300);
    EXPECT_GT(assists, 100);
    // Most updates were incremental (a new largest card or a tiny org may not be).
    EXPECT_GT(incremental, updates * 3 / 4) << incremental << " of " << updates;
}

TEST(IncrementalLayout, ReportsOnlyWhatMoved)
{
    // Two separate trees: moving a leaf inside the right one moves nothing of the left one.
    Org org;
    for (int i = 0; i < 120; ++i)
        org.addPosition(position(i, false));
    for (Vertex v = 1; v < 100; ++v)
        org.setManager(v, (v - 1) / 4);
    for (Vertex v = 101; v < 120; ++v)
        org.setManager(v, v < 104 ? 100 : 100 + (v - 101) / 4 + 1);
    IncrementalLayout inc;
    LayoutResult r;
    inc.layout(org, {}, r);
    EXPECT_TRUE(inc.lastChange().all);
    const LayoutResult before = r;
    org.setManager(119, 101);
    const Vertex changed[] = {119};
    ASSERT_TRUE(inc.update(org, {}, {}, changed, r));
    expectSame(r, TreeLayout().layout(org), "after the move");
    const LayoutChange &change = inc.lastChange();
    ASSERT_FALSE(change.all);
    EXPECT_TRUE(change.orderChanged);
    EXPECT_FALSE(change.moved.empty());
    for (Vertex v = 0; v < 100; ++v) {
        EXPECT_EQ(r.rects[v], before.rects[v]) << v;
        EXPECT_EQ(std::find(change.moved.begin(), change.moved.end(), v), change.moved.end()) << v;
    }
    for (Vertex v : change.moved)
        EXPECT_TRUE(change.region.contains(r.rects[v]) && change.region.contains(before.rects[v])) << v;
    EXPECT_NE(std::find(change.moved.begin(), change.moved.end(), Vertex(119)), change.moved.end());
    EXPECT_NE(std::find(change.movedLines.begin(), change.movedLines.end(), Vertex(119)), change.movedLines.end());
    EXPECT_FALSE(change.region.intersects(before.rects[0]));
}

TEST(IncrementalLayout, DeepChainsFallBackToTheFullLayout)
{
    Org org;
    const int n = 3000;
    for (int i = 0; i < n; ++i) {
        const Vertex v = org.addPosition(position(i, false));
        if (i > 0)
            org.setManager(v, v - 1);
    }
    IncrementalLayout inc;
    LayoutResult r;
    inc.layout(org, {}, r);
    EXPECT_FALSE(inc.isFollowing());
    org.setManager(n - 1, 0);
    const Vertex changed[] = {Vertex(n - 1)};
    EXPECT_FALSE(inc.update(org, {}, {}, changed, r));
    expectSame(r, TreeLayout().layout(org), "chain");
}

TEST(IncrementalLayout, CompactStacksFollowDragsBackAndForth)
{
    // The main window's chart: leaves stacked in one or two columns, assistants beside
    // their managers, cards of different sizes. Leaves dragged between two stacks and
    // back (and a stack that shrinks below compactMinLeaves) give the full layout after
    // every step, and the change lists every card and line that moved; the stacks that
    // did not move are not listed.
    std::mt19937 rng(2024);
    for (int iter = 0; iter < 12; ++iter) {
        Case c = randomCase(rng, 400 + int(rng() % 400), 1 + int(rng() % 2), 0.25, iter % 2 == 0);
        LayoutOptions o;
        o.compact = true;
        o.compactColumns = 1 + iter % 2;
        o.compactMinLeaves = 1 + iter % 3;
        o.orientation = iter % 4 == 3 ? Orientation::LeftRight : Orientation::TopDown;
        o.collapsed = c.collapsed;
        IncrementalLayout inc(o);
        LayoutResult r;
        inc.layout(c.org, c.sizes, r);
        std::vector<Vertex> leaves, managers;
        for (Vertex v = 0; v < Vertex(c.org.size()); ++v)
            (c.org.reportCount(v) == 0 ? leaves : managers).push_back(v);
        std::size_t unlisted = 0;
        for (int drag = 0; drag < 10; ++drag) {
            const Vertex leaf = leaves[rng() % leaves.size()];
            const Vertex to = managers[rng() % managers.size()];
            const Vertex from = c.org.manager(leaf);
            if (to == from || from == Org::npos || c.org.wouldCreateCycle(leaf, to))
                continue;
            for (int step = 0; step < 4; ++step) {
                c.org.setManager(leaf, step % 2 == 0 ? to : from);
                const Vertex changed[] = {leaf};
                const LayoutResult before = r;
                ASSERT_TRUE(inc.update(c.org, c.sizes, c.collapsed, changed, r));
                const std::string what = "iteration " + std::to_string(iter) + " drag " + std::to_string(drag)
                                         + " step " + std::to_string(step);
                ASSERT_NO_FATAL_FAILURE(expectSame(r, fullLayout(o, c), what));
                const LayoutChange &change = inc.lastChange();
                ASSERT_FALSE(change.all) << what;
                ASSERT_NO_FATAL_FAILURE(expectChangeListed(before, r, change, what));
                unlisted += r.shown.size() - change.moved.size();
                // Nothing listed that did not change: a card listed as moved has another rect.
                for (Vertex v : change.moved)
                    ASSERT_TRUE(before.rects[v] != r.rects[v] || before.rects[v].isNull() != r.rects[v].isNull()
                                || before.rects[v].x() != r.rects[v].x() || before.rects[v].y() != r.rects[v].y())
                        << what << ": card " << v << " listed but kept its place";
            }
        }
        EXPECT_GT(unlisted, 0u); // cards left of a change keep their places
    }
}
