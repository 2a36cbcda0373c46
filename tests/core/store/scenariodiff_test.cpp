// SPDX-License-Identifier: MIT
#include "rules/stats.h"
#include "store/scenariodiff.h"
#include "testutil.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

const ScenarioDiff::Change *findChange(const ScenarioDiff &d, ScenarioDiff::Kind k, const QString &id)
{
    for (const auto &c : d.changes)
        if (c.kind == k && c.position == id)
            return &c;
    return nullptr;
}

const ScenarioDiff::Delta *findDelta(const std::vector<ScenarioDiff::Delta> &v, const QString &key)
{
    for (const auto &d : v)
        if (d.key == key)
            return &d;
    return nullptr;
}

const QString kBase = QStringLiteral(
    "id,name,manager_id,role,team,salary\n"
    "a,A,,cto,Core,50000\n"
    "b,B,a,tech_manager,Pay,30000\n"
    "c,C,a,tech_manager,Web,30000\n"
    "d,D,b,engineer,Pay,20000\n"
    "e,E,b,programmer,Pay,10000\n");

} // namespace

TEST(ScenarioDiff, IdenticalOrgsHaveNoChanges)
{
    const Org a = orgFromCsv(kBase);
    const ScenarioDiff d = ScenarioDiff::compute(a, a, RoleCatalogue::defaults());
    EXPECT_TRUE(d.isEmpty());
    EXPECT_EQ(d.headcountA, 5);
    EXPECT_EQ(d.headcountB, 5);
    EXPECT_TRUE(d.byTeam.empty());
    EXPECT_TRUE(d.byRole.empty());
}

TEST(ScenarioDiff, MoveOnlyShowsTheMove)
{
    const Org a = orgFromCsv(kBase);
    Org b = a;
    b.setManager(b.find(QStringLiteral("e")), b.find(QStringLiteral("c")));
    const ScenarioDiff d = ScenarioDiff::compute(a, b, RoleCatalogue::defaults());
    ASSERT_EQ(d.changes.size(), 1u);
    EXPECT_EQ(d.changes[0].kind, ScenarioDiff::Kind::Moved);
    EXPECT_EQ(d.changes[0].position, QStringLiteral("e"));
    EXPECT_EQ(d.changes[0].from, QStringLiteral("b"));
    EXPECT_EQ(d.changes[0].to, QStringLiteral("c"));
    EXPECT_EQ(d.headcountB - d.headcountA, 0);
    const QJsonObject json = d.toJson();
    EXPECT_EQ(json[QStringLiteral("changes")].toArray().size(), 1);
    EXPECT_EQ(json[QStringLiteral("delta")][QStringLiteral("headcount")].toInt(), 0);
}

