// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace org {

/// Why an import failed: the file, the line (1-based; 0 when the problem is the
/// whole file) and a message in the UI language that names the culprit.
struct ImportError
{
    QString file;
    int line = 0;
    QString message;

    /// "file:line: message" (or "file: message"), the form every shell shows.
    QString toString() const
    {
        if (line > 0)
            return file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ") + message;
        return file + QStringLiteral(": ") + message;
    }
};

} // namespace org
