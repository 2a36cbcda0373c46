// SPDX-License-Identifier: MIT
// Dates, hiring status and budget of positions: parsing, import, export, Document edits.
#include "edit/document.h"
#include "model/plandate.h"
#include "store/csvexporter.h"
#include "store/plan.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

TEST(PlanDate, ParsesIsoDatesAndQuarters)
{
    EXPECT_EQ(PlanDate::parse(u"2027-07-15"), QDate(2027, 7, 15));
    EXPECT_EQ(PlanDate::parse(u"2027Q3"), QDate(2027, 7, 1));
    EXPECT_EQ(PlanDate::parse(u" 2027q1 "), QDate(2027, 1, 1));
    EXPECT_EQ(PlanDate::parse(u"2028-Q4"), QDate(2028, 10, 1));
    EXPECT_EQ(PlanDate::parse(u"2027 Q2"), QDate(2027, 4, 1));
    for (const char16_t *bad : {u"2027-02-30", u"2027Q5", u"2027Q0", u"27Q3", u"2027/07/01", u"next year", u"2027-7-1",
                                u"", u"2027-07-01T00:00"})
        EXPECT_FALSE(PlanDate::parse(bad)) << QString::fromUtf16(bad).toStdString();
}

TEST(PlanDate, QuartersOfARange)
{
    EXPECT_EQ(PlanDate::quarterKey(QDate(2027, 9, 30)), QStringLiteral("2027Q3"));
    EXPECT_EQ(PlanDate::quarterKey(QDate(2028, 1, 1)), QStringLiteral("2028Q1"));
    EXPECT_EQ(PlanDate::quarterLabel(QDate(2027, 12, 1)), QStringLiteral("2027 Q4"));
    const auto qs = PlanDate::quarters(QDate(2027, 5, 20), QDate(2028, 1, 1));
    ASSERT_EQ(qs.size(), 4u);
    EXPECT_EQ(qs.front(), QDate(2027, 4, 1));
    EXPECT_EQ(qs.back(), QDate(2028, 1, 1));
    EXPECT_TRUE(PlanDate::quarters(QDate(2028, 1, 1), QDate(2027, 1, 1)).empty());
}

TEST(PlanDate, StatusKeysAndSpellings)
{
    for (HiringStatus s : PlanDate::statuses())
        EXPECT_EQ(PlanDate::parseStatus(PlanDate::statusKey(s)), s);
    EXPECT_EQ(PlanDate::parseStatus(u"面试中"), HiringStatus::Interviewing);
    EXPECT_EQ(PlanDate::parseStatus(u"OFFER"), HiringStatus::Offer);
    EXPECT_EQ(PlanDate::parseStatus(u""), HiringStatus::None);
    EXPECT_FALSE(PlanDate::parseStatus(u"hired"));
}

TEST(PositionActivity, StartedByTheDateAndNotEndedBeforeIt)
{
    Position p;
    p.setStartDate(QDate(2027, 7, 1));
    p.setEndDate(QDate(2028, 3, 31));
    EXPECT_FALSE(p.isActiveOn(QDate(2027, 6, 30)));
    EXPECT_TRUE(p.isActiveOn(QDate(2027, 7, 1)));
    EXPECT_TRUE(p.isActiveOn(QDate(2028, 3, 31)));
    EXPECT_FALSE(p.isActiveOn(QDate(2028, 4, 1)));
    EXPECT_TRUE(p.isActiveOn(QDate())); // no date: the whole plan
    EXPECT_TRUE(Position().isActiveOn(QDate(1990, 1, 1)));
}

