// SPDX-License-Identifier: MIT
#include "i18n/language.h"
#include "io/csvimporter.h"
#include "io/csvreader.h"
#include "testutil.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace org;
using org::test::iconvTo;
using test::firstError;
using test::importCsv;

namespace {

const QString kChinese = QStringLiteral("工号,姓名,上级工号,角色,团队,产品线\n"
                                        "1,王伟,,首席技术官,研发中心,\n"
                                        "2,李娜,1,技术经理,支付,支付\n"
                                        "3,张敏,2,程序员,支付,支付\n");


void expectChineseOrg(const ImportResult &r)
{
    ASSERT_TRUE(r.ok()) << firstError(r).toStdString();
    const Org &org = *r.org;
    ASSERT_EQ(org.size(), 3);
    EXPECT_EQ(org.position(0).name, QStringLiteral("王伟"));
    EXPECT_EQ(org.position(0).role, QStringLiteral("cto"));
    EXPECT_EQ(org.position(1).role, QStringLiteral("tech_manager"));
    EXPECT_EQ(org.position(2).productLine, QStringLiteral("支付"));
    EXPECT_EQ(org.manager(2), 1u);
}

/// The import failed; its first error is on `line` (0: any) and names every part.
void expectFirstError(const ImportResult &r, int line, std::initializer_list<const char *> parts)
{
    ASSERT_FALSE(r.ok());
    if (line > 0) {
        EXPECT_EQ(r.errors.front().line, line);
    }
    const QString e = firstError(r);
    for (const char *part : parts)
        EXPECT_TRUE(e.contains(QString::fromUtf8(part))) << e.toStdString();
}

} // namespace

TEST(CsvImport, ChineseHeadersAndRoleNames)
{
    EXPECT_NO_FATAL_FAILURE(expectChineseOrg(importCsv(kChinese.toUtf8())));
}

TEST(CsvImport, Utf8WithBom)
{
    const ImportResult r = importCsv(QByteArray("\xEF\xBB\xBF") + kChinese.toUtf8());
    expectChineseOrg(r);
    EXPECT_EQ(r.encoding, TextDecoder::Encoding::Utf8Bom);
}

TEST(CsvImport, Utf16LittleAndBigEndianWithBom)
{
    for (auto enc : {QStringEncoder::Utf16LE, QStringEncoder::Utf16BE}) {
        QStringEncoder encoder(enc, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = encoder(kChinese);
        ASSERT_TRUE(bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"));
        expectChineseOrg(importCsv(bytes));
    }
}

TEST(CsvImport, Gb18030FromIconv)
{
    const QByteArray gb = iconvTo(kChinese.toUtf8(), "GB18030");
    ASSERT_FALSE(gb.isEmpty());
    ASSERT_NE(gb, kChinese.toUtf8());
    const ImportResult r = importCsv(gb);
    expectChineseOrg(r);
    EXPECT_EQ(r.encoding, TextDecoder::Encoding::Gb18030);
}

TEST(CsvImport, QuotingCrlfAndEmbeddedNewlines)
{
    const QByteArray csv = "id,name,manager_id,role,title\r\n"
                           "1,\"Smith, Jane\",,cto,\"Chief \"\"Tech\"\" Officer\"\r\n"
                           "2,\"Line\nBreak\",1,engineer,\"a,b\"\r\n"
                           "3,Bob,9,engineer,x\r\n"
                           "9,Al,1,tech_manager,\r\n";
    const ImportResult r = importCsv(csv);
    ASSERT_TRUE(r.ok()) << firstError(r).toStdString();
    const Org &org = *r.org;
    EXPECT_EQ(org.position(0).name, QStringLiteral("Smith, Jane"));
    EXPECT_EQ(org.position(0).title, QStringLiteral("Chief \"Tech\" Officer"));
    EXPECT_EQ(org.position(1).name, QStringLiteral("Line\nBreak"));
    EXPECT_EQ(org.position(1).title, QStringLiteral("a,b"));
    // Bob is listed before his manager.
    EXPECT_EQ(org.manager(org.find(QStringLiteral("3"))), org.find(QStringLiteral("9")));
}

TEST(CsvImport, LineNumbersCountEmbeddedNewlines)
{
    const QByteArray csv = "id,name,manager_id,role\n"
                           "1,\"two\nlines\",,cto\n"
                           "2,x,77,engineer\n";
    const ImportResult r = importCsv(csv);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors.front().line, 4);
    EXPECT_TRUE(firstError(r).contains(QStringLiteral("line 4")));
    EXPECT_TRUE(firstError(r).contains(QStringLiteral("77")));
}

TEST(CsvImport, SniffsSemicolonAndTab)
{
    for (const char *sep : {";", "\t"}) {
        QByteArray csv = "id,name,manager_id,role\n1,A B,,cto\n2,C,1,engineer\n";
        csv.replace(',', sep);
        const ImportResult r = importCsv(csv);
        ASSERT_TRUE(r.ok()) << firstError(r).toStdString();
        EXPECT_EQ(r.delimiter, QLatin1Char(sep[0]));
        EXPECT_EQ(r.org->position(0).name, QStringLiteral("A B"));
        EXPECT_EQ(r.org->manager(1), 0u);
    }
}

TEST(CsvImport, HeaderAliasesAnyOrderAndCustomFieldsKept)
{
    const QByteArray csv = "Shoe Size,ROLE,parentId,first_name,last_name,ID,department,positionName,salary,Email,Desk\n"
                           "42,CTO,,Wei,Wang,a1,R&D,Chief,\"30,000\",w@x.cn,D1\n"
                           "40,Engineering Manager,a1,Na,Li,a2,R&D,Lead,20000,,D2\n";
    const ImportResult r = importCsv(csv);
    ASSERT_TRUE(r.ok()) << firstError(r).toStdString();
    const Org &org = *r.org;
    EXPECT_EQ(org.customFields(), (QStringList{QStringLiteral("Shoe Size"), QStringLiteral("Desk")}));
    const Position &wang = org.position(0);
    EXPECT_EQ(wang.id, QStringLiteral("a1"));
    EXPECT_EQ(wang.name, QStringLiteral("Wei Wang"));
    EXPECT_EQ(wang.role, QStringLiteral("cto"));
    EXPECT_EQ(wang.team, QStringLiteral("R&D"));
    EXPECT_EQ(wang.title, QStringLiteral("Chief"));
    EXPECT_EQ(wang.salary(), 30000.0);
    EXPECT_EQ(wang.email(), QStringLiteral("w@x.cn"));
    EXPECT_EQ(wang.custom(), (QStringList{QStringLiteral("42"), QStringLiteral("D1")}));
    EXPECT_EQ(org.position(1).role, QStringLiteral("tech_manager"));
}

TEST(CsvImport, NameAndLastNameAreJoined)
{
    const ImportResult r = importCsv("id,parentId,name,lastName,role\n100,,Steven,King,ceo\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.org->position(0).name, QStringLiteral("Steven King"));
}

TEST(CsvImport, EmptyNameIsAnOpenPosition)
{
    const ImportResult r = importCsv("id,name,manager_id,role\n1,Boss,,cto\n2,,1,engineer\n");
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.org->position(1).isOpen());
    EXPECT_FALSE(r.org->position(0).isOpen());
}

TEST(CsvImportErrors, EmptyFileAndHeaderOnlyBlank)
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\n\n  \r\n")}) {
        const ImportResult r = importCsv(bytes);
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(firstError(r).contains(QStringLiteral("empty"))) << firstError(r).toStdString();
        EXPECT_TRUE(firstError(r).startsWith(QStringLiteral("test.csv")));
    }
}

