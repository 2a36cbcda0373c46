// SPDX-License-Identifier: MIT
#include "rules/stats.h"
#include "testutil.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace org;

TEST(Stats, HeadcountSpanDepthAndCost)
{
    const Org org = test::orgFromCsv(QStringLiteral(
        "id,name,manager_id,role,team,salary\n"
        "1,A,,cto,Core,30000\n2,B,1,tech_manager,Pay,20000\n3,,2,programmer,Pay,\n"
        "4,D,2,engineer,Pay,12000\n5,E,1,tech_partner,,\n"));
    const OrgStats s = OrgStats::compute(org, RoleCatalogue::defaults());
    EXPECT_EQ(s.positions, 5);
    EXPECT_EQ(s.openPositions, 1);
    EXPECT_EQ(s.technicalHeadcount, 4);
    EXPECT_EQ(s.depth, 3);
    EXPECT_EQ(s.managers, 2);
    EXPECT_EQ(s.spanMin, 2);
    EXPECT_EQ(s.spanMax, 2);
    EXPECT_TRUE(s.hasCost);
    // The partner has no salary and the open programmer no budget: their roles' cost bands apply (midpoints).
    const RoleCatalogue roles = RoleCatalogue::defaults();
    const double programmer = roles.find(QStringLiteral("programmer"))->costMidpoint();
    EXPECT_GT(programmer, 0);
    EXPECT_DOUBLE_EQ(s.monthlyCost, 62000 + programmer + roles.find(QStringLiteral("tech_partner"))->costMidpoint());
    ASSERT_FALSE(s.byTeam.empty());
    EXPECT_EQ(s.byTeam.front().key, QStringLiteral("Pay"));
    EXPECT_EQ(s.byTeam.front().positions, 3);
    EXPECT_EQ(s.byTeam.front().open, 1);
    EXPECT_DOUBLE_EQ(s.byTeam.front().monthlyCost, 32000 + programmer);
    EXPECT_EQ(s.byRole.front().key, QStringLiteral("cto"));
    const QJsonObject json = s.toJson();
    EXPECT_EQ(json.value(QStringLiteral("positions")).toInt(), 5);
    EXPECT_EQ(json.value(QStringLiteral("span_of_control")).toObject().value(QStringLiteral("max")).toInt(), 2);
}

TEST(Stats, PublicFilesGiveStableFigures)
{
    struct Case { const char *file; int positions; int depth; int maxSpan; };
    for (const Case &c : {Case{"oracle_hr_employees_107.csv", 107, 4, 14},
                          Case{"adventureworks_employees_290.csv", 290, 5, 22},
                          Case{"d3_org_chart_synthetic_1516.csv", 1516, 10, 9}}) {
        ImportOptions o;
        o.inferRoles = true;
        const ImportResult r = CsvImporter(RoleCatalogue::defaults(), o).importFile(test::publicData(QLatin1String(c.file)));
        ASSERT_TRUE(r.ok()) << c.file;
        const OrgStats s = OrgStats::compute(*r.org, RoleCatalogue::defaults());
        EXPECT_EQ(s.positions, c.positions) << c.file;
        EXPECT_EQ(s.depth, c.depth) << c.file;
        EXPECT_EQ(s.spanMax, c.maxSpan) << c.file;
    }
}
