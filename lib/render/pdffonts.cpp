// SPDX-License-Identifier: MIT
#include "pdffonts.h"

#include <QFont>
#include <QFontDatabase>
#include <QHash>
#include <QMutex>
#include <QRawFont>
#include <QtEndian>

#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace org {

namespace {

// Every table of the OpenType specification: QRawFont reads a table by tag
// only, so the copy is assembled from the tags its font has.
constexpr const char *kTableTags[] = {
    "avar", "BASE", "CBDT", "CBLC", "CFF ", "CFF2", "cmap", "COLR", "CPAL", "cvar", "cvt ", "DSIG", "EBDT",
    "EBLC", "EBSC", "fpgm", "fvar", "gasp", "GDEF", "glyf", "GPOS", "GSUB", "gvar", "hdmx", "head", "hhea",
    "hmtx", "HVAR", "JSTF", "kern", "loca", "LTSH", "MATH", "maxp", "MERG", "meta", "MVAR", "name", "OS/2",
    "PCLT", "post", "prep", "sbix", "STAT", "SVG ", "VDMX", "vhea", "vmtx", "VORG", "VVAR"};

constexpr hb_codepoint_t kRadicalsFirst = 0x2E80; // CJK Radicals Supplement
constexpr hb_codepoint_t kRadicalsLast = 0x2FDF;  // … Kangxi Radicals
constexpr hb_codepoint_t kUnifiedFirst = 0x4E00;  // CJK Unified Ideographs
constexpr hb_codepoint_t kUnifiedLast = 0x9FFF;

struct HbDeleter
{
    void operator()(hb_blob_t *b) const { hb_blob_destroy(b); }
    void operator()(hb_face_t *f) const { hb_face_destroy(f); }
    void operator()(hb_font_t *f) const { hb_font_destroy(f); }
    void operator()(hb_set_t *s) const { hb_set_destroy(s); }
    void operator()(hb_subset_input_t *i) const { hb_subset_input_destroy(i); }
};
template <typename T>
using HbPtr = std::unique_ptr<T, HbDeleter>;

/// A blob that owns a copy of `bytes` (implicitly shared: no bytes are copied).
HbPtr<hb_blob_t> blobOf(const QByteArray &bytes)
{
    auto *owned = new QByteArray(bytes);
    return HbPtr<hb_blob_t>(hb_blob_create(owned->constData(), static_cast<unsigned>(owned->size()),
                                           HB_MEMORY_MODE_READONLY, owned,
                                           [](void *p) { delete static_cast<QByteArray *>(p); }));
}

/// A 'name' table (format 0, Windows Unicode, US English) naming `family` / `style`.
/// HarfBuzz 6 (Debian 12) reads names but cannot write them (hb_subset_input_override_name_table
/// came in 7.0), so the few records are written here.
QByteArray nameTable(const QString &family, const QString &style)
{
    const QString full = family + QLatin1Char(' ') + style;
    QString postScript;
    for (QChar c : full)
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            postScript += c;
    const std::pair<quint16, QString> records[] = {{1, family}, {2, style}, {4, full}, {6, postScript.left(63)}};
    QByteArray head, strings;
    auto u16 = [&head](quint16 v) {
        char b[2];
        qToBigEndian(v, b);
        head.append(b, 2);
    };
    u16(0);                                   // format
    u16(std::size(records));                  // count
    u16(quint16(6 + 12 * std::size(records))); // offset of the strings
    for (const auto &[id, text] : records) {
        QByteArray utf16be;
        for (QChar c : text) {
            char b[2];
            qToBigEndian(c.unicode(), b);
            utf16be.append(b, 2);
        }
        for (quint16 v : {quint16(3), quint16(1), quint16(0x409), id, quint16(utf16be.size()), quint16(strings.size())})
            u16(v);
        strings += utf16be;
    }
    return head + strings;
}

/// The searchable copy of one face of a font (see PdfFonts); empty when the
/// face needs none or HarfBuzz cannot make it.
QByteArray searchableFace(const QRawFont &raw, const QString &copyFamily)
{
    HbPtr<hb_face_t> builder(hb_face_builder_create());
    for (const char *tag : kTableTags) {
        const hb_tag_t t = hb_tag_from_string(tag, 4);
        const QByteArray table = t == HB_TAG('n', 'a', 'm', 'e') ? nameTable(copyFamily, raw.styleName())
                                                                  : raw.fontTable(tag);
        if (!table.isEmpty())
            hb_face_builder_add_table(builder.get(), t, blobOf(table).get());
    }
    const HbPtr<hb_blob_t> source(hb_face_reference_blob(builder.get()));
    const HbPtr<hb_face_t> face(hb_face_create(source.get(), 0));
    const HbPtr<hb_font_t> font(hb_font_create(face.get()));

    // The glyphs of the unified ideographs; then every code point below them
    // that would name one of those glyphs first, and the radical blocks.
    HbPtr<hb_set_t> unicodes(hb_set_create());
    hb_face_collect_unicodes(face.get(), unicodes.get());
    const HbPtr<hb_set_t> ideographGlyphs(hb_set_create());
    for (hb_codepoint_t cp = kUnifiedFirst; cp <= kUnifiedLast; ++cp) {
        hb_codepoint_t glyph = 0;
        if (hb_font_get_nominal_glyph(font.get(), cp, &glyph))
            hb_set_add(ideographGlyphs.get(), glyph);
    }
    int dropped = 0;
    for (hb_codepoint_t cp = HB_SET_VALUE_INVALID; hb_set_next(unicodes.get(), &cp) && cp < kUnifiedFirst;) {
        hb_codepoint_t glyph = 0;
        const bool radical = cp >= kRadicalsFirst && cp <= kRadicalsLast;
        if (radical || (hb_font_get_nominal_glyph(font.get(), cp, &glyph) && hb_set_has(ideographGlyphs.get(), glyph))) {
            hb_set_del(unicodes.get(), cp);
            ++dropped;
        }
    }
    if (dropped == 0 || hb_set_is_empty(ideographGlyphs.get()))
        return {};

    // Only the cmap is subset; every other table is copied as it is, and the
    // glyph ids stay, so outlines, metrics and layout agree with the original.
    const HbPtr<hb_subset_input_t> input(hb_subset_input_create_or_fail());
    if (!input)
        return {};
    hb_set_set(hb_subset_input_set(input.get(), HB_SUBSET_SETS_UNICODE), unicodes.get());
    hb_set_clear(hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG));
    hb_set_clear(hb_subset_input_set(input.get(), HB_SUBSET_SETS_LAYOUT_FEATURE_TAG)); // no glyph closure:
    hb_set_clear(hb_subset_input_set(input.get(), HB_SUBSET_SETS_LAYOUT_SCRIPT_TAG));  // GSUB is copied
    hb_set_t *copied = hb_subset_input_set(input.get(), HB_SUBSET_SETS_NO_SUBSET_TABLE_TAG);
    for (const char *tag : kTableTags)
        if (qstrcmp(tag, "cmap") != 0)
            hb_set_add(copied, hb_tag_from_string(tag, 4));
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_PASSTHROUGH_UNRECOGNIZED
                                               | HB_SUBSET_FLAGS_NO_PRUNE_UNICODE_RANGES);
    const HbPtr<hb_face_t> subset(hb_subset_or_fail(face.get(), input.get()));
    if (!subset)
        return {};
    const HbPtr<hb_blob_t> out(hb_face_reference_blob(subset.get()));
    unsigned length = 0;
    const char *data = hb_blob_get_data(out.get(), &length);
    return QByteArray(data, qsizetype(length));
}

