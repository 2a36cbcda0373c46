// SPDX-License-Identifier: MIT
#pragma once

#include "importerror.h"
#include "model/org.h"
#include "model/rolecatalogue.h"
#include "textdecoder.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace org {

/// Options of an import.
struct ImportOptions
{
    bool inferRoles = false;       ///< derive missing/unknown roles from job titles
    /// Derive roles from job titles only when the table has no role column.
    bool inferRolesWithoutRoleColumn = false;
    int maxErrors = 50;            ///< stop collecting after this many errors
    /// CSV: the text encoding; nullopt detects it (TextDecoder).
    std::optional<TextDecoder::Encoding> encoding;
    /// Set from another thread to stop the import (checked every kCancelChunk
    /// rows); the result is then an error "the import was cancelled".
    const std::atomic<bool> *cancel = nullptr;
    /// Set to the share of the rows read so far, 0–100 (at the same intervals
    /// as cancel is looked at), for a progress bar on another thread.
    std::atomic<int> *progress = nullptr;
    /// UTF-8 CSV is decoded and read in pieces of this many bytes, so a large
    /// file is never held whole as bytes or text (tests cut records and
    /// characters everywhere with tiny pieces). 0 decodes the whole bytes at
    /// once and reads the text then, as for the other encodings.
    qsizetype pieceBytes = qsizetype(256) << 10;
};

/// The outcome of an import: an org, or the errors (never both). An import
/// either succeeds completely or yields nothing.
struct ImportResult
{
    std::optional<Org> org;
    std::vector<ImportError> errors;
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    QStringList header;            ///< the header as read
    bool ok() const { return org.has_value(); }
};

/// What one header column means (DESIGN.md §3).
enum class Column {
    Id, Name, FirstName, LastName, Manager, Role, Team, ProductLine, Title, Salary, Email,
    Assistant, DottedLine, StartDate, EndDate, Status, Budget, Custom
};

/// Reads an org from tabular data (CSV text, or rows of a spreadsheet) with
/// the header aliases, role matching and checks of DESIGN.md §3.
class CsvImporter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)
public:
    explicit CsvImporter(RoleCatalogue roles, ImportOptions options = {});

    /// Reads a CSV file from disk (a regular file of at most InputFile::kMaxCsvBytes).
    ImportResult importFile(const QString &path) const;
    /// Reads CSV bytes in any supported encoding (or the one of the options).
    ImportResult importBytes(QByteArray bytes, const QString &displayName) const;
    /// Decodes CSV bytes (TextDecoder) with `encoding`, or the detected one when
    /// nullopt; `used` is the encoding read. On failure adds an error naming the
    /// line, the column and the culprit to `errors` and returns nullopt.
    static std::optional<QString> decodeText(const QByteArray &bytes, const QString &displayName,
                                             std::optional<TextDecoder::Encoding> encoding,
                                             TextDecoder::Encoding &used, std::vector<ImportError> &errors);

    /// One row of a table with the file line (or sheet row) it came from.
    struct Row
    {
        int line = 0;
        std::vector<QString> fields;
    };
    /// Builds the org from a header and rows; shared by the CSV and XLSX readers.
    ImportResult importTable(const QStringList &header, std::vector<Row> rows,
                             const QString &displayName, int headerLine = 1) const;

    /// The meaning of a header cell ("上级工号" → Manager); Custom when unknown.
    static Column classifyHeader(const QString &cell);

    /// Rows between two looks at ImportOptions::cancel.
    static constexpr std::size_t kCancelChunk = 4096;

private:
    /// Reads UTF-8 CSV piece by piece: `next` gives the next piece, an empty one
    /// at the end, nullopt when reading fails; `head` is the first bytes of the
    /// whole (a BOM), `lines` the number of lines. nullopt when reading fails
    /// or the bytes are not UTF-8 text without control characters: they are
    /// then decoded whole, which tells their encoding or what is wrong.
    std::optional<ImportResult> importUtf8(const std::function<std::optional<QByteArrayView>()> &next,
                                           QByteArrayView head, std::size_t lines,
                                           const QString &displayName) const;
    /// Decodes the whole bytes (TextDecoder::decode), then reads the text.
    ImportResult importWhole(QByteArray bytes, const QString &displayName) const;
    /// True when the bytes may be read with importUtf8().
    bool mayReadUtf8() const;
    /// True (with the error added) when the import was cancelled.
    bool cancelled(ImportResult &r, const QString &displayName) const;
    /// Called with each record's number `n` (from 1) of about `total`: at every
    /// kCancelChunk-th record, false (with the error added) when the import was
    /// cancelled, else the progress is reported.
    bool goOn(ImportResult &r, const QString &displayName, std::size_t n, std::size_t total) const;
    RoleCatalogue m_roles;
    ImportOptions m_options;
};

} // namespace org
