// SPDX-License-Identifier: MIT
#include "changearrow.h"

namespace org::ui {

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
    m_shape = ChangeArrowShape::between(from, to);
    setVisible(!m_shape.isEmpty());
}

QRectF ChangeArrow::boundingRect() const
{
    return m_shape.bounds();
}

QPainterPath ChangeArrow::shape() const
{
    QPainterPath p = m_shape.path;
    p.addPath(m_shape.head);
    return p;
}

void ChangeArrow::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    m_shape.paint(*painter, m_color);
}

} // namespace org::ui
