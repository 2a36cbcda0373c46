// SPDX-License-Identifier: MIT
#include "chartpainter.h"

#include <QPainter>

#include <cmath>

namespace org {

namespace {
constexpr double kSimpleLod = 0.3; ///< below: simplified cards, hairlines, no antialiasing
constexpr double kBoxLod = 0.18;   ///< below: cards are boxes
constexpr double kClipMargin = 20; ///< badges and outlines reach past a card's rect
} // namespace

ChartPainter::ChartPainter(const Org &org, const CardPainter &cards, std::span<const CardBadge> badges)
    : m_org(org), m_cards(cards), m_badges(badges)
{
}

bool ChartPainter::paintsBadges(double lod)
{
    return lod >= kBoxLod;
}

QPen ChartPainter::connectorPen(EdgeKind kind, double lod) const
{
    const CardStyle &s = m_cards.style();
    const double width = lod < kSimpleLod ? 0 : s.connectorWidth;
    if (kind == EdgeKind::DottedLine)
        return QPen(s.dottedConnector, width, Qt::DashLine);
    QPen solid(s.connector, width);
    solid.setJoinStyle(Qt::MiterJoin);
    return solid;
}

namespace {
/// Far away (below kBoxLod) a card or connector may be smaller than a device pixel:
/// one box per device pixel is enough (the first card's colour), which keeps an
/// overview of a million cards to as many fills as the viewport has pixels with a card.
class PixelMask
{
public:
    PixelMask(const QPainter &painter, const QRectF &area, double lod)
    {
        if (lod >= kBoxLod || area.isNull())
            return;
        m_t = painter.worldTransform();
        if (m_t.type() > QTransform::TxScale)
            return;
        m_dev = m_t.mapRect(area).toAlignedRect();
        if (m_dev.isEmpty() || qint64(m_dev.width()) * m_dev.height() > 16'000'000)
            return;
        m_bits.assign(std::size_t(m_dev.width()) * std::size_t(m_dev.height()), 0);
        m_on = true;
    }
    bool isOn() const { return m_on; }
    /// True when `r` is within one device pixel: `first` says whether that pixel is new.
    bool tiny(const QRectF &r, bool &first)
    {
        const QRectF d = m_t.mapRect(r);
        if (d.width() >= 1.5 || d.height() >= 1.5)
            return false;
        const int x = int(std::floor(d.center().x())) - m_dev.left();
        const int y = int(std::floor(d.center().y())) - m_dev.top();
        first = true;
        if (x >= 0 && y >= 0 && x < m_dev.width() && y < m_dev.height()) {
            std::uint8_t &bit = m_bits[std::size_t(y) * std::size_t(m_dev.width()) + std::size_t(x)];
            first = !bit;
            bit = 1;
        }
        return true;
    }

private:
    bool m_on = false;
    QTransform m_t;
    QRect m_dev;
    std::vector<std::uint8_t> m_bits;
};
} // namespace

void ChartPainter::paint(QPainter &painter, const LayoutResult &layout, const ChartPaintOptions &options) const
{
    const QRectF area = options.clip.isNull() ? QRectF()
                                              : options.clip.adjusted(-kClipMargin, -kClipMargin, kClipMargin,
                                                                      kClipMargin);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, options.lod >= kSimpleLod);
    paintConnectors(painter, layout, options, area);
    int painted = 0;
    PixelMask mask(painter, area, options.lod);
    const double pixel = options.lod > 0 ? 1 / options.lod : 0;
    auto paintCardAt = [&](Org::Vertex v, QRectF r) {
        if (!area.isNull() && !r.intersects(area))
            return;
        bool first = true;
        if (mask.isOn() && mask.tiny(r, first)) {
            if (!first)
                return;
            // A whole device pixel: a smaller box may not be drawn at all.
            r.setSize(QSizeF(std::max(r.width(), pixel), std::max(r.height(), pixel)));
        }
        ++painted;
        paintCard(painter, v, r, options.lod);
        if (options.decorate)
            options.decorate(painter, v, r);
    };
    if (options.index && !area.isNull() && !options.animatedRect && !layout.rects.empty()) {
        std::vector<Org::Vertex> cards;
        options.index->cardsIn(layout, area, cards);
        for (Org::Vertex v : cards)
            paintCardAt(v, layout.rects[v]);
    } else {
        for (std::size_t i = 0; i < layout.shown.size(); ++i) {
            const Org::Vertex v = layout.shown[i];
            paintCardAt(v, options.animatedRect ? options.animatedRect(v) : layout.shownRect(i));
        }
    }
    if (options.paintedCards)
        *options.paintedCards = painted;
    if (options.truncationMarks)
        paintTruncationMarks(painter, layout, options.continuedOn);
    painter.restore();
}

void ChartPainter::paintConnectors(QPainter &painter, const LayoutResult &layout, const ChartPaintOptions &options,
                                   const QRectF &area) const
{
    painter.setBrush(Qt::NoBrush);
    const QPen solid = connectorPen(EdgeKind::ReportsTo, options.lod);
    const QPen dotted = connectorPen(EdgeKind::DottedLine, options.lod);
    if (options.index && !area.isNull() && !options.animatedRect && !layout.rects.empty()) {
        std::vector<std::uint32_t> lines;
        options.index->connectorsIn(layout, area, lines);
        // Far away, lines shorter than a pixel both ways are not seen: leave them out.
        const double tiny = options.lod < kBoxLod ? 1 / options.lod : 0;
        for (std::uint32_t i : lines) {
            const Connector &c = layout.connectors[i];
            if (tiny > 0) {
                const QRectF b = c.points.boundingRect();
                if (b.width() < tiny && b.height() < tiny)
                    continue;
            }
            paintConnector(painter, layout, options, area, c, solid, dotted);
        }
        return;
    }
    for (const Connector &c : layout.connectors)
        paintConnector(painter, layout, options, area, c, solid, dotted);
}

