// SPDX-License-Identifier: MIT
// UTF-8 CSV read piece by piece: whatever the pieces, the import is the one of
// the whole text (the same org, or the same errors on the same lines).
#include "io/csvimporter.h"
#include "io/csvreader.h"
#include "io/inputfile.h"
#include "io/textdecoder.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace org;

namespace {

/// Everything an import tells, as text: the errors, or the org with every
/// field, manager and dotted line, plus encoding, delimiter and header.
std::string describe(const ImportResult &r)
{
    std::string out = "encoding " + TextDecoder::encodingName(r.encoding).toStdString() + " delimiter "
        + QString(r.delimiter).toStdString() + " header " + r.header.join(QLatin1Char('|')).toStdString() + "\n";
    for (const ImportError &e : r.errors)
        out += "error " + e.toString().toStdString() + "\n";
    if (!r.org)
        return out;
    out += test::dump(*r.org);
    for (const Position &p : r.org->positions())
        out += p.email().toStdString() + "|" + std::to_string(p.salary().value_or(-1)) + "|"
            + std::to_string(p.assistant) + "|" + p.startDate().toString(Qt::ISODate).toStdString() + "|"
            + p.endDate().toString(Qt::ISODate).toStdString() + "|" + std::to_string(int(p.status())) + "|"
            + std::to_string(p.budget().value_or(-1)) + "|" + p.custom().join(QLatin1Char('|')).toStdString() + "\n";
    return out;
}

ImportResult importWith(const QByteArray &bytes, qsizetype pieceBytes, bool inferRoles = false)
{
    ImportOptions options;
    options.inferRoles = inferRoles;
    options.pieceBytes = pieceBytes;
    return CsvImporter(RoleCatalogue::defaults(), options).importBytes(bytes, QStringLiteral("t.csv"));
}

/// Imports `bytes` whole (pieceBytes 0) and in pieces of many sizes; all must agree.
void expectSameInPieces(const QByteArray &bytes, const std::string &what)
{
    for (bool infer : {false, true}) {
        const std::string whole = describe(importWith(bytes, 0, infer));
        for (qsizetype piece : {1, 2, 3, 4, 5, 7, 16, 61, 1000, 1 << 18})
            ASSERT_EQ(describe(importWith(bytes, piece, infer)), whole)
                << what << ", pieces of " << piece << " bytes, infer roles " << infer;
    }
}

const QByteArray kBase = QByteArrayLiteral(
    "id,name,manager_id,role,team,product_line,dotted_line\n"
    "1,王伟,,cto,研发中心,,\n"
    "2,\"Li, \"\"Na\"\"\",1,tech_manager,\"支付\r\n团队\",支付,\n"
    "3,张敏,2,programmer,支付,支付,1|2\r\n"
    "\n"
    "4,Ümit,2,engineer,支付,支付,\r"
    "5,,2,programmer,支付,支付,\n");

} // namespace

TEST(CsvPieces, SameOrgWhateverThePieces)
{
    expectSameInPieces(kBase, "base");
    expectSameInPieces(QByteArray("\xEF\xBB\xBF") + kBase, "with a BOM");
    expectSameInPieces(kBase.chopped(1), "no line break at the end");
    QByteArray semicolons = kBase;
    semicolons.replace(',', ';');
    expectSameInPieces(semicolons, "semicolons");
    expectSameInPieces(QByteArray("\n\n  \n") + kBase, "blank lines before the header");
    expectSameInPieces(QByteArrayLiteral("id,name,manager_id,role,\n1,A,,cto,\n2,B,1,engineer,"),
                       "trailing delimiters");
}