TEST(CsvImportErrors, BinaryAndInvalidEncoding)
{
    // A PNG: its first control character is named with its line and column.
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    ImportResult r = importCsv(png);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors.front().line, 2);
    EXPECT_TRUE(firstError(r).contains(QStringLiteral("column 1: control character U+001A")))
        << firstError(r).toStdString();
    // Cyrillic in KOI8-R is none of the supported encodings: the first byte that
    // is not UTF-8 is named, and what detection saw.
    r = importCsv(QByteArray("id,name,manager_id,role\n1,\xe9\xd7\xc1\xce \xf0\xc5\xd4\xd2\xcf\xd7,,cto\n"
                             "2,\xf3\xc5\xd2\xc7\xc5\xca \xe9\xd7\xc1\xce\xcf\xd7,1,engineer\n"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors.front().line, 2);
    EXPECT_TRUE(firstError(r).contains(QStringLiteral("column 3: byte 0xE9 is not UTF-8")))
        << firstError(r).toStdString();
    // Bytes that are not valid in the encoding asked for: line, column and byte.
    ImportOptions utf8;
    utf8.encoding = TextDecoder::Encoding::Utf8;
    r = CsvImporter(RoleCatalogue::defaults(), utf8)
            .importBytes(QByteArray("id,name\n1,\xFF\xFF\xFF\n"), QStringLiteral("bad.csv"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors.front().line, 2);
    EXPECT_TRUE(firstError(r).contains(QStringLiteral("column 3: byte 0xFF is not valid UTF-8")))
        << firstError(r).toStdString();
}

TEST(CsvImportErrors, DuplicateIdNamesIdAndBothLines)
{
    const ImportResult r = importCsv("id,name,manager_id,role\n7,A,,cto\n8,B,7,engineer\n7,C,7,engineer\n");
    expectFirstError(r, 4, {"duplicate", "\"7\"", "line 2"});
}

TEST(CsvImportErrors, MissingManagerNamesIdAndLine)
{
    const ImportResult r = importCsv("id,name,manager_id,role\n1,A,,cto\n2,B,1,engineer\n3,C,99,engineer\n");
    expectFirstError(r, 0, {"99", "line 4"});
}

TEST(CsvImportErrors, CycleNamesEveryId)
{
    const ImportResult r = importCsv("id,name,manager_id,role\n0,Root,,cto\nA,a,C,engineer\nB,b,A,engineer\n"
                                     "C,c,B,engineer\nD,d,C,engineer\n");
    ASSERT_FALSE(r.ok());
    const QString e = firstError(r);
    EXPECT_TRUE(e.contains(QStringLiteral("cycle"))) << e.toStdString();
    for (const char *id : {"A", "B", "C"})
        EXPECT_TRUE(e.contains(QLatin1String(id))) << e.toStdString();
    EXPECT_FALSE(e.contains(QStringLiteral("D"))) << e.toStdString();
}

TEST(CsvImportErrors, SelfManagerIsACycle)
{
    const ImportResult r = importCsv("id,name,manager_id,role\nx1,a,x1,engineer\n");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(firstError(r).contains(QStringLiteral("cycle")));
    EXPECT_TRUE(firstError(r).contains(QStringLiteral("x1")));
}

TEST(CsvImportErrors, UnknownRoleListsValidRoles)
{
    const ImportResult r = importCsv("id,name,manager_id,role\n1,A,,cto\n2,B,1,wizard\n");
    expectFirstError(r, 3, {"wizard"});
    const QString e = firstError(r);
    for (const QString &key : RoleCatalogue::defaults().keys())
        EXPECT_TRUE(e.contains(key)) << key.toStdString();
}

TEST(CsvImportErrors, UnknownRoleIsInferredWithTheOption)
{
    const ImportResult r = importCsv("id,name,manager_id,role,title\n1,A,,,CTO\n2,B,1,wizard,Senior Software Engineer\n",
                                     true);
    ASSERT_TRUE(r.ok()) << firstError(r).toStdString();
    EXPECT_EQ(r.org->position(0).role, QStringLiteral("cto"));
    EXPECT_EQ(r.org->position(1).role, QStringLiteral("engineer"));
}

TEST(CsvImportErrors, UnclosedQuoteNamesItsLine)
{
    const ImportResult r = importCsv("id,name,manager_id,role\n1,A,,cto\n2,\"B,1,engineer\n3,C,1,engineer\n");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors.front().line, 3);
}

