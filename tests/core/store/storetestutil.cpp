// SPDX-License-Identifier: MIT
#include "storetestutil.h"
#include "testutil.h"

#include "store/planlocation.h"
#include "store/sqldatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace org::test {

Plan planOf(const Org &org)
{
    Plan p;
    p.scenarios.push_back({defaultScenarioName(), org, 0});
    return p;
}

Plan twoTeamsPlan(const char *moreRows)
{
    return planOf(orgFromCsv(QStringLiteral("id,name,manager_id,role\n"
                                            "cto,A,,cto\n"
                                            "m1,B,cto,tech_manager\n"
                                            "m2,C,cto,tech_manager\n"
                                            "e1,D,m1,engineer\n"
                                            "e2,E,m2,engineer\n")
                             + QString::fromUtf8(moreRows)));
}

Plan readThrough(const QString &location, storeimpl::RowPath path)
{
    storeimpl::SqlDatabase c(QStringLiteral("QSQLITE"));
    storeimpl::openLocation(c, location, false);
    Plan plan;
    storeimpl::readPlan(c.db(), plan, path);
    return plan;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "cannot read " << path.toStdString();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void execAsAnotherWriter(const QString &path, QStringList statements)
{
    statements << QStringLiteral("UPDATE meta SET value = 'another writer' WHERE key = 'save_id'");
    execRaw(path, statements);
}

void execRaw(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void expectRefusedAsIs(const QString &path, const Plan &plan, const QString &why)
{
    const QByteArray before = fileHash(path);
    Plan p;
    const StoreStatus st = PlanStore::load(path, p);
    EXPECT_FALSE(st.ok);
    EXPECT_TRUE(st.error.contains(why)) << st.error.toStdString();
    Plan other = plan;
    EXPECT_FALSE(PlanStore::save(other, path).ok) << path.toStdString();
    EXPECT_EQ(fileHash(path), before) << path.toStdString() << " was changed";
}

Plan writtenAndLoaded(Plan plan, const QString &path)
{
    const StoreStatus written = PlanStore::replace(plan, path);
    EXPECT_TRUE(written.ok) << written.error.toStdString();
    Plan loaded;
    const StoreStatus read = PlanStore::load(path, loaded);
    EXPECT_TRUE(read.ok) << read.error.toStdString();
    return loaded;
}

TwoClients twoClients(Plan plan, const QString &location)
{
    TwoClients c;
    const StoreStatus written = PlanStore::replace(plan, location);
    EXPECT_TRUE(written.ok) << written.error.toStdString();
    EXPECT_TRUE(PlanStore::load(location, c.alice).ok);
    EXPECT_TRUE(PlanStore::load(location, c.bob).ok);
    return c;
}

void aliceMoves(TwoClients &clients, const QString &location, const QString &id, const QString &manager)
{
    Org &a = clients.alice.scenarios[0].org;
    a.setManager(a.find(id), a.find(manager));
    const StoreStatus st = PlanStore::save(clients.alice, location, QStringLiteral("alice"));
    EXPECT_TRUE(st.ok) << st.error.toStdString();
}

Org storedOrg(const QString &location)
{
    Plan now;
    const StoreStatus loaded = PlanStore::load(location, now);
    EXPECT_TRUE(loaded.ok) << loaded.error.toStdString();
    return now.scenarios.empty() ? Org() : now.scenarios[0].org;
}

void expectCrossingMovesRefused(const QString &location, TwoClients &clients, const QString &x,
                                const QString &y, const QString &yManager)
{
    aliceMoves(clients, location, x, y);
    Org &b = clients.bob.scenarios[0].org;
    b.setManager(b.find(y), b.find(x));
    const StoreStatus st = PlanStore::save(clients.bob, location, QStringLiteral("bob"));
    ASSERT_FALSE(st.ok);
    EXPECT_TRUE(st.conflict);
    EXPECT_EQ(st.kind, StoreError::Conflict);
    EXPECT_TRUE(st.error.contains(QStringLiteral("cycle"))) << st.error.toStdString();
    const Org n = storedOrg(location);
    EXPECT_EQ(n.manager(n.find(x)), n.find(y));
    EXPECT_EQ(n.manager(n.find(y)), n.find(yManager));
}

} // namespace org::test
