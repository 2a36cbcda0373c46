// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <optional>

namespace org {

/// The limits of what an import reads, and reading a file within them. An
/// import reads only regular files: a device (/dev/zero), FIFO, socket or
/// directory is refused by name before anything is read, and so is a file
/// above the size limit of its kind. Reads never go past the limit, even when
/// a file grows while it is read.
class InputFile final
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)
public:
    /// Largest CSV file read: 2 GiB (about 20 million rows; the decoded text
    /// takes twice as much memory again).
    static constexpr qint64 kMaxCsvBytes = qint64(2) << 30;
    /// Largest Excel workbook (.xlsx) opened: 2 GiB.
    static constexpr qint64 kMaxXlsxBytes = qint64(2) << 30;
    /// Largest part of a workbook (a sheet, the shared strings…) once inflated: 1 GiB.
    static constexpr qint64 kMaxXlsxPartBytes = qint64(1) << 30;
    /// A part inflating to more than kXlsxRatioFloorBytes may inflate at most
    /// kMaxXlsxRatio times its compressed size (XML compresses about 10–30
    /// times; far more is a zip bomb).
    static constexpr qint64 kMaxXlsxRatio = 200;
    static constexpr qint64 kXlsxRatioFloorBytes = qint64(16) << 20;

    /// Empty when `path` is an existing regular file of at most `maxBytes`;
    /// otherwise why not (the caller names the file).
    static QString check(const QString &path, qint64 maxBytes);
    /// Reads the whole file within check()'s rules, never more than `maxBytes`.
    /// False with `error` set (why, in the UI language) on failure.
    static bool read(const QString &path, qint64 maxBytes, QByteArray &bytes, QString *error);
    /// "2 GiB", "16 MiB", "512 bytes" for messages.
    static QString sizeText(qint64 bytes);

    /// Reads a file within check()'s rules piece by piece, so a large file is
    /// never held whole; never more than `maxBytes` in all. Usage:
    /// @code
    ///   InputFile::Pieces file(path, InputFile::kMaxCsvBytes, 1 << 18);
    ///   while (const std::optional<QByteArrayView> piece = file.next()) {
    ///       if (piece->isEmpty()) break; // the end
    ///       ...
    ///   }
    ///   if (!file.error().isEmpty()) report(file.error());
    /// @endcode
    class Pieces final
    {
    public:
        Pieces(const QString &path, qint64 maxBytes, qint64 pieceBytes);
        /// The next piece of at most `pieceBytes` (valid until the next call), an
        /// empty one at the end of the file, nullopt on failure (see error()).
        std::optional<QByteArrayView> next();
        /// Why the file cannot be read (in the UI language); empty while it can.
        const QString &error() const { return m_error; }

    private:
        QFile m_file;
        qint64 m_maxBytes;
        qint64 m_read = 0;
        QByteArray m_piece;
        QString m_error;
    };
};

} // namespace org
