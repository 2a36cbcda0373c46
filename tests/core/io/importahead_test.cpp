// SPDX-License-Identifier: MIT
// The CSV import reads one record ahead (to fetch its id's index slot early):
// the org, the errors and their lines are still those of reading row by row.
#include "io/csvimporter.h"
#include "model/org.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace org;

TEST(ImportAhead, DuplicatesBlankLinesAndLastRowKeepTheirLines)
{
    // A duplicate right after its first row, one after a blank line, a quoted
    // record over two lines, and a last row without a line break.
    const ImportResult r = test::importCsv(QByteArrayLiteral("id,name,manager_id,role\n"
                                                             "1,A,,cto\n"
                                                             "1,B,,engineer\n"
                                                             "\n"
                                                             "2,\"C\nD\",1,engineer\n"
                                                             "2,E,1,engineer\n"
                                                             "3,F,9,engineer"));
    ASSERT_EQ(r.errors.size(), 2u) << test::firstError(r).toStdString();
    EXPECT_EQ(r.errors[0].line, 3);
    EXPECT_TRUE(r.errors[0].message.contains(QStringLiteral("line 2"))) << r.errors[0].message.toStdString();
    EXPECT_EQ(r.errors[1].line, 7);
    EXPECT_TRUE(r.errors[1].message.contains(QStringLiteral("line 5"))) << r.errors[1].message.toStdString();

    const ImportResult ok = test::importCsv(QByteArrayLiteral("id,name,manager_id,role\n"
                                                              "3,F,1,engineer\n\n"
                                                              "1,A,,cto\n"
                                                              "2,B,1,engineer"));
    ASSERT_TRUE(ok.ok()) << test::firstError(ok).toStdString();
    ASSERT_EQ(ok.org->size(), 3);
    EXPECT_EQ(ok.org->position(2).id, QStringLiteral("2"));
    EXPECT_EQ(ok.org->manager(0), 1u);
    EXPECT_EQ(ok.org->manager(2), 1u);
}

TEST(OrgPrefetch, AHintThatChangesNothing)
{
    Org org;
    org.prefetch(QStringLiteral("1")); // an empty org has no index yet
    Position p;
    p.id = QStringLiteral("E00000000123456789"); // long: a hashed key
    p.role = QStringLiteral("cto");
    ASSERT_EQ(org.addPosition(p), 0u);
    for (const QString &id : {QStringLiteral("E00000000123456789"), QStringLiteral("王伟"), QString(),
                              QStringLiteral("nobody")})
        org.prefetch(id);
    EXPECT_EQ(org.find(QStringLiteral("E00000000123456789")), 0u);
    EXPECT_EQ(org.find(QStringLiteral("nobody")), Org::npos);
    EXPECT_EQ(org.size(), 1);
}
