// SPDX-License-Identifier: MIT
// The plan commands of orgdesigner-cli, end to end.
#include "store/planstore.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

// Acceptance: import each public CSV, copy a scenario, move a person, and the
// diff shows exactly that move with the headcount delta.
TEST(PlanCli, ImportCopyMoveDiffOnPublicData)
{
    TempFiles tmp;
    for (const QString &name : QDir(publicData(QString())).entryList({QStringLiteral("*.csv")})) {
        SCOPED_TRACE(name.toStdString());
        const QString plan = tmp.path(name + QStringLiteral(".orgplan"));
        CliRun r = runCli({QStringLiteral("import"), publicData(name), QStringLiteral("-o"), plan,
                           QStringLiteral("--infer-roles")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = runCli({QStringLiteral("scenarios"), plan, QStringLiteral("--copy"), QStringLiteral("Current"),
                    QStringLiteral("--as"), QStringLiteral("Reorg")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = runCli({QStringLiteral("scenarios"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonArray scenarios = json(r.out)[QStringLiteral("scenarios")].toArray();
        ASSERT_EQ(scenarios.size(), 2);
        EXPECT_EQ(scenarios[1].toObject()[QStringLiteral("name")].toString(), QStringLiteral("Reorg"));
        const int positions = scenarios[0].toObject()[QStringLiteral("positions")].toInt();
        EXPECT_EQ(scenarios[1].toObject()[QStringLiteral("positions")].toInt(), positions);

        // Move the last position under the first root (a leaf: never a cycle).
        Plan p;
        ASSERT_TRUE(PlanStore::load(plan, p).ok);
        const Org &o = p.scenarios[0].org;
        Org::Vertex leaf = Org::Vertex(o.size() - 1);
        while (o.reportCount(leaf) > 0 || o.manager(leaf) == o.roots().front())
            --leaf;
        const QString id = o.position(leaf).id;
        const QString from = o.position(o.manager(leaf)).id;
        const QString to = o.position(o.roots().front()).id;
        r = runCli({QStringLiteral("move"), plan, QStringLiteral("--scenario"), QStringLiteral("Reorg"), id,
                    QStringLiteral("--to"), to});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = runCli({QStringLiteral("diff"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject d = json(r.out);
        const QJsonArray changes = d[QStringLiteral("changes")].toArray();
        ASSERT_EQ(changes.size(), 1) << r.out.toStdString();
        const QJsonObject c = changes[0].toObject();
        EXPECT_EQ(c[QStringLiteral("kind")].toString(), QStringLiteral("moved"));
        EXPECT_EQ(c[QStringLiteral("position")].toString(), id);
        EXPECT_EQ(c[QStringLiteral("from")].toString(), from);
        EXPECT_EQ(c[QStringLiteral("to")].toString(), to);
        EXPECT_EQ(d[QStringLiteral("delta")][QStringLiteral("headcount")].toInt(), 0);
        // Text form too.
        r = runCli({QStringLiteral("diff"), plan, QStringLiteral("Current"), QStringLiteral("Reorg")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("moved"))) << r.out.toStdString();
        // Other commands read plans through OrgLoader.
        r = runCli({QStringLiteral("validate"), plan, QStringLiteral("--scenario"), QStringLiteral("Reorg")});
        EXPECT_NE(r.exitCode, 2) << r.err.toStdString();
        r = runCli({QStringLiteral("stats"), plan});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
}

TEST(PlanCli, ImportNeverOverwritesWithoutForce)
{
    TempFiles tmp;
    const QString csv = tmp.write(QStringLiteral("a.csv"), "id,name,manager_id,role\n1,A,,cto\n2,B,1,engineer\n");
    const QString plan = tmp.path(QStringLiteral("a.orgplan"));
    ASSERT_EQ(runCli({QStringLiteral("import"), csv, QStringLiteral("-o"), plan}).exitCode, 0);
    const QByteArray before = fileBytes(plan);
    const QString other = tmp.write(QStringLiteral("b.csv"), "id,name,manager_id,role\n9,Z,,ceo\n");
    CliRun r = runCli({QStringLiteral("import"), other, QStringLiteral("-o"), plan});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--force"))) << r.err.toStdString();
    EXPECT_EQ(fileBytes(plan), before);
    r = runCli({QStringLiteral("import"), other, QStringLiteral("-o"), plan, QStringLiteral("--force"),
                QStringLiteral("--scenario"), QStringLiteral("Fresh")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("scenarios"), plan});
    EXPECT_TRUE(r.out.contains(QStringLiteral("Fresh: 1 position"))) << r.out.toStdString();
    // A broken input changes nothing either.
    const QByteArray now = fileBytes(plan);
    const QString bad = tmp.write(QStringLiteral("bad.csv"), "id,name,manager_id,role\n1,A,,nope\n");
    EXPECT_EQ(runCli({QStringLiteral("import"), bad, QStringLiteral("-o"), plan, QStringLiteral("--force")}).exitCode, 2);
    EXPECT_EQ(fileBytes(plan), now);
}

TEST(PlanCli, RefusesCyclesUnknownIdsAndBrokenPlans)
{
    TempFiles tmp;
    const QString csv = tmp.write(QStringLiteral("a.csv"), "id,name,manager_id,role\n1,A,,cto\n2,B,1,tech_manager\n3,C,2,engineer\n");
    const QString plan = tmp.path(QStringLiteral("a.orgplan"));
    ASSERT_EQ(runCli({QStringLiteral("import"), csv, QStringLiteral("-o"), plan}).exitCode, 0);
    CliRun r = runCli({QStringLiteral("move"), plan, QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("3")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cycle"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("(1)")) && r.err.contains(QStringLiteral("(3)"))) << r.err.toStdString();
    r = runCli({QStringLiteral("set-role"), plan, QStringLiteral("3"), QStringLiteral("Architect")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("set-role"), plan, QStringLiteral("3"), QStringLiteral("wizard")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("tech_manager"))) << r.err.toStdString();
    r = runCli({QStringLiteral("export-csv"), plan, QStringLiteral("-o"), tmp.path(QStringLiteral("out.csv"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(fileBytes(tmp.path(QStringLiteral("out.csv"))).contains("3,C,2,architect"));

    const QString truncated = tmp.write(QStringLiteral("t.orgplan"), fileBytes(plan).left(1000));
    for (const QString &cmd : {QStringLiteral("validate"), QStringLiteral("scenarios"), QStringLiteral("diff")}) {
        r = runCli({cmd, truncated});
        EXPECT_EQ(r.exitCode, 2) << cmd.toStdString();
        EXPECT_FALSE(r.err.isEmpty());
    }
    r = runCli({QStringLiteral("move"), truncated, QStringLiteral("3"), QStringLiteral("--to"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(fileBytes(truncated), fileBytes(plan).left(1000));
}
