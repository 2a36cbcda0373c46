// SPDX-License-Identifier: MIT
#include "csvreader.h"

namespace org {

CsvReader::CsvReader(QStringView text, QChar delimiter)
    : m_text(text), m_delimiter(delimiter)
{
}

bool CsvReader::next(Record &record)
{
    record.fields.clear();
    if (m_failed || m_pos >= m_text.size())
        return false;
    record.line = m_line;
    const QChar quote = QLatin1Char('"');
    const qsizetype n = m_text.size();
    QString field;
    while (true) {
        // One field.
        field.clear();
        if (m_pos < n && m_text[m_pos] == quote) {
            const int startLine = m_line;
            ++m_pos;
            bool closed = false;
            while (m_pos < n) {
                const QChar c = m_text[m_pos];
                if (c == quote) {
                    if (m_pos + 1 < n && m_text[m_pos + 1] == quote) {
                        field += quote;
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field += c;
                ++m_pos;
            }
            if (!closed) {
                m_failed = true;
                m_errorLine = startLine;
                return false;
            }
            // Text between the closing quote and the delimiter is kept as is.
            const qsizetype from = m_pos;
            while (m_pos < n && m_text[m_pos] != m_delimiter && m_text[m_pos] != QLatin1Char('\n')
                   && m_text[m_pos] != QLatin1Char('\r'))
                ++m_pos;
            field += m_text.mid(from, m_pos - from);
        } else {
            const qsizetype from = m_pos;
            while (m_pos < n && m_text[m_pos] != m_delimiter && m_text[m_pos] != QLatin1Char('\n')
                   && m_text[m_pos] != QLatin1Char('\r'))
                ++m_pos;
            field = m_text.mid(from, m_pos - from).toString();
        }
        record.fields.push_back(field);
        if (m_pos >= n)
            return true;
        const QChar c = m_text[m_pos];
        if (c == m_delimiter) {
            ++m_pos;
            if (m_pos >= n) { // a trailing delimiter ends with an empty field
                record.fields.emplace_back();
                return true;
            }
            continue;
        }
        // End of record: CRLF, LF or a lone CR.
        if (c == QLatin1Char('\r'))
            ++m_pos;
        if (m_pos < n && m_text[m_pos] == QLatin1Char('\n'))
            ++m_pos;
        ++m_line;
        return true;
    }
}

QChar CsvReader::sniffDelimiter(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool inQuotes = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!inQuotes && c == QLatin1Char(','))
            ++comma;
        else if (!inQuotes && c == QLatin1Char(';'))
            ++semicolon;
        else if (!inQuotes && c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace org
