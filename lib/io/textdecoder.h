// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace org {

/// Turns the bytes of a text file into text. A BOM (UTF-8, UTF-16LE/BE) decides;
/// without one, UTF-16 is recognised by its zero bytes and valid UTF-8 is UTF-8.
/// Anything else is identified by detection (uchardet) among GB18030, Big5 and
/// Windows-1252 (for any Latin single-byte text, ISO-8859-1 included) — never
/// guessed. The caller may name the encoding instead. Text with control
/// characters other than tab, CR and LF (NUL, C0, DEL and C1) is refused with
/// the line and column of the first one.
class TextDecoder final
{
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Gb18030, Big5, Windows1252 };
    enum class Failure {
        None,
        ControlCharacter, ///< decoded, but `culprit` at line:column is a control character
        InvalidEncoding,  ///< the bytes are not valid in `encoding` (first bad one at line:column)
        UnknownEncoding,  ///< not UTF-8 and detection found none of the supported encodings
    };

    struct Result
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
        Failure failure = Failure::None;
        int line = 0;        ///< 1-based line of the culprit; 0 when unknown
        int column = 0;      ///< 1-based column (characters, or bytes for invalid bytes)
        char32_t culprit = 0; ///< ControlCharacter: the character; InvalidEncoding: the first bad byte
        QString detected;    ///< UnknownEncoding: what detection named (may be empty)
        bool ok() const { return failure == Failure::None; }
    };

    /// Decodes `bytes`, detecting the encoding unless `forced` names it.
    static Result decode(const QByteArray &bytes, std::optional<Encoding> forced = std::nullopt);

    /// Decodes UTF-8 that arrives in pieces (a file read in chunks: a piece may
    /// end inside a character), so a large file is never held whole as bytes
    /// or as text. It only tells whether the text is valid UTF-8 without
    /// control characters, as decode() would find it: on anything else the
    /// caller gives up and decodes the whole bytes with decode(), which names
    /// the encoding or the culprit. Usage:
    /// @code
    ///   TextDecoder::Utf8Pieces d;
    ///   buffer.resize(used + d.requiredSpace(piece.size()));
    ///   QChar *end = d.append(buffer.data() + used, piece); // nullptr: give up
    ///   ... at the end: if (!d.finish()) give up;
    /// @endcode
    class Utf8Pieces final
    {
    public:
        Utf8Pieces();
        /// Most characters that append() may write for `bytes` bytes.
        qsizetype requiredSpace(qsizetype bytes) const { return m_decoder.requiredSpace(bytes); }
        /// Writes the text of `bytes` from `out` on; the end of what was written,
        /// or nullptr when the bytes are not valid UTF-8 or the text has a
        /// control character (the text from `out` on is then undefined).
        QChar *append(QChar *out, QByteArrayView bytes);
        /// True when the bytes did not end inside a character.
        bool finish();

    private:
        QStringDecoder m_decoder;
    };
    /// "UTF-8", "UTF-16LE", "GB18030", "Windows-1252"…, for the import preview.
    static QString encodingName(Encoding e);
    /// Every encoding decode() knows, in the order a chooser offers them.
    static QList<Encoding> encodings();
    /// An encoding by name, case-insensitively: the names of encodingName() and
    /// common aliases (utf8, utf16le, gbk, gb2312, big5, cp1252, latin1, iso-8859-1).
    static std::optional<Encoding> encodingFromName(QStringView name);
};

} // namespace org
