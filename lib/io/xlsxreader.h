// SPDX-License-Identifier: MIT
#pragma once

#include "csvimporter.h"

#include <QCoreApplication>

namespace org {

/// Reads one worksheet of an Excel workbook (.xlsx: a zip of XML parts, read
/// with QuaZip and QXmlStreamReader) into a header and rows for
/// CsvImporter::importTable(). Shared strings, inline strings and numbers are
/// supported; integral numbers become plain integers (1.0 → "1"). Row numbers
/// are the sheet's, so errors say "line N" with the spreadsheet row.
class XlsxReader final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    struct Table
    {
        QStringList header;
        std::vector<CsvImporter::Row> rows;
        int headerLine = 1;
    };
    /// Reads `sheet` (by name; empty = the first sheet). False with `error` set on
    /// failure, and `errorLine` to the sheet row it concerns (0: the whole file).
    /// Cell references must lie within Excel's sheet (A1:XFD1048576), shared
    /// strings must exist, and every part is read within InputFile's limits.
    static bool read(const QString &path, const QString &sheet, Table &table, QString *error,
                     int *errorLine = nullptr);
    /// Names of the worksheets in workbook order (empty on failure).
    static QStringList sheetNames(const QString &path);
    /// Imports the sheet with the importer's rules.
    static ImportResult importFile(const CsvImporter &importer, const QString &path,
                                   const QString &sheet = {});
};

} // namespace org
