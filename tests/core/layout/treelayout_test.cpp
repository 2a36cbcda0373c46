// SPDX-License-Identifier: MIT
#include "layout/treelayout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace org;
using Vertex = Org::Vertex;

namespace {

Position pos(const QString &id, const QString &name)
{
    Position p;
    p.id = id;
    p.name = name;
    return p;
}

struct RandomOrg
{
    Org org;
    std::vector<QSizeF> sizes;
};

/// A random forest: `roots` trees, fan-out and depth driven by `locality`
/// (0 = bushy, 1 = long chains), some assistants and dotted lines.
RandomOrg randomForest(std::mt19937 &rng, int n, int roots, double locality, bool assistants)
{
    RandomOrg r;
    std::uniform_real_distribution<double> unit(0, 1);
    std::uniform_int_distribution<int> width(200, 300);
    for (int i = 0; i < n; ++i) {
        Position p;
        p.id = QString::number(i);
        p.name = QStringLiteral("P%1").arg(i);
        const Vertex v = r.org.addPosition(p);
        r.sizes.emplace_back(width(rng), 90);
        if (i >= roots) {
            int m;
            if (unit(rng) < locality)
                m = std::max(0, i - 1 - int(unit(rng) * 3));
            else
                m = int(unit(rng) * i);
            r.org.setManager(v, Vertex(m));
            if (assistants && unit(rng) < 0.05) {
                Position q = r.org.position(v);
                q.assistant = true;
                r.org.setPosition(v, q);
            }
        }
    }
    for (int k = 0; k < n / 20; ++k) {
        const auto a = Vertex(unit(rng) * n), b = Vertex(unit(rng) * n);
        if (a != b)
            r.org.addDottedLine(a, b);
    }
    return r;
}

bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() - 1e-6 && b.left() < a.right() - 1e-6 && a.top() < b.bottom() - 1e-6
           && b.top() < a.bottom() - 1e-6;
}

void checkNoOverlap(const LayoutResult &r, const std::string &what)
{
    std::vector<Vertex> s = r.shown;
    std::sort(s.begin(), s.end(), [&](Vertex a, Vertex b) { return r.rects[a].left() < r.rects[b].left(); });
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size() && r.rects[s[j]].left() < r.rects[s[i]].right(); ++j)
            ASSERT_FALSE(overlaps(r.rects[s[i]], r.rects[s[j]]))
                << what << ": cards " << s[i] << " and " << s[j] << " overlap";
}

} // namespace

TEST(TreeLayout, RandomForestsKeepTheTidyTreeProperties)
{
    std::mt19937 rng(12345);
    // How often the special placements were checked: the generator must produce them.
    int besideManager = 0, centredManagers = 0, stackedLayouts = 0;
    for (int iter = 0; iter < 2000; ++iter) {
        const int n = 1 + int(rng() % 120);
        const int roots = 1 + int(rng() % 3);
        const double locality = double(rng() % 5) / 4.0;
        const bool assistants = rng() % 2;
        const RandomOrg ro = randomForest(rng, n, std::min(roots, n), locality, assistants);
        for (int mode = 0; mode < 4; ++mode) {
            LayoutOptions o;
            o.orientation = mode % 2 ? Orientation::LeftRight : Orientation::TopDown;
            o.compact = mode >= 2;
            const TreeLayout tl(o);
            const LayoutResult r = tl.layout(ro.org, ro.sizes);
            const std::string what = "iteration " + std::to_string(iter) + " mode " + std::to_string(mode);
            ASSERT_EQ(r.shown.size(), std::size_t(n)) << what;
            checkNoOverlap(r, what);
            const bool td = o.orientation == Orientation::TopDown;
            for (Vertex v = 0; v < Vertex(n); ++v) {
                ASSERT_EQ(r.rects[v].size(), ro.sizes[v]) << what;
                ASSERT_GE(r.rects[v].left(), -1e-6);
                ASSERT_GE(r.rects[v].top(), -1e-6);
                const Vertex m = ro.org.manager(v);
                if (m == Org::npos)
                    continue;
                const QRectF &mr = r.rects[m], &vr = r.rects[v];
                if (ro.org.position(v).assistant && ro.org.reportCount(v) == 0) {
                    // beside the manager
                    ASSERT_DOUBLE_EQ(td ? mr.top() : mr.left(), td ? vr.top() : vr.left()) << what;
                    ++besideManager;
                    continue;
                }
                if (td)
                    ASSERT_LT(mr.bottom(), vr.top()) << what << " manager " << m << " report " << v;
                else
                    ASSERT_LT(mr.right(), vr.left()) << what << " manager " << m << " report " << v;
            }
            if (!o.compact) {
                // Managers centred over their (non-assistant) reports.
                for (Vertex m = 0; m < Vertex(n); ++m) {
                    std::vector<Vertex> kids;
                    for (Vertex c : ro.org.reports(m))
                        if (!(ro.org.position(c).assistant && ro.org.reportCount(c) == 0))
                            kids.push_back(c);
                    if (kids.empty())
                        continue;
                    auto centre = [&](Vertex v) {
                        return td ? r.rects[v].center().x() : r.rects[v].center().y();
                    };
                    double lo = centre(kids.front()), hi = lo;
                    for (Vertex c : kids) {
                        lo = std::min(lo, centre(c));
                        hi = std::max(hi, centre(c));
                    }
                    ASSERT_NEAR(centre(m), (lo + hi) / 2, 1e-6) << what << " manager " << m;
                    ++centredManagers;
                }
            }
            // Deterministic.
            const LayoutResult again = tl.layout(ro.org, ro.sizes);
            ASSERT_EQ(again.rects, r.rects) << what;
            // The bounds are exactly the cards' extent, from (0, 0).
            QRectF extent;
            for (Vertex v : r.shown)
                extent |= r.rects[v];
            ASSERT_NEAR(extent.left(), 0, 1e-9) << what;
            ASSERT_NEAR(extent.top(), 0, 1e-9) << what;
            ASSERT_NEAR(r.bounds.width(), extent.width(), 1e-6) << what;
            ASSERT_NEAR(r.bounds.height(), extent.height(), 1e-6) << what;
            // Compact mode stacks leaf reports: some card shares a manager and the
            // breadth position of a sibling (a column), which a plain row never does.
            if (o.compact) {
                auto near = [](double a, double b) { return std::abs(a - b) < 1e-6; };
                for (Vertex v = 1; v < Vertex(n); ++v) {
                    const Vertex m = ro.org.manager(v);
                    if (m == Org::npos || ro.org.reportCount(v) > 0 || ro.org.position(v).assistant)
                        continue;
                    bool column = false;
                    for (Vertex c : ro.org.reports(m))
                        column = column || (c != v && ro.org.reportCount(c) == 0 && !ro.org.position(c).assistant
                                            && (td ? near(r.rects[c].left(), r.rects[v].left())
                                                             || near(r.rects[c].right(), r.rects[v].right())
                                                   : near(r.rects[c].top(), r.rects[v].top())
                                                             || near(r.rects[c].bottom(), r.rects[v].bottom())));
                    if (column) {
                        ++stackedLayouts;
                        break;
                    }
                }
            }
        }
    }
    EXPECT_GT(besideManager, 100);
    EXPECT_GT(centredManagers, 10000);
    EXPECT_GT(stackedLayouts, 500);
}

