// SPDX-License-Identifier: MIT
// The check of what a save wrote (verifyChanges, on SQLite's handle) refuses what
// another writer's rows make invalid together with this save's: a second manager, a line
// to a position that is gone, a reporting cycle through a line it wrote; and a role that
// the catalogue does not have. SqlStatement, which it runs on, gives the same rows, NULLs,
// counts and error kinds straight on SQLite and through Qt Sql.
#include "storetestutil.h"
#include "testutil.h"

#include "store/planlocation.h"
#include "store/planrows.h"
#include "store/sqldatabase.h"
#include "store/sqlstatement.h"
#include "store/storefailure.h"

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

/// Saves `plan` over `path`: the save must be refused as a conflict naming `why`, and the
/// file keep its bytes.
void expectRefused(Plan &plan, const QString &path, const QString &why)
{
    const QByteArray before = fileHash(path);
    const StoreStatus st = PlanStore::save(plan, path, QStringLiteral("me"));
    ASSERT_FALSE(st.ok);
    EXPECT_TRUE(st.conflict) << st.error.toStdString();
    EXPECT_TRUE(st.error.contains(why)) << st.error.toStdString();
    EXPECT_EQ(fileHash(path), before);
}

/// expectRefused() after `others` ran on `path` as raw SQL (another writer that bypassed
/// the checks).
void expectRefusedAfter(Plan &plan, const QString &path, const QStringList &others, const QString &why)
{
    execAsAnotherWriter(path, others);
    expectRefused(plan, path, why);
}

Org &orgOf(Plan &plan)
{
    return plan.scenarios[0].org;
}

void move(Plan &plan, const char *id, const char *manager)
{
    Org &o = orgOf(plan);
    o.setManager(o.find(QString::fromLatin1(id)), o.find(QString::fromLatin1(manager)));
}

} // namespace

// (A second line of a written position itself is gone: the save rewrites its lines.)
TEST(VerifyChanges, ASecondManagerAboveAWrittenPositionIsRefused)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan plan = writtenAndLoaded(twoTeamsPlan("e3,F,m2,engineer\n"), path);
    move(plan, "e1", "m2");
    expectRefusedAfter(plan, path,
                       {QStringLiteral("INSERT INTO edges (scenario_id, report_id, manager_id, kind, ord)"
                                       " SELECT scenario_id, 'm2', 'm1', 'reports_to', 9 FROM edges LIMIT 1")},
                       QStringLiteral("\"m2\" has more than one manager"));
}

TEST(VerifyChanges, ALineToAPositionGoneMeanwhileIsRefused)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan plan = writtenAndLoaded(twoTeamsPlan("e3,F,m2,engineer\n"), path);
    move(plan, "e1", "e3");
    expectRefusedAfter(plan, path, {QStringLiteral("DELETE FROM positions WHERE id = 'e3'")},
                       QStringLiteral("the line from \"e1\" to \"e3\" has an unknown end"));
}

TEST(VerifyChanges, ADottedLineToAPositionGoneMeanwhileIsRefused)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan plan = writtenAndLoaded(twoTeamsPlan("e3,F,m2,engineer\n"), path);
    Org &o = orgOf(plan);
    o.addDottedLine(o.find(QStringLiteral("e1")), o.find(QStringLiteral("e3")));
    expectRefusedAfter(plan, path, {QStringLiteral("DELETE FROM positions WHERE id = 'e3'")},
                       QStringLiteral("the line from \"e1\" to \"e3\" has an unknown end"));
}

TEST(VerifyChanges, ACycleThroughAWrittenLineIsRefused)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan plan = writtenAndLoaded(twoTeamsPlan("e3,F,m2,engineer\n"), path);
    // Another writer put m2 under e1 (bypassing the checks); this save puts e1 under m2.
    move(plan, "e1", "m2");
    expectRefusedAfter(plan, path,
                       {QStringLiteral("UPDATE edges SET manager_id = 'e1' WHERE report_id = 'm2'")},
                       QStringLiteral("reporting cycle e1 → m2 → e1"));
}

