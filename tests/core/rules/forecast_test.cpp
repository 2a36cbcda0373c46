// SPDX-License-Identifier: MIT
// Forecast and the org as of a date (issue 16), on the hiring sample whose Payments
// team passes 20 technical people with the hires of 2027 Q3.
#include "edit/document.h"
#include "model/plandate.h"
#include "rules/forecast.h"
#include "rules/orgasof.h"
#include "rules/ruleengine.h"
#include "rules/stats.h"
#include "testutil.h"

#include <QFile>
#include <QHash>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

QString hiringSample() { return QStringLiteral(ORG_SAMPLES "/sample_org_hiring.csv"); }

Org hiringOrg()
{
    QFile f(hiringSample());
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return orgFromCsv(QString::fromUtf8(f.readAll()));
}

/// The expected monthly cost of the hiring sample on `day` (expectedMonthlyCost).
double expectedCost(QDate day)
{
    QFile f(hiringSample());
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return expectedMonthlyCost(f.readAll(), day);
}

const Forecast::Quarter *quarter(const std::vector<Forecast::Quarter> &qs, const char *key)
{
    for (const Forecast::Quarter &q : qs)
        if (PlanDate::quarterKey(q.start) == QLatin1String(key))
            return &q;
    return nullptr;
}

bool has(const std::vector<Problem> &ps, const char *rule, const Org &org, const char *anchor)
{
    for (const Problem &p : ps)
        if (p.rule == QLatin1String(rule) && org.position(p.anchor).id == QLatin1String(anchor))
            return true;
    return false;
}

} // namespace

