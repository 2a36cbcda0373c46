// SPDX-License-Identifier: MIT
// The two ways the store reads the rows of a plan: straight from SQLite's handle (what
// SQLite plans use) and through QSqlQuery (what PostgreSQL uses). Both must read the
// same plan, baseline included, from every kind of column; and a damaged page of the
// large tables, which the open no longer checks ahead, is still refused by name.
#include "storetestutil.h"
#include "testutil.h"

#include "store/planlocation.h"
#include "store/planrows.h"
#include "store/sqldatabase.h"
#include "store/storefailure.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

const char *const kOrg =
    "id,name,manager_id,role,title,team,product_line,salary,email,assistant,dotted_line,级别,note\n"
    "ceo,Li Na,,ceo,Chief Executive,Exec,,90000,li@example.com,,,L9,\"a, quoted \"\"note\"\"\"\n"
    "cto,王伟,ceo,cto,首席技术官,技术,,70000.25,,,,L8,\n"
    "pa,Zhao Min,ceo,staff,Assistant,Exec,,12000,,yes,,L3,[\"json\"]\n"
    "m1,张伟,cto,tech_manager,技术经理,支付,支付产品线,40000,,,,L6,\"multi\nline\"\n"
    "e1,,m1,engineer,,支付,支付产品线,,,,cto,L4,空缺职位\n"
    "e2,Chen Jie,m1,programmer,Developer,支付,支付产品线,20000.5,,,,L3,\n"
    "e3,陈杰,m1,engineer,工程师,支付,支付产品线,,,,,,\n"
    "a1,,cto,architect,,,,,,,,,\n";

/// Dates, a hiring status and a budget on some positions; NULLs on the others.
Org richOrg()
{
    Org org = orgFromCsv(QString::fromUtf8(kOrg));
    Position e1 = org.position(org.find(QStringLiteral("e1")));
    e1.setStartDate(QDate(2027, 3, 1));
    e1.setStatus(HiringStatus::Interviewing);
    e1.setBudget(31000.75);
    org.setPosition(org.find(QStringLiteral("e1")), e1);
    Position e2 = org.position(org.find(QStringLiteral("e2")));
    e2.setEndDate(QDate(2026, 12, 31));
    org.setPosition(org.find(QStringLiteral("e2")), e2);
    Position a1 = org.position(org.find(QStringLiteral("a1")));
    a1.setStatus(HiringStatus::Planned);
    org.setPosition(org.find(QStringLiteral("a1")), a1);
    return org;
}

void expectSameReports(const Org &a, const Org &b)
{
    ASSERT_EQ(a.size(), b.size());
    for (Org::Vertex v = 0; v < Org::Vertex(a.size()); ++v)
        EXPECT_EQ(a.reports(v), b.reports(v)) << a.position(v).id.toStdString();
    EXPECT_EQ(a.dottedLines(), b.dottedLines());
}

void expectSamePlan(const Plan &fast, const Plan &qt)
{
    ASSERT_EQ(fast.scenarios.size(), qt.scenarios.size());
    EXPECT_EQ(fast.settings, qt.settings);
    EXPECT_EQ(fast.roles.keys(), qt.roles.keys());
    for (std::size_t i = 0; i < fast.scenarios.size(); ++i) {
        const Scenario &a = fast.scenarios[i];
        const Scenario &b = qt.scenarios[i];
        EXPECT_EQ(a.name, b.name);
        EXPECT_EQ(a.storeId, b.storeId);
        EXPECT_TRUE(a.org == b.org) << dump(a.org) << "\n---\n" << dump(b.org);
        // Field by field too: == treats a null and an empty string alike.
        for (Org::Vertex v = 0; v < Org::Vertex(a.org.size()); ++v) {
            const Position &p = a.org.position(v);
            const Position &q = b.org.position(v);
            EXPECT_EQ(p.id, q.id);
            EXPECT_EQ(p.name.isEmpty(), q.name.isEmpty());
            EXPECT_EQ(p.custom(), q.custom());
            EXPECT_EQ(p.salary(), q.salary());
            EXPECT_EQ(p.budget(), q.budget());
            EXPECT_EQ(p.startDate(), q.startDate());
            EXPECT_EQ(p.endDate(), q.endDate());
            EXPECT_EQ(p.status(), q.status());
        }
        expectSameReports(a.org, b.org);
    }
    ASSERT_TRUE(fast.baseline && qt.baseline);
    EXPECT_EQ(fast.baseline->scenarios, qt.baseline->scenarios);
    for (qint64 sid : fast.baseline->scenarios) {
        const PlanBaseline::Rows a = fast.baseline->rows.value(sid);
        const PlanBaseline::Rows b = qt.baseline->rows.value(sid);
        EXPECT_EQ(a.ids, b.ids);
        ASSERT_EQ(a.rows.size(), b.rows.size());
        ASSERT_EQ(a.rows.size(), std::size_t(a.ids.size()));
        for (std::size_t i = 0; i < a.rows.size(); ++i) {
            const std::string id = a.ids[qsizetype(i)].toStdString();
            EXPECT_EQ(a.rows[i].version, b.rows[i].version) << id;
            EXPECT_EQ(a.rows[i].digest, b.rows[i].digest) << id;
            EXPECT_EQ(a.rows[i].ord, b.rows[i].ord) << id;
            EXPECT_EQ(a.rows[i].sibling, b.rows[i].sibling) << id;
        }
    }
}

} // namespace

