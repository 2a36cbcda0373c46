// SPDX-License-Identifier: MIT
#pragma once

#include "io/csvimporter.h"
#include "io/importerror.h"
#include "load/orgloader.h"

#include <QCoreApplication>

namespace org::ui {

/// The raw table of a CSV file or an Excel sheet before it becomes an org:
/// what the import preview shows (header, rows, encoding, delimiter) and what
/// the column mapping is applied to. Reading never changes any document.
struct ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)
public:
    QString path;
    OrgLoader::Kind kind = OrgLoader::Kind::Csv;
    QStringList header;
    std::vector<CsvImporter::Row> rows;
    int headerLine = 1;
    QString encoding;          ///< "UTF-8", "GB18030"… (CSV)
    /// CSV: the encoding read (detected, or the one asked for).
    std::optional<TextDecoder::Encoding> textEncoding;
    QChar delimiter;           ///< CSV only
    std::vector<ImportError> errors;   ///< reading failed when not empty

    bool ok() const { return errors.empty(); }
    /// True when a column is a role column (else roles must be inferred from titles).
    bool hasRoleColumn() const;
    /// Reads a CSV or XLSX file (plans are not tables: an error). CSV text is
    /// decoded as `encoding`, or as detected when nullopt.
    static ImportSource read(const QString &path, std::optional<TextDecoder::Encoding> encoding = std::nullopt);
    /// The header with `mapping` applied: one Column per header cell, or
    /// std::nullopt for "ignore"; returns the rows with ignored columns removed.
    ImportResult import(const RoleCatalogue &roles, bool inferRoles,
                        const std::vector<std::optional<Column>> &mapping) const;
    /// A canonical header cell for a column meaning ("manager_id" for Manager…).
    static QString canonicalHeader(Column c);
    /// The name of a column meaning as shown in the mapping.
    static QString columnName(Column c);
    /// Every meaning a column can have, in the order the mapping offers them.
    static QList<Column> allColumns();
    /// "comma", "semicolon", "tab".
    static QString delimiterName(QChar c);
};

} // namespace org::ui