TEST(ScenarioDiff, AllKindsWithDeltas)
{
    const Org a = orgFromCsv(kBase);
    const Org b = orgFromCsv(QStringLiteral(
        "id,name,manager_id,role,team,salary\n"
        "a,A,,cto,Core,50000\n"
        "b,B,a,tech_manager,Pay,30000\n"
        "c,C,a,tech_director,Web,30000\n"     // role changed
        "d,D,c,engineer,Web,20000\n"          // moved and team changed
        "f,,c,programmer,Web,\n"              // added open position (its role's midpoint)
        "g,G,c,architect,Web,25000\n"));      // added; e removed
    const ScenarioDiff d = ScenarioDiff::compute(a, b, RoleCatalogue::defaults());
    ASSERT_NE(findChange(d, ScenarioDiff::Kind::RoleChanged, QStringLiteral("c")), nullptr);
    EXPECT_EQ(findChange(d, ScenarioDiff::Kind::RoleChanged, QStringLiteral("c"))->to, QStringLiteral("tech_director"));
    ASSERT_NE(findChange(d, ScenarioDiff::Kind::Moved, QStringLiteral("d")), nullptr);
    EXPECT_EQ(findChange(d, ScenarioDiff::Kind::Moved, QStringLiteral("d"))->from, QStringLiteral("b"));
    ASSERT_NE(findChange(d, ScenarioDiff::Kind::TeamChanged, QStringLiteral("d")), nullptr);
    EXPECT_EQ(findChange(d, ScenarioDiff::Kind::TeamChanged, QStringLiteral("d"))->to, QStringLiteral("Web"));
    EXPECT_NE(findChange(d, ScenarioDiff::Kind::Added, QStringLiteral("f")), nullptr);
    EXPECT_NE(findChange(d, ScenarioDiff::Kind::Added, QStringLiteral("g")), nullptr);
    ASSERT_NE(findChange(d, ScenarioDiff::Kind::Removed, QStringLiteral("e")), nullptr);
    EXPECT_EQ(d.changes.size(), 6u);
    EXPECT_EQ(d.headcountA, 5);
    EXPECT_EQ(d.headcountB, 6);
    const double openProgrammer = RoleCatalogue::defaults().find(QStringLiteral("programmer"))->costMidpoint();
    EXPECT_DOUBLE_EQ(d.costB - d.costA, 25000.0 - 10000.0 + openProgrammer);
    const auto *pay = findDelta(d.byTeam, QStringLiteral("Pay"));
    ASSERT_NE(pay, nullptr);
    EXPECT_EQ(pay->headcountDelta(), -2);
    EXPECT_DOUBLE_EQ(pay->costDelta(), -30000.0);
    const auto *web = findDelta(d.byTeam, QStringLiteral("Web"));
    ASSERT_NE(web, nullptr);
    EXPECT_EQ(web->headcountDelta(), 3);
    EXPECT_EQ(findDelta(d.byTeam, QStringLiteral("Core")), nullptr);
    const auto *prog = findDelta(d.byRole, QStringLiteral("programmer"));
    ASSERT_NE(prog, nullptr);
    EXPECT_EQ(prog->headcountDelta(), 0);
    EXPECT_DOUBLE_EQ(prog->costDelta(), -10000.0 + openProgrammer);
    const auto *director = findDelta(d.byRole, QStringLiteral("tech_director"));
    ASSERT_NE(director, nullptr);
    EXPECT_EQ(director->headcountDelta(), 1);
}

// Cost is counted as OrgStats counts it: a technical partner is no headcount,
// but its cost (salary or the role's cost band) counts, so the diff's totals
// equal the dashboard's and `stats`' monthly cost.
TEST(ScenarioDiff, CostAndHeadcountAsOrgStatsCountsThem)
{
    const Org a = orgFromCsv(kBase + QStringLiteral("p,P,a,tech_partner,Core,\nq,Q,a,tech_partner,Pay,6000\n"));
    Org b = a;
    b.removePosition(b.find(QStringLiteral("q")));
    const RoleCatalogue roles = RoleCatalogue::defaults();
    const ScenarioDiff d = ScenarioDiff::compute(a, b, roles);
    const OrgStats sa = OrgStats::compute(a, roles), sb = OrgStats::compute(b, roles);
    EXPECT_DOUBLE_EQ(d.costA, sa.monthlyCost);
    EXPECT_DOUBLE_EQ(d.costB, sb.monthlyCost);
    EXPECT_GT(roles.find(QStringLiteral("tech_partner"))->costMidpoint(), 0.0);
    EXPECT_DOUBLE_EQ(d.costA, 140000.0 + roles.find(QStringLiteral("tech_partner"))->costMidpoint() + 6000.0);
    EXPECT_EQ(d.headcountA, 5); // the partners are not headcount
    EXPECT_EQ(d.headcountB, 5);
    const auto *pay = findDelta(d.byTeam, QStringLiteral("Pay"));
    ASSERT_NE(pay, nullptr); // the partner's cost left the team, its headcount did not change
    EXPECT_EQ(pay->headcountDelta(), 0);
    EXPECT_DOUBLE_EQ(pay->costDelta(), -6000.0);
    const auto *partner = findDelta(d.byRole, QStringLiteral("tech_partner"));
    ASSERT_NE(partner, nullptr);
    EXPECT_EQ(partner->headcountA, 0);
    EXPECT_DOUBLE_EQ(partner->costDelta(), -6000.0);
}
