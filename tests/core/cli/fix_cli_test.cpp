// SPDX-License-Identifier: MIT
// orgdesigner-cli fix: lists fixes of a CSV, applies them to a plan through the Document.
#include "testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace org::test;

namespace {

QByteArray teamOf21()
{
    QByteArray csv = "id,name,manager_id,role,team,product_line\n"
                     "T001,Ma Chao,,cto,Tech,\n"
                     "T003,Xu Tao,T001,tech_manager,Pay,Payments\n";
    for (int i = 0; i < 21; ++i)
        csv += QStringLiteral("E%1,Eng %1,T003,engineer,Pay,Payments\n").arg(i).toUtf8();
    return csv;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST(CliFix, ListsFixesOfACsvWithTheirOutcome)
{
    TempFiles t;
    const QString csv = t.write(QStringLiteral("team.csv"), teamOf21());
    CliRun r = runCli({QStringLiteral("fix"), csv});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Insert an open Technical Director above Xu Tao"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 error"))) << r.out.toStdString();
    r = runCli({QStringLiteral("fix"), csv, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray fixes = o.value(QStringLiteral("fixes")).toArray();
    ASSERT_FALSE(fixes.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(fixes[0].toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("director-required"));
    EXPECT_EQ(fixes[0].toObject().value(QStringLiteral("outcome")).toObject().value(QStringLiteral("errors")).toInt(), -1);
    EXPECT_FALSE(fixes[0].toObject().value(QStringLiteral("applied")).toBool());
    EXPECT_TRUE(o.contains(QStringLiteral("problems")));
}

TEST(CliFix, AllFixesEveryErrorOfAPlanAndDryRunWritesNothing)
{
    TempFiles t;
    const QString csv = t.write(QStringLiteral("team.csv"), teamOf21());
    const QString plan = t.path(QStringLiteral("team.orgplan"));
    ASSERT_EQ(runCli({QStringLiteral("import"), csv, QStringLiteral("-o"), plan}).exitCode, 0);
    const QByteArray before = hashOf(plan);
    CliRun r = runCli({QStringLiteral("fix"), plan, QStringLiteral("--all"), QStringLiteral("--dry-run")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("applied"))) << r.out.toStdString();
    EXPECT_EQ(hashOf(plan), before);
    EXPECT_EQ(runCli({QStringLiteral("validate"), plan}).exitCode, 1);

    r = runCli({QStringLiteral("fix"), plan, QStringLiteral("--all")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    r = runCli({QStringLiteral("validate"), plan, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("positions")).toInt(), 24); // one open director added
    EXPECT_EQ(o.value(QStringLiteral("open_positions")).toInt(), 1);
}

TEST(CliFix, RuleAndPositionChooseProblemsAndBadChoicesAreRefused)
{
    TempFiles t;
    const QString plan = t.path(QStringLiteral("team.orgplan"));
    ASSERT_EQ(runCli({QStringLiteral("import"), t.write(QStringLiteral("team.csv"), teamOf21()), QStringLiteral("-o"),
                      plan}).exitCode, 0);
    CliRun r = runCli({QStringLiteral("fix"), plan, QStringLiteral("--rule"), QStringLiteral("no-such-rule")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no-such-rule")));
    r = runCli({QStringLiteral("fix"), plan, QStringLiteral("--position"), QStringLiteral("nobody")});
    EXPECT_EQ(r.exitCode, 2);
    // Only the span-of-control warning of T003: the director error stays.
    r = runCli({QStringLiteral("fix"), plan, QStringLiteral("--rule"), QStringLiteral("span-of-control"),
                QStringLiteral("--position"), QStringLiteral("T003")});
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("span-of-control"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("applied T003 [director-required]"))) << r.out.toStdString();
}
