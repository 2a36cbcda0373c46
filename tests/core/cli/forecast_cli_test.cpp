// SPDX-License-Identifier: MIT
// orgdesigner-cli forecast, and --as-of of validate, stats and export (issue 16).
#include "testutil.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

/// A CEO (not technical) over Payments: its manager and 16 people today; hires
/// dated 2027 Q1 (2), 20 May 2027 (1, counts from Q3) and 2027 Q3 (4) take the team from 17 to 24
/// technical people: past 20 with the hires of 2027 Q3. One engineer leaves at
/// the end of 2027.
QByteArray paymentsPlan()
{
    QByteArray csv = "id,name,manager_id,role,team,product_line,salary,start_date,end_date,status,budget\n"
                     "ceo,Li Na,,ceo,Exec,,90000,,,,\n"
                     "pm,Xu Tao,ceo,tech_manager,Payments,Payments,42000,,,,\n"
                     "arch,Ana Silva,pm,architect,Payments,Payments,45000,,,,\n";
    for (int i = 0; i < 15; ++i)
        csv += QStringLiteral("e%1,Eng %1,pm,engineer,Payments,Payments,%2,,%3,,\n")
                   .arg(i)
                   .arg(20000 + 500 * i)
                   .arg(i == 0 ? QStringLiteral("2027-12-31") : QString())
                   .toUtf8();
    csv += "h1,,pm,engineer,Payments,Payments,,2027Q1,,offer,26000\n"
           "h2,,pm,programmer,Payments,Payments,,2027-01-01,,interviewing,\n"
           "h3,,pm,engineer,Payments,Payments,,2027-05-20,,approved,\n"
           "h4,,pm,engineer,Payments,Payments,,2027Q3,,approved,24000\n"
           "h5,,pm,programmer,Payments,Payments,,2027Q3,,planned,\n"
           "h6,,pm,programmer,Payments,Payments,,2027-07-01,,planned,\n"
           "h7,,pm,engineer,Payments,Payments,,2027Q3,,planned,\n";
    return csv;
}

/// Runs orgdesigner-cli with `command` (its name and options, separated by spaces;
/// the file goes after the name) on `file`.
CliRun runOn(const QString &file, const char *command)
{
    QStringList args = QString::fromLatin1(command).split(QLatin1Char(' '));
    args.insert(1, file);
    return runCli(args);
}

QJsonArray startedIn(const QJsonObject &quarter)
{
    return quarter.value(QStringLiteral("started")).toArray();
}

bool hasRule(const QJsonArray &problems, const char *rule, const char *position)
{
    for (const QJsonValue &v : problems)
        if (v.toObject().value(QStringLiteral("rule")).toString() == QLatin1String(rule)
            && v.toObject().value(QStringLiteral("position")).toString() == QLatin1String(position))
            return true;
    return false;
}

} // namespace

TEST(CliForecast, DirectorRequiredStartsIn2027Q3AndCostIsThatOfTheActivePositions)
{
    TempFiles t;
    const QByteArray csv = paymentsPlan();
    const QString path = t.write(QStringLiteral("payments.csv"), csv);
    const CliRun r = runOn(path, "forecast --from 2026Q3 --to 2028Q2 --format json");
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString(); // an error rule fires within the range
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray quarters = root.value(QStringLiteral("quarters")).toArray();
    ASSERT_EQ(quarters.size(), 8) << r.out.toStdString();
    QStringList seen;
    for (const QJsonValue &v : quarters) {
        const QJsonObject q = v.toObject();
        const QString key = q.value(QStringLiteral("quarter")).toString();
        seen << key;
        // Exactly the keys of the issue.
        QStringList keys = q.keys();
        keys.sort();
        EXPECT_EQ(keys, (QStringList{QStringLiteral("headcount"), QStringLiteral("monthly_cost"),
                                     QStringLiteral("open_positions"), QStringLiteral("quarter"),
                                     QStringLiteral("started"), QStringLiteral("stopped")}));
        const QDate day(key.left(4).toInt(), (key.mid(5).toInt() - 1) * 3 + 1, 1);
        EXPECT_DOUBLE_EQ(q.value(QStringLiteral("monthly_cost")).toDouble(), expectedMonthlyCost(csv, day)) << key.toStdString();
        EXPECT_EQ(hasRule(startedIn(q), "director-required", "pm"), key == QLatin1String("2027Q3")) << key.toStdString();
    }
    EXPECT_EQ(seen.first(), QStringLiteral("2026Q3"));
    EXPECT_EQ(seen.last(), QStringLiteral("2028Q2"));
    const QJsonObject q3 = quarters[4].toObject();
    EXPECT_EQ(q3.value(QStringLiteral("quarter")).toString(), QStringLiteral("2027Q3"));
    EXPECT_EQ(q3.value(QStringLiteral("headcount")).toInt(), 18);       // ceo, pm, arch, 15 engineers
    EXPECT_EQ(q3.value(QStringLiteral("open_positions")).toInt(), 7);   // h1–h7
    // The problem object is validate's.
    for (const QJsonValue &v : startedIn(q3)) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("rule")).toString() != QLatin1String("director-required"))
            continue;
        EXPECT_EQ(p.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        EXPECT_EQ(p.value(QStringLiteral("headcount")).toInt(), 24);
        EXPECT_FALSE(p.value(QStringLiteral("message")).toString().isEmpty());
    }
    // narrow-span carries its number of direct reports like span-of-control.
    for (const QJsonValue &q : quarters)
        for (const QJsonValue &v : startedIn(q.toObject()))
            if (v.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("narrow-span")) {
                EXPECT_GT(v.toObject().value(QStringLiteral("direct_reports")).toInt(), 0);
            }
    // 2027 Q2: 17 + 2 = 19 technical people, not past 20; no director needed yet.
    EXPECT_EQ(quarters[3].toObject().value(QStringLiteral("quarter")).toString(), QStringLiteral("2027Q2"));
    EXPECT_FALSE(hasRule(startedIn(quarters[3].toObject()), "director-required", "pm"));
}

