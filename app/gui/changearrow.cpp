// SPDX-License-Identifier: MIT
#include "changearrow.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace org::ui {

namespace {
constexpr qreal kHeadLength = 14;
constexpr qreal kHeadWidth = 10;
constexpr qreal kPenWidth = 2.5;

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

ChangeArrow::ChangeArrow(QString fromId, QString toId, QColor color)
    : m_from(std::move(fromId)), m_to(std::move(toId)), m_color(std::move(color))
{
    setZValue(2);
    setAcceptedMouseButtons(Qt::NoButton);
    setVisible(false);
}

void ChangeArrow::setEnds(const QRectF &from, const QRectF &to)
{
    prepareGeometryChange();
    m_path = QPainterPath();
    m_head = QPainterPath();
    if (from.isNull() || to.isNull() || from.intersects(to)) {
        setVisible(false);
        return;
    }
    m_start = borderPoint(from, to.center());
    m_end = borderPoint(to, from.center());
    // A gentle bow to one side, so the arrow does not run along the connectors.
    const QPointF d = m_end - m_start;
    const qreal len = std::hypot(d.x(), d.y());
    const QPointF normal = len > 0 ? QPointF(-d.y() / len, d.x() / len) : QPointF(0, 0);
    const qreal bow = std::min(80.0, len * 0.18);
    const QPointF c1 = m_start + d / 3 + normal * bow;
    const QPointF c2 = m_start + d * 2 / 3 + normal * bow;
    m_path.moveTo(m_start);
    m_path.cubicTo(c1, c2, m_end);
    // The head points along the curve's last tangent (from c2 to the end).
    QPointF dir = m_end - c2;
    const qreal dl = std::hypot(dir.x(), dir.y());
    dir = dl > 0 ? dir / dl : QPointF(0, 1);
    const QPointF side(-dir.y(), dir.x());
    const QPointF base = m_end - dir * kHeadLength;
    m_head.moveTo(m_end);
    m_head.lineTo(base + side * (kHeadWidth / 2));
    m_head.lineTo(base - side * (kHeadWidth / 2));
    m_head.closeSubpath();
    setVisible(true);
}

QRectF ChangeArrow::boundingRect() const
{
    return m_path.boundingRect().united(m_head.boundingRect()).adjusted(-kPenWidth, -kPenWidth, kPenWidth, kPenWidth);
}

QPainterPath ChangeArrow::shape() const
{
    QPainterPath p = m_path;
    p.addPath(m_head);
    return p;
}

void ChangeArrow::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_color, kPenWidth, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(QPen(m_color, 1));
    painter->setBrush(m_color);
    painter->drawPath(m_head);
    painter->restore();
}

} // namespace org::ui
