// SPDX-License-Identifier: MIT
#include "model/org.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace org;

namespace {

Org chain(int n)
{
    Org org;
    for (int i = 0; i < n; ++i) {
        Position p;
        p.id = QString::number(i);
        p.name = QStringLiteral("P");
        p.role = QStringLiteral("engineer");
        const Org::Vertex v = org.addPosition(p);
        if (i > 0)
            org.setManager(v, v - 1);
    }
    return org;
}

} // namespace

TEST(Org, ManagersReportsAndRoots)
{
    const Org org = test::orgFromCsv(QStringLiteral("id,name,manager_id,role\nb,B,a,engineer\na,A,,cto\nc,C,a,engineer\nz,Z,,staff\n"));
    const auto a = org.find(QStringLiteral("a"));
    EXPECT_EQ(org.manager(org.find(QStringLiteral("b"))), a);
    EXPECT_EQ(org.manager(a), Org::npos);
    EXPECT_EQ(org.reports(a), (std::vector<Org::Vertex>{org.find(QStringLiteral("b")), org.find(QStringLiteral("c"))}));
    EXPECT_EQ(org.roots(), (std::vector<Org::Vertex>{a, org.find(QStringLiteral("z"))}));
    // Preorder: managers before their reports, roots in input order.
    const auto order = org.preorder();
    ASSERT_EQ(order.size(), 4u);
    EXPECT_EQ(org.position(order[0]).id, QStringLiteral("a"));
    EXPECT_EQ(org.position(order[3]).id, QStringLiteral("z"));
    EXPECT_EQ(org.depth(org.find(QStringLiteral("c"))), 1);
}

TEST(Org, CycleCheckAndMove)
{
    Org org = chain(5);
    EXPECT_TRUE(org.wouldCreateCycle(1, 4));
    EXPECT_TRUE(org.wouldCreateCycle(2, 2));
    EXPECT_FALSE(org.wouldCreateCycle(4, 1));
    org.setManager(4, 1);
    EXPECT_EQ(org.manager(4), 1u);
    EXPECT_EQ(org.reportCount(1), 2);
    EXPECT_TRUE(org.findCycle().isEmpty());
    org.setManager(0, 3); // 0 → 1 → 2 → 3 → 0
    const QStringList cycle = org.findCycle();
    EXPECT_EQ(cycle.size(), 4);
    for (const char *id : {"0", "1", "2", "3"})
        EXPECT_TRUE(cycle.contains(QLatin1String(id)));
}

TEST(Org, DottedLinesAreNotManagement)
{
    Org org = chain(3);
    org.addDottedLine(2, 0);
    EXPECT_EQ(org.manager(2), 1u);
    EXPECT_EQ(org.dottedManagers(2), std::vector<Org::Vertex>{0});
    EXPECT_EQ(org.reportCount(0), 1);
    EXPECT_TRUE(org.removeDottedLine(2, 0));
    EXPECT_TRUE(org.dottedManagers(2).empty());
    EXPECT_FALSE(org.removeDottedLine(2, 0));
}

TEST(Org, RemoveRenumbersAndKeepsIdsFindable)
{
    Org org = chain(4);
    org.removePosition(1);
    EXPECT_EQ(org.size(), 3);
    EXPECT_EQ(org.find(QStringLiteral("1")), Org::npos);
    const auto two = org.find(QStringLiteral("2"));
    EXPECT_EQ(two, 1u);
    EXPECT_EQ(org.manager(two), Org::npos); // its manager was removed
    EXPECT_EQ(org.manager(org.find(QStringLiteral("3"))), two);
}

TEST(Org, HundredThousandDeepChain)
{
    const Org org = chain(100000);
    EXPECT_EQ(org.preorder().size(), 100000u);
    EXPECT_TRUE(org.findCycle().isEmpty());
    EXPECT_EQ(org.depth(99999), 99999);
}

TEST(Org, EqualityComparesStructure)
{
    Org a = chain(3), b = chain(3);
    EXPECT_EQ(a, b);
    b.setManager(2, 0);
    EXPECT_NE(a, b);
}

TEST(Org, FindsEveryKindOfIdAndRefusesDuplicates)
{
    // Short ASCII ids are indexed by their packed text, longer or non-ASCII ones
    // by a hash: ids on both sides of the 9-character boundary, ids that differ
    // only in their last character, Chinese ids and ids with spaces.
    const QStringList ids{QStringLiteral(""), QStringLiteral("1"), QStringLiteral("01"),
                          QStringLiteral("123456789"), QStringLiteral("1234567890"),
                          QStringLiteral("1234567891"), QStringLiteral("E00123"),
                          QStringLiteral("abcdefghi"), QStringLiteral("abcdefgh"),
                          QStringLiteral("工号0001"), QStringLiteral("工号0002"),
                          QStringLiteral("a b"), QStringLiteral("first.last@example.com")};
    Org org;
    for (const QString &id : ids) {
        Position p;
        p.id = id;
        p.role = QStringLiteral("engineer");
        ASSERT_NE(org.addPositionIfNew(p), Org::npos) << id.toStdString();
    }
    for (int i = 0; i < ids.size(); ++i) {
        EXPECT_EQ(org.find(ids[i]), Org::Vertex(i)) << ids[i].toStdString();
        Position dup;
        dup.id = ids[i];
        EXPECT_EQ(org.addPositionIfNew(dup), Org::npos) << ids[i].toStdString();
    }
    EXPECT_EQ(org.find(QStringLiteral("12345678")), Org::npos);
    EXPECT_EQ(org.find(QStringLiteral("工号0003")), Org::npos);
    EXPECT_EQ(org.find(QStringLiteral("first.last@example.org")), Org::npos);
}

TEST(Org, SetManagersLinksLikeSetManagerOneByOne)
{
    Org one = chain(1);
    for (int i = 1; i < 200; ++i) {
        Position p;
        p.id = QString::number(i);
        p.role = QStringLiteral("engineer");
        one.addPosition(p);
    }
    Org bulk = one;
    std::vector<Org::Vertex> managers(200, Org::npos);
    for (Org::Vertex v = 1; v < 200; ++v)
        managers[v] = ((v * 2654435761u) >> 7) % v; // some earlier position
    for (Org::Vertex v = 1; v < 200; ++v)
        one.setManager(v, managers[v]);
    bulk.setManagers(managers);
    EXPECT_TRUE(bulk == one);
    for (Org::Vertex v = 0; v < 200; ++v)
        EXPECT_EQ(bulk.reports(v), one.reports(v));
}

TEST(Org, RemovingAPositionDropsAndRenumbersDottedLines)
{
    Org org = chain(5); // 0 ← 1 ← 2 ← 3 ← 4
    org.addDottedLine(4, 0);
    org.addDottedLine(3, 1); // goes with 1
    org.addDottedLine(1, 4); // goes with 1
    org.addDottedLine(2, 0);
    org.removePosition(1);   // 2, 3, 4 become 1, 2, 3
    EXPECT_EQ(org.dottedLineCount(), 2);
    EXPECT_EQ(org.dottedManagers(3), std::vector<Org::Vertex>{0});
    EXPECT_EQ(org.dottedManagers(1), std::vector<Org::Vertex>{0});
    EXPECT_TRUE(org.dottedManagers(2).empty());
    EXPECT_EQ(org.position(3).id, QStringLiteral("4"));
    Org copy = org;
    EXPECT_TRUE(copy == org);
    copy.removeDottedLine(3, 0);
    EXPECT_FALSE(copy == org);
}
