// SPDX-License-Identifier: MIT
#include "io/orgloader.h"
#include "io/xlsxreader.h"
#include "testutil.h"

#include <quazip.h>
#include <quazipfile.h>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

/// Writes a minimal workbook: two sheets, shared and inline strings, numbers.
QString writeWorkbook(TempFiles &tmp, const QString &name, const QByteArray &sheet1, const QByteArray &sheet2 = {})
{
    const QString path = tmp.path(name);
    QuaZip zip(path);
    EXPECT_TRUE(zip.open(QuaZip::mdCreate));
    auto add = [&](const char *part, const QByteArray &bytes) {
        QuaZipFile f(&zip);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(part))));
        f.write(bytes);
        f.close();
    };
    add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    add("xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"People\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Other\" sheetId=\"2\" r:id=\"rId2\"/>"
        "</sheets></workbook>");
    add("xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"worksheet\" Target=\"worksheets/sheet2.xml\"/></Relationships>");
    add("xl/sharedStrings.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<si><t>id</t></si><si><t>name</t></si><si><t>manager_id</t></si><si><t>role</t></si>"
        "<si><r><t>Wang </t></r><r><t>Wei</t></r><rPh><t>ワン</t></rPh></si><si><t>CTO</t></si>"
        "<si><t>技术经理</t></si></sst>");
    add("xl/worksheets/sheet1.xml", sheet1);
    add("xl/worksheets/sheet2.xml", sheet2.isEmpty() ? sheet1 : sheet2);
    zip.close();
    EXPECT_EQ(zip.getZipError(), 0);
    return path;
}

QByteArray sheet(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<sheetData>" + rows + "</sheetData></worksheet>";
}

const QByteArray kHeader = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                           "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>";

} // namespace

TEST(XlsxReader, ReadsSharedInlineStringsAndNumbers)
{
    TempFiles tmp;
    const QString path = writeWorkbook(tmp, QStringLiteral("org.xlsx"), sheet(kHeader +
        "<row r=\"2\"><c r=\"A2\"><v>1.0</v></c><c r=\"B2\" t=\"s\"><v>4</v></c><c r=\"D2\" t=\"s\"><v>5</v></c></row>"
        "<row r=\"4\"><c r=\"A4\"><v>2</v></c><c r=\"B4\" t=\"inlineStr\"><is><t>Li Na</t></is></c>"
        "<c r=\"C4\"><v>1</v></c><c r=\"D4\" t=\"s\"><v>6</v></c></row>"));
    EXPECT_EQ(XlsxReader::sheetNames(path), (QStringList{QStringLiteral("People"), QStringLiteral("Other")}));
    const LoadResult r = OrgLoader::load(path);
    ASSERT_TRUE(r.ok()) << (r.errors.empty() ? std::string() : r.errors[0].toString().toStdString());
    const Org &o = r.loaded->org;
    ASSERT_EQ(o.size(), 2);
    EXPECT_EQ(o.position(0).id, QStringLiteral("1"));
    EXPECT_EQ(o.position(0).name, QStringLiteral("Wang Wei"));
    EXPECT_EQ(o.position(0).role, QStringLiteral("cto"));
    EXPECT_EQ(o.position(1).name, QStringLiteral("Li Na"));
    EXPECT_EQ(o.position(1).role, QStringLiteral("tech_manager"));
    EXPECT_EQ(o.manager(1), 0u);
}

TEST(XlsxReader, NamedSheetAndRowNumbersInErrors)
{
    TempFiles tmp;
    const QString path = writeWorkbook(tmp, QStringLiteral("org.xlsx"),
        sheet(kHeader + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"D2\" t=\"s\"><v>5</v></c></row>"),
        sheet(kHeader + "<row r=\"7\"><c r=\"A7\"><v>1</v></c><c r=\"C7\"><v>42</v></c><c r=\"D7\" t=\"s\"><v>5</v></c></row>"));
    const ImportResult first = XlsxReader::importFile(CsvImporter(RoleCatalogue::defaults()), path);
    EXPECT_TRUE(first.ok());
    const ImportResult other = XlsxReader::importFile(CsvImporter(RoleCatalogue::defaults()), path, QStringLiteral("Other"));
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.errors[0].line, 7);
    EXPECT_TRUE(other.errors[0].message.contains(QStringLiteral("42")));
    EXPECT_TRUE(other.errors[0].message.contains(QStringLiteral("line 7")));
    const ImportResult missing = XlsxReader::importFile(CsvImporter(RoleCatalogue::defaults()), path, QStringLiteral("Nope"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errors[0].message.contains(QStringLiteral("People")));
}

TEST(XlsxReader, RefusesBrokenWorkbooks)
{
    TempFiles tmp;
    const QString notZip = tmp.write(QStringLiteral("bad.xlsx"), QByteArray("PK\x03\x04garbage", 11));
    EXPECT_FALSE(OrgLoader::load(notZip).ok());
    const QString empty = writeWorkbook(tmp, QStringLiteral("empty.xlsx"), sheet(""));
    const LoadResult r = OrgLoader::load(empty);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errors[0].message.contains(QStringLiteral("empty")));
}
