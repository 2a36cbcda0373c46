// SPDX-License-Identifier: MIT
#pragma once

#include "cardpainter.h"
#include "chartindex.h"
#include "layout/treelayout.h"

#include <QHash>
#include <QPen>
#include <QRectF>

#include <functional>
#include <span>

class QPainter;

namespace org {

/// What ChartPainter::paint() draws and where.
struct ChartPaintOptions
{
    /// Only what meets this rectangle (a view's exposed area, a page); null: everything.
    QRectF clip;
    /// Device pixels per unit: from 0.3 down cards are simplified (stripe, badge
    /// dot) and lines hairlines, below 0.18 cards are boxes in the role's colour.
    double lod = 1;
    /// Where each card is while an animation runs (instead of the layout's rect);
    /// connectors are then straight elbows between the cards.
    std::function<QRectF(Org::Vertex)> animatedRect;
    /// Marks under cut or collapsed cards (exports): "continued on page N" for
    /// the vertices here, "+N" hidden reports for the others. Off on screen,
    /// where collapse markers are the view's.
    bool truncationMarks = false;
    QHash<Org::Vertex, int> continuedOn;
    /// Called after each card is painted, with the card's rect: change marks,
    /// selection and drop feedback of a view.
    std::function<void(QPainter &, Org::Vertex, const QRectF &)> decorate;
    /// The layout's spatial index (built for the layout painted): with a clip,
    /// only the cards and connectors it finds there are looked at (huge charts).
    const ChartIndex *index = nullptr;
    /// When set, receives how many cards were painted (tests count them).
    int *paintedCards = nullptr;
};

/// The one painter of an org chart, on screen (ChartScene), in the export
/// preview and in every export and print (ChartExporter): connectors (solid
/// for reporting lines, dashed in their own colour for dotted lines), then the
/// cards (CardPainter) with their problem badges at the level of detail asked,
/// each followed by its decoration, then the truncation marks. Paints in layout
/// units (1 unit = 1 px at 100 %); its text is in the CardPainter's language.
///
/// Usage: `ChartPainter(org, cards, badges).paint(painter, layout, {.clip = exposed, .lod = lod});`
class ChartPainter final
{
public:
    /// `badges` by vertex (CardPainter::badges()); empty: no badges. All must outlive the painter.
    ChartPainter(const Org &org, const CardPainter &cards, std::span<const CardBadge> badges);

    void paint(QPainter &painter, const LayoutResult &layout, const ChartPaintOptions &options = {}) const;

    /// One card at a level of detail (see ChartPaintOptions::lod).
    void paintCard(QPainter &painter, Org::Vertex v, const QRectF &r, double lod) const;
    /// True when cards painted at this level of detail show their problem badges.
    static bool paintsBadges(double lod);
    /// The pen of a connector of `kind` at a level of detail.
    QPen connectorPen(EdgeKind kind, double lod) const;

private:
    void paintConnectors(QPainter &painter, const LayoutResult &layout, const ChartPaintOptions &options,
                         const QRectF &area) const;
    void paintConnector(QPainter &painter, const LayoutResult &layout, const ChartPaintOptions &options,
                        const QRectF &area, const Connector &c, const QPen &solid, const QPen &dotted) const;
    void paintTruncationMarks(QPainter &painter, const LayoutResult &layout,
                              const QHash<Org::Vertex, int> &continuedOn) const;

    const Org &m_org;
    const CardPainter &m_cards;
    std::span<const CardBadge> m_badges;
};

} // namespace org
