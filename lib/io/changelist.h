// SPDX-License-Identifier: MIT
#pragma once

#include "importerror.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace org {

/// One row of a bulk change file: the position `id` and the columns the file
/// has (a column the file lacks is nullopt and stays as it is). An empty
/// manager makes the position a root; an id the org lacks adds a position.
struct PositionChange
{
    int line = 0; ///< file line of the row, for messages
    QString id;
    std::optional<QString> manager;
    std::optional<QString> role;
    std::optional<QString> team;
    std::optional<QString> productLine;
    std::optional<QString> name;
};

/// Reads a bulk change file (`orgdesigner-cli apply`, File → Apply changes…):
/// CSV in any encoding the importer reads (TextDecoder, CsvReader), header
/// matched with the import's aliases (CsvImporter::classifyHeader), an `id`
/// column plus any of manager_id, role, team, product_line and name. Other
/// columns or a missing id are errors naming the file and line. An id may
/// come back on a later row: rows apply in file order.
class ChangeList final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeList)
public:
    struct Result
    {
        std::vector<PositionChange> changes; ///< in file order
        std::vector<ImportError> errors;     ///< empty on success
        bool ok() const { return errors.empty(); }
    };
    static Result readFile(const QString &path, std::optional<TextDecoder::Encoding> encoding = std::nullopt);
    static Result readBytes(const QByteArray &bytes, const QString &displayName,
                            std::optional<TextDecoder::Encoding> encoding = std::nullopt);
};

} // namespace org