TEST(RowPath, SqliteHandleAndQtSqlReadTheSamePlan)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("rows.orgplan"));
    const Org first = richOrg();
    ASSERT_EQ(first.size(), 8);
    ASSERT_EQ(first.customFields().size(), 2);
    Plan plan = planOf(first);
    Org second = first;
    // Reports out of vertex order (e1 after e3 under m1) and a second dotted line.
    second.setManager(second.find(QStringLiteral("e1")), second.find(QStringLiteral("cto")));
    second.setManager(second.find(QStringLiteral("e1")), second.find(QStringLiteral("m1")));
    second.addDottedLine(second.find(QStringLiteral("a1")), second.find(QStringLiteral("ceo")));
    plan.scenarios.push_back({QStringLiteral("2027 方案"), second, 0});
    ASSERT_TRUE(PlanStore::replace(plan, path).ok);

    // Then an incremental save (versions, updated rows) and rows out of table order:
    // the first scenario's `ord`s reversed, so the reader must sort.
    Plan loaded;
    ASSERT_TRUE(PlanStore::load(path, loaded).ok);
    Org &o = loaded.scenarios[0].org;
    o.setManager(o.find(QStringLiteral("a1")), o.find(QStringLiteral("m1")));
    Position renamed = o.position(o.find(QStringLiteral("e3")));
    renamed.name = QStringLiteral("陈杰（新）");
    o.setPosition(o.find(QStringLiteral("e3")), renamed);
    const Org expectedFirst = o;
    ASSERT_TRUE(PlanStore::save(loaded, path).ok);
    execRaw(path, {QStringLiteral("UPDATE positions SET ord = 100 - ord WHERE scenario_id = %1")
                       .arg(loaded.scenarios[0].storeId)});

    const Plan fast = readThrough(path, storeimpl::RowPath::Fastest);
    const Plan qt = readThrough(path, storeimpl::RowPath::QtSql);
    expectSamePlan(fast, qt);
    ASSERT_EQ(fast.scenarios.size(), 2u);
    EXPECT_EQ(fast.scenarios[1].name, QStringLiteral("2027 方案"));
    // The reversed `ord`s reverse the first scenario; the second is as written.
    ASSERT_EQ(fast.scenarios[0].org.size(), expectedFirst.size());
    EXPECT_EQ(fast.scenarios[0].org.position(0).id, expectedFirst.position(expectedFirst.size() - 1).id);
    EXPECT_TRUE(fast.scenarios[1].org == second) << dump(fast.scenarios[1].org);
    expectSameReports(fast.scenarios[1].org, second);
    const Org &f = fast.scenarios[0].org;
    EXPECT_EQ(f.position(f.manager(f.find(QStringLiteral("a1")))).id, QStringLiteral("m1"));
    EXPECT_EQ(f.position(f.find(QStringLiteral("e3"))).name, QStringLiteral("陈杰（新）"));
    EXPECT_EQ(f.position(f.find(QStringLiteral("e1"))).status(), HiringStatus::Interviewing);
    EXPECT_EQ(f.position(f.find(QStringLiteral("e1"))).startDate(), QDate(2027, 3, 1));
    EXPECT_FALSE(f.position(f.find(QStringLiteral("e3"))).salary().has_value());
    // Repeated texts are shared, not one copy per row.
    EXPECT_EQ(f.position(f.find(QStringLiteral("e2"))).team.constData(),
              f.position(f.find(QStringLiteral("e3"))).team.constData());

    // What was read is what a save of it finds unchanged (same digests both ways).
    Plan again = fast;
    ASSERT_TRUE(PlanStore::save(again, path).ok);
    Plan reread;
    ASSERT_TRUE(PlanStore::load(path, reread).ok);
    expectSamePlan(reread, readThrough(path, storeimpl::RowPath::QtSql));
    EXPECT_TRUE(reread.scenarios[0].org == fast.scenarios[0].org);
    EXPECT_TRUE(reread.scenarios[1].org == fast.scenarios[1].org);
}

