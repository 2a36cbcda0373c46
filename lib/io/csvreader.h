// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <deque>
#include <vector>

namespace org {

/// Splits CSV text into records (RFC 4180: quoted fields may hold delimiters,
/// doubled quotes and line breaks; CRLF or LF). Fields are views into the text
/// (or into the reader, for fields whose doubled quotes had to be undone), so
/// reading allocates almost nothing; the text and the reader must outlive them.
/// Each record remembers the file line it starts on. Usage:
/// @code
///   CsvReader reader(text, CsvReader::sniffDelimiter(text));
///   CsvReader::Record rec;
///   while (reader.next(rec)) { ... }
///   if (reader.failed()) report(reader.errorLine());
/// @endcode
class CsvReader final
{
public:
    struct Record
    {
        int line = 0;                    ///< 1-based file line where the record starts
        std::vector<QStringView> fields;
        bool isBlank() const { return fields.size() == 1 && fields[0].trimmed().isEmpty(); }
    };

    CsvReader(QStringView text, QChar delimiter);

    /// Reads the next record; false at the end of the text or on an error.
    bool next(Record &record);
    /// True when reading stopped at a quoted field that never closes.
    bool failed() const { return m_failed; }
    /// Line where the unclosed quoted field starts.
    int errorLine() const { return m_errorLine; }

    /// The delimiter among ',', ';' and tab that occurs most often outside quotes
    /// in the first record; ',' when none does.
    static QChar sniffDelimiter(QStringView text);

private:
    QStringView m_text;
    char16_t m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_failed = false;
    int m_errorLine = 0;
    std::deque<QString> m_unescaped; ///< owns fields that needed unescaping
};

} // namespace org
