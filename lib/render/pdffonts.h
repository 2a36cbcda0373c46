// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace org {

/// Font families for PDF output (QPdfWriter, printing) whose text a reader can
/// search and copy.
///
/// Qt's PDF engine writes the ToUnicode map of an embedded font from the font's
/// cmap: QFontSubset::getReverseMap() walks the code points from U+0000 up and
/// names each glyph by the FIRST code point that maps to it. CJK fonts such as
/// Noto Sans CJK map the CJK Radicals Supplement (U+2E80…) and the Kangxi
/// radicals (U+2F00…) to the very glyphs of the unified ideographs, so 首 is
/// extracted as ⾸ and 工 as ⼯. searchable() gives such a family a copy whose
/// cmap leaves out the radical blocks and every other code point below U+4E00
/// that shares its glyph with a unified ideograph (U+4E00–U+9FFF): each glyph
/// is then named by its ideograph. Outlines, metrics and layout tables are
/// copied unchanged (HarfBuzz hb-subset touches only the cmap, glyph ids are
/// kept), so the copy draws exactly like the original; it is registered with
/// QFontDatabase under its own family name ("<family> PDF"). A character the
/// copy left out (a radical typed on purpose) falls back to the original font,
/// where it is the first code point of its glyph and so extracts correctly.
///
/// Usage: `style.fontFamilies = PdfFonts::searchable(style.fontFamilies);` before painting a PDF.
class PdfFonts final
{
public:
    /// `families` with each family replaced by searchable(family).
    static QStringList searchable(const QStringList &families);
    /// The registered searchable copy of `family` (its regular and bold faces);
    /// `family` itself when its font maps no two code points as above, is not
    /// installed, or cannot be copied. Made once per family and process (about
    /// half a second for Noto Sans CJK); thread-safe. Needs a QGuiApplication.
    static QString searchable(const QString &family);
};

} // namespace org
