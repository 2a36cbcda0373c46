// SPDX-License-Identifier: MIT
// The reports-to graph is built on first use: an org whose graph was never
// asked for must answer exactly like one whose graph was built from the start.
#include "model/org.h"
#include "testutil.h"

#include <gtest/gtest.h>

#include <random>
#include <thread>

using namespace org;

namespace {

Position person(int i)
{
    Position p;
    p.id = QStringLiteral("p%1").arg(i);
    p.name = QStringLiteral("P");
    p.role = QStringLiteral("engineer");
    return p;
}

/// Every manager's reports as the graph lists them, plus the manager array.
std::vector<std::vector<Org::Vertex>> reportLists(const Org &org)
{
    std::vector<std::vector<Org::Vertex>> lists;
    for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
        lists.push_back(org.reports(v));
        lists.back().push_back(org.manager(v)); // compared too
    }
    return lists;
}

/// The cycle search of before (a preorder from the roots, then a walk up from
/// the first position not reached): the reference for Org::findCycle().
QStringList referenceCycle(const Org &org)
{
    const std::vector<Org::Vertex> reached = org.preorder();
    if (reached.size() == std::size_t(org.size()))
        return {};
    std::vector<char> seen(std::size_t(org.size()), 0);
    for (Org::Vertex v : reached)
        seen[v] = 1;
    Org::Vertex start = 0;
    while (seen[start])
        ++start;
    std::vector<char> onPath(std::size_t(org.size()), 0);
    Org::Vertex u = start;
    while (!onPath[u]) {
        onPath[u] = 1;
        u = org.manager(u);
    }
    QStringList ids;
    const Org::Vertex first = u;
    do {
        ids << org.position(u).id;
        u = org.manager(u);
    } while (u != first);
    return ids;
}

} // namespace

TEST(LazyGraph, ImportedOrgListsReportsInFileOrder)
{
    const Org org = test::orgFromCsv(QStringLiteral(
        "id,name,manager_id,role\nc,C,a,engineer\na,A,,cto\nb,B,a,engineer\nd,D,b,engineer\ne,E,a,engineer\n"));
    const auto a = org.find(u"a");
    EXPECT_EQ(org.reports(a), (std::vector<Org::Vertex>{org.find(u"c"), org.find(u"b"), org.find(u"e")}));
    EXPECT_EQ(org.reportCount(org.find(u"b")), 1);
    EXPECT_EQ(boost::num_edges(org.graph()), 4u);
    EXPECT_EQ(boost::num_vertices(org.graph()), 5u);
}

TEST(LazyGraph, RandomEditsGiveTheSameReportsAsAGraphBuiltAtOnce)
{
    std::mt19937 rng(17);
    for (int round = 0; round < 40; ++round) {
        const int n = 5 + int(rng() % 60);
        Org lazy, eager;
        (void)eager.graph(); // built before anything happens to it
        for (int i = 0; i < n; ++i) {
            lazy.addPosition(person(i));
            eager.addPosition(person(i));
        }
        // A forest in one go, as an import sets it: each position below an earlier one.
        std::vector<Org::Vertex> managers(std::size_t(n), Org::npos);
        for (int i = 1; i < n; ++i)
            if (rng() % 5 != 0)
                managers[std::size_t(i)] = Org::Vertex(rng() % unsigned(i));
        lazy.setManagers(managers);
        eager.setManagers(managers);
        // Then edits in any order; the lazy org builds its graph at the first of
        // them that needs it (or never, when only removals and additions come).
        const int edits = int(rng() % 12);
        for (int e = 0; e < edits && lazy.size() > 2; ++e) {
            const auto size = unsigned(lazy.size());
            switch (rng() % 4) {
            case 0: {
                const Org::Vertex v = rng() % size;
                lazy.removePosition(v);
                eager.removePosition(v);
                break;
            }
            case 1: {
                lazy.addPosition(person(1000 + e + 100 * round));
                eager.addPosition(person(1000 + e + 100 * round));
                break;
            }
            default: {
                const Org::Vertex v = rng() % size;
                const Org::Vertex m = rng() % 3 == 0 ? Org::npos : Org::Vertex(rng() % size);
                if (m != Org::npos && eager.wouldCreateCycle(v, m))
                    break;
                lazy.setManager(v, m);
                eager.setManager(v, m);
                break;
            }
            }
            ASSERT_EQ(lazy.managerArray(), eager.managerArray()) << "round " << round << " edit " << e;
        }
        const Org copy = lazy; // copies the graph if there is one, else stays lazy
        EXPECT_EQ(reportLists(lazy), reportLists(eager)) << "round " << round;
        EXPECT_EQ(reportLists(copy), reportLists(eager)) << "round " << round;
        EXPECT_EQ(boost::num_edges(lazy.graph()), boost::num_edges(eager.graph()));
    }
}

TEST(LazyGraph, SetManagersOnAnOrgWithLinesKeepsTheOrderTheyWereLinkedIn)
{
    Org org;
    for (int i = 0; i < 4; ++i)
        org.addPosition(person(i));
    org.setManager(3, 0); // graph built here: 0's reports are [3]
    std::vector<Org::Vertex> managers(4, Org::npos);
    managers[1] = 0;
    org.setManagers(managers);
    EXPECT_EQ(org.reports(0), (std::vector<Org::Vertex>{3, 1})); // linked later, listed later
}

TEST(LazyGraph, MovedFromOrgIsEmptyAndUsable)
{
    Org a = test::orgFromCsv(QStringLiteral("id,name,manager_id,role\na,A,,cto\nb,B,a,engineer\n"));
    (void)a.graph();
    Org b = std::move(a);
    EXPECT_EQ(b.reportCount(b.find(u"a")), 1);
    EXPECT_TRUE(a.isEmpty()); // NOLINT(bugprone-use-after-move): documented state
    EXPECT_EQ(boost::num_vertices(a.graph()), 0u);
    a.addPosition(person(1));
    a.addPosition(person(2));
    a.setManager(1, 0);
    EXPECT_EQ(a.reports(0), (std::vector<Org::Vertex>{1}));
}

TEST(LazyGraph, ThreadsAskingAtOnceShareOneGraph)
{
    Org org;
    for (int i = 0; i < 2000; ++i)
        org.addPosition(person(i));
    std::vector<Org::Vertex> managers(2000, Org::npos);
    for (std::size_t i = 1; i < managers.size(); ++i)
        managers[i] = Org::Vertex((i - 1) / 3);
    org.setManagers(managers);
    const Org::Graph *seen[4] = {};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&org, &seen, t] { seen[t] = &org.graph(); });
    for (std::thread &t : threads)
        t.join();
    for (const Org::Graph *g : seen)
        EXPECT_EQ(g, seen[0]);
    EXPECT_EQ(boost::num_edges(org.graph()), 1999u);
    EXPECT_EQ(org.reports(0), (std::vector<Org::Vertex>{1, 2, 3}));
}

TEST(LazyGraph, FindCycleAgreesWithThePreorderSearch)
{
    std::mt19937 rng(5);
    for (int round = 0; round < 200; ++round) {
        const int n = 1 + int(rng() % 40);
        Org org;
        for (int i = 0; i < n; ++i)
            org.addPosition(person(i));
        std::vector<Org::Vertex> managers(std::size_t(n), Org::npos);
        for (int i = 0; i < n; ++i)
            if (rng() % 4 != 0)
                managers[std::size_t(i)] = Org::Vertex(rng() % unsigned(n)); // cycles likely
        org.setManagers(managers);
        EXPECT_EQ(org.findCycle(), referenceCycle(org)) << "round " << round;
    }
}