void ChartPainter::paintConnector(QPainter &painter, const LayoutResult &layout, const ChartPaintOptions &options,
                                  const QRectF &area, const Connector &c, const QPen &solid,
                                  const QPen &dotted) const
{
    if (options.animatedRect) {
        // Mid-animation: straight elbows between where the cards are now.
        if (c.kind != EdgeKind::ReportsTo)
            return;
        const QRectF a = options.animatedRect(c.from), b = options.animatedRect(c.to);
        if (!area.isNull() && !a.united(b).intersects(area))
            return;
        painter.setPen(solid);
        if (layout.orientation == Orientation::LeftRight) {
            const qreal mx = (a.right() + b.left()) / 2;
            const QPointF pts[] = {{a.right(), a.center().y()}, {mx, a.center().y()},
                                   {mx, b.center().y()}, {b.left(), b.center().y()}};
            painter.drawPolyline(pts, 4);
        } else {
            const qreal my = (a.bottom() + b.top()) / 2;
            const QPointF pts[] = {{a.center().x(), a.bottom()}, {a.center().x(), my},
                                   {b.center().x(), my}, {b.center().x(), b.top()}};
            painter.drawPolyline(pts, 4);
        }
        return;
    }
    // A straight connector has a bounding rect of no width: widen it before testing.
    if (!area.isNull() && !c.points.boundingRect().adjusted(-1, -1, 1, 1).intersects(area))
        return;
    painter.setPen(c.kind == EdgeKind::DottedLine ? dotted : solid);
    painter.drawPolyline(c.points);
}

void ChartPainter::paintCard(QPainter &painter, Org::Vertex v, const QRectF &r, double lod) const
{
    const CardBadge badge = v < m_badges.size() ? m_badges[v] : CardBadge{};
    if (lod >= kSimpleLod) {
        m_cards.paint(painter, m_org, v, r, badge);
        return;
    }
    const Position &p = m_org.position(v);
    const QColor role = m_cards.roleColor(p.role);
    if (lod < kBoxLod) {
        // Far away: a box in the role's colour.
        painter.fillRect(r, role);
        return;
    }
    // Mid distance: white card with the role stripe and the badge colour.
    const CardStyle &s = m_cards.style();
    painter.setPen(QPen(s.border, 0, p.isOpen() ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(s.background);
    painter.drawRect(r);
    painter.fillRect(QRectF(r.left(), r.top(), s.stripeWidth * 2, r.height()), role);
    if (badge.count > 0) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(badge.worst == Severity::Error ? s.errorBadge : s.warningBadge);
        painter.drawEllipse(QPointF(r.right() - 14, r.top() + 14), 12, 12);
    }
}

void ChartPainter::paintTruncationMarks(QPainter &painter, const LayoutResult &layout,
                                        const QHash<Org::Vertex, int> &continuedOn) const
{
    const CardStyle &s = m_cards.style();
    // A part's layout (layoutPart) has no per-vertex rects: find the cut cards among the shown ones.
    QHash<Org::Vertex, std::size_t> cutAt;
    if (!layout.shownRects.empty()) {
        cutAt.reserve(qsizetype(layout.truncated.size()));
        for (Org::Vertex v : layout.truncated)
            cutAt.insert(v, 0);
        for (std::size_t i = 0; i < layout.shown.size(); ++i)
            if (const auto it = cutAt.find(layout.shown[i]); it != cutAt.end())
                it.value() = i;
    }
    const bool td = layout.orientation == Orientation::TopDown;
    const QFont markFont = s.font(10, false, true);
    const QFont countFont = s.font(10, true);
    for (Org::Vertex v : layout.truncated) {
        const QRectF &r = layout.shownRects.empty() ? layout.rects[v] : layout.shownRects[cutAt.value(v)];
        const auto page = continuedOn.constFind(v);
        painter.setPen(QPen(s.connector, s.connectorWidth));
        const QPointF a = td ? QPointF(r.center().x(), r.bottom()) : QPointF(r.right(), r.center().y());
        const QPointF b = td ? QPointF(a.x(), a.y() + 12) : QPointF(a.x() + 12, a.y());
        painter.drawLine(a, b);
        if (page != continuedOn.constEnd()) {
            const QString text = m_cards.translator()
                                     .translate("ChartExporter", "continued on page %1")
                                     .arg(page.value());
            painter.setFont(markFont);
            painter.setPen(s.text);
            if (td)
                painter.drawText(QRectF(r.center().x() - 110, b.y() + 1, 220, 16),
                                 Qt::AlignHCenter | Qt::AlignTop, text);
            else
                painter.drawText(QRectF(b.x() + 3, b.y() - 8, 150, 16), Qt::AlignLeft | Qt::AlignVCenter, text);
        } else {
            const QString text = QStringLiteral("+%1").arg(m_org.reportCount(v));
            const QRectF pill = td ? QRectF(a.x() - 16, b.y(), 32, 16) : QRectF(b.x(), b.y() - 8, 32, 16);
            painter.setBrush(QColor(0xee, 0xf0, 0xf3));
            painter.drawRoundedRect(pill, 8, 8);
            painter.setFont(countFont);
            painter.setPen(s.mutedText);
            painter.drawText(pill, Qt::AlignCenter, text);
            painter.setBrush(Qt::NoBrush);
        }
    }
}

} // namespace org
