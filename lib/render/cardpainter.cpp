// SPDX-License-Identifier: MIT
#include "cardpainter.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace org {

namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xac00 && u <= 0xd7af);
}

/// Text widths from a per-character advance table (no kerning: a few percent
/// high at most, and paint() elides anyway), filled lazily from QFontMetricsF.
/// CJK ideographs and Hangul syllables are full width in CJK fonts: one advance
/// serves them all, so a name in a new character costs no font fallback lookup.
class AdvanceCache
{
public:
    explicit AdvanceCache(const QFont &font)
        : m_fm(font), m_advance(65536, -1.0f), m_fullWidth(float(m_fm.horizontalAdvance(QChar(0x4e00))))
    {
    }

    double width(const QString &text)
    {
        double w = 0;
        const qsizetype n = text.size();
        const QChar *s = text.constData();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = s[i].unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < n) {
                w += m_fm.horizontalAdvance(QString(s + i, 2));
                ++i;
                continue;
            }
            float &a = m_advance[c];
            if (a < 0)
                a = isCjk(QChar(c)) ? m_fullWidth : float(m_fm.horizontalAdvance(QChar(c)));
            w += a;
        }
        return w;
    }
    const QFontMetricsF &metrics() const { return m_fm; }

private:
    QFontMetricsF m_fm;
    std::vector<float> m_advance;
    float m_fullWidth; ///< advance of every CJK ideograph and Hangul syllable
};

/// Widths of texts that positions share (the importer shares equal teams,
/// titles and product lines; role keys come from the catalogue), keyed by the
/// text's data pointer in a direct-mapped table. Valid only while one org is
/// measured: the pointers are not owned.
class SharedWidthMemo
{
public:
    template<typename Compute>
    double width(const QString &text, Compute &&compute)
    {
        Slot &slot = m_slots[(quintptr(text.constData()) >> 4) & (kSlots - 1)];
        if (slot.data != text.constData() || slot.size != text.size())
            slot = {text.constData(), text.size(), compute(text)};
        return slot.width;
    }
    void clear() { std::fill(m_slots.begin(), m_slots.end(), Slot{}); }

private:
    struct Slot
    {
        const QChar *data = nullptr;
        qsizetype size = 0;
        double width = 0;
    };
    static constexpr std::size_t kSlots = 4096;
    std::vector<Slot> m_slots = std::vector<Slot>(kSlots);
};

} // namespace

struct CardPainter::Cache
{
    AdvanceCache name;
    AdvanceCache text;
    QFont badgeFont;
    QFont avatarFont;
    QHash<QString, double> roleWidth;
    SharedWidthMemo shared; ///< filled by measure(org) only
    Cache(const QFont &nameFont, const QFont &textFont) : name(nameFont), text(textFont) {}
};

QFont CardStyle::font(double px, bool bold, bool italic) const
{
    QFont f;
    f.setFamilies(fontFamilies);
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setBold(bold);
    f.setItalic(italic);
    f.setStyleStrategy(styleStrategy);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QFont CardStyle::nameFont() const { return font(nameFontPx, true); }
QFont CardStyle::textFont() const { return font(textFontPx, false); }

CardPainter::CardPainter(CardStyle style, RoleCatalogue roles, Translator translator)
    : m_style(std::move(style)), m_roles(std::move(roles)), m_tr(std::move(translator)),
      m_nameFont(m_style.nameFont()), m_textFont(m_style.textFont()),
      m_cache(std::make_unique<Cache>(m_nameFont, m_textFont))
{
    m_cache->badgeFont = m_style.font(10, true);
    m_cache->avatarFont = m_style.font(13, true);
}

CardPainter::~CardPainter() = default;

QString CardPainter::openPositionText(const Translator &t)
{
    return t.translate("CardPainter", "Open position");
}

QString CardPainter::openPositionText()
{
    return tr("Open position");
}

QString CardPainter::roleText(const QString &roleKey) const
{
    const Role *r = m_roles.find(roleKey);
    return r ? r->displayName(m_tr.language()) : roleKey;
}

QColor CardPainter::roleColor(const QString &roleKey) const
{
    const Role *r = m_roles.find(roleKey);
    return r && r->color.isValid() ? r->color : QColor(0x9a, 0xa0, 0xa6);
}

QString CardPainter::initials(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return {};
    if (isCjk(n.front()))
        return n.left(1);
    QString out;
    const QStringList parts = n.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (out.size() >= 2)
            break;
        if (!p.isEmpty() && p.front().isLetter())
            out += p.front().toUpper();
    }
    if (out.size() == 1 && parts.size() > 1) // "Anna d'Arc": keep the last word's letter
        out += parts.back().front().toUpper();
    return out.isEmpty() ? n.left(1).toUpper() : out;
}

QSizeF CardPainter::measure(const Org &org, Org::Vertex v) const
{
    return measureCard(org, v, false);
}

QSizeF CardPainter::measureCard(const Org &org, Org::Vertex v, bool memo) const
{
    const Position &p = org.position(v);
    const CardStyle &s = m_style;
    Cache &c = *m_cache;
    auto plain = [&c](const QString &t) { return c.text.width(t); };
    auto textWidth = [&](const QString &t) { return memo ? c.shared.width(t, plain) : plain(t); };
    auto roleWidth = [&](const QString &key) {
        auto it = c.roleWidth.constFind(key);
        if (it == c.roleWidth.cend())
            it = c.roleWidth.insert(key, c.text.width(roleText(key)));
        return *it;
    };
    double text = p.isOpen() ? c.name.width(openPositionLabel()) : c.name.width(p.name);
    text = std::max(text, memo ? c.shared.width(p.role, roleWidth) : roleWidth(p.role));
    if (!p.title.isEmpty())
        text = std::max(text, textWidth(p.title));
    if (!p.team.isEmpty() || !p.productLine.isEmpty())
        text = std::max(text, textWidth(p.team) + textWidth(p.productLine) + 12);
    const double fixed = s.stripeWidth + 2 * s.padding + s.avatarSize + s.padding + 14;
    return {std::clamp(std::ceil(fixed + text), s.minWidth, s.maxWidth), s.height};
}

