// SPDX-License-Identifier: MIT
#include "xlsxreader.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>

#include <cmath>

namespace org {

namespace {

/// An open workbook: the zip and helpers to read its parts.
class Workbook final
{
public:
    explicit Workbook(const QString &path) : m_zip(path) {}
    bool open() { return m_zip.open(QuaZip::mdUnzip); }
    bool read(const QString &part, QByteArray &out)
    {
        if (!m_zip.setCurrentFile(part, QuaZip::csInsensitive))
            return false;
        QuaZipFile f(&m_zip);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        out = f.readAll();
        f.close();
        return f.getZipError() == UNZ_OK;
    }

private:
    QuaZip m_zip;
};

/// "B12" → column index 1 (0-based); -1 when there are no letters.
int columnOf(QStringView ref)
{
    int col = 0;
    int letters = 0;
    for (QChar c : ref) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        col = col * 26 + (u - u'A' + 1);
        ++letters;
    }
    return letters ? col - 1 : -1;
}

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
    Workbook wb(path);
    QByteArray bytes;
    QStringList names;
    if (!wb.open() || !wb.read(QStringLiteral("xl/workbook.xml"), bytes))
        return names;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet"))
            names << xml.attributes().value(QLatin1String("name")).toString();
    return names;
}

bool XlsxReader::read(const QString &path, const QString &sheet, Table &table, QString *error)
{
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    Workbook wb(path);
    if (!wb.open())
        return failWith(tr("not an Excel workbook (.xlsx): the file is not a readable zip archive"));
    QByteArray bytes;
    if (!wb.read(QStringLiteral("xl/workbook.xml"), bytes))
        return failWith(tr("not an Excel workbook (.xlsx): xl/workbook.xml is missing"));

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
    if (wb.read(QStringLiteral("xl/_rels/workbook.xml.rels"), bytes)) {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship")
                && xml.attributes().value(QLatin1String("Id")) == relId)
                part = resolveTarget(xml.attributes().value(QLatin1String("Target")).toString());
    }
    if (part.isEmpty())
        part = QStringLiteral("xl/worksheets/sheet1.xml");

    QStringList shared;
    if (wb.read(QStringLiteral("xl/sharedStrings.xml"), bytes)) {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
                shared << readText(xml);
        if (xml.hasError())
            return failWith(tr("the workbook is damaged: %1").arg(xml.errorString()));
    }
    if (!wb.read(part, bytes))
        return failWith(tr("the workbook is damaged: %1 is missing").arg(part));

    std::vector<CsvImporter::Row> rows;
    QXmlStreamReader xml(bytes);
    int rowNumber = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("row")) {
            const QStringView r = xml.attributes().value(QLatin1String("r"));
            rowNumber = r.isEmpty() ? rowNumber + 1 : r.toInt();
            rows.push_back({rowNumber, {}});
        } else if (xml.name() == QLatin1String("c") && !rows.empty()) {
            const QXmlStreamAttributes attrs = xml.attributes();
            const QString type = attrs.value(QLatin1String("t")).toString();
            int col = columnOf(attrs.value(QLatin1String("r")));
            auto &fields = rows.back().fields;
            if (col < 0)
                col = int(fields.size());
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
                    const int i = raw.toInt(&ok);
                    value = ok && i >= 0 && i < shared.size() ? shared[i] : QString();
                } else if (type == QLatin1String("b")) {
                    value = raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type.isEmpty() || type == QLatin1String("n")) {
                    value = numberText(raw);
                } else {
                    value = raw; // str (formula text), e (error)
                }
            }
            if (std::size_t(col) >= fields.size())
                fields.resize(std::size_t(col) + 1);
            fields[std::size_t(col)] = value;
        }
    }
    if (xml.hasError())
        return failWith(tr("the workbook is damaged: %1").arg(xml.errorString()));

    // The header is the first row with any content; rows without content are skipped.
    auto blank = [](const CsvImporter::Row &row) {
        for (const QString &f : row.fields)
            if (!f.trimmed().isEmpty())
                return false;
        return true;
    };
    table = Table();
    bool haveHeader = false;
    for (CsvImporter::Row &row : rows) {
        if (blank(row))
            continue;
        if (!haveHeader) {
            for (const QString &f : row.fields)
                table.header << f.trimmed();
            while (!table.header.isEmpty() && table.header.last().isEmpty())
                table.header.removeLast();
            table.headerLine = row.line;
            haveHeader = true;
            continue;
        }
        table.rows.push_back(std::move(row));
    }
    if (!haveHeader)
        return failWith(tr("the sheet is empty: no header row"));
    return true;
}

ImportResult XlsxReader::importFile(const CsvImporter &importer, const QString &path, const QString &sheet)
{
    Table table;
    QString error;
    const QString display = path;
    if (!read(path, sheet, table, &error)) {
        ImportResult r;
        r.errors.push_back({display, 0, error});
        return r;
    }
    return importer.importTable(table.header, std::move(table.rows), display, table.headerLine);
}

} // namespace org
