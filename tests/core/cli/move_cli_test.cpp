// SPDX-License-Identifier: MIT
// orgdesigner-cli move: carries team and product line, or keeps them with --keep-team.
#include "edit/document.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

const QByteArray kCsv = "id,name,manager_id,role,team,product_line\n"
                        "T001,Ma Chao,,cto,Tech,\n"
                        "T002,Xu Tao,T001,tech_manager,Pay,Payments\n"
                        "T003,Li Na,T001,tech_manager,Web,Shop\n"
                        "T004,Wang Fang,T002,architect,Pay,Payments\n"
                        "T005,Zhao Lei,T004,programmer,Pay,Payments\n"
                        "T006,Sun Li,T004,programmer,Platform,Payments\n";

QString teamOf(const QString &plan, const QString &id)
{
    Document doc;
    if (!doc.open(plan))
        return QStringLiteral("<unreadable>");
    const Position &p = doc.org().position(doc.find(id));
    return p.team + QLatin1Char('/') + p.productLine;
}

} // namespace

TEST(CliMove, CarriesTeamAndProductLineUnlessKeepTeam)
{
    TempFiles t;
    const QString csv = t.write(QStringLiteral("org.csv"), kCsv);
    const QString plan = t.path(QStringLiteral("org.orgplan"));
    ASSERT_EQ(runCli({QStringLiteral("import"), csv, QStringLiteral("-o"), plan}).exitCode, 0);

    CliRun r = runCli({QStringLiteral("move"), plan, QStringLiteral("T004"), QStringLiteral("--to"),
                       QStringLiteral("T003")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(teamOf(plan, QStringLiteral("T004")), QStringLiteral("Web/Shop"));
    EXPECT_EQ(teamOf(plan, QStringLiteral("T005")), QStringLiteral("Web/Shop"));
    EXPECT_EQ(teamOf(plan, QStringLiteral("T006")), QStringLiteral("Platform/Payments"));

    // Back under Xu Tao, keeping Web/Shop.
    r = runCli({QStringLiteral("move"), plan, QStringLiteral("T004"), QStringLiteral("--to"), QStringLiteral("T002"),
                QStringLiteral("--keep-team")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(teamOf(plan, QStringLiteral("T004")), QStringLiteral("Web/Shop"));
    EXPECT_EQ(teamOf(plan, QStringLiteral("T005")), QStringLiteral("Web/Shop"));

    r = runCli({QStringLiteral("move"), QStringLiteral("--help")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("--keep-team"))) << r.out.toStdString();
}
