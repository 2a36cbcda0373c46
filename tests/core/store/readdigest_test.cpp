// SPDX-License-Identifier: MIT
// The plan reader digests each row while it reads it (its content) and adds the lines
// once they are drawn: the baseline it gives must hold exactly the digests a pass over
// the loaded org gives (RowContent::digestsOf, what a save compares with), on both row
// paths, for every kind of column, dotted lines, roots, and rows that the reader has to
// sort. The level-by-level check of a save still refuses what it refused.
#include "storetestutil.h"
#include "testutil.h"

#include "store/planlocation.h"
#include "store/planrows.h"
#include "store/positioncolumns.h"
#include "store/sqldatabase.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

const char *const kOrg =
    "id,name,manager_id,role,title,team,product_line,salary,email,assistant,dotted_line,级别\n"
    "ceo,Li Na,,ceo,Chief Executive,Exec,,90000,li@example.com,,,L9\n"
    "cto,王伟,ceo,cto,首席技术官,技术,,70000.25,,,,L8\n"
    "pa,Zhao Min,ceo,staff,Assistant,Exec,,12000,,yes,,L3\n"
    "m1,张伟,cto,tech_manager,技术经理,支付,支付产品线,40000,,,,L6\n"
    "e1,,m1,engineer,,支付,支付产品线,,,,cto,L4\n"
    "e2,Chen Jie,m1,programmer,Developer,支付,支付产品线,20000.5,,,,L3\n"
    "e3,陈杰,m1,engineer,工程师,支付,支付产品线,,,,,\n"
    "a1,,cto,architect,,,,,,,,\n"
    "solo,Root Two,,engineer,,,,,,,,\n";

/// Every scenario's baseline digests are those of a pass over its org.
void expectDigestsOfThePass(const Plan &plan)
{
    ASSERT_TRUE(plan.baseline);
    for (const Scenario &s : plan.scenarios) {
        const std::vector<size_t> pass = storeimpl::RowContent::digestsOf(s.org);
        const PlanBaseline::Rows rows = plan.baseline->rows.value(s.storeId);
        ASSERT_EQ(rows.rows.size(), pass.size());
        for (std::size_t v = 0; v < pass.size(); ++v) {
            EXPECT_EQ(rows.ids[qsizetype(v)], s.org.position(Org::Vertex(v)).id);
            EXPECT_EQ(rows.rows[v].digest, pass[v]) << s.name.toStdString() << ": "
                                                    << rows.ids[qsizetype(v)].toStdString();
        }
    }
}

} // namespace

TEST(ReadDigests, EqualThoseOfAPassOverTheLoadedOrg)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("d.orgplan"));
    Org first = orgFromCsv(QString::fromUtf8(kOrg));
    ASSERT_EQ(first.size(), 9);
    Position e1 = first.position(first.find(QStringLiteral("e1")));
    e1.setStartDate(QDate(2027, 3, 1));
    e1.setStatus(HiringStatus::Interviewing);
    e1.setBudget(31000.75);
    first.setPosition(first.find(QStringLiteral("e1")), e1);
    Position e2 = first.position(first.find(QStringLiteral("e2")));
    e2.setEndDate(QDate(2026, 12, 31));
    first.setPosition(first.find(QStringLiteral("e2")), e2);
    Plan plan = planOf(first);
    Org second = first;
    second.addDottedLine(second.find(QStringLiteral("a1")), second.find(QStringLiteral("ceo")));
    second.addDottedLine(second.find(QStringLiteral("a1")), second.find(QStringLiteral("m1")));
    plan.scenarios.push_back({QStringLiteral("2027 方案"), second, 0});
    ASSERT_TRUE(PlanStore::replace(plan, path).ok);
    // The first scenario's rows out of (ord, id) order: the reader sorts them, and the
    // parts of their digests with them.
    Plan loaded;
    ASSERT_TRUE(PlanStore::load(path, loaded).ok);
    execRaw(path, {QStringLiteral("UPDATE positions SET ord = 100 - ord WHERE scenario_id = %1")
                       .arg(loaded.scenarios[0].storeId)});

    for (const storeimpl::RowPath rowPath : {storeimpl::RowPath::Fastest, storeimpl::RowPath::QtSql}) {
        SCOPED_TRACE(rowPath == storeimpl::RowPath::Fastest ? "SQLite's handle" : "Qt Sql");
        const Plan read = readThrough(path, rowPath);
        ASSERT_EQ(read.scenarios.size(), 2u);
        EXPECT_EQ(read.scenarios[0].org.position(0).id, QStringLiteral("solo")); // sorted backwards
        expectDigestsOfThePass(read);
    }
    // A digest that a change would not alter would hide it from the save: every field
    // and line counts.
    const Plan read = readThrough(path, storeimpl::RowPath::Fastest);
    const Org &o = read.scenarios[1].org;
    const std::vector<size_t> before = storeimpl::RowContent::digestsOf(o);
    const auto changedDigest = [&](const char *id, auto change) {
        Org copy = o;
        change(copy, copy.find(QString::fromLatin1(id)));
        return storeimpl::RowContent::digestsOf(copy)[copy.find(QString::fromLatin1(id))];
    };
    const auto edit = [](auto f) {
        return [f](Org &org, Org::Vertex v) {
            Position p = org.position(v);
            f(p);
            org.setPosition(v, p);
        };
    };
    const Org::Vertex a1 = o.find(QStringLiteral("a1"));
    EXPECT_NE(changedDigest("a1", edit([](Position &p) { p.title = QStringLiteral("x"); })), before[a1]);
    EXPECT_NE(changedDigest("a1", edit([](Position &p) { p.setSalary(1.0); })), before[a1]);
    EXPECT_NE(changedDigest("a1", edit([](Position &p) { p.setCustom({QStringLiteral("L1")}); })), before[a1]);
    EXPECT_NE(changedDigest("a1", edit([](Position &p) { p.setEndDate(QDate(2030, 1, 1)); })), before[a1]);
    EXPECT_NE(changedDigest("a1", [](Org &org, Org::Vertex v) { org.setManager(v, org.find(QStringLiteral("m1"))); }),
              before[a1]);
    EXPECT_NE(changedDigest("a1", [](Org &org, Org::Vertex v) { org.setManager(v, Org::npos); }), before[a1]);
    EXPECT_NE(changedDigest("a1", [](Org &org, Org::Vertex v) {
                  org.removeDottedLine(v, org.find(QStringLiteral("ceo")));
              }),
              before[a1]);
}