TEST(CsvImportErrors, NoIdColumnOrNoRoleColumn)
{
    ImportResult r = importCsv("name,role\nA,cto\n");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(firstError(r).contains(QStringLiteral("header"))) << firstError(r).toStdString();
    r = importCsv("id,name\n1,A\n");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(firstError(r).contains(QStringLiteral("--infer-roles"))) << firstError(r).toStdString();
}

TEST(CsvImportErrors, AllErrorsAreListedAndNothingIsImported)
{
    const ImportResult r = importCsv("id,name,manager_id,role\n1,A,,cto\n1,B,,cto\n3,C,,nope\n");
    EXPECT_FALSE(r.ok());
    EXPECT_FALSE(r.org.has_value());
    EXPECT_EQ(r.errors.size(), 2u);
}

TEST(CsvImportErrors, MessagesFollowTheLanguage)
{
    ASSERT_TRUE(setLanguage(QStringLiteral("zh_CN")));
    const ImportResult r = importCsv("id,name,manager_id,role\n7,A,,cto\n7,B,,cto\n");
    const ImportResult u = importCsv("id,name,manager_id,role\n7,A,,cto\n8,B,,巫师\n");
    setLanguage(QStringLiteral("en"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(firstError(r).contains(QStringLiteral("重复"))) << firstError(r).toStdString();
    EXPECT_TRUE(firstError(r).contains(QStringLiteral("7")));
    ASSERT_FALSE(u.ok());
    EXPECT_TRUE(firstError(u).contains(QStringLiteral("巫师")));
    EXPECT_TRUE(firstError(u).contains(QStringLiteral("角色"))) << firstError(u).toStdString();
}

TEST(CsvReader, TrailingDelimiterAndLoneCr)
{
    CsvReader reader(u"a,b,\rc,d", QLatin1Char(','));
    CsvReader::Record rec;
    ASSERT_TRUE(reader.next(rec));
    EXPECT_EQ(rec.fields.size(), 3u);
    ASSERT_TRUE(reader.next(rec));
    EXPECT_EQ(rec.fields.size(), 2u);
    EXPECT_EQ(rec.line, 2);
    EXPECT_FALSE(reader.next(rec));
}

TEST(PublicData, AllThreeImportWithInferredRoles)
{
    struct Case { const char *file; int positions; };
    for (const Case &c : {Case{"oracle_hr_employees_107.csv", 107}, Case{"adventureworks_employees_290.csv", 290},
                          Case{"d3_org_chart_synthetic_1516.csv", 1516}}) {
        ImportOptions o;
        o.inferRoles = true;
        const ImportResult r = CsvImporter(RoleCatalogue::defaults(), o)
                                   .importFile(test::publicData(QLatin1String(c.file)));
        ASSERT_TRUE(r.ok()) << c.file << ": " << firstError(r).toStdString();
        EXPECT_EQ(r.org->size(), c.positions);
        EXPECT_EQ(r.org->roots().size(), 1u) << c.file;
    }
}
