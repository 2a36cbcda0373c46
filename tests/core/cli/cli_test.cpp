// SPDX-License-Identifier: MIT
// orgdesigner-cli validate / stats as a user runs them: exit codes, JSON, languages.
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QImage>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <sys/resource.h>

using org::test::runCli;
using org::test::TempFiles;

namespace {

QJsonObject json(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
    return doc.object();
}

QByteArray bigTeam(int programmers)
{
    QByteArray csv = "id,name,manager_id,role\ncto,Wang Wei,,cto\n";
    for (int i = 0; i < programmers; ++i)
        csv += "p" + QByteArray::number(i) + ",P" + QByteArray::number(i) + ",cto,programmer\n";
    return csv;
}

/// The CLI refused with exit code 2, its message names every part, and `output` was not written.
void expectRefused(const org::test::CliRun &r, std::initializer_list<const char *> parts, const QString &output)
{
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    for (const char *part : parts)
        EXPECT_TRUE(r.err.contains(QString::fromUtf8(part))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(output));
}

} // namespace

TEST(CliValidate, CleanOrgExitsZero)
{
    TempFiles t;
    const auto r = runCli({QStringLiteral("validate"), t.write(QStringLiteral("ok.csv"), bigTeam(5))});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 errors"))) << r.out.toStdString();
}