std::vector<QSizeF> CardPainter::measure(const Org &org) const
{
    std::vector<QSizeF> sizes(std::size_t(org.size()));
    m_cache->shared.clear(); // pointers of another org may have been reused
    for (Org::Vertex v = 0; v < sizes.size(); ++v)
        sizes[v] = measureCard(org, v, true);
    return sizes;
}

QRectF CardPainter::badgeRect(const QRectF &card, int count)
{
    if (count <= 0)
        return {};
    const qsizetype digits = count > 99 ? 3 : QString::number(count).size();
    const double h = 18, w = std::max(h, 10.0 + 6.5 * double(digits));
    return {card.right() - w * 0.6, card.top() - h * 0.4, w, h};
}

CardBadge CardBadge::of(const std::array<int, 3> &counts)
{
    CardBadge badge;
    badge.count = counts[0] + counts[1] + counts[2];
    badge.worst = counts[std::size_t(Severity::Error)] ? Severity::Error
                  : counts[std::size_t(Severity::Warning)] ? Severity::Warning
                                                           : Severity::Info;
    return badge;
}

std::vector<CardBadge> CardPainter::badges(const Org &org, const std::vector<Problem> &problems)
{
    std::vector<std::array<int, 3>> counts(std::size_t(org.size()), {0, 0, 0});
    for (const Problem &p : problems)
        if (p.anchor < counts.size())
            ++counts[p.anchor][std::size_t(p.severity)];
    std::vector<CardBadge> out(counts.size());
    std::transform(counts.begin(), counts.end(), out.begin(), &CardBadge::of);
    return out;
}

void CardPainter::paint(QPainter &painter, const Org &org, Org::Vertex v, const QRectF &rect,
                        CardBadge badge) const
{
    const Position &p = org.position(v);
    const CardStyle &s = m_style;
    const QColor roleCol = roleColor(p.role);
    const bool open = p.isOpen();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    // Body and outline (dashed for open positions).
    QPainterPath body;
    body.addRoundedRect(rect, s.cornerRadius, s.cornerRadius);
    painter.fillPath(body, open ? QColor(0xf7, 0xf8, 0xfa) : s.background);
    painter.save();
    painter.setClipPath(body);
    painter.fillRect(QRectF(rect.left(), rect.top(), s.stripeWidth, rect.height()), roleCol);
    painter.restore();
    QPen outline(open ? s.mutedText : s.border, open ? 1.4 : 1.0);
    if (open)
        outline.setStyle(Qt::DashLine);
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(body);

    // Initials in a circle.
    const double left = rect.left() + s.stripeWidth + s.padding;
    const QRectF avatar(left, rect.top() + s.padding + 2, s.avatarSize, s.avatarSize);
    if (open) {
        QPen dash(s.mutedText, 1.2, Qt::DashLine);
        painter.setPen(dash);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(avatar.adjusted(1, 1, -1, -1));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(roleCol);
        painter.drawEllipse(avatar);
        painter.setFont(m_cache->avatarFont);
        painter.setPen(roleCol.lightnessF() > 0.62 ? s.text : QColor(Qt::white));
        painter.drawText(avatar, Qt::AlignCenter, initials(p.name));
    }

    // Text lines: name, role, title, team · product line.
    const double textLeft = avatar.right() + s.padding;
    const double textRight = rect.right() - s.padding - (badge.count > 0 ? 12 : 0);
    const double textWidth = std::max(10.0, textRight - textLeft);
    double y = rect.top() + s.padding - 1;
    auto line = [&](const QString &text, const QFont &font, const QFontMetricsF &fm,
                    const QColor &colour, double lineHeight) {
        if (text.isEmpty())
            return;
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(QRectF(textLeft, y, textWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(text, Qt::ElideRight, textWidth - 2));
        y += lineHeight;
    };
    const QFontMetricsF &nfm = m_cache->name.metrics();
    const QFontMetricsF &tfm = m_cache->text.metrics();
    QFont nameFont = m_nameFont;
    if (open) {
        nameFont.setBold(false);
        nameFont.setItalic(true);
    }
    line(open ? openPositionLabel() : p.name, nameFont, nfm, open ? s.mutedText : s.text, s.nameFontPx + 6);
    y += 1;
    const double lh = s.textFontPx + 5;
    line(roleText(p.role), m_textFont, tfm, roleCol.darker(150), lh);
    line(p.title, m_textFont, tfm, s.text, lh);
    QString team = p.team;
    if (!p.productLine.isEmpty())
        team += (team.isEmpty() ? QString() : QStringLiteral(" · ")) + p.productLine;
    line(team, m_textFont, tfm, s.mutedText, lh);

    // Problem badge in the top-right corner.
    if (badge.count > 0) {
        const QString n = badge.count > 99 ? QStringLiteral("99+") : QString::number(badge.count);
        const QRectF pill = badgeRect(rect, badge.count);
        const double h = pill.height();
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(badge.worst == Severity::Error ? s.errorBadge : s.warningBadge);
        painter.drawRoundedRect(pill, h / 2, h / 2);
        painter.setFont(m_cache->badgeFont);
        painter.setPen(badge.worst == Severity::Error ? QColor(Qt::white) : s.text);
        painter.drawText(pill, Qt::AlignCenter, n);
    }
    painter.restore();
}

} // namespace org