TEST(PlanImport, ReadsDatesStatusAndBudgetInBothLanguages)
{
    const Org en = orgFromCsv(QStringLiteral(
        "id,name,manager_id,role,start_date,end_date,status,budget\n"
        "m,Ann,,tech_manager,,2028-03-31,,\n"
        "o1,,m,engineer,2027Q3,,interviewing,\"25,000\"\n"
        "o2,,m,programmer,2027-08-15,,,\n"));
    const Position &m = en.position(en.find(u"m"));
    EXPECT_FALSE(m.startDate().isValid());
    EXPECT_EQ(m.endDate(), QDate(2028, 3, 31));
    const Position &o1 = en.position(en.find(u"o1"));
    EXPECT_EQ(o1.startDate(), QDate(2027, 7, 1));
    EXPECT_EQ(o1.status(), HiringStatus::Interviewing);
    EXPECT_EQ(o1.budget(), 25000.0);
    EXPECT_EQ(en.position(en.find(u"o2")).startDate(), QDate(2027, 8, 15));
    EXPECT_FALSE(en.position(en.find(u"o2")).budget());
    EXPECT_TRUE(en.customFields().isEmpty());

    const Org zh = orgFromCsv(QStringLiteral(
        "工号,姓名,上级工号,角色,入职日期,离职日期,招聘状态,预算\n"
        "m,安,,技术经理,2026-01-01,,,\n"
        "o1,,m,工程师,2027Q4,,已批准,30000\n"));
    EXPECT_EQ(zh.position(zh.find(u"o1")).startDate(), QDate(2027, 10, 1));
    EXPECT_EQ(zh.position(zh.find(u"o1")).status(), HiringStatus::Approved);
    EXPECT_EQ(zh.position(zh.find(u"o1")).budget(), 30000.0);
    EXPECT_EQ(zh.position(zh.find(u"m")).startDate(), QDate(2026, 1, 1));
}

TEST(PlanImport, BadCellsAreErrorsNamingFileLineAndValue)
{
    struct Case { const char *row; const char *culprit; };
    for (const Case &c : {Case{"o,,m,engineer,2027-13-01,,,", "2027-13-01"},
                          Case{"o,,m,engineer,,soon,,", "soon"},
                          Case{"o,,m,engineer,2027Q3,,hired,", "hired"},
                          Case{"o,,m,engineer,,,,lots", "lots"},
                          Case{"o,Bo,m,engineer,,,offer,", "offer"},
                          Case{"o,,m,engineer,2028-01-01,2027-12-31,,", "2027-12-31"}}) {
        const QByteArray csv = QByteArray("id,name,manager_id,role,start_date,end_date,status,budget\n"
                                          "m,Ann,,tech_manager,,,,\n")
            + c.row + "\n";
        const ImportResult r = importCsv(csv);
        ASSERT_FALSE(r.ok()) << c.row;
        ASSERT_FALSE(r.errors.empty());
        EXPECT_EQ(r.errors.front().line, 3) << c.row;
        EXPECT_TRUE(r.errors.front().message.contains(QString::fromUtf8(c.culprit)))
            << r.errors.front().message.toStdString();
    }
}

TEST(PlanExport, WritesThePlanColumnsAndReadsThemBack)
{
    const Org org = orgFromCsv(QStringLiteral(
        "id,name,manager_id,role,start_date,end_date,status,budget\n"
        "m,Ann,,tech_manager,2026-02-01,2028-03-31,,\n"
        "o1,,m,engineer,2027Q3,,offer,25000.5\n"));
    const QString csv = QString::fromUtf8(CsvExporter::toCsv(org));
    EXPECT_TRUE(csv.startsWith(QStringLiteral("id,name,manager_id,role,title,team,product_line,salary,email,"
                                              "start_date,end_date,status,budget")))
        << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("2027-07-01,,offer,25000.5"))) << csv.toStdString();
    const Org back = orgFromCsv(csv);
    EXPECT_EQ(back, org) << dump(back);
    // A plain org keeps its plain columns.
    const Org plain = orgFromCsv(QStringLiteral("id,name,manager_id,role\na,A,,cto\n"));
    EXPECT_FALSE(QString::fromUtf8(CsvExporter::toCsv(plain)).contains(QStringLiteral("start_date")));
}

