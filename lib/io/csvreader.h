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
/// Text that arrives in pieces is read with `last` false: a record that may go
/// on in the next piece (one that reaches the end of the text) is left unread,
/// needsMore() says so, and the caller reads again from consumed() once more
/// text is appended, starting at line().
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
    /// Reads `text` whose first record starts on `firstLine`; unless `last`,
    /// more text follows it (see the class comment).
    CsvReader(QStringView text, QChar delimiter, int firstLine, bool last);

    /// Reads the next record; false at the end of the text or on an error.
    bool next(Record &record);
    /// True when reading stopped at a quoted field that never closes.
    bool failed() const { return m_failed; }
    /// Line where the unclosed quoted field starts.
    int errorLine() const { return m_errorLine; }
    /// True when next() stopped at a record that may go on after the text.
    bool needsMore() const { return m_needsMore; }
    /// Length of the text read as whole records so far.
    qsizetype consumed() const { return m_pos; }
    /// File line where the next record starts.
    int line() const { return m_line; }

    /// The delimiter among ',', ';' and tab that occurs most often outside quotes
    /// in the first record; ',' when none does. `complete` (when given) is set
    /// to whether the first record ends within `text`.
    static QChar sniffDelimiter(QStringView text, bool *complete = nullptr);

private:
    QStringView m_text;
    char16_t m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_last = true;
    bool m_failed = false;
    bool m_needsMore = false;
    int m_errorLine = 0;
    std::deque<QString> m_unescaped; ///< owns fields that needed unescaping
};

} // namespace org