TEST(VerifyChanges, AnUnknownRoleOfAWrittenPositionIsRefused)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan plan = writtenAndLoaded(twoTeamsPlan("e3,F,m2,engineer\n"), path);
    Org &o = orgOf(plan);
    Position p = o.position(o.find(QStringLiteral("e2")));
    p.role = QStringLiteral("wizard");
    o.setPosition(o.find(QStringLiteral("e2")), p);
    const QByteArray before = fileHash(path);
    const StoreStatus st = PlanStore::save(plan, path, QStringLiteral("me"));
    ASSERT_FALSE(st.ok);
    EXPECT_TRUE(st.error.contains(QStringLiteral("\"e2\" has the unknown role \"wizard\""))) << st.error.toStdString();
    EXPECT_EQ(fileHash(path), before);
}

TEST(VerifyChanges, ValidSavesAfterOtherWritersPass)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan plan = writtenAndLoaded(twoTeamsPlan("e3,F,m2,engineer\n"), path);
    // Another writer moved e3 under m1 (a valid plan); this save moves e1 under e2,
    // whose chain up is still m2 → cto.
    execAsAnotherWriter(path, {QStringLiteral("UPDATE edges SET manager_id = 'm1' WHERE report_id = 'e3'")});
    move(plan, "e1", "e2");
    ASSERT_TRUE(PlanStore::save(plan, path, QStringLiteral("me")).ok);
    const Org now = storedOrg(path);
    EXPECT_EQ(managerOf(now, "e1"), QStringLiteral("e2"));
    EXPECT_EQ(managerOf(now, "e3"), QStringLiteral("m1"));
}

TEST(VerifyChanges, ALongChainIsWalkedWithoutRecursion)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    QString csv = QStringLiteral("id,name,manager_id,role\np0,P,,engineer\n");
    constexpr int kDepth = 20000;
    for (int i = 1; i < kDepth; ++i)
        csv += QStringLiteral("p%1,P,p%2,engineer\n").arg(i).arg(i - 1);
    Plan plan = writtenAndLoaded(planOf(orgFromCsv(csv)), path);
    // The deepest position moves to the top: the walk from it goes up once, refusing nothing.
    Org &o = orgOf(plan);
    o.setManager(o.find(QStringLiteral("p%1").arg(kDepth - 1)), o.find(QStringLiteral("p0")));
    ASSERT_TRUE(PlanStore::save(plan, path, QStringLiteral("me")).ok);
    // A cycle at the far end of the chain from the written position is still found.
    o.setManager(o.find(QStringLiteral("p%1").arg(kDepth - 1)), o.find(QStringLiteral("p%1").arg(kDepth - 2)));
    expectRefusedAfter(plan, path,
                       {QStringLiteral("UPDATE edges SET manager_id = 'p%1' WHERE report_id = 'p1'").arg(kDepth - 2)},
                       QStringLiteral("reporting cycle"));
}

