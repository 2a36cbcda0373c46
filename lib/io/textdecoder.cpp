// SPDX-License-Identifier: MIT
#include "textdecoder.h"

#include <QStringDecoder>

#include <iconv.h>

#include <cerrno>

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

/// Decodes strictly with glibc's iconv; nullopt on any invalid sequence.
std::optional<QString> iconvDecode(const QByteArray &bytes, const char *from)
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
    if (rc == size_t(-1) || inLeft != 0)
        return std::nullopt;
    const qsizetype produced = out.size() - qsizetype(outLeft);
    return QString(reinterpret_cast<const QChar *>(out.constData()), produced / 2);
}

/// Control characters other than tab, CR, LF and form feed mean binary data.
bool looksBinary(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f')
            return true;
        if (u == 0xFFFE || u == 0xFFFF)
            return true;
    }
    return false;
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    Result r;
    auto finish = [&r](QString text, Encoding e) {
        r.encoding = e;
        if (looksBinary(text))
            r.failure = Failure::Binary;
        else
            r.text = std::move(text);
        return r;
    };
    if (hasPrefix(bytes, {0xEF, 0xBB, 0xBF})) {
        QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = d(bytes.mid(3));
        if (d.hasError()) {
            r.failure = Failure::InvalidEncoding;
            return r;
        }
        return finish(std::move(text), Encoding::Utf8Bom);
    }
    const bool le = hasPrefix(bytes, {0xFF, 0xFE});
    if (le || hasPrefix(bytes, {0xFE, 0xFF})) {
        if (bytes.size() % 2 != 0) {
            r.failure = Failure::InvalidEncoding;
            return r;
        }
        QStringDecoder d(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                         QStringDecoder::Flag::Stateless);
        QString text = d(bytes.mid(2));
        if (d.hasError()) {
            r.failure = Failure::InvalidEncoding;
            return r;
        }
        return finish(std::move(text), le ? Encoding::Utf16LE : Encoding::Utf16BE);
    }
    if (bytes.contains('\0')) {
        r.failure = Failure::Binary;
        return r;
    }
    {
        QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = d(bytes);
        if (!d.hasError())
            return finish(std::move(text), Encoding::Utf8);
    }
    if (auto gb = iconvDecode(bytes, "GB18030"))
        return finish(std::move(*gb), Encoding::Gb18030);
    r.failure = Failure::InvalidEncoding;
    return r;
}

QString TextDecoder::encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom: return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case Encoding::Gb18030: return QStringLiteral("GB18030");
    }
    return {};
}

} // namespace org
