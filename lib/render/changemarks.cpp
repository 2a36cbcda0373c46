// SPDX-License-Identifier: MIT
#include "changemarks.h"

#include "cardpainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace org {

namespace {
constexpr qreal kTagHeight = 20;   ///< change tags on a card's top edge
constexpr qreal kTagFontPx = 12;
constexpr qreal kHeadLength = 14;  ///< of a change arrow
constexpr qreal kHeadWidth = 10;
constexpr qreal kArrowPen = 2.5;

/// Where the ray from the centre of `r` towards `target` leaves `r`.
QPointF borderPoint(const QRectF &r, const QPointF &target)
{
    const QPointF c = r.center();
    const QPointF d = target - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return {c.x(), r.bottom()};
    const qreal tx = qFuzzyIsNull(d.x()) ? std::numeric_limits<qreal>::max() : (r.width() / 2) / qAbs(d.x());
    const qreal ty = qFuzzyIsNull(d.y()) ? std::numeric_limits<qreal>::max() : (r.height() / 2) / qAbs(d.y());
    const qreal t = std::min(tx, ty);
    return c + d * t;
}
} // namespace

const std::array<CardChange, 5> &changeOrder()
{
    static const std::array<CardChange, 5> order{CardChange::Added, CardChange::Removed, CardChange::Moved,
                                                 CardChange::RoleChanged, CardChange::TeamChanged};
    return order;
}

QColor changeColor(CardChange change)
{
    switch (change) {
    case CardChange::Added: return {0x16, 0xa3, 0x4a};       // green
    case CardChange::Removed: return {0xdc, 0x26, 0x26};     // red
    case CardChange::Moved: return {0x7c, 0x3a, 0xed};       // violet (the arrows too)
    case CardChange::RoleChanged: return {0xd9, 0x77, 0x06}; // amber
    case CardChange::TeamChanged: return {0x08, 0x91, 0xb2}; // teal
    }
    return Qt::black;
}

Qt::PenStyle changePenStyle(CardChange change)
{
    return change == CardChange::Removed ? Qt::DashLine : Qt::SolidLine;
}

void paintChangeMarks(QPainter &painter, const CardStyle &style, const QRectF &r, CardChanges changes,
                      const QStringList &tags, double lod)
{
    painter.save();
    if (changes.testFlag(CardChange::Removed)) {
        // A ghost: the card shows faintly through a veil of the background colour.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xf3, 0xf4, 0xf6, 170));
        painter.drawRoundedRect(r, 6, 6);
    }
    int ring = 0;
    for (CardChange c : changeOrder()) {
        if (!changes.testFlag(c))
            continue;
        const qreal out = 5 + 4.5 * ring++;
        painter.setPen(QPen(changeColor(c), lod < 0.3 ? 0 : 3, changePenStyle(c)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(r.adjusted(-out, -out, out, out), 7 + out / 2, 7 + out / 2);
    }
    if (lod < 0.3) {
        painter.restore();
        return;
    }
    // Tags side by side on the outermost outline's top edge, from the left,
    // never wider than the card (clear of the connector's horizontal bar).
    const QFont font = style.font(kTagFontPx, true);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const qreal top = changeTagArea(r, changes).top();
    qreal x = r.left() + 8;
    qsizetype i = 0;
    for (CardChange c : changeOrder()) {
        if (!changes.testFlag(c))
            continue;
        const qreal room = r.right() - x;
        if (room < 30 || i >= tags.size())
            break;
        const QString text = fm.elidedText(tags.at(i++), Qt::ElideRight, room - 12);
        const QRectF tag(x, top, std::min(room, fm.horizontalAdvance(text) + 14), kTagHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(changeColor(c));
        painter.drawRoundedRect(tag, kTagHeight / 2, kTagHeight / 2);
        painter.setPen(Qt::white);
        painter.drawText(tag, Qt::AlignCenter | Qt::TextDontClip, text); // hinting at a zoom may widen it
        x = tag.right() + 4;
    }
    painter.restore();
}

QRectF changeTagArea(const QRectF &r, CardChanges changes)
{
    int rings = 0;
    for (CardChange c : changeOrder())
        rings += changes.testFlag(c);
    if (rings == 0)
        return {};
    const qreal top = r.top() - 5 - 4.5 * (rings - 1) - kTagHeight / 2;
    return {r.left(), top, r.width(), kTagHeight};
}

QRectF ChangeArrowShape::bounds() const
{
    return path.boundingRect().united(head.boundingRect()).adjusted(-kArrowPen, -kArrowPen, kArrowPen, kArrowPen);
}

ChangeArrowShape ChangeArrowShape::between(const QRectF &from, const QRectF &to)
{
    ChangeArrowShape a;
    if (from.isNull() || to.isNull() || from.intersects(to))
        return a;
    // The end: the middle of the side facing the first card, so that the head
    // never covers the tags on the top edge.
    const bool fromRight = from.center().x() > to.center().x();
    a.end = QPointF(fromRight ? to.right() : to.left(), to.center().y());
    a.start = borderPoint(from, a.end);
    // A gentle bow to one side, so the arrow does not run along the connectors.
    const QPointF d = a.end - a.start;
    const qreal len = std::hypot(d.x(), d.y());
    const QPointF normal = len > 0 ? QPointF(-d.y() / len, d.x() / len) : QPointF(0, 0);
    const qreal bow = std::min(80.0, len * 0.18);
    const QPointF c1 = a.start + d / 3 + normal * bow;
    const QPointF c2 = a.start + d * 2 / 3 + normal * bow;
    a.path.moveTo(a.start);
    a.path.cubicTo(c1, c2, a.end);
    // The head points along the curve's last tangent (from c2 to the end).
    QPointF dir = a.end - c2;
    const qreal dl = std::hypot(dir.x(), dir.y());
    dir = dl > 0 ? dir / dl : QPointF(0, 1);
    const QPointF side(-dir.y(), dir.x());
    const QPointF base = a.end - dir * kHeadLength;
    a.head.moveTo(a.end);
    a.head.lineTo(base + side * (kHeadWidth / 2));
    a.head.lineTo(base - side * (kHeadWidth / 2));
    a.head.closeSubpath();
    return a;
}

void ChangeArrowShape::paint(QPainter &painter, const QColor &color) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, kArrowPen, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(QPen(color, 1));
    painter.setBrush(color);
    painter.drawPath(head);
    painter.restore();
}

} // namespace org