// Every save writes a random save id; a save that finds the one it read (or last wrote)
// knows that nobody else saved since, and checks its own org in memory instead of walking
// the stored lines (a 1M apply spent a quarter of a second there). Any other save turns
// the walks back on.
TEST(VerifyChanges, OnlyASaveThatFindsItsOwnSaveIdSkipsTheWalks)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    // writePlan's verdict for `plan`, in a transaction that is rolled back.
    const auto onlyWriter = [&](Plan &plan) {
        storeimpl::SqlDatabase c(QStringLiteral("QSQLITE"));
        storeimpl::openLocation(c, path, true);
        storeimpl::SqlDatabase::TransactionScopeGuard tx(c.db());
        storeimpl::SaveScope scope;
        storeimpl::writePlan(c.db(), plan, QStringLiteral("me"), false, &scope);
        return scope.onlyWriter;
    };
    Plan mine = writtenAndLoaded(twoTeamsPlan("e3,F,m2,engineer\n"), path);
    EXPECT_TRUE(onlyWriter(mine));
    move(mine, "e1", "e2");
    ASSERT_TRUE(PlanStore::save(mine, path, QStringLiteral("me")).ok);
    EXPECT_TRUE(onlyWriter(mine)); // after its own save

    // Another client saves: this one's next save walks again, and its saves after that don't.
    Plan theirs;
    ASSERT_TRUE(PlanStore::load(path, theirs).ok);
    EXPECT_TRUE(onlyWriter(theirs));
    move(theirs, "e3", "m1");
    ASSERT_TRUE(PlanStore::save(theirs, path, QStringLiteral("them")).ok);
    EXPECT_FALSE(onlyWriter(mine));
    move(mine, "e2", "m1");
    ASSERT_TRUE(PlanStore::save(mine, path, QStringLiteral("me")).ok);
    EXPECT_TRUE(onlyWriter(mine));
    EXPECT_FALSE(onlyWriter(theirs));

    // A plan of schema 3 (no save id yet) is walked once, then has one.
    execRaw(path, {QStringLiteral("DELETE FROM meta WHERE key = 'save_id'"),
                   QStringLiteral("UPDATE meta SET value = '3' WHERE key = 'schema_version'")});
    Plan old;
    ASSERT_TRUE(PlanStore::load(path, old).ok);
    EXPECT_EQ(PlanStore::fileSchemaVersion(path), 3);
    EXPECT_FALSE(onlyWriter(old));
    ASSERT_TRUE(PlanStore::save(old, path, QStringLiteral("me")).ok);
    EXPECT_EQ(PlanStore::fileSchemaVersion(path), 4);
    EXPECT_TRUE(onlyWriter(old));
}

// What the verdict buys: with it, verifyChanges() walks no stored line (so it does not see
// a second manager above a written position that only raw SQL, past every save id, put
// there); without it, it does. (Writers that bypass OrgDesigner are not seen by save ids.)
TEST(VerifyChanges, OnlyWriterChecksInMemoryInsteadOfTheStoredLines)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan plan = writtenAndLoaded(twoTeamsPlan("e3,F,m2,engineer\n"), path);
    execRaw(path, {QStringLiteral("INSERT INTO edges (scenario_id, report_id, manager_id, kind, ord)"
                                  " SELECT scenario_id, 'm2', 'm1', 'reports_to', 9 FROM edges LIMIT 1")});
    move(plan, "e1", "m2");
    for (const bool only : {true, false}) {
        SCOPED_TRACE(only);
        storeimpl::SqlDatabase c(QStringLiteral("QSQLITE"));
        storeimpl::openLocation(c, path, true);
        storeimpl::SqlDatabase::TransactionScopeGuard tx(c.db());
        storeimpl::SaveScope scope;
        storeimpl::writePlan(c.db(), plan, QStringLiteral("me"), false, &scope);
        EXPECT_TRUE(scope.onlyWriter); // (the raw insert left the save id as it was)
        scope.onlyWriter = only;
        bool refused = false;
        try {
            storeimpl::verifyChanges(c.db(), scope);
        } catch (const storeimpl::StoreFailure &e) {
            refused = true;
            EXPECT_TRUE(e.message.contains(QStringLiteral("\"m2\" has more than one manager"))) << e.message.toStdString();
        }
        EXPECT_EQ(refused, !only);
    }
}

// Two clients each move a position under the other's team: each move alone is valid,
// both together a cycle. The first save is checked in memory, the second walks the
// stored lines and is refused; the plan keeps the first.
TEST(VerifyChanges, CrossingMovesOfTwoClientsAreRefusedOnTheSecondSave)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan first = writtenAndLoaded(twoTeamsPlan("e3,F,m2,engineer\n"), path);
    Plan second;
    ASSERT_TRUE(PlanStore::load(path, second).ok);
    move(first, "m2", "e1");  // m2 → e1 → m1 → cto
    move(second, "m1", "e3"); // m1 → e3 → m2 → cto
    ASSERT_TRUE(PlanStore::save(first, path, QStringLiteral("first")).ok);
    expectRefused(second, path, QStringLiteral("reporting cycle"));
    const Org now = storedOrg(path);
    EXPECT_EQ(managerOf(now, "m2"), QStringLiteral("e1"));
    EXPECT_EQ(managerOf(now, "m1"), QStringLiteral("cto"));
}

