// SPDX-License-Identifier: MIT
#include "textdecoder.h"

#include <iconv.h>
#include <uchardet.h>

#include <memory>

namespace org {

namespace {

bool hasPrefix(const QByteArray &b, std::initializer_list<unsigned char> prefix)
{
    if (b.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : prefix)
        if (static_cast<unsigned char>(b[i++]) != c)
            return false;
    return true;
}

/// The name QStringDecoder (with ICU) and iconv know an encoding by.
const char *codecName(TextDecoder::Encoding e)
{
    switch (e) {
    case TextDecoder::Encoding::Utf8:
    case TextDecoder::Encoding::Utf8Bom: return "UTF-8";
    case TextDecoder::Encoding::Utf16LE: return "UTF-16LE";
    case TextDecoder::Encoding::Utf16BE: return "UTF-16BE";
    case TextDecoder::Encoding::Gb18030: return "GB18030";
    case TextDecoder::Encoding::Big5: return "BIG5";
    case TextDecoder::Encoding::Windows1252: return "WINDOWS-1252";
    }
    return "UTF-8";
}

/// Decodes strictly with glibc's iconv. nullopt on an invalid sequence, with
/// `badAt` (when given) set to the byte offset of the first one.
std::optional<QString> iconvDecode(const QByteArray &bytes, const char *from, qsizetype *badAt = nullptr)
{
    iconv_t cd = iconv_open("UTF-16LE", from);
    if (cd == iconv_t(-1))
        return std::nullopt;
    QByteArray out(bytes.size() * 4 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *o = out.data();
    size_t outLeft = size_t(out.size());
    const size_t rc = iconv(cd, &in, &inLeft, &o, &outLeft);
    iconv_close(cd);
    if (rc == size_t(-1) || inLeft != 0) {
        if (badAt)
            *badAt = bytes.size() - qsizetype(inLeft);
        return std::nullopt;
    }
    const qsizetype produced = out.size() - qsizetype(outLeft);
    return QString(reinterpret_cast<const QChar *>(out.constData()), produced / 2);
}

/// Decodes strictly: QStringDecoder where Qt knows the encoding (all of them
/// when Qt is built with ICU), glibc's iconv otherwise. On failure `badAt` is the
/// byte offset of the first invalid sequence, or -1 when it cannot be told.
std::optional<QString> decodeStrictly(const QByteArray &bytes, TextDecoder::Encoding e, qsizetype &badAt)
{
    badAt = -1;
    if ((e == TextDecoder::Encoding::Utf16LE || e == TextDecoder::Encoding::Utf16BE) && bytes.size() % 2 != 0) {
        badAt = bytes.size() - 1; // half a code unit at the end
        return std::nullopt;
    }
    QStringDecoder d(codecName(e), QStringDecoder::Flag::Stateless);
    if (d.isValid()) {
        QString text = d(bytes);
        if (!d.hasError())
            return text;
        iconvDecode(bytes, codecName(e), &badAt); // only to locate the culprit
        return std::nullopt;
    }
    return iconvDecode(bytes, codecName(e), &badAt);
}

/// Offset of the first byte that does not start a valid UTF-8 sequence; -1 if none.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        char32_t cp = c & (0x7F >> len);
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

/// 1-based line and column of the element at `at`: lines end at LF, CRLF or a lone CR.
template <typename Char>
std::pair<int, int> lineColumn(const Char *s, qsizetype at)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < at; ++i) {
        if (s[i] == Char('\n') || (s[i] == Char('\r') && (i + 1 >= at || s[i + 1] != Char('\n')))) {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(at - lineStart + 1)};
}

/// UTF-16 without a BOM: text that is mostly ASCII (delimiters, digits, line
/// breaks) has a zero in one byte of most code units and rarely in the other.
std::optional<TextDecoder::Encoding> sniffUtf16(const QByteArray &bytes)
{
    if (bytes.size() < 2 || bytes.size() % 2 != 0)
        return std::nullopt;
    const qsizetype n = std::min<qsizetype>(bytes.size(), qsizetype(1) << 20);
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i + 1 < n; i += 2) {
        evenZeros += bytes[i] == '\0';
        oddZeros += bytes[i + 1] == '\0';
    }
    const qsizetype units = n / 2;
    if (oddZeros * 10 >= units && oddZeros > 4 * evenZeros)
        return TextDecoder::Encoding::Utf16LE;
    if (evenZeros * 10 >= units && evenZeros > 4 * oddZeros)
        return TextDecoder::Encoding::Utf16BE;
    return std::nullopt;
}

/// What uchardet makes of bytes that are not UTF-8 (its name, upper case).
QString detectCharset(const QByteArray &bytes)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> ud(uchardet_new(),
                                                                                     uchardet_delete);
    if (!ud)
        return {};
    // A few megabytes tell as much as the whole file.
    const qsizetype n = std::min<qsizetype>(bytes.size(), qsizetype(4) << 20);
    if (uchardet_handle_data(ud.get(), bytes.constData(), size_t(n)) != 0)
        return {};
    uchardet_data_end(ud.get());
    return QString::fromLatin1(uchardet_get_charset(ud.get())).toUpper();
}

