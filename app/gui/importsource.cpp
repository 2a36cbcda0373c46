// SPDX-License-Identifier: MIT
#include "importsource.h"

#include "io/csvreader.h"
#include "io/inputfile.h"
#include "io/textdecoder.h"
#include "io/xlsxreader.h"

#include <QFileInfo>

#include <limits>

namespace org::ui {

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
    switch (c) {
    case Column::Id: return QStringLiteral("id");
    case Column::Name: return QStringLiteral("name");
    case Column::FirstName: return QStringLiteral("first_name");
    case Column::LastName: return QStringLiteral("last_name");
    case Column::Manager: return QStringLiteral("manager_id");
    case Column::Role: return QStringLiteral("role");
    case Column::Team: return QStringLiteral("team");
    case Column::ProductLine: return QStringLiteral("product_line");
    case Column::Title: return QStringLiteral("title");
    case Column::Salary: return QStringLiteral("salary");
    case Column::Email: return QStringLiteral("email");
    case Column::Assistant: return QStringLiteral("assistant");
    case Column::DottedLine: return QStringLiteral("dotted_line");
    case Column::StartDate: return QStringLiteral("start_date");
    case Column::EndDate: return QStringLiteral("end_date");
    case Column::Status: return QStringLiteral("status");
    case Column::Budget: return QStringLiteral("budget");
    case Column::Custom: return {};
    }
    return {};
}

QString ImportSource::columnName(Column c)
{
    switch (c) {
    case Column::Id: return tr("Id");
    case Column::Name: return tr("Name");
    case Column::FirstName: return tr("First name");
    case Column::LastName: return tr("Last name");
    case Column::Manager: return tr("Manager id (reports to)");
    case Column::Role: return tr("Role");
    case Column::Team: return tr("Team");
    case Column::ProductLine: return tr("Product line");
    case Column::Title: return tr("Title");
    case Column::Salary: return tr("Monthly salary");
    case Column::Email: return tr("E-mail");
    case Column::Assistant: return tr("Assistant");
    case Column::DottedLine: return tr("Dotted-line manager id");
    case Column::StartDate: return tr("Start date");
    case Column::EndDate: return tr("End date");
    case Column::Status: return tr("Hiring status");
    case Column::Budget: return tr("Monthly budget");
    case Column::Custom: return tr("Custom field (kept)");
    }
    return {};
}

QList<Column> ImportSource::allColumns()
{
    return {Column::Id, Column::Name, Column::FirstName, Column::LastName, Column::Manager,
            Column::Role, Column::Title, Column::Team, Column::ProductLine, Column::Salary,
            Column::Email, Column::Assistant, Column::DottedLine, Column::StartDate, Column::EndDate,
            Column::Status, Column::Budget, Column::Custom};
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
