// SPDX-License-Identifier: MIT
#include "xlsxreader.h"

#include "inputfile.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <optional>

namespace org {

namespace {

/// An open workbook: the zip and helpers to read its parts within the limits
/// of InputFile (the inflated size and ratio of each part are checked before
/// inflating, and the bytes counted while inflating).
class Workbook final
{
public:
    explicit Workbook(const QString &path) : m_zip(path) {}
    bool open() { return m_zip.open(QuaZip::mdUnzip); }
    /// False when the part is missing (`error` empty) or cannot be read (`error` says why).
    bool read(const QString &part, QByteArray &out, QString *error = nullptr)
    {
        out.clear();
        auto failWith = [error](const QString &message) {
            if (error)
                *error = message;
            return false;
        };
        if (!m_zip.setCurrentFile(part, QuaZip::csInsensitive))
            return failWith({});
        QuaZipFileInfo64 info;
        if (!m_zip.getCurrentFileInfo(&info))
            return failWith(XlsxReader::tr("the workbook is damaged: cannot read the entry of %1").arg(part));
        const qint64 size = qint64(info.uncompressedSize);
        const qint64 packed = qint64(info.compressedSize);
        if (size < 0 || size > InputFile::kMaxXlsxPartBytes)
            return failWith(XlsxReader::tr("%1 inflates to %2 bytes, more than the %3 an import reads")
                                .arg(part, QString::number(quint64(info.uncompressedSize)),
                                     InputFile::sizeText(InputFile::kMaxXlsxPartBytes)));
        if (size > InputFile::kXlsxRatioFloorBytes && size / std::max<qint64>(packed, 1) > InputFile::kMaxXlsxRatio)
            return failWith(XlsxReader::tr("%1 inflates from %2 to %3 bytes, more than %4 times: "
                                           "refused as a likely zip bomb")
                                .arg(part, QString::number(packed), QString::number(size),
                                     QString::number(InputFile::kMaxXlsxRatio)));
        QuaZipFile f(&m_zip);
        if (!f.open(QIODevice::ReadOnly))
            return failWith(XlsxReader::tr("the workbook is damaged: cannot open %1").arg(part));
        // Count while inflating: the sizes in the archive may lie.
        constexpr qint64 kChunk = qint64(1) << 20;
        out.reserve(qsizetype(size + kChunk)); // room for the last, empty read: no copy
        while (true) {
            const qsizetype at = out.size();
            out.resize(at + qsizetype(kChunk));
            const qint64 got = f.read(out.data() + at, kChunk);
            if (got < 0) {
                out = QByteArray();
                return failWith(XlsxReader::tr("the workbook is damaged: cannot inflate %1").arg(part));
            }
            out.resize(at + qsizetype(got));
            if (got == 0)
                break;
            if (qint64(out.size()) > size) {
                out = QByteArray();
                return failWith(XlsxReader::tr("the workbook is damaged: %1 inflates to more than the "
                                               "%2 bytes its entry declares")
                                    .arg(part, QString::number(size)));
            }
        }
        f.close();
        if (f.getZipError() != UNZ_OK) {
            out = QByteArray();
            return failWith(XlsxReader::tr("the workbook is damaged: %1 fails its checksum").arg(part));
        }
        return true;
    }

private:
    QuaZip m_zip;
};

/// Excel's sheet size (ECMA-376 and Excel's specifications): columns A–XFD, rows 1–1,048,576.
constexpr int kMaxColumns = 16384;
constexpr int kMaxRows = 1048576;

/// "B12" → column 1 (0-based) and row 12; nullopt when it is not an A1
/// reference inside Excel's sheet size. At most three letters and seven digits
/// are looked at, so no reference can overflow.
std::optional<std::pair<int, int>> parseCellRef(QStringView ref)
{
    qsizetype i = 0;
    int col = 0;
    while (i < ref.size() && i < 4) {
        const char16_t u = ref[i].toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        col = col * 26 + (u - u'A' + 1);
        ++i;
    }
    if (i == 0 || i > 3 || col > kMaxColumns)
        return std::nullopt;
    const QStringView digits = ref.mid(i);
    if (digits.isEmpty() || digits.size() > 7 || digits[0] == u'0')
        return std::nullopt;
    int row = 0;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        row = row * 10 + (c.unicode() - u'0');
    }
    if (row > kMaxRows)
        return std::nullopt;
    return std::pair(col - 1, row);
}

/// Column 1 (0-based), row 12 → "B12".
QString cellName(int col, int row)
{
    QString letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row);
}

/// A row as read: only the cells the sheet has, in sheet order.
struct SheetRow
{
    int line = 0;
    std::vector<std::pair<int, QString>> cells; ///< column (0-based), value
};