TEST(ReadDigests, ASaveRightAfterALoadWritesNothing)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("n.orgplan"));
    Org org = orgFromCsv(QString::fromUtf8(kOrg));
    org.addDottedLine(org.find(QStringLiteral("e2")), org.find(QStringLiteral("cto")));
    writtenAndLoaded(planOf(org), path);
    execRaw(path, {QStringLiteral("UPDATE positions SET ord = 100 - ord")});
    Plan loaded;
    ASSERT_TRUE(PlanStore::load(path, loaded).ok);
    ASSERT_TRUE(PlanStore::save(loaded, path, QStringLiteral("me")).ok);
    // Nothing changed, so no row got a new version (a digest off by a sort would rewrite rows).
    storeimpl::SqlDatabase c(QStringLiteral("QSQLITE"));
    storeimpl::openLocation(c, path, false);
    QSqlQuery q(c.db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM positions WHERE version <> 1")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

// The save reads the lines above what it wrote level by level; a second manager or a
// cycle many levels up, through several written positions, is found as before.
TEST(ReadDigests, TheLevelByLevelCheckFindsProblemsFarUp)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("c.orgplan"));
    QString csv = QStringLiteral("id,name,manager_id,role\np0,P,,engineer\n");
    constexpr int kDepth = 300;
    for (int i = 1; i < kDepth; ++i)
        csv += QStringLiteral("p%1,P,p%2,engineer\n").arg(i).arg(i - 1);
    for (int i = 0; i < 40; ++i)
        csv += QStringLiteral("x%1,X,p%2,engineer\n").arg(i).arg(kDepth - 1 - i * 3);
    const auto moveAll = [](Plan &plan) {
        Org &o = plan.scenarios[0].org;
        for (int i = 0; i < 40; ++i)
            o.setManager(o.find(QStringLiteral("x%1").arg(i)), o.find(QStringLiteral("p%1").arg(kDepth - 2 - i * 3)));
    };
    {
        Plan plan = writtenAndLoaded(planOf(orgFromCsv(csv)), path);
        moveAll(plan);
        execAsAnotherWriter(path, {QStringLiteral("INSERT INTO edges (scenario_id, report_id, manager_id, kind, ord)"
                                                  " SELECT scenario_id, 'p2', 'p0', 'reports_to', 7 FROM edges LIMIT 1")});
        const QByteArray before = fileHash(path);
        const StoreStatus st = PlanStore::save(plan, path, QStringLiteral("me"));
        ASSERT_FALSE(st.ok);
        EXPECT_TRUE(st.conflict);
        EXPECT_TRUE(st.error.contains(QStringLiteral("\"p2\" has more than one manager"))) << st.error.toStdString();
        EXPECT_EQ(st.error.count(QStringLiteral("more than one manager")), 1) << st.error.toStdString();
        EXPECT_EQ(fileHash(path), before);
    }
    {
        Plan plan = writtenAndLoaded(planOf(orgFromCsv(csv)), path);
        moveAll(plan);
        // p1 → p5 → p4 → p3 → p2 → p1: the walk from x0 meets it far up.
        execAsAnotherWriter(path, {QStringLiteral("UPDATE edges SET manager_id = 'p5' WHERE report_id = 'p1'")});
        const QByteArray before = fileHash(path);
        const StoreStatus st = PlanStore::save(plan, path, QStringLiteral("me"));
        ASSERT_FALSE(st.ok);
        EXPECT_TRUE(st.conflict);
        EXPECT_TRUE(st.error.contains(QStringLiteral("reporting cycle p5 → p4 → p3 → p2 → p1 → p5")))
            << st.error.toStdString();
        EXPECT_EQ(fileHash(path), before);
    }
    {
        // Without another writer the same moves pass, and are stored.
        Plan plan = writtenAndLoaded(planOf(orgFromCsv(csv)), path);
        moveAll(plan);
        ASSERT_TRUE(PlanStore::save(plan, path, QStringLiteral("me")).ok);
        const Org now = storedOrg(path);
        EXPECT_EQ(now.manager(now.find(QStringLiteral("x39"))), now.find(QStringLiteral("p%1").arg(kDepth - 2 - 39 * 3)));
    }
}

