// SPDX-License-Identifier: MIT
// ChartIndex after incremental relayouts: update() (moved cards on a second grid)
// answers like a look at every card and connector.
#include "layout/incrementallayout.h"
#include "render/chartindex.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

using namespace org;
using Vertex = Org::Vertex;

namespace {

Org randomOrg(std::mt19937 &rng, int n, bool assistants = false)
{
    Org org;
    for (int i = 0; i < n; ++i) {
        Position p;
        p.id = QString::number(i);
        p.name = QStringLiteral("P%1").arg(i);
        p.assistant = assistants && i > 1 && rng() % 20 == 0;
        const Vertex v = org.addPosition(p);
        if (i > 1)
            org.setManager(v, Vertex(rng() % std::uint32_t(i / 2 + 1)));
    }
    org.addDottedLine(Vertex(n - 1), 0);
    return org;
}

void expectSameAsScan(const ChartIndex &index, const LayoutResult &l, const QRectF &q, const std::string &what)
{
    std::vector<Vertex> cards;
    index.cardsIn(l, q, cards);
    std::set<Vertex> got(cards.begin(), cards.end()), want;
    ASSERT_EQ(got.size(), cards.size()) << what << ": a card found twice";
    for (Vertex v : l.shown)
        if (l.rects[v].intersects(q))
            want.insert(v);
    ASSERT_EQ(got, want) << what;
    std::vector<std::uint32_t> lines;
    index.connectorsIn(l, q, lines);
    std::set<std::uint32_t> gotLines(lines.begin(), lines.end()), wantLines;
    ASSERT_EQ(gotLines.size(), lines.size()) << what << ": a line found twice";
    for (std::size_t i = 0; i < l.connectors.size(); ++i)
        if (l.connectors[i].points.boundingRect().adjusted(-1, -1, 1, 1).intersects(q))
            wantLines.insert(std::uint32_t(i));
    ASSERT_EQ(gotLines, wantLines) << what;
}

} // namespace

TEST(ChartIndex, UpdatesAfterMovesAnswerLikeAScan)
{
    std::mt19937 rng(31);
    Org org = randomOrg(rng, 3000);
    IncrementalLayout inc;
    LayoutResult l;
    inc.layout(org, {}, l);
    ChartIndex index;
    index.build(l);
    int updated = 0, drifted = 0;
    for (int step = 0; step < 200; ++step) {
        const auto v = Vertex(2 + rng() % 2998);
        const auto m = Vertex(rng() % 3000);
        if (m == v || org.wouldCreateCycle(v, m))
            continue;
        org.setManager(v, m);
        const Vertex changed[] = {v};
        ASSERT_TRUE(inc.update(org, {}, {}, changed, l));
        index.update(l, inc.lastChange());
        // Not rebuilt: moved cards filed on the second grid or left in a cell next to theirs.
        updated += index.movedSinceBuild() > 0 || index.hasDrift();
        drifted += index.hasDrift();
        for (int k = 0; k < 12; ++k) {
            const double w = l.bounds.width(), h = l.bounds.height();
            // Small and large queries over the chart, which may start elsewhere than (0, 0).
            const QRectF q(l.bounds.left() + double(rng() % 1000) / 1000 * w,
                           l.bounds.top() + double(rng() % 1000) / 1000 * h,
                           k % 3 == 0 ? 1 + double(rng() % 60) : 200 + double(rng() % 3000),
                           k % 3 == 0 ? 1 + double(rng() % 60) : 100 + double(rng() % 600));
            ASSERT_NO_FATAL_FAILURE(expectSameAsScan(index, l, q, "step " + std::to_string(step)));
        }
    }
    EXPECT_GT(updated, 100);
    EXPECT_GT(drifted, 50);
}

