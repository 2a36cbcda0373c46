// SPDX-License-Identifier: MIT
#pragma once

#include "model/org.h"

#include <QByteArray>
#include <QString>

namespace org {

/// Writes an org as UTF-8 CSV (RFC 4180 quoting, CRLF line ends) that
/// CsvImporter reads back to the same org: id, name, manager_id, role, title,
/// team, product_line, salary, email, then assistant/dotted_line when used,
/// then the custom fields in order. Rows in vertex order.
class CsvExporter final
{
public:
    static QByteArray toCsv(const Org &org);
    /// Writes atomically (QSaveFile); false with `error` on failure.
    static bool writeFile(const Org &org, const QString &path, QString *error = nullptr);
    /// One field quoted when it needs to be (comma, quote, CR/LF, leading/trailing space).
    static QString quote(const QString &field);
};

} // namespace org
