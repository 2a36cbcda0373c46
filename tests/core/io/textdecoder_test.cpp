// SPDX-License-Identifier: MIT
// Encodings by detection, never by guess; control characters named by line and column.
#include "io/csvimporter.h"
#include "io/textdecoder.h"
#include "testutil.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {


const QString kSimplified = QStringLiteral("工号,姓名,上级工号,角色,团队\n"
                                           "1,王伟,,首席技术官,研发中心\n"
                                           "2,李娜,1,技术经理,支付\n"
                                           "3,张敏,2,程序员,支付\n");

} // namespace

TEST(TextDecoder, Windows1252IsDetectedNotReadAsGb18030)
{
    const QByteArray bytes("id,name,manager_id,role\n1,J\xfcrgen M\xfcller,,cto\n2,Ren\xe9" "e Fran\xe7ois,1,engineer\n");
    const ImportResult r = importCsv(bytes);
    ASSERT_TRUE(r.ok()) << firstError(r).toStdString();
    EXPECT_EQ(r.encoding, TextDecoder::Encoding::Windows1252);
    EXPECT_EQ(r.org->position(0).name, QStringLiteral("Jürgen Müller"));
    EXPECT_EQ(r.org->position(1).name, QStringLiteral("Renée François"));
}

TEST(TextDecoder, Gb18030AndBig5AreDetected)
{
    const QByteArray gb = iconvTo(kSimplified.toUtf8(), "GB18030");
    ASSERT_FALSE(gb.isEmpty());
    ImportResult r = importCsv(gb);
    ASSERT_TRUE(r.ok()) << firstError(r).toStdString();
    EXPECT_EQ(r.encoding, TextDecoder::Encoding::Gb18030);
    EXPECT_EQ(r.org->position(0).name, QStringLiteral("王伟"));
    EXPECT_EQ(r.org->position(2).team, QStringLiteral("支付"));

    const QString traditional = QStringLiteral("id,name,manager_id,role,team\n"
                                               "1,王偉明,,cto,研發中心\n"
                                               "2,陳美玲,1,tech_manager,支付團隊\n"
                                               "3,張志豪,2,programmer,支付團隊\n"
                                               "4,林淑芬,2,programmer,支付團隊\n");
    const QByteArray big5 = iconvTo(traditional.toUtf8(), "BIG5");
    ASSERT_FALSE(big5.isEmpty());
    r = importCsv(big5);
    ASSERT_TRUE(r.ok()) << firstError(r).toStdString();
    EXPECT_EQ(r.encoding, TextDecoder::Encoding::Big5);
    EXPECT_EQ(r.org->position(0).name, QStringLiteral("王偉明"));
    EXPECT_EQ(r.org->position(1).team, QStringLiteral("支付團隊"));
}

TEST(TextDecoder, Utf16WithoutBomIsTextNotBinary)
{
    for (auto enc : {QStringEncoder::Utf16LE, QStringEncoder::Utf16BE}) {
        QStringEncoder encoder(enc); // no BOM
        const QByteArray bytes = encoder(kSimplified);
        ASSERT_FALSE(bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"));
        const ImportResult r = importCsv(bytes);
        ASSERT_TRUE(r.ok()) << firstError(r).toStdString();
        EXPECT_EQ(r.encoding, enc == QStringEncoder::Utf16LE ? TextDecoder::Encoding::Utf16LE
                                                             : TextDecoder::Encoding::Utf16BE);
        EXPECT_EQ(r.org->position(1).name, QStringLiteral("李娜"));
    }
}

TEST(TextDecoder, HalfACodeUnitIsInvalidUtf16)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QByteArray bytes = encoder(kSimplified);
    bytes += 'x';
    const TextDecoder::Result r = TextDecoder::decode(bytes);
    EXPECT_EQ(r.failure, TextDecoder::Failure::InvalidEncoding);
    EXPECT_EQ(r.encoding, TextDecoder::Encoding::Utf16LE);
    const ImportResult imported = importCsv(bytes);
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(firstError(imported).contains(QStringLiteral("not valid UTF-16LE"))) << firstError(imported).toStdString();
}

TEST(TextDecoder, ChosenEncodingOverridesDetection)
{
    // "Müller" in UTF-8 read as Windows-1252, as asked: mojibake, but what was asked for.
    ImportOptions o;
    o.encoding = TextDecoder::Encoding::Windows1252;
    const ImportResult r = CsvImporter(RoleCatalogue::defaults(), o)
                               .importBytes(QByteArray("id,name,role\n1,M\xc3\xbcller,cto\n"), QStringLiteral("x.csv"));
    ASSERT_TRUE(r.ok()) << firstError(r).toStdString();
    EXPECT_EQ(r.org->position(0).name, QStringLiteral("MÃ¼ller"));
    EXPECT_EQ(r.encoding, TextDecoder::Encoding::Windows1252);

    EXPECT_EQ(TextDecoder::encodingFromName(u"windows-1252"), TextDecoder::Encoding::Windows1252);
    EXPECT_EQ(TextDecoder::encodingFromName(u"CP1252"), TextDecoder::Encoding::Windows1252);
    EXPECT_EQ(TextDecoder::encodingFromName(u"latin1"), TextDecoder::Encoding::Windows1252);
    EXPECT_EQ(TextDecoder::encodingFromName(u"gbk"), TextDecoder::Encoding::Gb18030);
    EXPECT_EQ(TextDecoder::encodingFromName(u"Big5"), TextDecoder::Encoding::Big5);
    EXPECT_EQ(TextDecoder::encodingFromName(u"utf-16le"), TextDecoder::Encoding::Utf16LE);
    EXPECT_EQ(TextDecoder::encodingFromName(u"UTF8"), TextDecoder::Encoding::Utf8);
    EXPECT_FALSE(TextDecoder::encodingFromName(u"klingon"));
    for (TextDecoder::Encoding e : TextDecoder::encodings())
        EXPECT_EQ(TextDecoder::encodingFromName(TextDecoder::encodingName(e)), e);
}

TEST(TextDecoder, ControlCharactersAreNamedByLineAndColumn)
{
    struct Case
    {
        QByteArray bytes;
        int line;
        const char *expect;
    };
    static const char kWithNul[] = "id,name,manager_id,role\r\n1,A,,cto\r\n2,x\0y,1,engineer\r\n";
    const Case cases[] = {
        {QByteArray("id,name,manager_id,role\n1,A\x01" "B,,cto\n"), 2, "column 4: control character U+0001"},
        {QByteArray(kWithNul, sizeof kWithNul - 1), 3,
         "column 4: control character U+0000"},
        {QByteArray("id,name,manager_id,role\n1,\"two\nlines\",,cto\n2,\x1b[31m,1,engineer\n"), 4,
         "column 3: control character U+001B"},
        {QByteArray("id,name,manager_id,role\n1,A\fB,,cto\n"), 2, "column 4: control character U+000C"},
    };
    for (const Case &c : cases) {
        const ImportResult r = importCsv(c.bytes);
        ASSERT_FALSE(r.ok()) << c.expect;
        EXPECT_EQ(r.errors.front().line, c.line) << firstError(r).toStdString();
        EXPECT_TRUE(firstError(r).contains(QLatin1String(c.expect))) << firstError(r).toStdString();
        EXPECT_TRUE(firstError(r).startsWith(QStringLiteral("test.csv:"))) << firstError(r).toStdString();
    }
    // Tab, CR and LF are text.
    EXPECT_TRUE(importCsv("id,name,manager_id,role\r\n1,\"A\tB\",,cto\r\n").ok());
}
