// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFlags>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>

class QPainter;

namespace org {

struct CardStyle;

/// How a card differs from the same position in another scenario (the compare
/// view). A card may carry several, e.g. moved and role changed.
enum class CardChange : std::uint8_t {
    Added = 0x01,       ///< not in the other scenario
    Removed = 0x02,     ///< only in the other scenario: drawn as a ghost card
    Moved = 0x04,       ///< reports to another manager
    RoleChanged = 0x08,
    TeamChanged = 0x10,
};
Q_DECLARE_FLAGS(CardChanges, CardChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(CardChanges)

/// The highlight of one card: what changed, and the before → after texts
/// shown in its tags.
struct CardHighlight
{
    CardChanges changes;
    QString roleNote;   ///< "Engineer → Architect" (RoleChanged)
    QString teamNote;   ///< "Pay → Web" (TeamChanged)
};

/// Colour and line style of a change's outline (legends use them too).
QColor changeColor(CardChange change);
Qt::PenStyle changePenStyle(CardChange change);
/// The changes in the order their outlines are drawn, innermost first.
const std::array<CardChange, 5> &changeOrder();

/// Paints the change marks of the card at `r`: a removed card is veiled like a
/// ghost, each change gets an outline ring in its colour (innermost first),
/// and `tags` (one per change, in changeOrder(); already in the chart's
/// language) sit side by side on the outermost ring's top edge. Below a level
/// of detail of 0.3 only the rings, in hairlines.
void paintChangeMarks(QPainter &painter, const CardStyle &style, const QRectF &r, CardChanges changes,
                      const QStringList &tags, double lod);

/// Where paintChangeMarks() may put the tags of a card at `r` with `changes`:
/// a band across the outermost ring's top edge (empty when there are none).
QRectF changeTagArea(const QRectF &r, CardChanges changes);

/// The dashed arrow of a move, from the border of one card to the border of
/// another, bowed a little to one side so that it does not run along the
/// connectors, with a filled head at the second card. The head meets the
/// second card at the middle of its left or right side (the one facing the
/// first card), clear of the change tags on its top edge (changeTagArea).
struct ChangeArrowShape
{
    QPointF start, end;
    QPainterPath path;  ///< the curve, start to end
    QPainterPath head;  ///< the filled head at end
    bool isEmpty() const { return path.isEmpty(); }
    /// Everything painted (the pen's width included).
    QRectF bounds() const;
    /// The arrow from card `from` to card `to`; empty when either is null or they overlap.
    static ChangeArrowShape between(const QRectF &from, const QRectF &to);
    void paint(QPainter &painter, const QColor &color) const;
};

} // namespace org
