// SPDX-License-Identifier: MIT
#include "load/orgloader.h"
#include "io/xlsxreader.h"
#include "testutil.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

void addPart(QuaZip &zip, const char *part, const QByteArray &bytes)
{
    QuaZipFile f(&zip);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(part))));
    f.write(bytes);
    f.close();
}

/// Everything of a workbook but its sheets: two sheets, shared strings.
void addWorkbookParts(QuaZip &zip)
{
    addPart(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    addPart(zip, "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"People\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Other\" sheetId=\"2\" r:id=\"rId2\"/>"
        "</sheets></workbook>");
    addPart(zip, "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"worksheet\" Target=\"worksheets/sheet2.xml\"/></Relationships>");
    addPart(zip, "xl/sharedStrings.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<si><t>id</t></si><si><t>name</t></si><si><t>manager_id</t></si><si><t>role</t></si>"
        "<si><r><t>Wang </t></r><r><t>Wei</t></r><rPh><t>ワン</t></rPh></si><si><t>CTO</t></si>"
        "<si><t>技术经理</t></si></sst>");
}

/// Writes a minimal workbook: two sheets, shared and inline strings, numbers.
QString writeWorkbook(TempFiles &tmp, const QString &name, const QByteArray &sheet1, const QByteArray &sheet2 = {})
{
    const QString path = tmp.path(name);
    QuaZip zip(path);
    EXPECT_TRUE(zip.open(QuaZip::mdCreate));
    addWorkbookParts(zip);
    addPart(zip, "xl/worksheets/sheet1.xml", sheet1);
    addPart(zip, "xl/worksheets/sheet2.xml", sheet2.isEmpty() ? sheet1 : sheet2);
    zip.close();
    EXPECT_EQ(zip.getZipError(), 0);
    return path;
}

/// A workbook whose first sheet is stored as given (raw deflate) with the
/// uncompressed size the archive declares for it: an archive that lies.
QString writeLyingWorkbook(TempFiles &tmp, const QString &name, const QByteArray &sheetXml, quint64 declaredSize)
{
    const QString path = tmp.path(name);
    QuaZip zip(path);
    EXPECT_TRUE(zip.open(QuaZip::mdCreate));
    addWorkbookParts(zip);
    // qCompress: 4 bytes of size, a 2-byte zlib header, raw deflate, a 4-byte Adler-32.
    const QByteArray zlib = qCompress(sheetXml, 9);
    const QByteArray deflated = zlib.mid(6, zlib.size() - 10);
    QuaZipNewInfo info(QStringLiteral("xl/worksheets/sheet1.xml"));
    info.uncompressedSize = declaredSize; // raw mode: the archive says what it is told
    QuaZipFile f(&zip);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION, true));
    f.write(deflated);
    f.close();
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

namespace {

/// The first error of importing the first sheet, as a shell shows it.
ImportError firstError(const QString &path)
{
    const ImportResult r = XlsxReader::importFile(CsvImporter(RoleCatalogue::defaults()), path);
    EXPECT_FALSE(r.ok());
    return r.errors.empty() ? ImportError{} : r.errors.front();
}

} // namespace

TEST(XlsxReader, CellReferencesBeyondExcelsSheetAreErrorsNamingTheCell)
{
    TempFiles tmp;
    // Each used to overflow int or allocate gigabytes.
    for (const char *ref : {"AAAAAAAAAAAA2", "ZZZZZ2", "XFE2", "A1048577", "B99999999999", "A0", "2B", "B"}) {
        const QByteArray row = "<row r=\"2\"><c r=\"" + QByteArray(ref) + "\"><v>1</v></c></row>";
        const QString path = writeWorkbook(tmp, QStringLiteral("refs.xlsx"), sheet(kHeader + row));
        const ImportError e = firstError(path);
        EXPECT_EQ(e.line, 2) << ref;
        EXPECT_TRUE(e.message.contains(QLatin1String(ref))) << e.toString().toStdString();
        EXPECT_TRUE(e.message.contains(QStringLiteral("XFD"))) << e.toString().toStdString();
        QFile::remove(path);
    }
    QByteArray rows = kHeader;
    for (int i = 2; i < 42; ++i)
        rows += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"ZZZZZ" + QByteArray::number(i) + "\"><v>1</v></c></row>";
    EXPECT_EQ(firstError(writeWorkbook(tmp, QStringLiteral("zzzzz.xlsx"), sheet(rows))).line, 2);
    const ImportError e = firstError(writeWorkbook(
        tmp, QStringLiteral("rows.xlsx"), sheet(kHeader + "<row r=\"1048577\"><c><v>1</v></c></row>")));
    EXPECT_TRUE(e.message.contains(QStringLiteral("1048577"))) << e.toString().toStdString();
}