TEST(CliForecast, TextNamesTheQuarterAndBadRangesAreRefused)
{
    TempFiles t;
    const QString path = t.write(QStringLiteral("payments.csv"), paymentsPlan());
    CliRun r = runOn(path, "forecast --from 2027Q1 --to 2027Q4");
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Payments passes 20 technical people in 2027 Q3"))) << r.out.toStdString();
    r = runOn(path, "forecast --from 2027Q1 --to 2027Q4 --lang zh_CN");
    EXPECT_TRUE(r.out.contains(QStringLiteral("2027 Q3"))) << r.out.toStdString();
    r = runOn(path, "forecast --from 2027Q5");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("2027Q5"))) << r.err.toStdString();
    r = runOn(path, "forecast --from 2028Q1 --to 2027Q1");
    EXPECT_EQ(r.exitCode, 2);
}

TEST(CliAsOf, ValidateStatsAndExportAtADate)
{
    TempFiles t;
    const QString path = t.write(QStringLiteral("payments.csv"), paymentsPlan());
    CliRun r = runOn(path, "validate --as-of 2027Q2 --format json");
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("open_positions")).toInt(), 2); // h1, h2 (h3 starts 20 May)
    bool narrow = false; // the CEO has one direct report: narrow-span, with the number
    for (const QJsonValue &v : o.value(QStringLiteral("problems")).toArray())
        if (v.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("narrow-span")) {
            EXPECT_EQ(v.toObject().value(QStringLiteral("position")).toString(), QStringLiteral("ceo"));
            EXPECT_EQ(v.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
            EXPECT_EQ(v.toObject().value(QStringLiteral("direct_reports")).toInt(), 1);
            narrow = true;
        }
    EXPECT_TRUE(narrow);
    r = runOn(path, "validate --as-of 2027-07-01 --format json");
    EXPECT_EQ(r.exitCode, 1);
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_TRUE(hasRule(o.value(QStringLiteral("problems")).toArray(), "director-required", "pm")) << r.out.toStdString();
    // Without --as-of the whole plan counts, as before.
    EXPECT_EQ(runOn(path, "validate").exitCode, 1);
    r = runOn(path, "validate --as-of soon");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("soon")));

    r = runOn(path, "stats --as-of 2028Q1 --format json");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("positions")).toInt(), 24); // e0 has left
    EXPECT_EQ(o.value(QStringLiteral("open_positions")).toInt(), 7);
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("monthly_cost")).toDouble(), expectedMonthlyCost(paymentsPlan(), QDate(2028, 1, 1)));
    EXPECT_EQ(o.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));

    // export draws the org of the day: fewer cards before the hires.
    const QString before = t.path(QStringLiteral("before.svg")), after = t.path(QStringLiteral("after.svg"));
    ASSERT_EQ(runCli({QStringLiteral("export"), path, QStringLiteral("-o"), before, QStringLiteral("--as-of"),
                      QStringLiteral("2026Q4")}).exitCode, 0);
    ASSERT_EQ(runCli({QStringLiteral("export"), path, QStringLiteral("-o"), after, QStringLiteral("--as-of"),
                      QStringLiteral("2027Q3")}).exitCode, 1);
    QFile b(before), a(after);
    ASSERT_TRUE(b.open(QIODevice::ReadOnly));
    ASSERT_TRUE(a.open(QIODevice::ReadOnly));
    const QByteArray sb = b.readAll(), sa = a.readAll();
    EXPECT_LT(sb.count("Open position"), sa.count("Open position"));
}
