// SPDX-License-Identifier: MIT
// After a save that changed or appended positions but removed or reordered none, the
// plan's baseline is the old one patched (not a copy of every row): it must know every
// row as written, so that the next save writes exactly what changed since and still
// detects another client's changes; and a copy of the plan that shares the old baseline
// must keep it.
#include "storetestutil.h"
#include "testutil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <map>

using namespace org;
using namespace org::test;

namespace {

/// The stored version of every position.
std::map<QString, qint64> versions(const QString &path)
{
    std::map<QString, qint64> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("versions"));
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT id, version FROM positions")));
        while (q.next())
            out[q.value(0).toString()] = q.value(1).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("versions"));
    return out;
}

Org &orgOf(Plan &plan)
{
    return plan.scenarios[0].org;
}

void expectStoredAsInMemory(const QString &path, const Org &mine)
{
    const Org now = storedOrg(path);
    ASSERT_EQ(now.size(), mine.size());
    for (Org::Vertex v = 0; v < Org::Vertex(mine.size()); ++v) {
        const Org::Vertex w = now.find(mine.position(v).id);
        ASSERT_NE(w, Org::npos);
        EXPECT_EQ(now.position(w), mine.position(v));
        const Org::Vertex m = mine.manager(v);
        const Org::Vertex n = now.manager(w);
        EXPECT_EQ(m == Org::npos ? QString() : mine.position(m).id, n == Org::npos ? QString() : now.position(n).id);
    }
}

} // namespace

TEST(BaselinePatch, ChangedAndAppendedRowsAreKnownAfterTheSave)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan plan = writtenAndLoaded(twoTeamsPlan(), path);
    Org &o = orgOf(plan);
    o.setManager(o.find(QStringLiteral("e1")), o.find(QStringLiteral("m2")));
    Position added;
    added.id = QStringLiteral("n1");
    added.role = QStringLiteral("engineer");
    o.setManager(o.addPosition(added), o.find(QStringLiteral("m1")));
    ASSERT_TRUE(PlanStore::save(plan, path, QStringLiteral("me")).ok);
    EXPECT_EQ(versions(path), (std::map<QString, qint64>{{QStringLiteral("cto"), 1}, {QStringLiteral("m1"), 1},
                                                          {QStringLiteral("m2"), 1}, {QStringLiteral("e1"), 2},
                                                          {QStringLiteral("e2"), 1}, {QStringLiteral("n1"), 1}}));
    // Nothing changed since: nothing is written.
    ASSERT_TRUE(PlanStore::save(plan, path, QStringLiteral("me")).ok);
    EXPECT_EQ(versions(path)[QStringLiteral("e1")], 2);
    EXPECT_EQ(versions(path)[QStringLiteral("n1")], 1);
    // The appended row and an old one change: exactly they are written, over their versions.
    Position n1 = o.position(o.find(QStringLiteral("n1")));
    n1.name = QStringLiteral("New Hire");
    o.setPosition(o.find(QStringLiteral("n1")), n1);
    Position e2 = o.position(o.find(QStringLiteral("e2")));
    e2.role = QStringLiteral("architect");
    o.setPosition(o.find(QStringLiteral("e2")), e2);
    ASSERT_TRUE(PlanStore::save(plan, path, QStringLiteral("me")).ok);
    EXPECT_EQ(versions(path), (std::map<QString, qint64>{{QStringLiteral("cto"), 1}, {QStringLiteral("m1"), 1},
                                                          {QStringLiteral("m2"), 1}, {QStringLiteral("e1"), 2},
                                                          {QStringLiteral("e2"), 2}, {QStringLiteral("n1"), 2}}));
    expectStoredAsInMemory(path, o);
    // Then a removal (the baseline is made afresh) and another change.
    o.removePosition(o.find(QStringLiteral("e2")));
    ASSERT_TRUE(PlanStore::save(plan, path, QStringLiteral("me")).ok);
    o.setManager(o.find(QStringLiteral("n1")), o.find(QStringLiteral("m2")));
    ASSERT_TRUE(PlanStore::save(plan, path, QStringLiteral("me")).ok);
    EXPECT_EQ(versions(path)[QStringLiteral("n1")], 3);
    expectStoredAsInMemory(path, o);
}