TEST(Forecast, DirectorRequiredStartsInTheQuarterPaymentsPasses20)
{
    const Org org = hiringOrg();
    const RoleCatalogue roles = RoleCatalogue::defaults();
    const RuleEngine engine(roles, RuleSettings());
    const auto qs = Forecast::compute(org, roles, &engine, QDate(2026, 10, 1), QDate(2028, 12, 31));
    ASSERT_EQ(qs.size(), 9u);
    for (const char *before : {"2026Q4", "2027Q1", "2027Q2"}) {
        const Forecast::Quarter *q = quarter(qs, before);
        ASSERT_NE(q, nullptr);
        EXPECT_FALSE(has(q->problems, "director-required", org, "P001")) << before;
        EXPECT_FALSE(has(q->started, "director-required", org, "P001")) << before;
    }
    const Forecast::Quarter *q3 = quarter(qs, "2027Q3");
    ASSERT_NE(q3, nullptr);
    EXPECT_TRUE(has(q3->started, "director-required", org, "P001"));
    EXPECT_FALSE(has(q3->problems, "director-required", org, "C001")); // the smallest team that passed 20
    for (const char *after : {"2027Q4", "2028Q1", "2028Q4"}) {
        const Forecast::Quarter *q = quarter(qs, after);
        EXPECT_TRUE(has(q->problems, "director-required", org, "P001")) << after;
        EXPECT_FALSE(has(q->started, "director-required", org, "P001")) << after; // started once
    }
    // The team of P001 on the first day of 2027 Q3: 14 + 8 hires (H002 on 15 Feb counts from Q2).
    for (const Problem &p : q3->problems) {
        if (p.rule == QLatin1String("director-required")) {
            EXPECT_EQ(p.headcount, 22);
        }
    }
    const QString text = Forecast::startedText(q3->started.front(), org, engine, q3->start);
    EXPECT_TRUE(text.contains(QStringLiteral("Payments passes 20 technical people in 2027 Q3")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Technical Director"))) << text.toStdString();
}

TEST(Forecast, HeadcountAndCostPerQuarterAreThoseOfTheActivePositions)
{
    const Org org = hiringOrg();
    const RoleCatalogue roles = RoleCatalogue::defaults();
    const RuleEngine engine(roles, RuleSettings());
    const auto qs = Forecast::compute(org, roles, &engine, QDate(2026, 10, 1), QDate(2028, 3, 1));
    ASSERT_EQ(qs.size(), 6u); // 2026 Q4 … 2028 Q1
    for (const Forecast::Quarter &q : qs)
        EXPECT_DOUBLE_EQ(q.monthlyCost, expectedCost(q.start)) << PlanDate::quarterKey(q.start).toStdString();
    // Filled: the 21 named people; P004 leaves on 31 Dec 2027.
    EXPECT_EQ(quarter(qs, "2026Q4")->headcount, 21);
    EXPECT_EQ(quarter(qs, "2026Q4")->openPositions, 0);
    EXPECT_EQ(quarter(qs, "2027Q1")->openPositions, 1);
    EXPECT_EQ(quarter(qs, "2027Q3")->openPositions, 9); // H001–H008 and R002
    EXPECT_EQ(quarter(qs, "2027Q4")->openPositions, 10); // and R001
    EXPECT_EQ(quarter(qs, "2028Q1")->headcount, 20);
    // A departure makes cost go down; hires make it go up.
    EXPECT_LT(quarter(qs, "2028Q1")->monthlyCost, quarter(qs, "2027Q4")->monthlyCost);
    EXPECT_GT(quarter(qs, "2027Q3")->monthlyCost, quarter(qs, "2027Q2")->monthlyCost);
}

TEST(OrgAsOf, KeepsTheChainThroughAManagerNotStartedYetButCountsOnlyActives)
{
    const Org org = hiringOrg();
    const OrgAsOf view = OrgAsOf::at(org, QDate(2027, 7, 1));
    // R002 (2027 Q3) reports to R001 (2027 Q4): R001 stays as a placeholder.
    const Org::Vertex r1 = view.toView[org.find(u"R001")], r2 = view.toView[org.find(u"R002")];
    ASSERT_NE(r1, Org::npos);
    ASSERT_NE(r2, Org::npos);
    EXPECT_TRUE(view.placeholder[r1]);
    EXPECT_FALSE(view.placeholder[r2]);
    EXPECT_EQ(view.org.manager(r2), r1);
    // A hire of next quarter without reports is not there at all.
    const OrgAsOf q2 = OrgAsOf::at(org, QDate(2027, 4, 1));
    EXPECT_EQ(q2.toView[org.find(u"H005")], Org::npos);
    EXPECT_EQ(q2.toView[org.find(u"R001")], Org::npos);
    // Active only: R001 is left out and R002 moves up to the director.
    const OrgAsOf active = OrgAsOf::at(org, QDate(2027, 7, 1), OrgAsOf::ActiveOnly);
    EXPECT_EQ(active.toView[org.find(u"R001")], Org::npos);
    EXPECT_EQ(active.org.manager(active.toView[org.find(u"R002")]), active.toView[org.find(u"D001")]);
    // No rule fires at the placeholder: R001 has one report on that day, but narrow-span is quiet.
    const RuleEngine engine(RoleCatalogue::defaults(), RuleSettings());
    const auto problems = OrgAsOf::check(engine, org, QDate(2027, 7, 1));
    EXPECT_FALSE(has(problems, "narrow-span", org, "R001"));
    const auto later = OrgAsOf::check(engine, org, QDate(2027, 10, 1));
    EXPECT_TRUE(has(later, "narrow-span", org, "R001"));
}

TEST(OrgAsOf, ADepartedManagersReportsMoveUpAndANotStartedDirectorCoversNobody)
{
    const Org org = orgFromCsv(QStringLiteral(
        "id,name,manager_id,role,start_date,end_date\n"
        "cto,A,,cto,,\n"
        "d,,cto,tech_director,2028Q1,\n"
        "m,B,d,tech_manager,,2027-06-30\n"
        "e1,C,m,engineer,,\n"
        "e2,D,m,engineer,,\n"));
    const OrgAsOf view = OrgAsOf::at(org, QDate(2027, 7, 1));
    EXPECT_EQ(view.toView[org.find(u"m")], Org::npos);
    // d has not started but has started people below: the chain goes through it.
    EXPECT_EQ(view.org.manager(view.toView[org.find(u"e1")]), view.toView[org.find(u"d")]);
    RuleSettings s;
    s.directorHeadcount = 2;
    const RuleEngine engine(RoleCatalogue::defaults(), s);
    // cto + e1 + e2 = 3 uncovered technical people (d covers nobody yet, m has gone).
    const auto problems = OrgAsOf::check(engine, org, QDate(2027, 7, 1));
    bool found = false;
    for (const Problem &p : problems)
        if (p.rule == QLatin1String("director-required")) {
            EXPECT_EQ(org.position(p.anchor).id, QStringLiteral("cto"));
            EXPECT_EQ(p.headcount, 3);
            found = true;
        }
    EXPECT_TRUE(found);
    // Once d starts it covers e1 and e2.
    for (const Problem &p : OrgAsOf::check(engine, org, QDate(2028, 1, 1)))
        EXPECT_NE(p.rule, QStringLiteral("director-required"));
    // An invalid date is the whole plan, as without dates.
    EXPECT_EQ(OrgAsOf::check(engine, org, QDate()), engine.check(org));
}

TEST(OrgAsOf, StatsAtADateCountOnlyThePositionsThere)
{
    const Org org = hiringOrg();
    const RoleCatalogue roles = RoleCatalogue::defaults();
    const OrgStats before = OrgStats::compute(OrgAsOf::at(org, QDate(2026, 12, 1), OrgAsOf::ActiveOnly).org, roles);
    const OrgStats after = OrgStats::compute(OrgAsOf::at(org, QDate(2027, 10, 1), OrgAsOf::ActiveOnly).org, roles);
    EXPECT_EQ(before.positions, 21);
    EXPECT_EQ(before.openPositions, 0);
    EXPECT_EQ(after.positions, 31);
    EXPECT_EQ(after.openPositions, 10);
    EXPECT_DOUBLE_EQ(after.monthlyCost, expectedCost(QDate(2027, 10, 1)));
}

// The Document's problems and its counts per severity agree as of a date, also after
// an edit made while the date is set, and again once the date is cleared.
TEST(OrgAsOf, DocumentCountsFollowTheDate)
{
    Document doc;
    doc.setAutosaveInterval(0);
    QString error;
    ASSERT_TRUE(doc.importFile(hiringSample(), {}, &error)) << error.toStdString();
    const auto countsOf = [](const std::vector<Problem> &problems) {
        std::array<int, 3> c{};
        for (const Problem &p : problems)
            ++c[std::size_t(p.severity)];
        return c;
    };
    const std::array<int, 3> whole = doc.problemCounts();
    EXPECT_EQ(whole, countsOf(doc.problems()));
    doc.setAsOf(*PlanDate::parse(QStringLiteral("2027Q3")));
    EXPECT_EQ(doc.problemCounts(), countsOf(doc.problems()));
    EXPECT_EQ(doc.problems(), OrgAsOf::check(RuleEngine(doc.roles(), doc.ruleSettings()), doc.org(), doc.asOf()));
    const Org::Vertex first = 0;
    ASSERT_TRUE(doc.rename(doc.org().position(first).id, QStringLiteral("Renamed"), &error)) << error.toStdString();
    EXPECT_EQ(doc.problemCounts(), countsOf(doc.problems()));
    doc.setAsOf(QDate());
    EXPECT_EQ(doc.problemCounts(), whole);
    EXPECT_EQ(doc.problems(), RuleEngine(doc.roles(), doc.ruleSettings()).check(doc.org()));
}