TEST(CsvPieces, SameErrorsWhateverThePieces)
{
    const QByteArray header("id,name,manager_id,role\n");
    const std::pair<const char *, QByteArray> cases[] = {
        {"unclosed quote", header + "1,\"Ann,,cto\n2,Bo,1,engineer\n"},
        {"unclosed quote in the header", QByteArray("id,\"name,manager_id,role\n1,A,,cto\n")},
        {"no id column", QByteArray("name,manager_id,role\nA,,cto\n")},
        {"unknown manager, duplicate id", header + "1,A,,cto\n2,B,9,engineer\n2,C,1,engineer\n"},
        {"cycle", header + "1,A,2,cto\n2,B,1,engineer\n"},
        {"unknown role", header + "1,A,,wizard\n"},
        {"too many fields", header + "1,A,,cto,extra\n"},
        {"only blank lines", QByteArray(" \n\n \xC2\xA0\n")},
        {"control character late", header + "1,A,,cto\n2,B\x01,1,engineer\n"},
        {"NUL late", header + "1,A,,cto\n2,B" + QByteArray(1, '\0') + ",1,engineer\n"},
        {"Windows-1252 late", header + "1,A,,cto\n2,J\xFCrgen M\xFCller,1,engineer\n"},
        {"GB18030", QStringLiteral("工号,姓名,上级工号,角色\n1,王伟,,首席技术官\n").toUtf8()},
        {"character cut at the end", header + "1,A,,cto\n2,B\xE4\xB8"},
        {"invalid byte after a header error", QByteArray("name,role\nA,cto\n\xFF\n")},
        {"UTF-16 BOM", QByteArray("\xFF\xFE") + QByteArray("i\0d\0\n\0", 6)},
        {"two BOMs", QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF") + header + "1,A,,cto\n"},
    };
    for (const auto &[what, bytes] : cases)
        expectSameInPieces(bytes, what);
}

TEST(CsvPieces, SameAsWholeOnSeedsAndSamples)
{
    QStringList files;
    const QDir seeds(QStringLiteral(ORG_PUBLIC_DATA "/../../fuzz/corpus/csv"));
    for (const QString &f : seeds.entryList(QDir::Files))
        files << seeds.filePath(f);
    ASSERT_GE(files.size(), 5) << seeds.path().toStdString();
    files << test::publicData(QStringLiteral("oracle_hr_employees_107.csv"))
          << test::publicData(QStringLiteral("adventureworks_employees_290.csv"));
    for (const QString &path : files) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        expectSameInPieces(f.readAll(), path.toStdString());
    }
}

TEST(CsvPieces, RandomCsvInRandomPieces)
{
    // Random rows of quoted and plain fields with multi-byte characters, CR, LF
    // and CRLF, doubled quotes; some rows broken on purpose.
    QRandomGenerator rng(17);
    const QList<QByteArray> bits{"a", "Zoë", "王", "\"\"", ",", "\r\n", "\n", "\r", " ", "|", "1", "2"};
    for (int round = 0; round < 40; ++round) {
        QByteArray csv("id,name,manager_id,role,team,dotted_line\n");
        const int rows = int(rng.bounded(1, 30));
        for (int i = 1; i <= rows; ++i) {
            QByteArray name;
            for (int k = int(rng.bounded(0, 6)); k > 0; --k)
                name += bits[int(rng.bounded(qsizetype(bits.size())))];
            const bool quote = rng.bounded(3) != 0 || name.contains(',') || name.contains('\n') || name.contains('\r')
                || name.contains('"');
            const QByteArray manager = i == 1 ? QByteArray() : QByteArray::number(rng.bounded(1, i + (round % 5 == 0)));
            csv += QByteArray::number(i) + ',' + (quote ? '"' + name + '"' : name) + ',' + manager + ','
                + (i == 1 ? "cto" : "engineer") + ",T" + QByteArray::number(rng.bounded(3)) + ','
                + (rng.bounded(4) == 0 ? QByteArray("1") : QByteArray()) + (rng.bounded(2) ? "\n" : "\r\n");
        }
        expectSameInPieces(csv, "round " + std::to_string(round));
    }
}