/// Text of the current element and its <t> descendants (rich-text runs), skipping
/// phonetic runs; leaves the reader at the element's end.
QString readText(QXmlStreamReader &xml)
{
    QString text;
    const QString endName = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && !phonetic)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == endName)
                break;
        }
    }
    return text;
}

/// A number as the importer expects it: integral values without ".0".
QString numberText(const QString &raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString resolveTarget(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}

} // namespace

QStringList XlsxReader::sheetNames(const QString &path)
{
    QStringList names;
    if (!InputFile::check(path, InputFile::kMaxXlsxBytes).isEmpty())
        return names;
    Workbook wb(path);
    QByteArray bytes;
    if (!wb.open() || !wb.read(QStringLiteral("xl/workbook.xml"), bytes))
        return names;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet"))
            names << xml.attributes().value(QLatin1String("name")).toString();
    return names;
}

bool XlsxReader::read(const QString &path, const QString &sheet, Table &table, QString *error, int *errorLine)
{
    int failLine = 0;
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        if (errorLine)
            *errorLine = failLine;
        return false;
    };
    if (const QString why = InputFile::check(path, InputFile::kMaxXlsxBytes); !why.isEmpty())
        return failWith(why);
    Workbook wb(path);
    if (!wb.open())
        return failWith(tr("not an Excel workbook (.xlsx): the file is not a readable zip archive"));
    QByteArray bytes;
    QString partError;
    if (!wb.read(QStringLiteral("xl/workbook.xml"), bytes, &partError))
        return failWith(partError.isEmpty() ? tr("not an Excel workbook (.xlsx): xl/workbook.xml is missing")
                                            : partError);

    // Sheet name → relationship id → part.
    QString relId;
    QStringList names;
    {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("sheet"))
                continue;
            const QString name = xml.attributes().value(QLatin1String("name")).toString();
            names << name;
            QString id;
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.name() == QLatin1String("id") && a.prefix() == QLatin1String("r"))
                    id = a.value().toString();
            if (id.isEmpty())
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == QLatin1String("id"))
                        id = a.value().toString();
            if (relId.isEmpty() && (sheet.isEmpty() || name == sheet))
                relId = id;
        }
        if (xml.hasError())
            return failWith(tr("the workbook is damaged: %1").arg(xml.errorString()));
    }
    if (names.isEmpty())
        return failWith(tr("the workbook has no sheet"));
    if (relId.isEmpty())
        return failWith(tr("the workbook has no sheet named \"%1\" (sheets: %2)")
                            .arg(sheet, names.join(QStringLiteral(", "))));
    QString part;
    if (wb.read(QStringLiteral("xl/_rels/workbook.xml.rels"), bytes, &partError)) {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship")
                && xml.attributes().value(QLatin1String("Id")) == relId)
                part = resolveTarget(xml.attributes().value(QLatin1String("Target")).toString());
    } else if (!partError.isEmpty()) {
        return failWith(partError);
    }
    if (part.isEmpty())
        part = QStringLiteral("xl/worksheets/sheet1.xml");

    QStringList shared;
    if (wb.read(QStringLiteral("xl/sharedStrings.xml"), bytes, &partError)) {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
                shared << readText(xml);
        if (xml.hasError())
            return failWith(tr("the workbook is damaged: %1").arg(xml.errorString()));
    } else if (!partError.isEmpty()) {
        return failWith(partError);
    }
    if (!wb.read(part, bytes, &partError))
        return failWith(partError.isEmpty() ? tr("the workbook is damaged: %1 is missing").arg(part) : partError);

    // Rows keep only the cells the sheet has: a reference far to the right
    // (XFD7) costs one cell, not sixteen thousand.
    std::vector<SheetRow> rows;
    QXmlStreamReader xml(bytes);
    int rowNumber = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("row")) {
            const QStringView r = xml.attributes().value(QLatin1String("r"));
            if (r.isEmpty()) {
                ++rowNumber;
            } else {
                bool ok = false;
                rowNumber = r.toInt(&ok);
                if (!ok || rowNumber < 1 || rowNumber > kMaxRows)
                    return failWith(tr("row number \"%1\" is outside the sheet (Excel has rows 1 to %2)")
                                        .arg(r.toString(), QString::number(kMaxRows)));
            }
            if (rowNumber > kMaxRows)
                return failWith(tr("the sheet has more than %1 rows").arg(QString::number(kMaxRows)));
            rows.push_back({rowNumber, {}});
        } else if (xml.name() == QLatin1String("c") && !rows.empty()) {
            SheetRow &row = rows.back();
            const QXmlStreamAttributes attrs = xml.attributes();
            const QString type = attrs.value(QLatin1String("t")).toString();
            const QStringView ref = attrs.value(QLatin1String("r"));
            int col = row.cells.empty() ? 0 : row.cells.back().first + 1;
            if (!ref.isEmpty()) {
                const auto parsed = parseCellRef(ref);
                if (!parsed) {
                    failLine = row.line;
                    return failWith(tr("cell reference \"%1\" is outside the sheet or not a reference "
                                       "(Excel has columns A to XFD and rows 1 to %2)")
                                        .arg(ref.toString(), QString::number(kMaxRows)));
                }
                col = parsed->first;
            } else if (col >= kMaxColumns) {
                failLine = row.line;
                return failWith(tr("row %1 has more than %2 cells (Excel has columns A to XFD)")
                                    .arg(QString::number(row.line), QString::number(kMaxColumns)));
            }
            QString value;
            if (type == QLatin1String("inlineStr")) {
                value = readText(xml);
            } else {
                QString raw;
                while (!xml.atEnd()) {
                    const auto token = xml.readNext();
                    if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("v"))
                        raw = xml.readElementText();
                    else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("is"))
                        raw = readText(xml);
                    else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c"))
                        break;
                }
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const qsizetype i = raw.trimmed().toLongLong(&ok);
                    if (!ok || i < 0 || i >= shared.size()) {
                        failLine = row.line;
                        return failWith(tr("cell %1 refers to shared string \"%2\", but the workbook has "
                                           "%3 shared strings (numbered from 0): the file is damaged")
                                            .arg(cellName(col, row.line), raw, QString::number(shared.size())));
                    }
                    value = shared[i];
                } else if (type == QLatin1String("b")) {
                    value = raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type.isEmpty() || type == QLatin1String("n")) {
                    value = numberText(raw);
                } else {
                    value = raw; // str (formula text), e (error)
                }
            }
            row.cells.emplace_back(col, std::move(value));
        }
    }
    if (xml.hasError())
        return failWith(tr("the workbook is damaged: %1").arg(xml.errorString()));
    bytes = QByteArray();

    auto blank = [](const SheetRow &row) {
        for (const auto &cell : row.cells)
            if (!cell.second.trimmed().isEmpty())
                return false;
        return true;
    };
    // The header is the first row with any content; rows without content are skipped.
    const auto headerRow = std::find_if_not(rows.begin(), rows.end(), blank);
    if (headerRow == rows.end())
        return failWith(tr("the sheet is empty: no header row"));
    int width = 0; // one past the last header cell with text
    for (const auto &[col, value] : headerRow->cells)
        if (!value.trimmed().isEmpty())
            width = std::max(width, col + 1);
    // Columns blank in the header and in every row are dropped, so the table
    // is only as wide as the columns that hold something; a value right of
    // the header is an error naming its cell.
    std::vector<char> used(std::size_t(width), 0);
    for (const auto &[col, value] : headerRow->cells)
        if (!value.trimmed().isEmpty())
            used[std::size_t(col)] = 1;
    for (auto it = headerRow + 1; it != rows.end(); ++it) {
        for (const auto &[col, value] : it->cells) {
            if (value.trimmed().isEmpty())
                continue;
            if (col >= width) {
                failLine = it->line;
                return failWith(tr("cell %1 (\"%2\") is right of the last header column %3")
                                    .arg(cellName(col, it->line), value, cellName(width - 1, headerRow->line)));
            }
            used[std::size_t(col)] = 1;
        }
    }
    std::vector<int> target(std::size_t(width), -1); // sheet column → table column
    table = Table();
    for (int c = 0; c < width; ++c) {
        if (!used[std::size_t(c)])
            continue;
        target[std::size_t(c)] = int(table.header.size());
        table.header << QString();
    }
    for (const auto &[col, value] : headerRow->cells)
        if (col < width && target[std::size_t(col)] >= 0)
            table.header[target[std::size_t(col)]] = value.trimmed();
    table.headerLine = headerRow->line;
    for (auto it = headerRow + 1; it != rows.end(); ++it) {
        if (blank(*it))
            continue;
        CsvImporter::Row row;
        row.line = it->line;
        int last = -1;
        for (const auto &cell : it->cells)
            if (!cell.second.trimmed().isEmpty())
                last = std::max(last, target[std::size_t(cell.first)]);
        row.fields.resize(std::size_t(last + 1));
        for (auto &[col, value] : it->cells) {
            const int t = col < width ? target[std::size_t(col)] : -1;
            if (t >= 0 && t <= last)
                row.fields[std::size_t(t)] = std::move(value);
        }
        table.rows.push_back(std::move(row));
        it->cells = {};
    }
    return true;
}

ImportResult XlsxReader::importFile(const CsvImporter &importer, const QString &path, const QString &sheet)
{
    Table table;
    QString error;
    int line = 0;
    const QString display = path;
    if (!read(path, sheet, table, &error, &line)) {
        ImportResult r;
        r.errors.push_back({display, line, error});
        return r;
    }
    return importer.importTable(table.header, std::move(table.rows), display, table.headerLine);
}

} // namespace org