QString makeSearchable(const QString &family)
{
    const QString copyFamily = family + QStringLiteral(" PDF");
    std::vector<QString> styles;
    bool registered = false;
    for (QFont::Weight weight : {QFont::Normal, QFont::Bold}) {
        QFont f(family);
        f.setWeight(weight);
        const QRawFont raw = QRawFont::fromFont(f);
        // A family that is not installed resolves to another: leave it to Qt's fallback.
        if (!raw.isValid() || raw.familyName().compare(family, Qt::CaseInsensitive) != 0)
            continue;
        if (std::find(styles.begin(), styles.end(), raw.styleName()) != styles.end())
            continue; // one face serves both weights
        styles.push_back(raw.styleName());
        const QByteArray face = searchableFace(raw, copyFamily);
        if (face.isEmpty())
            continue;
        const int id = QFontDatabase::addApplicationFontFromData(face);
        registered |= id >= 0 && QFontDatabase::applicationFontFamilies(id).contains(copyFamily);
    }
    return registered ? copyFamily : family;
}

} // namespace

QString PdfFonts::searchable(const QString &family)
{
    static QMutex mutex;
    static QHash<QString, QString> copies;
    const QMutexLocker lock(&mutex);
    const auto it = copies.constFind(family);
    if (it != copies.cend())
        return *it;
    return *copies.insert(family, makeSearchable(family));
}

QStringList PdfFonts::searchable(const QStringList &families)
{
    QStringList out;
    out.reserve(families.size());
    for (const QString &family : families)
        out << searchable(family);
    return out;
}

} // namespace org