TEST(BaselinePatch, ACopySharingTheBaselineKeepsIt)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan plan = writtenAndLoaded(twoTeamsPlan(), path);
    Plan stale = plan; // shares the baseline
    Org &o = orgOf(plan);
    o.setManager(o.find(QStringLiteral("e1")), o.find(QStringLiteral("m2")));
    ASSERT_TRUE(PlanStore::save(plan, path, QStringLiteral("me")).ok);
    // The copy still knows every row as loaded: a change of e2 alone saves over version 1,
    Org &s = orgOf(stale);
    Position e2 = s.position(s.find(QStringLiteral("e2")));
    e2.name = QStringLiteral("Renamed");
    s.setPosition(s.find(QStringLiteral("e2")), e2);
    const StoreStatus renamed = PlanStore::save(stale, path, QStringLiteral("other"));
    ASSERT_TRUE(renamed.ok) << renamed.error.toStdString();
    EXPECT_EQ(versions(path)[QStringLiteral("e2")], 2);
    // and its change of e1, saved meanwhile at version 2, is a conflict naming e1 alone.
    s.setManager(s.find(QStringLiteral("e1")), s.find(QStringLiteral("cto")));
    const StoreStatus st = PlanStore::save(stale, path, QStringLiteral("other"));
    ASSERT_FALSE(st.ok);
    EXPECT_TRUE(st.conflict);
    EXPECT_TRUE(st.error.contains(QStringLiteral("\"e1\""))) << st.error.toStdString();
    EXPECT_FALSE(st.error.contains(QStringLiteral("\"e2\""))) << st.error.toStdString();
    const Org now = storedOrg(path);
    EXPECT_EQ(now.manager(now.find(QStringLiteral("e1"))), now.find(QStringLiteral("m2")));
    // And the saved plan's own baseline is the new one: a further change of e1 saves.
    o.setManager(o.find(QStringLiteral("e1")), o.find(QStringLiteral("cto")));
    ASSERT_TRUE(PlanStore::save(plan, path, QStringLiteral("me")).ok);
    EXPECT_EQ(versions(path)[QStringLiteral("e1")], 3);
}

TEST(BaselinePatch, ARefusedSaveKeepsTheBaseline)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan plan = writtenAndLoaded(twoTeamsPlan(), path);
    // Another writer removed m2 meanwhile; moving e1 under m2 is refused and changes nothing.
    execAsAnotherWriter(path, {QStringLiteral("DELETE FROM positions WHERE id = 'm2'")});
    Org &o = orgOf(plan);
    o.setManager(o.find(QStringLiteral("e1")), o.find(QStringLiteral("m2")));
    ASSERT_FALSE(PlanStore::save(plan, path, QStringLiteral("me")).ok);
    // Once m2 is back, the same plan saves the move: its baseline still had e1 at version 1.
    execAsAnotherWriter(path, {QStringLiteral("INSERT INTO positions (scenario_id, id, ord, name, role, assistant, custom, version)"
                                  " SELECT scenario_id, 'm2', 99, 'C', 'tech_manager', 0, '[]', 1 FROM positions"
                                  " WHERE id = 'm1'")});
    ASSERT_TRUE(PlanStore::save(plan, path, QStringLiteral("me")).ok);
    EXPECT_EQ(versions(path)[QStringLiteral("e1")], 2);
    const Org now = storedOrg(path);
    EXPECT_EQ(now.manager(now.find(QStringLiteral("e1"))), now.find(QStringLiteral("m2")));
}

// Digests hash a text shared by many positions once (by its data pointer): a position
// that takes another shared text (the team of its new peers) is still a change.
TEST(BaselinePatch, ASharedTextSwappedForAnotherIsAChange)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan plan = writtenAndLoaded(
        planOf(orgFromCsv(QStringLiteral("id,name,manager_id,role,team\n"
                                         "cto,A,,cto,Core\n"
                                         "m1,B,cto,tech_manager,Pay\n"
                                         "m2,C,cto,tech_manager,Search\n"
                                         "e1,D,m1,engineer,Pay\n"
                                         "e2,E,m2,engineer,Search\n"
                                         "e3,F,m2,engineer,Search\n"))),
        path);
    Org &o = orgOf(plan);
    Position e1 = o.position(o.find(QStringLiteral("e1")));
    e1.team = o.position(o.find(QStringLiteral("e2"))).team; // the very text e2 and e3 share
    ASSERT_EQ(e1.team.constData(), o.position(o.find(QStringLiteral("e3"))).team.constData());
    o.setPosition(o.find(QStringLiteral("e1")), e1);
    ASSERT_TRUE(PlanStore::save(plan, path, QStringLiteral("me")).ok);
    EXPECT_EQ(versions(path)[QStringLiteral("e1")], 2);
    EXPECT_EQ(versions(path)[QStringLiteral("e2")], 1);
    const Org now = storedOrg(path);
    EXPECT_EQ(now.position(now.find(QStringLiteral("e1"))).team, QStringLiteral("Search"));
}