/// The supported encoding a detected charset stands for. uchardet names the
/// language of Latin-script text as precisely as it can ("Jürgen Müller,
/// Renée François" is ISO-8859-3 to it); of the encodings supported, every
/// Latin single-byte one is read as Windows-1252. Cyrillic, Greek, Japanese…
/// are none of them.
std::optional<TextDecoder::Encoding> fromDetected(const QString &charset)
{
    using E = TextDecoder::Encoding;
    static const QStringList latin{
        QStringLiteral("ISO-8859-1"),  QStringLiteral("ISO-8859-2"),   QStringLiteral("ISO-8859-3"),
        QStringLiteral("ISO-8859-4"),  QStringLiteral("ISO-8859-9"),   QStringLiteral("ISO-8859-10"),
        QStringLiteral("ISO-8859-13"), QStringLiteral("ISO-8859-14"),  QStringLiteral("ISO-8859-15"),
        QStringLiteral("ISO-8859-16"), QStringLiteral("WINDOWS-1250"), QStringLiteral("WINDOWS-1252"),
        QStringLiteral("WINDOWS-1254"), QStringLiteral("WINDOWS-1257")};
    if (latin.contains(charset))
        return E::Windows1252;
    if (charset == QLatin1String("GB18030") || charset == QLatin1String("GB2312") || charset == QLatin1String("GBK"))
        return E::Gb18030;
    if (charset == QLatin1String("BIG5") || charset == QLatin1String("BIG5-HKSCS"))
        return E::Big5;
    if (charset == QLatin1String("UTF-16LE"))
        return E::Utf16LE;
    if (charset == QLatin1String("UTF-16BE"))
        return E::Utf16BE;
    return std::nullopt;
}