TEST(ChartIndex, CompactLayoutUpdatesAnswerLikeAScan)
{
    // The main window's chart: leaves stacked under their managers, some assistants.
    std::mt19937 rng(77);
    Org org = randomOrg(rng, 3000, true);
    LayoutOptions options;
    options.compact = true;
    IncrementalLayout inc(options);
    LayoutResult l;
    inc.layout(org, {}, l);
    ChartIndex index;
    index.build(l);
    int steps = 0;
    for (int step = 0; step < 200; ++step) {
        const auto v = Vertex(2 + rng() % 2998);
        const auto m = Vertex(rng() % 3000);
        if (m == v || org.wouldCreateCycle(v, m))
            continue;
        org.setManager(v, m);
        const Vertex changed[] = {v};
        ASSERT_TRUE(inc.update(org, {}, {}, changed, l));
        ASSERT_FALSE(inc.lastChange().all) << "step " << step;
        index.update(l, inc.lastChange());
        ++steps;
        for (int k = 0; k < 12; ++k) {
            const double w = l.bounds.width(), h = l.bounds.height();
            const QRectF q(l.bounds.left() + double(rng() % 1000) / 1000 * w,
                           l.bounds.top() + double(rng() % 1000) / 1000 * h,
                           k % 3 == 0 ? 1 + double(rng() % 60) : 200 + double(rng() % 3000),
                           k % 3 == 0 ? 1 + double(rng() % 60) : 100 + double(rng() % 600));
            ASSERT_NO_FATAL_FAILURE(expectSameAsScan(index, l, q, "compact step " + std::to_string(step)));
        }
    }
    EXPECT_GT(steps, 150);
    // Random moves of 3,000 cards may fill the second grid now and then, but mostly it is filed.
    EXPECT_LT(index.buildCount(), std::size_t(steps / 4)) << index.buildCount() << " builds in " << steps;
}

TEST(ChartIndex, DragsBackAndForthAreFiledWithoutRebuilding)
{
    // A leaf dragged between two stacks and back, as the editor's benchmark does: the cards
    // right of the change move away and come home again, in both layouts, and the grid is
    // never built again (cards that came home leave the second grid).
    for (const bool compact : {false, true}) {
        std::mt19937 rng(5);
        Org org = randomOrg(rng, 4000);
        Vertex leaf = Org::npos, to = Org::npos;
        for (Vertex u = 1000; u < 4000 && leaf == Org::npos; ++u)
            if (org.reportCount(u) == 0)
                leaf = u;
        for (Vertex u = 10; u < 4000 && to == Org::npos; ++u)
            if (org.reportCount(u) > 1 && u != org.manager(leaf) && !org.wouldCreateCycle(leaf, u))
                to = u;
        ASSERT_NE(leaf, Org::npos);
        ASSERT_NE(to, Org::npos);
        const Vertex from = org.manager(leaf);
        LayoutOptions options;
        options.compact = compact;
        IncrementalLayout inc(options);
        LayoutResult l;
        inc.layout(org, {}, l);
        ChartIndex index;
        index.build(l);
        std::size_t movedMost = 0;
        for (int step = 0; step < 40; ++step) {
            org.setManager(leaf, step % 2 == 0 ? to : from);
            const Vertex changed[] = {leaf};
            ASSERT_TRUE(inc.update(org, {}, {}, changed, l));
            index.update(l, inc.lastChange());
            movedMost = std::max(movedMost, inc.lastChange().moved.size());
            if (step % 2 == 1) {
                EXPECT_EQ(index.movedSinceBuild(), 0u) << "compact " << compact << " step " << step;
            }
            for (int k = 0; k < 10; ++k) {
                const double w = l.bounds.width(), h = l.bounds.height();
                const QRectF q(double(rng() % 1000) / 1000 * w, double(rng() % 1000) / 1000 * h,
                               100 + double(rng() % 4000), 100 + double(rng() % 800));
                ASSERT_NO_FATAL_FAILURE(expectSameAsScan(index, l, q, "step " + std::to_string(step)));
            }
        }
        EXPECT_GT(movedMost, 100u) << "compact " << compact; // the drag moves many cards
        EXPECT_EQ(index.buildCount(), 1u) << "compact " << compact;
    }
}
