// SPDX-License-Identifier: MIT
// The rarer fields of a position (email, salary, custom fields, dates, hiring
// status, budget) live apart from it: a position without them must stay small,
// and every field must still go through import, export and a plan unchanged.
#include "model/org.h"
#include "store/csvexporter.h"
#include "store/planstore.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

/// A CSV with every column the importer knows, a dotted line, an assistant,
/// quoting, two custom columns and rows with and without the rarer fields.
const QString kEveryField = QString::fromUtf8(
    "id,name,manager_id,role,title,team,product_line,salary,email,assistant,dotted_line,start_date,end_date,"
    "status,budget,level,note\n"
    "ceo,Li Na,,ceo,Chief Executive,Exec,,90000,li@example.com,,,2020-01-06,,,,L9,\"a, quoted \"\"note\"\"\"\n"
    "cto,Wang Wei,ceo,cto,CTO,Tech,,70000.25,wang@example.com,,,,2028-06-30,,,L8,\n"
    "pa,Zhao Min,ceo,staff,Assistant,Exec,,12000,,yes,,,,,,L3,\n"
    "m1,张伟,cto,tech_manager,\"Manager; Payments\",Pay,Payments,40000,,,,2027Q3,,,,L6,\"multi\nline\"\n"
    "o1,,m1,engineer,,Pay,Payments,,,,cto|ceo,2027-08-15,,interviewing,25000.5,L4,open seat\n"
    "o2,,m1,programmer,,Pay,Payments,,,,,,,planned,,,\n"
    "e1,Ed,m1,programmer,,Pay,Payments,,,,,,,,,,\n");

} // namespace

TEST(PositionDetails, APositionWithoutThemStaysSmall)
{
    // Six texts, the assistant flag and one pointer to the details.
    EXPECT_LE(sizeof(Position), 6 * sizeof(QString) + 2 * sizeof(void *));
    Position p;
    p.setEmail(QString());
    p.setSalary(std::nullopt);
    p.setCustom({});
    p.setStartDate(QDate());
    p.setStatus(HiringStatus::None);
    EXPECT_EQ(p, Position());
    EXPECT_TRUE(p.isActiveOn(QDate(2027, 1, 1)));
}

TEST(PositionDetails, CopiesAreValues)
{
    Position a;
    a.id = QStringLiteral("a");
    a.setEmail(QStringLiteral("a@example.com"));
    a.setSalary(1000);
    a.setCustom({QStringLiteral("x"), QStringLiteral("y")});
    a.setStartDate(QDate(2027, 1, 1));
    a.setEndDate(QDate(2027, 12, 31));
    Position b = a;
    EXPECT_EQ(a, b);
    b.setSalary(2000);
    b.setEmail(QString()); // an empty value clears the field of a position that has details
    EXPECT_EQ(a.salary(), 1000.0);
    EXPECT_EQ(a.email(), QStringLiteral("a@example.com"));
    EXPECT_EQ(b.salary(), 2000.0);
    EXPECT_TRUE(b.email().isEmpty());
    EXPECT_NE(a, b);
    b.setSalary(1000);
    b.setEmail(QStringLiteral("a@example.com"));
    EXPECT_EQ(a, b); // equal by value, not by sharing
    EXPECT_FALSE(a.isActiveOn(QDate(2026, 12, 31)));
    EXPECT_TRUE(a.isActiveOn(QDate(2027, 6, 1)));
    EXPECT_FALSE(a.isActiveOn(QDate(2028, 1, 1)));

    Position c;
    c.setStatus(HiringStatus::Offer);
    c.setStatus(HiringStatus::None);
    EXPECT_EQ(c, Position()); // details back to all empty: equal to none at all
}

TEST(PositionDetails, EveryFieldRoundTripsThroughCsvAndPlan)
{
    const Org org = orgFromCsv(kEveryField);
    ASSERT_EQ(org.size(), 7);
    const Position &ceo = org.position(org.find(u"ceo"));
    EXPECT_EQ(ceo.email(), QStringLiteral("li@example.com"));
    EXPECT_EQ(ceo.salary(), 90000.0);
    EXPECT_EQ(ceo.startDate(), QDate(2020, 1, 6));
    EXPECT_EQ(ceo.custom(), (QStringList{QStringLiteral("L9"), QStringLiteral("a, quoted \"note\"")}));
    const Position &cto = org.position(org.find(u"cto"));
    EXPECT_EQ(cto.salary(), 70000.25);
    EXPECT_EQ(cto.endDate(), QDate(2028, 6, 30));
    EXPECT_TRUE(org.position(org.find(u"pa")).assistant);
    EXPECT_EQ(org.position(org.find(u"m1")).startDate(), QDate(2027, 7, 1));
    EXPECT_EQ(org.position(org.find(u"m1")).custom().value(1), QStringLiteral("multi\nline"));
    const Position &o1 = org.position(org.find(u"o1"));
    EXPECT_EQ(o1.status(), HiringStatus::Interviewing);
    EXPECT_EQ(o1.budget(), 25000.5);
    EXPECT_EQ(o1.startDate(), QDate(2027, 8, 15));
    EXPECT_EQ(org.position(org.find(u"o2")).status(), HiringStatus::Planned);
    EXPECT_EQ(org.dottedManagers(org.find(u"o1")).size(), 2u);
    EXPECT_EQ(org.customFields(), (QStringList{QStringLiteral("level"), QStringLiteral("note")}));

    // Export and import again: the same org, and the same file once more.
    const QByteArray csv = CsvExporter::toCsv(org);
    const ImportResult again = importCsv(csv);
    ASSERT_TRUE(again.ok()) << firstError(again).toStdString();
    EXPECT_TRUE(*again.org == org) << dump(*again.org) << "\n---\n" << dump(org);
    EXPECT_EQ(CsvExporter::toCsv(*again.org), csv);

    // A plan: saved and loaded, field for field.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("every.orgplan"));
    Plan plan = Plan::fromImport(org);
    ASSERT_TRUE(PlanStore::save(plan, path).ok);
    Plan back;
    ASSERT_TRUE(PlanStore::load(path, back).ok);
    const Org &loaded = back.scenarios.at(0).org;
    EXPECT_TRUE(loaded == org) << dump(loaded);
    for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
        const Position &p = org.position(v);
        const Position &q = loaded.position(loaded.find(p.id));
        EXPECT_EQ(p, q) << p.id.toStdString();
        EXPECT_EQ(p.email(), q.email());
        EXPECT_EQ(p.salary(), q.salary());
        EXPECT_EQ(p.custom(), q.custom());
        EXPECT_EQ(p.startDate(), q.startDate());
        EXPECT_EQ(p.endDate(), q.endDate());
        EXPECT_EQ(p.status(), q.status());
        EXPECT_EQ(p.budget(), q.budget());
    }
    EXPECT_EQ(CsvExporter::toCsv(loaded), csv);
}
