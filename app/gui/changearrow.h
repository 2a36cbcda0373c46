// SPDX-License-Identifier: MIT
#pragma once

#include "render/changemarks.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

namespace org::ui {

/// An overlay arrow between two cards of a ChartScene, drawn above the cards:
/// a dashed, coloured curve from the border of one card to the border of the
/// other, with a filled head at the second (ChangeArrowShape paints it). The compare view draws one from a
/// moved position's old manager to the position. The scene owns the items and
/// places them after each layout (setEnds); an arrow whose card is hidden is
/// hidden too.
class ChangeArrow final : public QGraphicsItem
{
public:
    ChangeArrow(QString fromId, QString toId, QColor color);

    const QString &fromId() const { return m_from; }
    const QString &toId() const { return m_to; }
    QColor color() const { return m_color; }
    /// Routes the arrow from one card rectangle to the other; null rects hide it.
    void setEnds(const QRectF &from, const QRectF &to);
    /// Where the arrow leaves the first card and meets the second (scene coordinates).
    QPointF start() const { return m_shape.start; }
    QPointF end() const { return m_shape.end; }
    const QPainterPath &path() const { return m_shape.path; }
    /// The filled head at the second card.
    const QPainterPath &head() const { return m_shape.head; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_from, m_to;
    QColor m_color;
    ChangeArrowShape m_shape;
};

} // namespace org::ui