/// Index of the first control character other than tab, LF and CR (C0, DEL and
/// C1, NUL included) or noncharacter U+FFFE/U+FFFF; -1 when there is none.
qsizetype firstControl(QStringView text)
{
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    auto bad = [](char16_t u) {
        return (unsigned(u < 0x20) & unsigned(u != u'\t') & unsigned(u != u'\n') & unsigned(u != u'\r'))
            | unsigned(char16_t(u - 0x7F) <= 0x9F - 0x7F) | unsigned(u >= 0xFFFE);
    };
    // Blocks without a branch per character (the compiler vectorises the OR), so a
    // clean 100 MB text is one quick pass; the block with a culprit is scanned again.
    constexpr qsizetype kBlock = 64;
    qsizetype i = 0;
    for (; i + kBlock <= n; i += kBlock) {
        unsigned any = 0;
        for (qsizetype k = 0; k < kBlock; ++k)
            any |= bad(s[i + k]);
        if (any)
            break;
    }
    for (; i < n; ++i)
        if (bad(s[i]))
            return i;
    return -1;
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, std::optional<Encoding> forced)
{
    Result r;
    auto finish = [&r](QString text, Encoding e) {
        r.encoding = e;
        const qsizetype bad = firstControl(text);
        if (bad >= 0) {
            r.failure = Failure::ControlCharacter;
            r.culprit = text.at(bad).unicode();
            std::tie(r.line, r.column) = lineColumn(text.utf16(), bad);
        } else {
            r.text = std::move(text);
        }
        return r;
    };
    // Decodes `body` (the bytes after any BOM) strictly as `e`.
    auto strictly = [&](const QByteArray &body, Encoding e) {
        qsizetype badAt = -1;
        std::optional<QString> text = decodeStrictly(body, e, badAt);
        if (text)
            return finish(std::move(*text), e);
        r.encoding = e;
        r.failure = Failure::InvalidEncoding;
        if (badAt >= 0 && badAt < body.size()) {
            r.culprit = static_cast<unsigned char>(body[badAt]);
            const bool wide = e == Encoding::Utf16LE || e == Encoding::Utf16BE;
            if (!wide)
                std::tie(r.line, r.column) = lineColumn(body.constData(), badAt);
        }
        return r;
    };
    const bool utf8Bom = hasPrefix(bytes, {0xEF, 0xBB, 0xBF});
    const bool le = hasPrefix(bytes, {0xFF, 0xFE});
    const bool be = hasPrefix(bytes, {0xFE, 0xFF});

    if (forced) {
        switch (*forced) {
        case Encoding::Utf8:
        case Encoding::Utf8Bom:
            return strictly(utf8Bom ? bytes.mid(3) : bytes, utf8Bom ? Encoding::Utf8Bom : Encoding::Utf8);
        case Encoding::Utf16LE: return strictly(le ? bytes.mid(2) : bytes, *forced);
        case Encoding::Utf16BE: return strictly(be ? bytes.mid(2) : bytes, *forced);
        default: return strictly(bytes, *forced);
        }
    }
    if (utf8Bom)
        return strictly(bytes.mid(3), Encoding::Utf8Bom);
    if (le || be)
        return strictly(bytes.mid(2), le ? Encoding::Utf16LE : Encoding::Utf16BE);
    if (bytes.contains('\0')) {
        if (const auto wide = sniffUtf16(bytes)) {
            qsizetype badAt = -1;
            if (std::optional<QString> text = decodeStrictly(bytes, *wide, badAt))
                return finish(std::move(*text), *wide);
        }
    }
    {
        QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = d(bytes);
        if (!d.hasError())
            return finish(std::move(text), Encoding::Utf8);
    }
    const QString charset = detectCharset(bytes);
    if (const auto e = fromDetected(charset))
        return strictly(bytes, *e);
    r.failure = Failure::UnknownEncoding;
    r.detected = charset;
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        r.culprit = static_cast<unsigned char>(bytes[bad]);
        std::tie(r.line, r.column) = lineColumn(bytes.constData(), bad);
    }
    return r;
}

TextDecoder::Utf8Pieces::Utf8Pieces() : m_decoder(QStringDecoder::Utf8) {}

QChar *TextDecoder::Utf8Pieces::append(QChar *out, QByteArrayView bytes)
{
    QChar *end = m_decoder.appendToBuffer(out, bytes);
    if (m_decoder.hasError() || firstControl(QStringView(out, end)) >= 0)
        return nullptr;
    return end;
}

bool TextDecoder::Utf8Pieces::finish()
{
    // A character cut off at the end waits in the decoder's state for its
    // last bytes; one more ASCII byte turns it into an error, as the whole
    // text's decoder (stateless) reports it.
    QChar tail[4];
    m_decoder.appendToBuffer(tail, "\n");
    return !m_decoder.hasError();
}

QString TextDecoder::encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom: return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case Encoding::Gb18030: return QStringLiteral("GB18030");
    case Encoding::Big5: return QStringLiteral("Big5");
    case Encoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return {};
}

QList<TextDecoder::Encoding> TextDecoder::encodings()
{
    return {Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE, Encoding::Gb18030, Encoding::Big5,
            Encoding::Windows1252};
}

std::optional<TextDecoder::Encoding> TextDecoder::encodingFromName(QStringView name)
{
    QString n = name.trimmed().toString().toLower();
    n.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (n == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (n == QLatin1String("utf8(bom)") || n == QLatin1String("utf8bom"))
        return Encoding::Utf8Bom;
    if (n == QLatin1String("utf16le") || n == QLatin1String("utf16"))
        return Encoding::Utf16LE;
    if (n == QLatin1String("utf16be"))
        return Encoding::Utf16BE;
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312"))
        return Encoding::Gb18030;
    if (n == QLatin1String("big5"))
        return Encoding::Big5;
    if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252") || n == QLatin1String("latin1")
        || n == QLatin1String("iso88591"))
        return Encoding::Windows1252;
    return std::nullopt;
}

} // namespace org