TEST(CliValidate, ErrorRuleExitsOneWithTheDesignJson)
{
    TempFiles t;
    const auto r = runCli({QStringLiteral("validate"), t.write(QStringLiteral("big.csv"), bigTeam(24)),
                           QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    const QJsonObject o = json(r.out);
    EXPECT_EQ(o.value(QStringLiteral("positions")).toInt(), 25);
    EXPECT_EQ(o.value(QStringLiteral("open_positions")).toInt(), 0);
    const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
    ASSERT_FALSE(problems.isEmpty());
    const QJsonObject p = problems.first().toObject();
    EXPECT_EQ(p.value(QStringLiteral("rule")).toString(), QStringLiteral("director-required"));
    EXPECT_EQ(p.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    EXPECT_EQ(p.value(QStringLiteral("position")).toString(), QStringLiteral("cto"));
    EXPECT_EQ(p.value(QStringLiteral("headcount")).toInt(), 25);
    EXPECT_TRUE(p.value(QStringLiteral("message")).toString().contains(QStringLiteral("Wang Wei")));
}

TEST(CliValidate, WarningsAloneExitZero)
{
    TempFiles t;
    QByteArray csv = "id,name,manager_id,role\nm,M,,staff\n";
    for (int i = 0; i < 16; ++i)
        csv += "s" + QByteArray::number(i) + ",S,m,staff\n";
    const auto r = runCli({QStringLiteral("validate"), t.write(QStringLiteral("wide.csv"), csv),
                           QStringLiteral("--format=json")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(json(r.out).value(QStringLiteral("problems")).toArray().first().toObject()
                  .value(QStringLiteral("rule")).toString(), QStringLiteral("span-of-control"));
}

TEST(CliValidate, ChineseMessagesKeepIdsAndKeys)
{
    TempFiles t;
    const auto r = runCli({QStringLiteral("validate"), t.write(QStringLiteral("big.csv"), bigTeam(24)),
                           QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"),
                           QStringLiteral("zh_CN")});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject p = json(r.out).value(QStringLiteral("problems")).toArray().first().toObject();
    EXPECT_EQ(p.value(QStringLiteral("rule")).toString(), QStringLiteral("director-required"));
    EXPECT_EQ(p.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    EXPECT_TRUE(p.value(QStringLiteral("message")).toString().contains(QStringLiteral("技术总监")));
}

TEST(CliValidate, BadInputExitsTwoNamingFileLineAndCulprit)
{
    TempFiles t;
    const QString dup = t.write(QStringLiteral("dup.csv"), "id,name,manager_id,role\n1,A,,cto\n1,B,,cto\n");
    auto r = runCli({QStringLiteral("validate"), dup});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(dup + QStringLiteral(":3:"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("duplicate")));
    r = runCli({QStringLiteral("validate"), dup, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("重复"))) << r.err.toStdString();
    r = runCli({QStringLiteral("validate"), dup, QStringLiteral("--lang"), QStringLiteral("zh")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("重复"))) << "--lang zh is Chinese too: " << r.err.toStdString();
    r = runCli({QStringLiteral("validate"), t.path(QStringLiteral("missing.csv"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("missing.csv")));
    r = runCli({QStringLiteral("validate"), t.write(QStringLiteral("empty.csv"), "")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("empty")));
}

TEST(CliValidate, WrongCommandLineExitsTwo)
{
    TempFiles t;
    const QString ok = t.write(QStringLiteral("ok.csv"), bigTeam(2));
    for (const QStringList &args : {QStringList{QStringLiteral("validate")},
                                    QStringList{QStringLiteral("validate"), ok, QStringLiteral("--bogus")},
                                    QStringList{QStringLiteral("validate"), ok, QStringLiteral("--format"), QStringLiteral("xml")},
                                    QStringList{QStringLiteral("validate"), ok, QStringLiteral("--lang"), QStringLiteral("fr")},
                                    QStringList{QStringLiteral("frobnicate")}}) {
        const auto r = runCli(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(r.err.trimmed().isEmpty());
    }
    const auto help = runCli({QStringLiteral("validate"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--format")));
}

TEST(CliValidate, PublicFilesWithInferredRoles)
{
    const auto r = runCli({QStringLiteral("validate"), org::test::publicData(QStringLiteral("oracle_hr_employees_107.csv")),
                           org::test::publicData(QStringLiteral("adventureworks_employees_290.csv")),
                           org::test::publicData(QStringLiteral("d3_org_chart_synthetic_1516.csv")),
                           QStringLiteral("--infer-roles"), QStringLiteral("--format"), QStringLiteral("json")});
    // The synthetic file has 70 CTOs: single-cto errors.
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    const QJsonArray files = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(files.size(), 3);
    bool productionControlFound = false;
    for (const QJsonValue &p : files.at(1).toObject().value(QStringLiteral("problems")).toArray()) {
        const QJsonObject o = p.toObject();
        if (o.value(QStringLiteral("rule")).toString() == QLatin1String("span-of-control")
            && o.value(QStringLiteral("position")).toString() == QLatin1String("26")) {
            productionControlFound = true;
            EXPECT_EQ(o.value(QStringLiteral("direct_reports")).toInt(), 22);
        }
    }
    EXPECT_TRUE(productionControlFound);
    EXPECT_EQ(files.at(2).toObject().value(QStringLiteral("positions")).toInt(), 1516);
}

TEST(CliStats, JsonHasHeadcountSpanAndCost)
{
    const auto r = runCli({QStringLiteral("stats"), org::test::publicData(QStringLiteral("oracle_hr_employees_107.csv")),
                           QStringLiteral("--infer-roles"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r.out);
    EXPECT_EQ(o.value(QStringLiteral("positions")).toInt(), 107);
    EXPECT_EQ(o.value(QStringLiteral("span_of_control")).toObject().value(QStringLiteral("max")).toInt(), 14);
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("monthly_cost")).toDouble(), 691416.0);
    EXPECT_FALSE(o.value(QStringLiteral("by_team")).toArray().isEmpty());
}

TEST(CliStats, TextInChinese)
{
    const auto r = runCli({QStringLiteral("stats"), QStringLiteral(ORG_SAMPLES "/sample_org.csv"),
                           QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("岗位"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("月度成本")));
}

TEST(CliExport, HugeOrgToPngKeepsTheTopLevelsThatFit)
{
    TempFiles t;
    const QString png = t.path(QStringLiteral("wide.png"));
    const auto r = runCli({QStringLiteral("export"), org::test::publicData(QStringLiteral("d3_org_chart_synthetic_1516.csv")),
                           QStringLiteral("--infer-roles"), QStringLiteral("-o"), png});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString(); // 70 CTOs: single-cto errors, chart still written
    EXPECT_TRUE(r.err.contains(QStringLiteral("showing the top"))) << r.err.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_LE(image.width(), 16000);
    EXPECT_GT(image.width(), 2000);
}

namespace {

/// A chain of `n` positions, each reporting to the one before ("Node-00042").
QByteArray chainCsv(int n)
{
    QByteArray csv = "id,name,manager_id,role\n";
    csv.reserve(n * 32);
    for (int i = 0; i < n; ++i)
        csv += QByteArray::number(i) + ",Node-" + QByteArray::number(i).rightJustified(5, '0') + ","
               + (i > 0 ? QByteArray::number(i - 1) : QByteArray()) + ",engineer\n";
    return csv;
}

/// The largest resident set of any child process waited for so far, in KiB.
long childrenMaxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

TEST(CliExport, DeepChainToA4PagesInBoundedMemory)
{
    // 20,000 levels over ~1,500 A4 pages. Each page used to keep a layout of the
    // whole org: 100,000 levels needed 11.6 GB and aborted.
    TempFiles t;
    const QString csv = t.write(QStringLiteral("chain.csv"), chainCsv(20000));
    const QString pdf = t.path(QStringLiteral("chain.pdf"));
    const auto r = runCli({QStringLiteral("export"), csv, QStringLiteral("-o"), pdf, QStringLiteral("--page"),
                           QStringLiteral("A4")});
    // Exit 1: more than 20 engineers under one without a tech director (director-required); still written.
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    // 12 levels a page: ⌈20,000 / 12⌉ pages.
    EXPECT_TRUE(r.err.contains(QStringLiteral("chain.pdf: 1667 pages"))) << r.err.toStdString();
    EXPECT_GT(QFileInfo(pdf).size(), 100000);
    EXPECT_LT(childrenMaxRssKiB(), 1024L * 1024) << "KiB";
}

TEST(CliExport, TooLargeForOnePdfPageIsRefusedWithAdvice)
{
    TempFiles t;
    const QString csv = t.write(QStringLiteral("wide.csv"), bigTeam(5000));
    const QString pdf = t.path(QStringLiteral("wide.pdf"));
    auto r = runCli({QStringLiteral("export"), csv, QStringLiteral("-o"), pdf});
    expectRefused(r, {"too large for one PDF page", "--page A4", "--root"}, pdf);
    // The advice works: A4 pages share the team out (exit 1: the rules find errors in it).
    r = runCli({QStringLiteral("export"), csv, QStringLiteral("-o"), pdf, QStringLiteral("--page"),
                QStringLiteral("A4")});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(pdf));
    EXPECT_LT(childrenMaxRssKiB(), 1024L * 1024) << "KiB";
}

TEST(CliExport, RootAndDepthExportAPart)
{
    TempFiles t;
    const QString csv = t.write(QStringLiteral("chain.csv"), chainCsv(50));
    const QString svg = t.path(QStringLiteral("part.svg"));
    auto r = runCli({QStringLiteral("export"), csv, QStringLiteral("-o"), svg, QStringLiteral("--root"),
                     QStringLiteral("10"), QStringLiteral("--depth"), QStringLiteral("2")});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString(); // the whole org breaks director-required
    QFile f(svg);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    for (const char *shown : {"Node-00010", "Node-00011", "Node-00012"})
        EXPECT_TRUE(text.contains(shown)) << shown;
    for (const char *hidden : {"Node-00009", "Node-00013", "Node-00000", "Node-00049"})
        EXPECT_FALSE(text.contains(hidden)) << hidden;
    // A PDF of a part: one page.
    const QString pdf = t.path(QStringLiteral("part.pdf"));
    r = runCli({QStringLiteral("export"), csv, QStringLiteral("-o"), pdf, QStringLiteral("--root"),
                QStringLiteral("40"), QStringLiteral("--depth"), QStringLiteral("3")});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("1 page"))) << r.err.toStdString();
    // Wrong values: exit 2 with the reason.
    r = runCli({QStringLiteral("export"), csv, QStringLiteral("-o"), svg, QStringLiteral("--root"),
                QStringLiteral("nobody")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nobody"))) << r.err.toStdString();
    r = runCli({QStringLiteral("export"), csv, QStringLiteral("-o"), svg, QStringLiteral("--depth"),
                QStringLiteral("-1")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--depth"))) << r.err.toStdString();
}

TEST(CliExport, SvgOfTooManyCardsIsRefusedWithAdvice)
{
    // The SVG generator holds the whole document in memory: at most 10,000 cards.
    TempFiles t;
    const QString csv = t.write(QStringLiteral("team.csv"), bigTeam(10000));
    const QString svg = t.path(QStringLiteral("team.svg"));
    auto r = runCli({QStringLiteral("export"), csv, QStringLiteral("-o"), svg});
    expectRefused(r, {"10001 cards", "--depth"}, svg);
    // A part of it is fine (exit 1: the team breaks the error rules).
    r = runCli({QStringLiteral("export"), csv, QStringLiteral("-o"), svg, QStringLiteral("--root"),
                QStringLiteral("p7")});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(svg));
}

TEST(CliExport, ScaleMustBeAFinitePositiveNumber)
{
    TempFiles t;
    const QString csv = t.write(QStringLiteral("ok.csv"), bigTeam(2));
    for (const char *scale : {"nan", "NaN", "inf", "-inf", "-1", "0", "17", "two"}) {
        const auto r = runCli({QStringLiteral("export"), csv, QStringLiteral("-o"), t.path(QStringLiteral("out.png")),
                               QStringLiteral("--scale"), QLatin1String(scale)});
        EXPECT_EQ(r.exitCode, 2) << scale;
        EXPECT_TRUE(r.err.contains(QStringLiteral("--scale"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(scale))) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(t.path(QStringLiteral("out.png")))) << scale;
    }
}

TEST(CliValidate, DevicesAreRefusedNotReadUntilMemoryRunsOut)
{
    for (const char *command : {"validate", "stats", "import"}) {
        QStringList args{QLatin1String(command), QStringLiteral("/dev/zero")};
        if (QLatin1String(command) == QLatin1String("import"))
            args << QStringLiteral("-o") << QDir::temp().filePath(QStringLiteral("never.orgplan"));
        const auto r = runCli(args);
        EXPECT_EQ(r.exitCode, 2) << command;
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("/dev/zero: "))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("not a regular file"))) << r.err.toStdString();
    }
}

TEST(CliValidate, EncodingOptionOverridesDetection)
{
    TempFiles t;
    // "Jürgen" in Windows-1252: detected as such, or read as what --encoding says.
    const QString csv = t.write(QStringLiteral("latin.csv"), "id,name,manager_id,role\n1,J\xfcrgen,,cto\n");
    auto r = runCli({QStringLiteral("stats"), csv, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("validate"), csv, QStringLiteral("--encoding"), QStringLiteral("windows-1252")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("validate"), csv, QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(csv + QStringLiteral(":2: column 4: byte 0xFC is not valid UTF-8"))) << r.err.toStdString();
    r = runCli({QStringLiteral("validate"), csv, QStringLiteral("--encoding"), QStringLiteral("ebcdic")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown encoding \"ebcdic\""))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Windows-1252"))) << r.err.toStdString();

    // import, layout and export take it too.
    const QString plan = t.path(QStringLiteral("latin.orgplan"));
    r = runCli({QStringLiteral("import"), csv, QStringLiteral("-o"), plan, QStringLiteral("--encoding"), QStringLiteral("cp1252")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("export-csv"), plan, QStringLiteral("-o"), t.path(QStringLiteral("back.csv"))});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile back(t.path(QStringLiteral("back.csv")));
    ASSERT_TRUE(back.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(back.readAll()).contains(QStringLiteral("Jürgen")));
    for (const char *command : {"layout", "export"}) {
        r = runCli({QLatin1String(command), csv, QStringLiteral("--encoding"), QStringLiteral("utf-8"), QStringLiteral("-o"),
                    t.path(QStringLiteral("out.svg"))});
        EXPECT_EQ(r.exitCode, 2) << command;
        EXPECT_TRUE(r.err.contains(QStringLiteral("0xFC"))) << r.err.toStdString();
    }
}

TEST(CliValidate, UserDataIsNeverReadAsPlaceholders)
{
    TempFiles t;
    // An import error: the id "a%2b" used to show as "a" + the line number + "b".
    auto r = runCli({QStringLiteral("validate"),
                     t.write(QStringLiteral("dup.csv"), "id,name,manager_id,role\na%2b,A,,cto\na%2b,B,,engineer\n")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("duplicate id \"a%2b\" (already used on line 2)"))) << r.err.toStdString();
    r = runCli({QStringLiteral("validate"),
                t.write(QStringLiteral("mgr.csv"), "id,name,manager_id,role\n1,A,,cto\n2,B,x%1%2y,engineer\n")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("manager id \"x%1%2y\" of \"2\""))) << r.err.toStdString();

    // A rule message: the CTO's name and the team hold placeholders.
    QByteArray csv = "id,name,manager_id,role,team\ncto,W%1a%2ng %3,,cto,R%2D\n";
    for (int i = 0; i < 24; ++i)
        csv += "p" + QByteArray::number(i) + ",P" + QByteArray::number(i) + ",cto,programmer,R%2D\n";
    const QString file = t.write(QStringLiteral("rule.csv"), csv);
    r = runCli({QStringLiteral("validate"), file});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("W%1a%2ng %3"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("(limit 20)"))) << r.out.toStdString();
    r = runCli({QStringLiteral("stats"), file});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("R%2D"))) << r.out.toStdString();
}
