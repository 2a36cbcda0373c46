// SPDX-License-Identifier: MIT
#include "changelist.h"

#include "csvimporter.h"
#include "csvreader.h"
#include "inputfile.h"

namespace org {

ChangeList::Result ChangeList::readFile(const QString &path, std::optional<TextDecoder::Encoding> encoding)
{
    QByteArray bytes;
    QString error;
    if (!InputFile::read(path, InputFile::kMaxCsvBytes, bytes, &error)) {
        Result r;
        r.errors.push_back({path, 0, error});
        return r;
    }
    return readBytes(bytes, path, encoding);
}

ChangeList::Result ChangeList::readBytes(const QByteArray &bytes, const QString &displayName,
                                         std::optional<TextDecoder::Encoding> encoding)
{
    Result r;
    TextDecoder::Encoding used;
    const std::optional<QString> text = CsvImporter::decodeText(bytes, displayName, encoding, used, r.errors);
    if (!text)
        return r;
    CsvReader reader(*text, CsvReader::sniffDelimiter(*text));
    CsvReader::Record rec;
    auto fail = [&](int line, const QString &message) {
        r.changes.clear();
        r.errors.push_back({displayName, line, message});
        return r;
    };

    // Header: the first non-blank record; each column once, and only the ones apply knows.
    int col[int(Column::Custom) + 1];
    std::fill(std::begin(col), std::end(col), -1);
    int headerLine = 0;
    std::size_t width = 0;
    while (reader.next(rec)) {
        if (rec.isBlank())
            continue;
        headerLine = rec.line;
        width = rec.fields.size();
        for (std::size_t i = 0; i < rec.fields.size(); ++i) {
            const QString cell = rec.fields[i].trimmed().toString();
            const Column c = CsvImporter::classifyHeader(cell);
            const bool known = c == Column::Id || c == Column::Manager || c == Column::Role || c == Column::Team
                || c == Column::ProductLine || c == Column::Name;
            if (!known)
                return fail(rec.line, tr("column \"%1\" cannot be applied; a change file has an id column and "
                                         "any of manager_id, role, team, product_line, name")
                                          .arg(cell));
            if (col[int(c)] >= 0)
                return fail(rec.line, tr("column \"%1\" appears twice").arg(cell));
            col[int(c)] = int(i);
        }
        break;
    }
    if (reader.failed())
        return fail(reader.errorLine(), tr("a quoted field starts here and never ends (missing closing \")"));
    if (headerLine == 0)
        return fail(0, tr("the file is empty: expected a header row such as \"id,manager_id\""));
    if (col[int(Column::Id)] < 0)
        return fail(headerLine, tr("the header has no id column (expected \"id\" or \"工号\")"));

    while (reader.next(rec)) {
        if (rec.isBlank())
            continue;
        if (rec.fields.size() != width)
            return fail(rec.line, tr("%1 fields where the header has %2")
                                      .arg(QString::number(rec.fields.size()), QString::number(width)));
        auto field = [&](Column c) -> std::optional<QString> {
            if (col[int(c)] < 0)
                return std::nullopt;
            return rec.fields[std::size_t(col[int(c)])].trimmed().toString();
        };
        PositionChange change;
        change.line = rec.line;
        change.id = *field(Column::Id);
        if (change.id.isEmpty())
            return fail(rec.line, tr("the id is empty"));
        change.manager = field(Column::Manager);
        change.role = field(Column::Role);
        change.team = field(Column::Team);
        change.productLine = field(Column::ProductLine);
        change.name = field(Column::Name);
        r.changes.push_back(std::move(change));
    }
    if (reader.failed())
        return fail(reader.errorLine(), tr("a quoted field starts here and never ends (missing closing \")"));
    return r;
}

} // namespace org
