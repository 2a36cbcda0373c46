// SPDX-License-Identifier: MIT
#pragma once

#include "i18n/translator.h"
#include "model/org.h"
#include "model/rolecatalogue.h"
#include "model/problem.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

class QPainter;

namespace org {

/// Fonts, sizes and colours of a card and of the chart around it. The defaults
/// give the 220 × 90 px card of DESIGN.md §7 at 100 %.
struct CardStyle
{
    /// Font families in fallback order: Latin first, then CJK glyphs.
    QStringList fontFamilies{QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC"),
                             QStringLiteral("DejaVu Sans")};
    double nameFontPx = 14;
    double textFontPx = 11;
    double minWidth = 200;
    double maxWidth = 300;
    double height = 90;
    double padding = 10;
    double stripeWidth = 6;
    double avatarSize = 36;
    double cornerRadius = 6;
    QColor background{0xff, 0xff, 0xff};
    QColor border{0xc8, 0xcd, 0xd4};
    QColor text{0x1f, 0x29, 0x37};
    QColor mutedText{0x6b, 0x72, 0x80};
    QColor connector{0x8a, 0x94, 0xa3};
    QColor dottedConnector{0x3b, 0x6e, 0xa8}; ///< dotted (secondary) reporting lines, dashed
    double connectorWidth = 1.3;
    QColor errorBadge{0xd7, 0x26, 0x1e};
    QColor warningBadge{0xe6, 0x9f, 0x00};
    /// Font matching strategy of every chart font (see exportpaged.cpp for why PDFs differ).
    QFont::StyleStrategy styleStrategy = QFont::PreferAntialias;

    /// The card font at `px` pixels (families above, antialiased, unhinted):
    /// the one font factory of every chart text.
    QFont font(double px, bool bold, bool italic = false) const;
    QFont nameFont() const;
    QFont textFont() const;
};

/// Problems shown on one card: how many, and the worst severity.
struct CardBadge
{
    int count = 0;
    Severity worst = Severity::Info;

    /// The badge of a card with `counts` problems of each severity (indexed by
    /// Severity): their sum, and the worst severity among them.
    static CardBadge of(const std::array<int, 3> &counts);
};

/// Paints one position as a card (the same painter on screen and in every export):
/// a stripe in the role's colour, the name in bold (or "Open position", muted,
/// with a dashed outline), the localized role and title, team · product line,
/// initials in a circle, and a red (any error) or amber badge with the problem
/// count in the top-right corner. Text is elided, never overflows the card.
/// measure() gives each card's size from its text with a per-character advance
/// cache, so sizing 1,000,000 cards takes tens of milliseconds.
///
/// Every text of the card is in the language of its Translator (not the
/// application's global language): role names, "Open position".
///
/// Usage: `CardPainter cp(style, roles, Translator("zh_CN")); cp.paint(p, org, v, rect, badge);`
class CardPainter final
{
    Q_DECLARE_TR_FUNCTIONS(CardPainter)
public:
    CardPainter(CardStyle style, RoleCatalogue roles, Translator translator);
    ~CardPainter();
    CardPainter(const CardPainter &) = delete;
    CardPainter &operator=(const CardPainter &) = delete;

    /// Card size of every position (indexed by vertex), at 100 %.
    std::vector<QSizeF> measure(const Org &org) const;
    /// Card size of one position.
    QSizeF measure(const Org &org, Org::Vertex v) const;

    /// Paints position v into `rect` (the rect from TreeLayout).
    void paint(QPainter &painter, const Org &org, Org::Vertex v, const QRectF &rect,
               CardBadge badge = {}) const;

    /// "Open position" in the card language.
    QString openPositionLabel() const { return openPositionText(m_tr); }
    /// "Open position" in the language of `t`.
    static QString openPositionText(const Translator &t);
    /// "Open position" in the application's language (widgets: lists, panels, tooltips).
    static QString openPositionText();
    /// Role name shown on cards (catalogue name in the card language, or the key).
    QString roleText(const QString &roleKey) const;
    /// Colour of a role's stripe (grey for unknown roles).
    QColor roleColor(const QString &roleKey) const;
    /// "SK" for "Steven King", "王" for "王伟": the avatar text.
    static QString initials(const QString &name);

    const CardStyle &style() const { return m_style; }
    const RoleCatalogue &roles() const { return m_roles; }
    const QString &lang() const { return m_tr.language(); }
    const Translator &translator() const { return m_tr; }

    /// The problem badge's pill of a card at `card` with `count` problems
    /// (null when count is 0): it overlaps the card's top-right corner.
    static QRectF badgeRect(const QRectF &card, int count);
    /// Per-vertex badges from rule problems, anchored where RuleEngine put them.
    static std::vector<CardBadge> badges(const Org &org, const std::vector<Problem> &problems);

private:
    /// measure(org, v); with `memo`, widths of texts shared between positions are
    /// remembered by their data pointer (only while one org is being measured).
    QSizeF measureCard(const Org &org, Org::Vertex v, bool memo) const;

    struct Cache;
    CardStyle m_style;
    RoleCatalogue m_roles;
    Translator m_tr;
    QFont m_nameFont;
    QFont m_textFont;
    std::unique_ptr<Cache> m_cache;
};

} // namespace org