// A large plan on SQLite is read on two threads (SQLite's stepping on one, the positions
// built on the other) and digested in two halves: it reads as Qt Sql reads it, one row
// at a time, and a failure on either thread is reported as on one.
TEST(ReadDigests, ALargePlanIsReadAlikeOnTwoThreads)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("large.orgplan"));
    constexpr int kPositions = 70000; // above the size from which the reader uses a second thread
    QString csv = QStringLiteral("id,name,manager_id,role,title,team,salary,dotted_line\n1,Root,,cto,,,,\n");
    for (int i = 2; i <= kPositions; ++i)
        csv += QStringLiteral("%1,%2,%3,engineer,%4,Team %5,%6,%7\n")
                   .arg(i)
                   .arg(i % 7 ? QStringLiteral("Person %1").arg(i) : QString())
                   .arg(i / 2)
                   .arg(i % 3 ? QStringLiteral("工程师") : QString())
                   .arg(i % 40)
                   .arg(i % 5 ? QString::number(1000 + i) : QString())
                   .arg(i % 97 == 0 ? QStringLiteral("1") : QString());
    Plan plan = planOf(orgFromCsv(csv));
    ASSERT_EQ(plan.scenarios[0].org.size(), kPositions);
    ASSERT_GT(plan.scenarios[0].org.dottedLineCount(), 0);
    ASSERT_TRUE(PlanStore::replace(plan, path).ok);

    const Plan fast = readThrough(path, storeimpl::RowPath::Fastest);
    const Plan qt = readThrough(path, storeimpl::RowPath::QtSql);
    ASSERT_EQ(fast.scenarios.size(), 1u);
    EXPECT_TRUE(fast.scenarios[0].org == plan.scenarios[0].org);
    EXPECT_TRUE(fast.scenarios[0].org == qt.scenarios[0].org);
    for (Org::Vertex v = 0; v < Org::Vertex(kPositions); ++v)
        ASSERT_EQ(fast.scenarios[0].org.position(v).name.isNull(), qt.scenarios[0].org.position(v).name.isNull());
    expectDigestsOfThePass(fast);
    expectDigestsOfThePass(qt);

    // Refused by the building thread while the other still reads: an empty id early on.
    {
        const QString broken = tmp.path(QStringLiteral("empty-id.orgplan"));
        ASSERT_TRUE(QFile::copy(path, broken));
        execRaw(broken, {QStringLiteral("UPDATE positions SET id = '' WHERE id = '3'")});
        Plan p;
        const StoreStatus st = PlanStore::load(broken, p);
        ASSERT_FALSE(st.ok);
        EXPECT_TRUE(st.error.contains(QStringLiteral("empty or duplicate position id"))) << st.error.toStdString();
    }
    // Refused by the reading thread: a damaged page of the positions table.
    {
        const QString broken = tmp.path(QStringLiteral("damaged.orgplan"));
        ASSERT_TRUE(QFile::copy(path, broken));
        int root = 0, pageSize = 0;
        {
            storeimpl::SqlDatabase c(QStringLiteral("QSQLITE"));
            c.db().setDatabaseName(broken);
            ASSERT_TRUE(c.db().open());
            QSqlQuery q(c.db());
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'positions'")) && q.next());
            root = q.value(0).toInt();
            ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toInt();
        }
        QFile f(broken);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(qint64(root - 1) * pageSize + 8));
        f.write(QByteArray(pageSize - 8, '\xA5'));
        f.close();
        Plan p;
        const StoreStatus st = PlanStore::load(broken, p);
        ASSERT_FALSE(st.ok);
        EXPECT_TRUE(st.error.contains(broken)) << st.error.toStdString();
        EXPECT_TRUE(st.error.contains(QStringLiteral("corrupt"))) << st.error.toStdString();
    }
}