TEST(PlanEdit, DocumentSetsDatesStatusAndBudgetAsUndoableSteps)
{
    Document doc;
    doc.setPlan(Plan::fromImport(orgFromCsv(QStringLiteral("id,name,manager_id,role\nm,Ann,,tech_manager\no,,m,engineer\n"))));
    QString error;
    ASSERT_TRUE(doc.setField(QStringLiteral("o"), QStringLiteral("start_date"), QStringLiteral("2027Q3"), &error))
        << error.toStdString();
    ASSERT_TRUE(doc.setField(QStringLiteral("o"), QStringLiteral("status"), QStringLiteral("approved"), &error));
    ASSERT_TRUE(doc.setField(QStringLiteral("o"), QStringLiteral("budget"), QStringLiteral("30000"), &error));
    ASSERT_TRUE(doc.setField(QStringLiteral("m"), QStringLiteral("end_date"), QStringLiteral("2028-06-30"), &error));
    const Position &o = doc.org().position(doc.org().find(u"o"));
    EXPECT_EQ(o.startDate(), QDate(2027, 7, 1));
    EXPECT_EQ(o.status(), HiringStatus::Approved);
    EXPECT_EQ(o.budget(), 30000.0);
    EXPECT_EQ(doc.org().position(doc.org().find(u"m")).endDate(), QDate(2028, 6, 30));

    EXPECT_FALSE(doc.setField(QStringLiteral("o"), QStringLiteral("start_date"), QStringLiteral("2027-02-30"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("2027-02-30"))) << error.toStdString();
    EXPECT_FALSE(doc.setField(QStringLiteral("o"), QStringLiteral("status"), QStringLiteral("hired"), &error));
    EXPECT_FALSE(doc.setField(QStringLiteral("o"), QStringLiteral("budget"), QStringLiteral("much"), &error));

    doc.undoStack()->undo();
    doc.undoStack()->undo();
    EXPECT_FALSE(doc.org().position(doc.org().find(u"o")).budget());
    EXPECT_FALSE(doc.org().position(doc.org().find(u"m")).endDate().isValid());
    ASSERT_TRUE(doc.setField(QStringLiteral("o"), QStringLiteral("start_date"), QString(), &error));
    EXPECT_FALSE(doc.org().position(doc.org().find(u"o")).startDate().isValid());
}

TEST(PlanImport, SpreadsheetDateCellsMayBeExcelDayNumbers)
{
    // An .xlsx cell formatted as a date holds the day number since 1899-12-30.
    const int serial = int(QDate(2027, 7, 1).toJulianDay() - QDate(1899, 12, 30).toJulianDay());
    const CsvImporter importer(RoleCatalogue::defaults());
    std::vector<CsvImporter::Row> rows;
    rows.push_back({2, {QStringLiteral("m"), QStringLiteral("Ann"), QString(), QStringLiteral("tech_manager"), QString()}});
    rows.push_back({3, {QStringLiteral("o"), QString(), QStringLiteral("m"), QStringLiteral("engineer"),
                        QString::number(serial)}});
    const QStringList header{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("manager_id"),
                             QStringLiteral("role"), QStringLiteral("start_date")};
    const ImportResult r = importer.importTable(header, rows, QStringLiteral("plan.xlsx"));
    ASSERT_TRUE(r.ok()) << (r.errors.empty() ? std::string() : r.errors.front().message.toStdString());
    EXPECT_EQ(r.org->position(r.org->find(u"o")).startDate(), QDate(2027, 7, 1));
    // In a CSV file a number is no date.
    const ImportResult csv = importCsv(QByteArray("id,name,manager_id,role,start_date\no,,,engineer,")
                                       + QByteArray::number(serial) + "\n");
    ASSERT_FALSE(csv.ok());
    EXPECT_TRUE(csv.errors.front().message.contains(QString::number(serial)));
}
