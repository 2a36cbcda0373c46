// SPDX-License-Identifier: MIT
#include "csvreader.h"

namespace org {

CsvReader::CsvReader(QStringView text, QChar delimiter)
    : m_text(text), m_delimiter(delimiter.unicode())
{
}

CsvReader::CsvReader(QStringView text, QChar delimiter, int firstLine, bool last)
    : m_text(text), m_delimiter(delimiter.unicode()), m_line(firstLine), m_last(last)
{
}

bool CsvReader::next(Record &record)
{
    record.fields.clear();
    if (m_failed || m_needsMore)
        return false;
    if (m_pos >= m_text.size()) {
        m_needsMore = !m_last;
        return false;
    }
    record.line = m_line;
    const qsizetype start = m_pos;
    // A record that reaches the end of text that goes on may go on itself:
    // it is read again, whole, once the next piece is there.
    auto later = [&] {
        m_pos = start;
        m_line = record.line;
        m_needsMore = true;
        record.fields.clear();
        return false;
    };
    const char16_t *s = reinterpret_cast<const char16_t *>(m_text.data());
    const qsizetype n = m_text.size();
    const char16_t delim = m_delimiter;
    auto endOfField = [&](qsizetype i) {
        while (i < n && s[i] != delim && s[i] != u'\n' && s[i] != u'\r')
            ++i;
        return i;
    };
    while (true) {
        if (m_pos < n && s[m_pos] == u'"') {
            const int startLine = m_line;
            const qsizetype from = ++m_pos;
            bool doubled = false;
            bool closed = false;
            while (m_pos < n) {
                const char16_t c = s[m_pos];
                if (c == u'"') {
                    if (m_pos + 1 < n && s[m_pos + 1] == u'"') {
                        doubled = true;
                        m_pos += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == u'\n')
                    ++m_line;
                ++m_pos;
            }
            if (!closed) {
                if (!m_last)
                    return later();
                m_failed = true;
                m_errorLine = startLine;
                return false;
            }
            const QStringView inside = m_text.mid(from, m_pos - from);
            ++m_pos; // the closing quote
            // Text between the closing quote and the delimiter is kept as is.
            const qsizetype tailEnd = endOfField(m_pos);
            if (tailEnd >= n && !m_last)
                return later();
            if (!doubled && tailEnd == m_pos) {
                record.fields.push_back(inside);
            } else {
                QString field = inside.toString();
                if (doubled)
                    field.replace(QStringLiteral("\"\""), QStringLiteral("\""));
                field += m_text.mid(m_pos, tailEnd - m_pos);
                m_unescaped.push_back(std::move(field));
                record.fields.push_back(m_unescaped.back());
            }
            m_pos = tailEnd;
        } else {
            const qsizetype to = endOfField(m_pos);
            if (to >= n && !m_last)
                return later();
            record.fields.push_back(m_text.mid(m_pos, to - m_pos));
            m_pos = to;
        }
        if (m_pos >= n)
            return true;
        const char16_t c = s[m_pos];
        if (c == delim) {
            ++m_pos;
            if (m_pos >= n) { // a trailing delimiter ends with an empty field
                if (!m_last)
                    return later();
                record.fields.emplace_back();
                return true;
            }
            continue;
        }
        // End of record: CRLF, LF or a lone CR.
        if (c == u'\r' && ++m_pos >= n && !m_last)
            return later(); // the LF of a CRLF may come next
        if (m_pos < n && s[m_pos] == u'\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

QChar CsvReader::sniffDelimiter(QStringView text, bool *complete)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool inQuotes = false;
    if (complete)
        *complete = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (complete)
                *complete = true;
            break;
        } else if (!inQuotes && c == QLatin1Char(',')) {
            ++comma;
        } else if (!inQuotes && c == QLatin1Char(';')) {
            ++semicolon;
        } else if (!inQuotes && c == QLatin1Char('\t')) {
            ++tab;
        }
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace org
