// SPDX-License-Identifier: MIT
#pragma once

#include "layout/incrementallayout.h"
#include "layout/treelayout.h"

#include <QRectF>

#include <cstdint>
#include <vector>

namespace org {

/// Where the cards and connectors of a laid-out chart are, for painting a part
/// of a huge chart (1,000,000 positions) without looking at every card: a
/// uniform grid over the layout's bounds, about eight cards a cell, in
/// compressed rows (one array of offsets, one of items; built in linear time by
/// counting). A card is filed in the cell of its centre (queries widen by half
/// the largest card); a reports-to connector, by its report's vertex, in the
/// cell of its centre when it fits a cell, else in a short list of wide ones
/// tested one by one (the top levels' lines); dotted lines are always tested.
///
/// Items are vertices, not positions in layout.shown or layout.connectors, so
/// that after an IncrementalLayout update update() looks only at the cards and
/// lines that moved: one that is still within a cell of where it is filed stays
/// there (queries then widen by one cell: a drag re-centres rows, shifting many
/// cards by less than a card), the others are filed on a second grid of the same
/// cells over the moved items only (their main grid entries are skipped)
/// instead of rebuilding the grid.
///
/// Chosen over boost::geometry::index::rtree: its packing build sorts (n log n,
/// several hundred milliseconds at 1M) and a chart's items are almost all small
/// and evenly spread, which is the case a grid answers as well.
///
/// Usage: `index.build(layout); index.cardsIn(layout, exposed, vertices);`
class ChartIndex final
{
public:
    /// Indexes layout.shown and layout.connectors. Needs the per-vertex rects
    /// of a whole layout (TreeLayout::layout(), IncrementalLayout); a part's
    /// layout (layoutPart()) leaves the index empty.
    void build(const LayoutResult &layout);
    /// Follows an IncrementalLayout update of the indexed layout in time for the
    /// cards and connectors moved (`change`): those that moved further than a cell
    /// since the build are filed anew; rebuilds when that is cheaper (`change.all`,
    /// more moved far than cards shown, the chart grew past the grid). `layout`
    /// is the updated result.
    void update(const LayoutResult &layout, const LayoutChange &change);
    void clear();
    bool isEmpty() const { return m_cardStart.empty(); }

    /// Vertices of the cards that meet `rect` (cleared first; in no particular
    /// order). The layout must be the one indexed.
    void cardsIn(const LayoutResult &layout, const QRectF &rect, std::vector<Org::Vertex> &out) const;
    /// Indices into layout.connectors of the connectors whose bounds meet `rect`.
    void connectorsIn(const LayoutResult &layout, const QRectF &rect, std::vector<std::uint32_t> &out) const;
    /// How many cards and lines are filed outside the grid since the last build.
    std::size_t movedSinceBuild() const { return m_extraCards.size() + m_extraLines.size(); }
    /// True when some card or line is filed a cell away from where it is now (queries widen by a cell).
    bool hasDrift() const { return m_drift; }
    /// How many times the grid was built since the last clear() (by build() or by an update()
    /// that found it cheaper): a test can tell that an update filed what moved instead.
    std::size_t buildCount() const { return m_builds; }

private:
    /// The cells (inclusive) that `rect` widened by `margin` meets; false when none.
    bool cellRange(const QRectF &rect, const QSizeF &margin, int &c0, int &r0, int &c1, int &r1) const;
    int cellOf(const QPointF &p) const;
    /// Where each report's connector is in layout.connectors, and the dotted lines, from
    /// connector `from` on (those before it are where they were).
    void mapLines(const LayoutResult &layout, std::size_t from = 0);
    /// The connector into `to` (a report), or nullptr when there is none now.
    const Connector *lineInto(const LayoutResult &layout, Org::Vertex to) const;

    QRectF m_bounds;
    int m_cols = 0, m_rows = 0;
    double m_cellW = 1, m_cellH = 1;
    double m_perCellW = 1, m_perCellH = 1; ///< 1 / m_cellW, 1 / m_cellH
    QSizeF m_cardMargin;                  ///< half the largest card
    std::vector<std::uint32_t> m_cardStart;  ///< per cell: [start[c], start[c+1]) of m_cards
    std::vector<Org::Vertex> m_cards;
    std::vector<std::uint32_t> m_lineStart;  ///< connectors that fit a cell, by report vertex
    std::vector<Org::Vertex> m_lines;
    std::vector<Org::Vertex> m_wideLines;    ///< report vertices of lines wider or taller than a cell
    std::vector<std::uint32_t> m_lineOf;     ///< by report vertex: its index in layout.connectors
    std::vector<std::uint32_t> m_dotted;     ///< indices of the dotted lines in layout.connectors
    // By vertex, in dense arrays (a drag at 1M reads them for ~300,000 moved items: the
    // small ones stay in the cache; one struct of all of them did not).
    std::vector<QRectF> m_lineBounds;        ///< the line's bounds widened by 1 (as filed or last seen)
    std::vector<std::uint8_t> m_moved;       ///< bit 1 card, bit 2 line filed on the second grid
    std::vector<int> m_cardCell;             ///< the main grid cell the card is filed in, -1 none
    std::vector<int> m_lineCell;             ///< the line's main grid cell, -1 wide, -2 none
    bool m_drift = false;                    ///< some item is a cell away from its cell
    std::size_t m_builds = 0;
    std::vector<Org::Vertex> m_extraCards, m_extraLines; ///< moved since the build (each once)
    /// The moved cards and lines on the same grid (refiled at each update, in time for
    /// the moved ones only); their entries in the main grid are skipped.
    std::vector<std::uint32_t> m_extraCardStart, m_extraLineStart;
    std::vector<Org::Vertex> m_extraCardCells, m_extraLineCells, m_extraWide;
};

} // namespace org
