// SPDX-License-Identifier: MIT
// A save checks only what it wrote (verifyChanges) against the plan as another
// client committed it meanwhile: a line it drew to a position removed meanwhile,
// or a position it removed that someone meanwhile made a manager, refuses it.
#include "storetestutil.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

TEST(SaveCheck, MoveUnderAPositionRemovedMeanwhileIsRefused)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    TwoClients c = twoClients(twoTeamsPlan(), path);
    Org &a = c.alice.scenarios[0].org;
    a.removePosition(a.find(QStringLiteral("e2")));
    ASSERT_TRUE(PlanStore::save(c.alice, path, QStringLiteral("alice")).ok);
    Org &b = c.bob.scenarios[0].org;
    b.setManager(b.find(QStringLiteral("e1")), b.find(QStringLiteral("e2")));
    const QByteArray before = fileHash(path);
    const StoreStatus st = PlanStore::save(c.bob, path, QStringLiteral("bob"));
    ASSERT_FALSE(st.ok);
    EXPECT_TRUE(st.error.contains(QStringLiteral("unknown end"))) << st.error.toStdString();
    EXPECT_EQ(fileHash(path), before);
    const Org now = storedOrg(path);
    EXPECT_EQ(now.manager(now.find(QStringLiteral("e1"))), now.find(QStringLiteral("m1")));
}

TEST(SaveCheck, RemovingAPositionSomeoneMadeAManagerMeanwhileIsRefused)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    TwoClients c = twoClients(twoTeamsPlan(), path);
    Org &a = c.alice.scenarios[0].org;
    a.setManager(a.find(QStringLiteral("e1")), a.find(QStringLiteral("e2")));
    ASSERT_TRUE(PlanStore::save(c.alice, path, QStringLiteral("alice")).ok);
    // Bob removes e2, a leaf in his copy; its row version is unchanged, so only the
    // check of what he removed sees alice's line from e1.
    Org &b = c.bob.scenarios[0].org;
    b.removePosition(b.find(QStringLiteral("e2")));
    const StoreStatus st = PlanStore::save(c.bob, path, QStringLiteral("bob"));
    ASSERT_FALSE(st.ok);
    EXPECT_TRUE(st.error.contains(QStringLiteral("\"e1\" to \"e2\""))) << st.error.toStdString();
    const Org now = storedOrg(path);
    ASSERT_NE(now.find(QStringLiteral("e2")), Org::npos);
    EXPECT_EQ(now.manager(now.find(QStringLiteral("e1"))), now.find(QStringLiteral("e2")));
}

TEST(SaveCheck, ReorderedReportsAreSavedAndLoadedInOrder)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan loaded = writtenAndLoaded(twoTeamsPlan(), path);
    ASSERT_EQ(loaded.scenarios.size(), 1u);
    // Move e1 away and back: m1's reports are the same, cto's order changes.
    Org &o = loaded.scenarios[0].org;
    o.setManager(o.find(QStringLiteral("m1")), Org::npos);
    o.setManager(o.find(QStringLiteral("m1")), o.find(QStringLiteral("cto")));
    ASSERT_TRUE(PlanStore::save(loaded, path, QStringLiteral("me")).ok);
    // A second save of the same plan writes nothing and keeps the order.
    ASSERT_TRUE(PlanStore::save(loaded, path, QStringLiteral("me")).ok);
    const Org now = storedOrg(path);
    std::vector<QString> reports;
    for (Org::Vertex r : now.reports(now.find(QStringLiteral("cto"))))
        reports.push_back(now.position(r).id);
    EXPECT_EQ(reports, (std::vector<QString>{QStringLiteral("m2"), QStringLiteral("m1")}));
}

// An incremental save finds changed rows by their digest: a change of a date, a
// hiring status or a budget alone is a change, written and read back.
TEST(SaveCheck, DatesStatusAndBudgetAloneAreSaved)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan loaded = writtenAndLoaded(twoTeamsPlan(), path);
    ASSERT_EQ(loaded.scenarios.size(), 1u);
    Org &o = loaded.scenarios[0].org;
    Position e1 = o.position(o.find(QStringLiteral("e1")));
    e1.setStartDate(QDate(2027, 7, 1));
    o.setPosition(o.find(QStringLiteral("e1")), e1);
    Position e2 = o.position(o.find(QStringLiteral("e2")));
    e2.name.clear();
    e2.setStatus(HiringStatus::Interviewing);
    e2.setBudget(30000);
    o.setPosition(o.find(QStringLiteral("e2")), e2);
    ASSERT_TRUE(PlanStore::save(loaded, path).ok);
    const Org now = storedOrg(path);
    EXPECT_EQ(now.position(now.find(QStringLiteral("e1"))).startDate(), QDate(2027, 7, 1));
    EXPECT_EQ(now.position(now.find(QStringLiteral("e2"))).status(), HiringStatus::Interviewing);
    EXPECT_EQ(now.position(now.find(QStringLiteral("e2"))).budget(), std::optional<double>(30000));
    // And a date alone again, on a row saved before.
    e1.setStartDate(QDate(2028, 1, 1));
    loaded.scenarios[0].org.setPosition(loaded.scenarios[0].org.find(QStringLiteral("e1")), e1);
    ASSERT_TRUE(PlanStore::save(loaded, path).ok);
    const Org later = storedOrg(path);
    EXPECT_EQ(later.position(later.find(QStringLiteral("e1"))).startDate(), QDate(2028, 1, 1));
}
