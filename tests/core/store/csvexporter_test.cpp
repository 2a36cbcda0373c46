// SPDX-License-Identifier: MIT
#include "store/csvexporter.h"
#include "testutil.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

TEST(CsvExporter, QuotesPerRfc4180)
{
    EXPECT_EQ(CsvExporter::quote(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(CsvExporter::quote(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvExporter::quote(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvExporter::quote(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
}

TEST(CsvExporter, ReimportsToTheSameOrg)
{
    const Org org = orgFromCsv(QString::fromUtf8(
        "id,name,manager_id,role,title,team,product_line,salary,email,assistant,dotted_line,level,note\n"
        "ceo,Li Na,,ceo,Chief Executive,Exec,,90000,li@example.com,,,L9,\"a, quoted \"\"note\"\"\"\n"
        "cto,Wang Wei,ceo,cto,CTO,Tech,,70000.25,,,,L8,\n"
        "pa,Zhao Min,ceo,staff,Assistant,Exec,,12000,,yes,,L3,\n"
        "m1,张伟,cto,tech_manager,\"Manager; Payments\",Pay,Payments,40000,,,,L6,\"multi\nline\"\n"
        "e1,,m1,engineer,,Pay,Payments,,,,cto|ceo,L4,open seat\n"));
    ASSERT_EQ(org.size(), 5);
    const QByteArray csv = CsvExporter::toCsv(org);
    EXPECT_TRUE(csv.startsWith("id,name,manager_id,role,title,team,product_line,salary,email"));
    const ImportResult r = importCsv(csv);
    ASSERT_TRUE(r.ok()) << (r.errors.empty() ? std::string() : r.errors[0].toString().toStdString());
    EXPECT_TRUE(*r.org == org);
}

TEST(CsvExporter, PublicFilesRoundTrip)
{
    for (const QString &name : QDir(publicData(QString())).entryList({QStringLiteral("*.csv")})) {
        ImportOptions o;
        o.inferRoles = true;
        const ImportResult in = CsvImporter(RoleCatalogue::defaults(), o).importFile(publicData(name));
        ASSERT_TRUE(in.ok()) << name.toStdString();
        const ImportResult back = importCsv(CsvExporter::toCsv(*in.org));
        ASSERT_TRUE(back.ok()) << name.toStdString() << ": "
                               << (back.errors.empty() ? std::string() : back.errors[0].toString().toStdString());
        EXPECT_TRUE(*back.org == *in.org) << name.toStdString();
    }
}