// The open checks only the small tables ahead; a damaged page of positions or lines is met
// by the read of every row (or by the save's writes) and refused naming the file.
TEST(RowPath, DamagedLargeTablesAreRefusedByName)
{
    TempFiles tmp;
    QString csv = QStringLiteral("id,name,manager_id,role,team\n1,Root,,cto,T\n");
    for (int i = 2; i <= 3000; ++i)
        csv += QStringLiteral("%1,Person %1,%2,engineer,Team %3\n").arg(i).arg(i / 2).arg(i % 40);
    const Plan plan = planOf(orgFromCsv(csv));
    for (const QString &table : {QStringLiteral("positions"), QStringLiteral("edges")}) {
        const QString path = tmp.path(table + QStringLiteral(".orgplan"));
        Plan written = plan;
        ASSERT_TRUE(PlanStore::replace(written, path).ok);
        int root = 0, pageSize = 0;
        {
            storeimpl::SqlDatabase c(QStringLiteral("QSQLITE"));
            c.db().setDatabaseName(path);
            ASSERT_TRUE(c.db().open());
            QSqlQuery q(c.db());
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = '%1'").arg(table)) && q.next());
            root = q.value(0).toInt();
            ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toInt();
        }
        ASSERT_GT(root, 1);
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(qint64(root - 1) * pageSize + 8));
        f.write(QByteArray(pageSize - 8, '\xA5'));
        f.close();
        Plan p;
        const StoreStatus st = PlanStore::load(path, p);
        EXPECT_FALSE(st.ok) << table.toStdString();
        EXPECT_TRUE(st.error.contains(path)) << st.error.toStdString();
        expectRefusedAsIs(path, plan, QStringLiteral("corrupt"));
    }
}

// A line to a position that is not there is refused by both paths, naming both ends.
TEST(RowPath, LineWithAnUnknownEndIsRefusedByBothPaths)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("ghost.orgplan"));
    Plan plan = planOf(richOrg());
    ASSERT_TRUE(PlanStore::replace(plan, path).ok);
    execRaw(path, {QStringLiteral("INSERT INTO edges (scenario_id, report_id, manager_id, kind, ord)"
                                  " SELECT id, 'e2', '幽灵', 'dotted_line', 0 FROM scenarios")});
    for (const storeimpl::RowPath rows : {storeimpl::RowPath::Fastest, storeimpl::RowPath::QtSql}) {
        storeimpl::SqlDatabase c(QStringLiteral("QSQLITE"));
        storeimpl::openLocation(c, path, false);
        Plan read;
        try {
            storeimpl::readPlan(c.db(), read, rows);
            ADD_FAILURE() << "read a plan with a dangling line";
        } catch (const storeimpl::StoreFailure &e) {
            EXPECT_TRUE(e.message.contains(QStringLiteral("\"e2\""))) << e.message.toStdString();
            EXPECT_TRUE(e.message.contains(QStringLiteral("\"幽灵\""))) << e.message.toStdString();
        }
    }
    Plan p;
    EXPECT_FALSE(PlanStore::load(path, p).ok);
}

// A writer that commits while a plan is being read shows in none of its tables: the
// reader keeps one snapshot from its first query to its last (both row paths).
TEST(RowPath, ReadsOneSnapshotWhileAnotherWriterCommits)
{
    for (const storeimpl::RowPath rowPath : {storeimpl::RowPath::Fastest, storeimpl::RowPath::QtSql}) {
        TempFiles tmp;
        const QString path = tmp.path(QStringLiteral("snapshot.orgplan"));
        Plan written = planOf(richOrg());
        ASSERT_TRUE(PlanStore::replace(written, path).ok);

        storeimpl::SqlDatabase c(QStringLiteral("QSQLITE"));
        storeimpl::openLocation(c, path, false);
        Plan plan;
        bool committed = false;
        storeimpl::readPlan(c.db(), plan, rowPath, [&] {
            // After the scenarios, before the rows: rename e2, drop e3 and its line.
            execRaw(path, {QStringLiteral("UPDATE positions SET name = 'Renamed' WHERE id = 'e2'"),
                           QStringLiteral("DELETE FROM edges WHERE report_id = 'e3'"),
                           QStringLiteral("DELETE FROM positions WHERE id = 'e3'")});
            committed = true;
        });
        ASSERT_TRUE(committed);
        ASSERT_EQ(plan.scenarios.size(), 1U);
        const Org &read = plan.scenarios[0].org;
        ASSERT_EQ(read.size(), 8);
        EXPECT_EQ(read.position(read.find(QStringLiteral("e2"))).name, QStringLiteral("Chen Jie"));
        EXPECT_NE(read.find(QStringLiteral("e3")), Org::npos);

        // The writer did commit: the next read sees it.
        const Org now = storedOrg(path);
        EXPECT_EQ(now.size(), 7);
        EXPECT_EQ(now.position(now.find(QStringLiteral("e2"))).name, QStringLiteral("Renamed"));
    }
}
