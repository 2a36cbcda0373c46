// SPDX-License-Identifier: MIT
// Kill -9 during saves: a child process saves a plan over and over and is
// killed at random moments; the plan must open every time with the old or
// the new content.
#include "store/planstore.h"
#include "testutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

Org bigOrg()
{
    QString csv = QStringLiteral("id,name,manager_id,role,title,team\n0,Root,,cto,Boss,T\n1,One,0,tech_manager,EM,T\n"
                                 "2,Two,0,tech_manager,EM,T\n");
    for (int i = 3; i < 3000; ++i)
        csv += QStringLiteral("%1,Person %1,%2,engineer,Engineer %1,T\n").arg(i).arg(1 + i % 2);
    return orgFromCsv(csv);
}

Org variant(Org o)
{
    for (Org::Vertex v = 0; v < Org::Vertex(o.size()); ++v) {
        Position p = o.position(v);
        p.title += QLatin1Char('*');
        o.setPosition(v, p);
    }
    o.setManager(2, 1);
    return o;
}

void killDuringSaves(const char *mode, int rounds)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("kill.orgplan"));
    const Org a = bigOrg();
    const Org b = variant(a);
    Plan plan;
    plan.scenarios.push_back({defaultScenarioName(), a, 0});
    ASSERT_TRUE(PlanStore::replace(plan, path).ok);
    int sawA = 0, sawB = 0, duringSave = 0;
    for (int i = 0; i < rounds; ++i) {
        QProcess child;
        child.start(QStringLiteral(ORG_SAVE_HELPER), {path, QString::fromLatin1(mode)});
        ASSERT_TRUE(child.waitForStarted());
        // The first save has begun; kill somewhere in it or in the rounds after.
        ASSERT_TRUE(child.waitForReadyRead(20000)) << child.readAllStandardError().toStdString();
        QThread::msleep(QRandomGenerator::global()->bounded(1, 120));
        child.kill(); // SIGKILL
        ASSERT_TRUE(child.waitForFinished(20000));
        ASSERT_EQ(child.exitStatus(), QProcess::CrashExit)
            << "round " << i << ": the helper stopped by itself: " << child.readAllStandardError().toStdString();
        // Its last word tells whether the kill landed while a save was in progress.
        const QList<QByteArray> said = child.readAllStandardOutput().trimmed().split('\n');
        ASSERT_FALSE(said.isEmpty());
        duringSave += said.last() == "begin";
        Plan back;
        const StoreStatus st = PlanStore::load(path, back);
        ASSERT_TRUE(st.ok) << "round " << i << ": " << st.error.toStdString();
        const Org &o = back.scenarios.at(0).org;
        const bool isA = o == a, isB = o == b;
        ASSERT_TRUE(isA || isB) << "round " << i << ": the plan holds a mix";
        sawA += isA;
        sawB += isB;
    }
    std::printf("%s: %d times old, %d times new, %d kills during a save\n", mode, sawA, sawB, duringSave);
    // Otherwise the test proved nothing about kills during saves.
    EXPECT_GE(duringSave, 1) << "no kill landed while a save was in progress";
}

} // namespace

TEST(KillDuringSave, TransactionalSavesSurviveSigkill)
{
    EXPECT_NO_FATAL_FAILURE(killDuringSaves("save", 25));
}

TEST(KillDuringSave, AtomicReplaceSurvivesSigkill)
{
    EXPECT_NO_FATAL_FAILURE(killDuringSaves("replace", 25));
}