// With nobody else saving, an org that has a cycle in memory (past the Document, which
// refuses one) is still never written.
TEST(VerifyChanges, ACycleInTheSavedOrgItselfIsRefused)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan plan = writtenAndLoaded(twoTeamsPlan("e3,F,m2,engineer\n"), path);
    move(plan, "m1", "e1"); // m1 → e1 → m1
    const QByteArray before = fileHash(path);
    const StoreStatus st = PlanStore::save(plan, path, QStringLiteral("me"));
    ASSERT_FALSE(st.ok);
    EXPECT_TRUE(st.error.contains(QStringLiteral("reporting cycle"))) << st.error.toStdString();
    EXPECT_EQ(fileHash(path), before);
}

// SqlStatement: the same answers on SQLite's handle and through Qt Sql.
class StatementPaths : public ::testing::TestWithParam<bool>
{
};

TEST_P(StatementPaths, BindsRunsAndReadsAlike)
{
    const bool viaQt = GetParam();
    TempFiles tmp;
    storeimpl::SqlDatabase c(QStringLiteral("QSQLITE"));
    storeimpl::openSqlite(c, tmp.path(QStringLiteral("s.db")), true);
    storeimpl::execSql(c.db(), QStringLiteral("CREATE TABLE t (k TEXT PRIMARY KEY, n BIGINT, x DOUBLE PRECISION)"));
    storeimpl::SqlStatement ins(c.db(), "INSERT INTO t (k, n, x) VALUES (?, ?, ?)", viaQt);
    ins.bind(QStringLiteral("王伟"));
    ins.bind(qint64(7));
    ins.bind(std::optional<double>(2.5));
    ins.exec();
    EXPECT_EQ(ins.rowsAffected(), 1);
    ins.bind(QStringLiteral("b"));
    ins.bindNull();
    ins.bind(std::optional<double>());
    ins.exec();
    storeimpl::SqlStatement sel(c.db(), "SELECT k, n, x FROM t WHERE k >= ? ORDER BY n", viaQt);
    for (int run = 0; run < 2; ++run) { // a second run of the same statement gives the same rows
        sel.bind(QStringLiteral(""));
        sel.exec();
        ASSERT_TRUE(sel.next());
        EXPECT_EQ(sel.text(0), QStringLiteral("b"));
        EXPECT_TRUE(sel.isNull(1));
        EXPECT_TRUE(sel.isNull(2));
        ASSERT_TRUE(sel.next());
        EXPECT_EQ(sel.text(0), QStringLiteral("王伟"));
        EXPECT_TRUE(sel.textEquals(0, "\xe7\x8e\x8b\xe4\xbc\x9f"));
        EXPECT_FALSE(sel.textEquals(0, "b"));
        EXPECT_EQ(sel.integer(1), 7);
        EXPECT_FALSE(sel.isNull(1));
        EXPECT_FALSE(sel.next());
    }
    storeimpl::SqlStatement upd(c.db(), "UPDATE t SET n = n + 1 WHERE n IS NOT NULL OR k = ?", viaQt);
    upd.bind(QStringLiteral("b"));
    upd.exec();
    EXPECT_EQ(upd.rowsAffected(), 2);
    upd.bind(QStringLiteral("none"));
    upd.exec();
    EXPECT_EQ(upd.rowsAffected(), 1);
    // A duplicate key is a conflict, as Qt's driver reports it.
    ins.bind(QStringLiteral("b"));
    ins.bind(qint64(1));
    ins.bind(std::optional<double>());
    try {
        ins.exec();
        FAIL() << "a duplicate key was inserted";
    } catch (const storeimpl::StoreFailure &e) {
        EXPECT_EQ(e.kind, StoreError::Conflict);
    }
}

INSTANTIATE_TEST_SUITE_P(SqliteAndQtSql, StatementPaths, ::testing::Values(false, true));