TEST(CsvPieces, FileInPiecesAsBytesWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("org.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(kBase);
    f.close();
    ImportOptions options;
    options.pieceBytes = 3;
    const ImportResult inPieces = CsvImporter(RoleCatalogue::defaults(), options).importFile(path);
    ASSERT_TRUE(inPieces.ok()) << test::firstError(inPieces).toStdString();
    options.pieceBytes = 0;
    const ImportResult whole = CsvImporter(RoleCatalogue::defaults(), options).importFile(path);
    EXPECT_EQ(describe(inPieces), describe(whole));
    EXPECT_EQ(inPieces.org->size(), 5);
    EXPECT_EQ(inPieces.org->position(1).team, QStringLiteral("支付\r\n团队"));

    const ImportResult missing = CsvImporter(RoleCatalogue::defaults(), options).importFile(dir.filePath(QStringLiteral("no.csv")));
    ASSERT_EQ(missing.errors.size(), 1u);
    EXPECT_TRUE(missing.errors.front().toString().contains(QStringLiteral("no.csv")));
}

TEST(InputFilePieces, PiecesMakeTheFileAndStopPastTheLimit)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("0123456789abcdef"));
    f.close();

    InputFile::Pieces all(path, 16, 5);
    QByteArray read;
    int pieces = 0;
    while (const std::optional<QByteArrayView> piece = all.next()) {
        if (piece->isEmpty())
            break;
        EXPECT_LE(piece->size(), 5);
        read += *piece;
        ++pieces;
    }
    EXPECT_TRUE(all.error().isEmpty()) << all.error().toStdString();
    EXPECT_EQ(read, QByteArray("0123456789abcdef"));
    EXPECT_EQ(pieces, 4);

    // A file found larger than the limit while reading it fails, however it is cut.
    InputFile::Pieces tooBig(path, 15, 4);
    qsizetype got = 0;
    std::optional<QByteArrayView> piece;
    while ((piece = tooBig.next()) && !piece->isEmpty())
        got += piece->size();
    EXPECT_FALSE(piece.has_value());
    EXPECT_LE(got, 15);
    EXPECT_TRUE(tooBig.error().contains(QStringLiteral("15 bytes"))) << tooBig.error().toStdString();

    InputFile::Pieces none(dir.filePath(QStringLiteral("none.csv")), 16, 4);
    EXPECT_FALSE(none.next().has_value());
    EXPECT_FALSE(none.error().isEmpty());
}

TEST(Utf8Pieces, CharactersCutBetweenPiecesAndAtTheEnd)
{
    const QByteArray bytes = QStringLiteral("a王😀b").toUtf8();
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        TextDecoder::Utf8Pieces d;
        std::vector<QChar> out(std::size_t(d.requiredSpace(bytes.size()) + 8));
        QChar *end = d.append(out.data(), QByteArrayView(bytes).first(cut));
        ASSERT_NE(end, nullptr);
        end = d.append(end, QByteArrayView(bytes).sliced(cut));
        ASSERT_NE(end, nullptr);
        EXPECT_TRUE(d.finish());
        EXPECT_EQ(QStringView(out.data(), end), QStringLiteral("a王😀b")) << "cut at " << cut;
    }
    TextDecoder::Utf8Pieces cutOff;
    QChar out[8];
    ASSERT_NE(cutOff.append(out, "a\xE7\x8E"), nullptr);
    EXPECT_FALSE(cutOff.finish());

    TextDecoder::Utf8Pieces control;
    EXPECT_EQ(control.append(out, "a\x7F"), nullptr);
    TextDecoder::Utf8Pieces invalid;
    EXPECT_EQ(invalid.append(out, "a\xFF"), nullptr);
}

TEST(CsvReaderPieces, RecordsReachingTheEndWaitForMore)
{
    // "1,\"a\"" may go on with a doubled quote, "2,b\r" with the LF of a CRLF.
    for (const char *head : {"1,\"a\"", "1,\"a", "1,a", "1,a,", "1,a\r"}) {
        const QString text = QStringLiteral("x,y\n") + QString::fromLatin1(head);
        CsvReader reader(text, QLatin1Char(','), 7, false);
        CsvReader::Record rec;
        ASSERT_TRUE(reader.next(rec)) << head;
        EXPECT_EQ(rec.line, 7);
        EXPECT_FALSE(reader.next(rec)) << head;
        EXPECT_TRUE(reader.needsMore()) << head;
        EXPECT_FALSE(reader.failed()) << head;
        EXPECT_EQ(reader.consumed(), 4) << head;
        EXPECT_EQ(reader.line(), 8) << head;
    }
    CsvReader last(QStringLiteral("1,\"a"), QLatin1Char(','), 3, true);
    CsvReader::Record rec;
    EXPECT_FALSE(last.next(rec));
    EXPECT_TRUE(last.failed());
    EXPECT_FALSE(last.needsMore());
    EXPECT_EQ(last.errorLine(), 3);

    bool complete = true;
    EXPECT_EQ(CsvReader::sniffDelimiter(QStringLiteral("a;b;\"c\nd\""), &complete), QLatin1Char(';'));
    EXPECT_FALSE(complete);
    EXPECT_EQ(CsvReader::sniffDelimiter(QStringLiteral("a;b;\"c\nd\"\n"), &complete), QLatin1Char(';'));
    EXPECT_TRUE(complete);
}