TEST(TreeLayout, DottedLinesDoNotMoveCards)
{
    std::mt19937 rng(7);
    RandomOrg ro = randomForest(rng, 300, 2, 0.3, true);
    const LayoutResult with = TreeLayout().layout(ro.org, ro.sizes);
    int dotted = 0;
    for (const Connector &c : with.connectors)
        dotted += c.kind == EdgeKind::DottedLine;
    EXPECT_GT(dotted, 0);
    Org plain = ro.org;
    for (Vertex v = 0; v < Vertex(plain.size()); ++v)
        for (Vertex m : plain.dottedManagers(v))
            plain.removeDottedLine(v, m);
    const LayoutResult without = TreeLayout().layout(plain, ro.sizes);
    EXPECT_EQ(with.rects, without.rects);
}

TEST(TreeLayout, CollapsedSubtreesVanish)
{
    std::mt19937 rng(99);
    for (int iter = 0; iter < 200; ++iter) {
        RandomOrg ro = randomForest(rng, 80, 1, 0.3, false);
        LayoutOptions o;
        o.collapsed.assign(80, 0);
        const auto c = Vertex(rng() % 80);
        o.collapsed[c] = 1;
        o.compact = iter % 2;
        const LayoutResult r = TreeLayout(o).layout(ro.org, ro.sizes);
        EXPECT_TRUE(r.isShown(c));
        for (Vertex v = 0; v < 80; ++v) {
            bool below = false;
            for (Vertex u = ro.org.manager(v); u != Org::npos; u = ro.org.manager(u))
                below = below || u == c;
            EXPECT_EQ(r.isShown(v), !below) << "vertex " << v << " collapsed " << c;
        }
        if (ro.org.reportCount(c) > 0) {
            EXPECT_NE(std::find(r.truncated.begin(), r.truncated.end(), c), r.truncated.end());
        }
        checkNoOverlap(r, "collapsed");
    }
}

TEST(TreeLayout, SubtreeAndDepthLimit)
{
    std::mt19937 rng(5);
    RandomOrg ro = randomForest(rng, 200, 1, 0.2, false);
    LayoutOptions o;
    o.root = 3;
    o.maxDepth = 1;
    const LayoutResult r = TreeLayout(o).layout(ro.org, ro.sizes);
    EXPECT_EQ(r.shown.size(), std::size_t(1 + ro.org.reportCount(3)));
    EXPECT_EQ(r.rects[3].top(), 0);
}

