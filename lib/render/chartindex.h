// SPDX-License-Identifier: MIT
#pragma once

#include "layout/treelayout.h"

#include <QRectF>

#include <cstdint>
#include <vector>

namespace org {

/// Where the cards and connectors of a laid-out chart are, for painting a part
/// of a huge chart (1,000,000 positions) without looking at every card: a
/// uniform grid over the layout's bounds, about eight cards a cell, in
/// compressed rows (one array of offsets, one of items; built in linear time by
/// counting, so a relayout after a drag rebuilds it in a few milliseconds).
/// A card is filed in the cell of its centre (queries widen by half the
/// largest card); a connector in the cell of its centre when it fits a cell,
/// else in a short list of wide ones tested one by one (the top levels' lines).
///
/// Chosen over boost::geometry::index::rtree: its packing build sorts (n log n,
/// several hundred milliseconds at 1M) and a chart's items are almost all small
/// and evenly spread, which is the case a grid answers as well.
///
/// Usage: `index.build(layout); index.cardsIn(exposed, shownIndices);`
class ChartIndex final
{
public:
    /// Indexes layout.shown (by its index in `shown`) and layout.connectors.
    void build(const LayoutResult &layout);
    void clear();
    bool isEmpty() const { return m_cardStart.empty(); }

    /// Indices into layout.shown of the cards that meet `rect` (cleared first;
    /// in no particular order). The layout must be the one indexed.
    void cardsIn(const LayoutResult &layout, const QRectF &rect, std::vector<std::uint32_t> &out) const;
    /// Indices into layout.connectors of the connectors whose bounds meet `rect`.
    void connectorsIn(const QRectF &rect, std::vector<std::uint32_t> &out) const;

private:
    /// The cells (inclusive) that `rect` widened by `margin` meets; false when none.
    bool cellRange(const QRectF &rect, const QSizeF &margin, int &c0, int &r0, int &c1, int &r1) const;
    int cellOf(const QPointF &p) const;

    QRectF m_bounds;
    int m_cols = 0, m_rows = 0;
    double m_cellW = 1, m_cellH = 1;
    QSizeF m_cardMargin;                  ///< half the largest card
    std::vector<std::uint32_t> m_cardStart, m_cards;       ///< per cell: [start[c], start[c+1])
    std::vector<std::uint32_t> m_lineStart, m_lines;       ///< connectors that fit a cell
    std::vector<QRectF> m_lineBounds;                      ///< by connector, widened by 1
    std::vector<std::uint32_t> m_wideLines;                ///< connectors wider or taller than a cell
};

} // namespace org
