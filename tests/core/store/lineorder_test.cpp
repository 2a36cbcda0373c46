// SPDX-License-Identifier: MIT
// Loading draws each manager's reports in the order of their lines' stored `ord`: at
// once when that is vertex order (what saves keep), one by one otherwise (another
// writer reordered them, equal values, a second manager) — the same org either way.
#include "storetestutil.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

const char *const kOrg = "id,name,manager_id,role\n"
                         "cto,A,,cto\n"
                         "m1,B,cto,tech_manager\n"
                         "e1,C,m1,engineer\n"
                         "e2,D,m1,engineer\n"
                         "e3,E,m1,engineer\n"
                         "e4,F,cto,engineer\n";

QStringList reportIds(const Org &org, const char *manager)
{
    QStringList ids;
    for (Org::Vertex r : org.reports(org.find(QString::fromLatin1(manager))))
        ids << org.position(r).id;
    return ids;
}

QString stored(TempFiles &tmp)
{
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    writtenAndLoaded(planOf(orgFromCsv(QString::fromUtf8(kOrg))), path);
    return path;
}

} // namespace

TEST(LineOrder, ReportsInVertexOrderAreDrawnInIt)
{
    TempFiles tmp;
    const Org org = storedOrg(stored(tmp));
    EXPECT_EQ(reportIds(org, "m1"), (QStringList{QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("e3")}));
    EXPECT_EQ(reportIds(org, "cto"), (QStringList{QStringLiteral("m1"), QStringLiteral("e4")}));
}

TEST(LineOrder, ReorderedReportsFollowTheirOrdValues)
{
    TempFiles tmp;
    const QString path = stored(tmp);
    execRaw(path, {QStringLiteral("UPDATE edges SET ord = 10 WHERE report_id = 'e1'"),
                   QStringLiteral("UPDATE edges SET ord = 5 WHERE report_id = 'e2'"),
                   QStringLiteral("UPDATE edges SET ord = 7 WHERE report_id = 'e3'")});
    const Org org = storedOrg(path);
    EXPECT_EQ(reportIds(org, "m1"), (QStringList{QStringLiteral("e2"), QStringLiteral("e3"), QStringLiteral("e1")}));
    EXPECT_EQ(reportIds(org, "cto"), (QStringList{QStringLiteral("m1"), QStringLiteral("e4")}));
}

TEST(LineOrder, EqualOrdValuesKeepTheTableOrder)
{
    TempFiles tmp;
    const QString path = stored(tmp);
    // Same value for all three: the order of the rows in the table decides (e3 moved last).
    execRaw(path, {QStringLiteral("UPDATE edges SET ord = 3 WHERE report_id IN ('e1', 'e2', 'e3')"),
                   QStringLiteral("DELETE FROM edges WHERE report_id = 'e1'"),
                   QStringLiteral("INSERT INTO edges (scenario_id, report_id, manager_id, kind, ord)"
                                  " SELECT id, 'e1', 'm1', 'reports_to', 3 FROM scenarios")});
    const Org org = storedOrg(path);
    EXPECT_EQ(reportIds(org, "m1"), (QStringList{QStringLiteral("e2"), QStringLiteral("e3"), QStringLiteral("e1")}));
}

TEST(LineOrder, DottedLinesFollowTheirOrdValues)
{
    TempFiles tmp;
    const QString path = stored(tmp);
    execRaw(path, {QStringLiteral("INSERT INTO edges (scenario_id, report_id, manager_id, kind, ord)"
                                  " SELECT id, 'e4', 'e1', 'dotted_line', 1 FROM scenarios"),
                   QStringLiteral("INSERT INTO edges (scenario_id, report_id, manager_id, kind, ord)"
                                  " SELECT id, 'e4', 'e2', 'dotted_line', 0 FROM scenarios")});
    const Org org = storedOrg(path);
    ASSERT_EQ(org.dottedLines().size(), 2u);
    EXPECT_EQ(org.position(org.dottedLines()[0].manager).id, QStringLiteral("e2"));
    EXPECT_EQ(org.position(org.dottedLines()[1].manager).id, QStringLiteral("e1"));
    EXPECT_EQ(reportIds(org, "m1"), (QStringList{QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("e3")}));
}

// A written row's reports-to line is updated where it is (saves): the stored lines come out
// as a delete and an insert left them — the new manager, in the order the org gives, a
// dropped dotted line gone, and a second reports-to line (another writer's) rewritten to one.
TEST(LineOrder, AWrittenRowsLinesAreWhatTheOrgSays)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Org org = orgFromCsv(QString::fromUtf8(kOrg));
    org.addDottedLine(org.find(QStringLiteral("e1")), org.find(QStringLiteral("e4")));
    Plan plan = writtenAndLoaded(planOf(org), path);
    Org &o = plan.scenarios[0].org;
    const auto v = [&](const char *id) { return o.find(QString::fromLatin1(id)); };
    // e1: moved under cto and its dotted line dropped; e3: moved under e4; e2 stays.
    ASSERT_TRUE(o.removeDottedLine(v("e1"), v("e4")));
    o.setManager(v("e1"), v("cto"));
    o.setManager(v("e3"), v("e4"));
    // Another writer gave e2 a second reports-to line; this save rewrites e2 (renamed) to one.
    execAsAnotherWriter(path, {QStringLiteral("INSERT INTO edges (scenario_id, report_id, manager_id, kind, ord)"
                                              " SELECT scenario_id, 'e2', 'e4', 'reports_to', 5 FROM edges LIMIT 1")});
    Position renamed = o.position(v("e2"));
    renamed.name = QStringLiteral("D2");
    o.setPosition(v("e2"), renamed);
    const StoreStatus st = PlanStore::save(plan, path, QStringLiteral("me"));
    ASSERT_TRUE(st.ok) << st.error.toStdString();
    const Org now = storedOrg(path);
    EXPECT_TRUE(now == o) << "stored lines differ from the org";
    // (e1 was linked to cto last: it comes last, as in the org.)
    EXPECT_EQ(reportIds(now, "cto"), (QStringList{QStringLiteral("m1"), QStringLiteral("e4"), QStringLiteral("e1")}));
    EXPECT_EQ(reportIds(now, "cto"), reportIds(o, "cto"));
    EXPECT_EQ(reportIds(now, "e4"), QStringList{QStringLiteral("e3")});
    EXPECT_EQ(reportIds(now, "m1"), QStringList{QStringLiteral("e2")});
    EXPECT_TRUE(now.dottedLines().empty());
    EXPECT_EQ(now.manager(now.find(QStringLiteral("e2"))), now.find(QStringLiteral("m1")));
}
