// SPDX-License-Identifier: MIT
// Spans and layers (stats), the narrow-span rule, and role cost bands (issue 16).
#include "rules/ruleengine.h"
#include "rules/rulesettings.h"
#include "rules/stats.h"
#include "testutil.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

// cto → m1 (1 report: e1), cto → m2 (2 reports: e2, e3), cto → m3 (4 reports), cto → a (IC)
const char *const kShape =
    "id,name,manager_id,role,team\n"
    "cto,A,,cto,Core\n"
    "m1,B,cto,tech_manager,Pay\ne1,C,m1,engineer,Pay\n"
    "m2,D,cto,tech_manager,Web\ne2,E,m2,engineer,Web\ne3,F,m2,programmer,Web\n"
    "m3,G,cto,tech_manager,Data\nf1,H,m3,engineer,Data\nf2,I,m3,engineer,Data\nf3,J,m3,engineer,Data\n"
    "f4,,m3,programmer,Data\n"
    "a,K,cto,architect,Core\n";

std::vector<QString> anchorsOf(const std::vector<Problem> &ps, const Org &org, const char *rule)
{
    std::vector<QString> out;
    for (const Problem &p : ps)
        if (p.rule == QLatin1String(rule))
            out.push_back(org.position(p.anchor).id);
    return out;
}

} // namespace

TEST(SpansAndLayers, LayersSpanDistributionAndIcsPerManager)
{
    const Org org = orgFromCsv(QString::fromLatin1(kShape));
    const OrgStats s = OrgStats::compute(org, RoleCatalogue::defaults());
    EXPECT_EQ(s.layers, 3);
    EXPECT_EQ(s.positionsPerLayer, (std::vector<int>{1, 4, 7}));
    const std::vector<int> layer = OrgStats::layerOf(org);
    EXPECT_EQ(layer[org.find(u"cto")], 0);
    EXPECT_EQ(layer[org.find(u"m3")], 1);
    EXPECT_EQ(layer[org.find(u"f4")], 2);
    // spans: m1 1, m2 2, m3 4, cto 4
    EXPECT_EQ(s.spanDistribution, (std::vector<std::pair<int, int>>{{1, 1}, {2, 1}, {4, 2}}));
    EXPECT_EQ(s.managersWithOneReport, 1);
    EXPECT_EQ(s.managersWithTwoReports, 1);
    bool data = false;
    for (const OrgStats::TeamShape &t : s.icsPerManager)
        if (t.team == QLatin1String("Data")) {
            EXPECT_EQ(t.ics, 4);
            EXPECT_EQ(t.managers, 1);
            EXPECT_DOUBLE_EQ(t.icsPerManager(), 4.0);
            data = true;
        }
    EXPECT_TRUE(data);
    const QJsonObject json = s.toJson();
    // Old keys unchanged, new ones added.
    EXPECT_EQ(json.value(QStringLiteral("depth")).toInt(), 3);
    EXPECT_EQ(json.value(QStringLiteral("span_of_control")).toObject().value(QStringLiteral("max")).toInt(), 4);
    EXPECT_EQ(json.value(QStringLiteral("layers")).toObject().value(QStringLiteral("count")).toInt(), 3);
    EXPECT_EQ(json.value(QStringLiteral("managers_with_one_report")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("managers_with_two_reports")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("span_distribution")).toArray().size(), 3);
    EXPECT_EQ(json.value(QStringLiteral("ics_per_manager")).toArray().size(), 4);
}

TEST(NarrowSpan, ManagersWithFewerThanNReportsGetAnInfo)
{
    const Org org = orgFromCsv(QString::fromLatin1(kShape));
    const RuleEngine engine(RoleCatalogue::defaults(), RuleSettings());
    const auto problems = engine.check(org);
    EXPECT_EQ(anchorsOf(problems, org, "narrow-span"), (std::vector<QString>{QStringLiteral("m1"), QStringLiteral("m2")}));
    for (const Problem &p : problems)
        if (p.rule == QLatin1String("narrow-span")) {
            EXPECT_EQ(p.severity, Severity::Info);
            EXPECT_EQ(p.limit, 3);
            const QString text = engine.message(p, org);
            EXPECT_TRUE(text.contains(QString::number(p.headcount))) << text.toStdString();
        }
    RuleSettings two;
    two.narrowSpan = 2;
    EXPECT_EQ(anchorsOf(RuleEngine(RoleCatalogue::defaults(), two).check(org), org, "narrow-span"),
              (std::vector<QString>{QStringLiteral("m1")}));
    RuleSettings off;
    off.disabled.insert(QStringLiteral("narrow-span"));
    EXPECT_TRUE(anchorsOf(RuleEngine(RoleCatalogue::defaults(), off).check(org), org, "narrow-span").empty());
    // The threshold is stored with the other settings.
    EXPECT_EQ(RuleSettings::fromString(two.toString()).narrowSpan, 2);
    EXPECT_TRUE(RuleSettings::ruleIds().contains(QStringLiteral("narrow-span")));
    EXPECT_EQ(RuleEngine::ruleName(QStringLiteral("narrow-span")), QStringLiteral("Too few direct reports"));
}

TEST(CostBands, DefaultsForTheLadderAndThePartnerWithMidpoints)
{
    const RoleCatalogue roles = RoleCatalogue::defaults();
    EXPECT_EQ(roles.currency(), QStringLiteral("CNY"));
    for (const char *key : {"cto", "tech_director", "tech_manager", "architect", "engineer", "programmer",
                            "tech_partner"}) {
        const Role *r = roles.find(QString::fromLatin1(key));
        ASSERT_NE(r, nullptr);
        EXPECT_GT(r->costMin, 0) << key;
        EXPECT_GE(r->costMax, r->costMin) << key;
        EXPECT_DOUBLE_EQ(r->costMidpoint(), (r->costMin + r->costMax) / 2) << key;
    }
    // Higher rungs cost more.
    EXPECT_GT(roles.find(QStringLiteral("cto"))->costMidpoint(), roles.find(QStringLiteral("tech_director"))->costMidpoint());
    EXPECT_GT(roles.find(QStringLiteral("engineer"))->costMidpoint(), roles.find(QStringLiteral("programmer"))->costMidpoint());
}

TEST(CostBands, OneCostFunctionSalaryBudgetOrMidpoint)
{
    RoleCatalogue roles = RoleCatalogue::defaults();
    Role eng = *roles.find(QStringLiteral("engineer"));
    eng.costMin = 20000;
    eng.costMax = 30000;
    roles.upsert(eng);
    Position filled;
    filled.name = QStringLiteral("A");
    filled.role = QStringLiteral("engineer");
    filled.setSalary(18000);
    filled.setBudget(99999); // a budget left on a filled seat: its salary counts
    EXPECT_DOUBLE_EQ(OrgStats::costOf(filled, roles), 18000);
    Position open;
    open.role = QStringLiteral("engineer");
    EXPECT_DOUBLE_EQ(OrgStats::costOf(open, roles), 25000); // today an open position cost 0
    open.setBudget(27000);
    EXPECT_DOUBLE_EQ(OrgStats::costOf(open, roles), 27000);
    const Org org = orgFromCsv(QStringLiteral("id,name,manager_id,role,salary,budget\n"
                                              "m,A,,tech_manager,40000,\no1,,m,engineer,,\no2,,m,engineer,,26000\n"));
    EXPECT_DOUBLE_EQ(OrgStats::compute(org, roles).monthlyCost, 40000 + 25000 + 26000);
}
