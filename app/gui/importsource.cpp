// SPDX-License-Identifier: MIT
#include "importsource.h"

#include "io/csvreader.h"
#include "io/inputfile.h"
#include "io/textdecoder.h"
#include "io/xlsxreader.h"
#include "model/enumnames.h"

#include <QFileInfo>

#include <limits>

namespace org::ui {

namespace {

/// Every column a user can map, in the order the mapping offers them: its
/// canonical header (as CsvImporter reads it; none for a custom field) and its name.
constexpr EnumName<Column> kColumns[] = {
    {Column::Id, "id", QT_TRANSLATE_NOOP("ImportSource", "Id")},
    {Column::Name, "name", QT_TRANSLATE_NOOP("ImportSource", "Name")},
    {Column::FirstName, "first_name", QT_TRANSLATE_NOOP("ImportSource", "First name")},
    {Column::LastName, "last_name", QT_TRANSLATE_NOOP("ImportSource", "Last name")},
    {Column::Manager, "manager_id", QT_TRANSLATE_NOOP("ImportSource", "Manager id (reports to)")},
    {Column::Role, "role", QT_TRANSLATE_NOOP("ImportSource", "Role")},
    {Column::Title, "title", QT_TRANSLATE_NOOP("ImportSource", "Title")},
    {Column::Team, "team", QT_TRANSLATE_NOOP("ImportSource", "Team")},
    {Column::ProductLine, "product_line", QT_TRANSLATE_NOOP("ImportSource", "Product line")},
    {Column::Salary, "salary", QT_TRANSLATE_NOOP("ImportSource", "Monthly salary")},
    {Column::Email, "email", QT_TRANSLATE_NOOP("ImportSource", "E-mail")},
    {Column::Assistant, "assistant", QT_TRANSLATE_NOOP("ImportSource", "Assistant")},
    {Column::DottedLine, "dotted_line", QT_TRANSLATE_NOOP("ImportSource", "Dotted-line manager id")},
    {Column::StartDate, "start_date", QT_TRANSLATE_NOOP("ImportSource", "Start date")},
    {Column::EndDate, "end_date", QT_TRANSLATE_NOOP("ImportSource", "End date")},
    {Column::Status, "status", QT_TRANSLATE_NOOP("ImportSource", "Hiring status")},
    {Column::Budget, "budget", QT_TRANSLATE_NOOP("ImportSource", "Monthly budget")},
    {Column::Custom, "", QT_TRANSLATE_NOOP("ImportSource", "Custom field (kept)")},
};

} // namespace

bool ImportSource::hasRoleColumn() const
{
    for (const QString &h : header)
        if (CsvImporter::classifyHeader(h) == Column::Role)
            return true;
    return false;
}

ImportSource ImportSource::read(const QString &path, std::optional<TextDecoder::Encoding> encoding)
{
    ImportSource s;
    s.path = path;
    const QString name = QFileInfo(path).fileName();
    auto fail = [&](int line, const QString &message) {
        s.errors.push_back({name, line, message});
        return s;
    };
    if (const QString why = InputFile::check(path, std::numeric_limits<qint64>::max()); !why.isEmpty())
        return fail(0, why);
    s.kind = OrgLoader::detect(path);
    if (s.kind == OrgLoader::Kind::Plan)
        return fail(0, tr("this is a plan, not a table: open it with File ▸ Open"));
    if (s.kind == OrgLoader::Kind::Xlsx) {
        XlsxReader::Table table;
        QString error;
        int line = 0;
        if (!XlsxReader::read(path, {}, table, &error, &line))
            return fail(line, error);
        s.header = table.header;
        s.rows = std::move(table.rows);
        s.headerLine = table.headerLine;
        s.encoding = QStringLiteral("XLSX");
        return s;
    }
    QByteArray bytes;
    QString error;
    if (!InputFile::read(path, InputFile::kMaxCsvBytes, bytes, &error))
        return fail(0, error);
    if (bytes.trimmed().isEmpty())
        return fail(0, tr("the file is empty: expected a header row such as \"id,name,manager_id,role\""));
    TextDecoder::Encoding used = TextDecoder::Encoding::Utf8;
    const std::optional<QString> text = CsvImporter::decodeText(bytes, name, encoding, used, s.errors);
    bytes = QByteArray();
    s.textEncoding = used;
    s.encoding = TextDecoder::encodingName(used);
    if (!text)
        return s;
    s.delimiter = CsvReader::sniffDelimiter(*text);
    CsvReader reader(*text, s.delimiter);
    CsvReader::Record rec;
    while (reader.next(rec)) {
        if (rec.isBlank())
            continue;
        if (s.header.isEmpty()) {
            for (QStringView cell : rec.fields)
                s.header << cell.trimmed().toString();
            s.headerLine = rec.line;
            continue;
        }
        CsvImporter::Row row;
        row.line = rec.line;
        row.fields.reserve(rec.fields.size());
        for (QStringView cell : rec.fields)
            row.fields.push_back(cell.toString());
        s.rows.push_back(std::move(row));
    }
    if (reader.failed())
        return fail(reader.errorLine(), tr("a quoted field starts here and never ends (missing closing \")"));
    if (s.header.isEmpty())
        return fail(0, tr("the file is empty: expected a header row such as \"id,name,manager_id,role\""));
    return s;
}

QString ImportSource::canonicalHeader(Column c)
{
    return enumKey(kColumns, c);
}

QString ImportSource::columnName(Column c)
{
    const EnumName<Column> *row = findEnumName(kColumns, c);
    return row ? tr(row->name) : QString();
}

QList<Column> ImportSource::allColumns()
{
    QList<Column> out;
    for (const EnumName<Column> &row : kColumns)
        out << row.value;
    return out;
}

QString ImportSource::delimiterName(QChar c)
{
    if (c == QLatin1Char(','))
        return tr("comma");
    if (c == QLatin1Char(';'))
        return tr("semicolon");
    if (c == QLatin1Char('\t'))
        return tr("tab");
    return QString(c);
}

ImportResult ImportSource::import(const RoleCatalogue &roles, bool inferRoles,
                                  const std::vector<std::optional<Column>> &mapping) const
{
    ImportOptions opts;
    opts.inferRoles = inferRoles;
    const CsvImporter importer(roles, opts);
    const QString name = QFileInfo(path).fileName();
    QStringList newHeader;
    std::vector<int> keep;
    for (int i = 0; i < header.size(); ++i) {
        const std::optional<Column> m = std::size_t(i) < mapping.size()
                                            ? mapping[std::size_t(i)]
                                            : std::optional<Column>(CsvImporter::classifyHeader(header[i]));
        if (!m)
            continue;
        keep.push_back(i);
        if (*m == Column::Custom) {
            QString h = header[i];
            // A known name kept as a custom field must not be read as that meaning.
            while (CsvImporter::classifyHeader(h) != Column::Custom)
                h += QLatin1Char('_');
            newHeader << h;
        } else {
            newHeader << canonicalHeader(*m);
        }
    }
    std::vector<CsvImporter::Row> out;
    out.reserve(rows.size());
    for (const CsvImporter::Row &r : rows) {
        CsvImporter::Row nr;
        nr.line = r.line;
        nr.fields.reserve(keep.size());
        for (int i : keep)
            nr.fields.push_back(std::size_t(i) < r.fields.size() ? r.fields[std::size_t(i)] : QString());
        out.push_back(std::move(nr));
    }
    ImportResult result = importer.importTable(newHeader, std::move(out), name, headerLine);
    return result;
}

} // namespace org::ui