TEST(TreeLayout, SeveralRootsSideBySide)
{
    Org org;
    for (int i = 0; i < 6; ++i)
        org.addPosition(pos(QString::number(i), QStringLiteral("n")));
    org.setManager(1, 0);
    org.setManager(2, 0);
    org.setManager(4, 3);
    const LayoutResult r = TreeLayout().layout(org);
    EXPECT_EQ(r.rects[0].top(), r.rects[3].top());
    EXPECT_EQ(r.rects[3].top(), r.rects[5].top());
    EXPECT_LT(r.rects[0].right(), r.rects[3].left());
    EXPECT_LT(r.rects[3].right(), r.rects[5].left());
}

TEST(TreeLayout, CompactStacksLeavesInColumns)
{
    Org org;
    org.addPosition(pos(QStringLiteral("m"), QStringLiteral("Manager")));
    for (int i = 0; i < 40; ++i)
        org.setManager(org.addPosition(pos(QString::number(i), QStringLiteral("x"))), 0);
    LayoutOptions o;
    const LayoutResult wide = TreeLayout(o).layout(org);
    o.compact = true;
    const LayoutResult compact = TreeLayout(o).layout(org);
    EXPECT_GT(wide.bounds.width(), 40 * 220);
    EXPECT_LT(compact.bounds.width(), 3 * 220 + 100);
    checkNoOverlap(compact, "compact");
    EXPECT_EQ(compact.connectors.size(), 40u);
}

TEST(TreeLayout, HundredThousandDeepChain)
{
    Org org;
    const int n = 100000;
    for (int i = 0; i < n; ++i) {
        const Vertex v = org.addPosition(pos(QString::number(i), QStringLiteral("x")));
        if (i > 0)
            org.setManager(v, v - 1);
    }
    for (Orientation orient : {Orientation::TopDown, Orientation::LeftRight}) {
        LayoutOptions o;
        o.orientation = orient;
        const LayoutResult r = TreeLayout(o).layout(org);
        ASSERT_EQ(r.shown.size(), std::size_t(n));
        if (orient == Orientation::TopDown)
            EXPECT_EQ(r.rects[n - 1].center().x(), r.rects[0].center().x());
        else
            EXPECT_EQ(r.rects[n - 1].center().y(), r.rects[0].center().y());
        EXPECT_GT(orient == Orientation::TopDown ? r.rects[n - 1].top() : r.rects[n - 1].left(),
                  double(n - 2) * 90);
    }
}

TEST(TreeLayout, PartsMatchTheWholeLayoutWithTheSameOptions)
{
    // layoutPart() (paged export) must draw exactly what layout() draws with that
    // root, depth and compactness, holding only the cards shown.
    std::mt19937 rng(2024);
    int cut = 0;
    for (int iter = 0; iter < 300; ++iter) {
        const int n = 2 + int(rng() % 150);
        RandomOrg ro = randomForest(rng, n, 1 + int(rng() % 2), double(rng() % 5) / 4.0, rng() % 2);
        LayoutOptions o;
        o.orientation = rng() % 2 ? Orientation::LeftRight : Orientation::TopDown;
        if (rng() % 3 == 0) {
            o.collapsed.assign(std::size_t(n), 0);
            o.collapsed[rng() % std::size_t(n)] = 1;
        }
        const TreeLayout whole(o);
        const LayoutIndex index = whole.index(ro.org, ro.sizes);
        const Vertex root = rng() % 4 == 0 ? Org::npos : Vertex(rng() % std::size_t(n));
        const int depth = int(rng() % 5) - 1;
        const bool compact = rng() % 2;
        LayoutOptions same = o;
        same.root = root;
        same.maxDepth = depth;
        same.compact = compact;
        const LayoutResult expected = TreeLayout(same).layout(ro.org, ro.sizes);
        const LayoutResult part = whole.layoutPart(ro.org, ro.sizes, index, root, depth, compact);
        const std::string what = "iteration " + std::to_string(iter);
        ASSERT_TRUE(part.rects.empty()) << what;
        ASSERT_EQ(part.shown, expected.shown) << what;
        ASSERT_EQ(part.shownRects.size(), part.shown.size()) << what;
        for (std::size_t i = 0; i < part.shown.size(); ++i)
            ASSERT_EQ(part.shownRect(i), expected.rects[part.shown[i]]) << what << " card " << part.shown[i];
        ASSERT_EQ(part.truncated, expected.truncated) << what;
        ASSERT_EQ(part.bounds, expected.bounds) << what;
        ASSERT_EQ(part.connectors.size(), expected.connectors.size()) << what;
        for (std::size_t i = 0; i < part.connectors.size(); ++i) {
            ASSERT_EQ(part.connectors[i].from, expected.connectors[i].from) << what;
            ASSERT_EQ(part.connectors[i].to, expected.connectors[i].to) << what;
            ASSERT_EQ(part.connectors[i].kind, expected.connectors[i].kind) << what;
            ASSERT_EQ(part.connectors[i].points, expected.connectors[i].points) << what;
        }
        cut += !part.truncated.empty();
    }
    EXPECT_GT(cut, 50); // the depth limits did cut many of them
}