TEST(XlsxReader, SparseCellsCostOnlyWhatTheyHold)
{
    TempFiles tmp;
    // The last column of the sheet in the header and the rows: five columns, not 16,384.
    const QByteArray header = kHeader.chopped(6) + "<c r=\"XFD1\" t=\"inlineStr\"><is><t>note</t></is></c></row>";
    QByteArray rows = header;
    for (int i = 2; i < 42; ++i)
        rows += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"A" + QByteArray::number(i) + "\"><v>"
                + QByteArray::number(i) + "</v></c><c r=\"D" + QByteArray::number(i)
                + "\" t=\"s\"><v>5</v></c><c r=\"XFD" + QByteArray::number(i)
                + "\" t=\"inlineStr\"><is><t>n" + QByteArray::number(i) + "</t></is></c></row>";
    const QString path = writeWorkbook(tmp, QStringLiteral("sparse.xlsx"), sheet(rows));
    XlsxReader::Table table;
    QString error;
    ASSERT_TRUE(XlsxReader::read(path, {}, table, &error)) << error.toStdString();
    EXPECT_EQ(table.header, (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("manager_id"),
                                         QStringLiteral("role"), QStringLiteral("note")}));
    ASSERT_EQ(table.rows.size(), 40u);
    for (const CsvImporter::Row &row : table.rows)
        EXPECT_LE(row.fields.size(), 5u);
    EXPECT_EQ(table.rows.back().fields.back(), QStringLiteral("n41"));

    // A value right of the header is named by its cell.
    const ImportError e = firstError(writeWorkbook(tmp, QStringLiteral("wide.xlsx"),
        sheet(kHeader + "<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"D3\" t=\"s\"><v>5</v></c>"
                        "<c r=\"XFD3\" t=\"inlineStr\"><is><t>stray</t></is></c></row>")));
    EXPECT_EQ(e.line, 3);
    EXPECT_TRUE(e.message.contains(QStringLiteral("XFD3"))) << e.toString().toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("stray"))) << e.toString().toStdString();
}

TEST(XlsxReader, SharedStringOutOfRangeIsAnErrorNamingTheCell)
{
    TempFiles tmp;
    // It used to become an empty name: a person turned into an open position.
    for (const char *index : {"7", "99", "-1", "x"}) {
        const QString path = writeWorkbook(tmp, QStringLiteral("sst.xlsx"),
            sheet(kHeader + "<row r=\"5\"><c r=\"A5\"><v>1</v></c><c r=\"B5\" t=\"s\"><v>" + QByteArray(index)
                  + "</v></c><c r=\"D5\" t=\"s\"><v>5</v></c></row>"));
        const ImportError e = firstError(path);
        EXPECT_EQ(e.line, 5) << index;
        EXPECT_TRUE(e.message.contains(QStringLiteral("cell B5"))) << e.toString().toStdString();
        EXPECT_TRUE(e.message.contains(QLatin1String(index))) << e.toString().toStdString();
        EXPECT_TRUE(e.toString().startsWith(path + QStringLiteral(":5: "))) << e.toString().toStdString();
        QFile::remove(path);
    }
}

TEST(XlsxReader, ZipBombsAreRefusedBeforeInflating)
{
    TempFiles tmp;
    // 64 MiB of blanks deflate to some 64 KB: a ratio of about 1,000.
    QByteArray huge = kHeader;
    huge += QByteArray(64 << 20, ' ');
    const QString bomb = writeWorkbook(tmp, QStringLiteral("bomb.xlsx"), sheet(huge));
    huge = QByteArray();
    ASSERT_LT(QFileInfo(bomb).size(), 4 << 20);
    QElapsedTimer timer;
    timer.start();
    ImportError e = firstError(bomb);
    EXPECT_LT(timer.elapsed(), 1000);
    EXPECT_TRUE(e.message.contains(QStringLiteral("xl/worksheets/sheet1.xml"))) << e.toString().toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("zip bomb"))) << e.toString().toStdString();

    // A part declared larger than 1 GiB is not inflated at all.
    e = firstError(writeLyingWorkbook(tmp, QStringLiteral("declared.xlsx"), sheet(kHeader), quint64(3) << 30));
    EXPECT_TRUE(e.message.contains(QStringLiteral("1 GiB"))) << e.toString().toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("sheet1.xml"))) << e.toString().toStdString();

    // A part that inflates to more than its entry says stops at what it says.
    e = firstError(writeLyingWorkbook(tmp, QStringLiteral("lying.xlsx"), sheet(kHeader + QByteArray(8 << 20, ' ')), 1000));
    EXPECT_TRUE(e.message.contains(QStringLiteral("sheet1.xml"))) << e.toString().toStdString();
}
