// SPDX-License-Identifier: MIT
#include "chartindex.h"

#include <algorithm>
#include <cmath>

namespace org {

namespace {
constexpr double kCardsPerCell = 8;
constexpr double kMaxCells = 4'000'000;

/// Counting sort of items by cell: `start` gets cells + 1 offsets, `items` the items.
template<typename CellOf>
void fill(std::size_t cells, std::size_t count, CellOf cellOf, std::vector<std::uint32_t> &start,
          std::vector<std::uint32_t> &items)
{
    start.assign(cells + 1, 0);
    std::vector<int> cellByItem(count);
    std::size_t filed = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const int c = cellOf(i);
        cellByItem[i] = c;
        if (c >= 0) {
            ++start[std::size_t(c) + 1];
            ++filed;
        }
    }
    for (std::size_t c = 0; c < cells; ++c)
        start[c + 1] += start[c];
    items.resize(filed);
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (std::size_t i = 0; i < count; ++i)
        if (cellByItem[i] >= 0)
            items[next[std::size_t(cellByItem[i])]++] = std::uint32_t(i);
}
} // namespace

void ChartIndex::clear()
{
    *this = ChartIndex();
}

int ChartIndex::cellOf(const QPointF &p) const
{
    const int c = std::clamp(int((p.x() - m_bounds.left()) / m_cellW), 0, m_cols - 1);
    const int r = std::clamp(int((p.y() - m_bounds.top()) / m_cellH), 0, m_rows - 1);
    return r * m_cols + c;
}

void ChartIndex::build(const LayoutResult &layout)
{
    clear();
    const std::size_t n = layout.shown.size();
    if (n == 0)
        return;
    m_bounds = layout.bounds;
    double maxW = 1, maxH = 1;
    for (std::size_t i = 0; i < n; ++i) {
        const QRectF &r = layout.shownRect(i);
        maxW = std::max(maxW, r.width());
        maxH = std::max(maxH, r.height());
    }
    m_cardMargin = QSizeF(maxW / 2, maxH / 2);
    // Square-ish cells, about kCardsPerCell cards each, never smaller than a card.
    const double w = std::max(m_bounds.width(), maxW), h = std::max(m_bounds.height(), maxH);
    const double cells = std::clamp(double(n) / kCardsPerCell, 1.0, kMaxCells);
    const double side = std::max({std::sqrt(w * h / cells), maxW, maxH});
    m_cols = int(std::clamp(std::ceil(w / side), 1.0, kMaxCells));
    m_rows = int(std::clamp(std::ceil(h / side), 1.0, std::max(1.0, kMaxCells / m_cols)));
    m_cellW = w / m_cols;
    m_cellH = h / m_rows;
    const std::size_t cellCount = std::size_t(m_cols) * std::size_t(m_rows);

    fill(cellCount, n, [&](std::size_t i) { return cellOf(layout.shownRect(i).center()); }, m_cardStart, m_cards);

    const std::size_t lines = layout.connectors.size();
    m_lineBounds.resize(lines);
    for (std::size_t i = 0; i < lines; ++i) {
        const QRectF b = layout.connectors[i].points.boundingRect().adjusted(-1, -1, 1, 1);
        m_lineBounds[i] = b;
        if (b.width() > m_cellW || b.height() > m_cellH)
            m_wideLines.push_back(std::uint32_t(i));
    }
    fill(cellCount, lines,
         [&](std::size_t i) {
             const QRectF &b = m_lineBounds[i];
             return b.width() > m_cellW || b.height() > m_cellH ? -1 : cellOf(b.center());
         },
         m_lineStart, m_lines);
}

bool ChartIndex::cellRange(const QRectF &rect, const QSizeF &margin, int &c0, int &r0, int &c1, int &r1) const
{
    if (isEmpty())
        return false;
    const QRectF q = rect.adjusted(-margin.width(), -margin.height(), margin.width(), margin.height());
    if (!q.intersects(m_bounds.adjusted(-m_cellW, -m_cellH, m_cellW, m_cellH)))
        return false;
    c0 = std::clamp(int(std::floor((q.left() - m_bounds.left()) / m_cellW)), 0, m_cols - 1);
    c1 = std::clamp(int(std::floor((q.right() - m_bounds.left()) / m_cellW)), 0, m_cols - 1);
    r0 = std::clamp(int(std::floor((q.top() - m_bounds.top()) / m_cellH)), 0, m_rows - 1);
    r1 = std::clamp(int(std::floor((q.bottom() - m_bounds.top()) / m_cellH)), 0, m_rows - 1);
    return true;
}

void ChartIndex::cardsIn(const LayoutResult &layout, const QRectF &rect, std::vector<std::uint32_t> &out) const
{
    out.clear();
    int c0, r0, c1, r1;
    if (!cellRange(rect, m_cardMargin, c0, r0, c1, r1))
        return;
    for (int r = r0; r <= r1; ++r) {
        const std::size_t row = std::size_t(r) * std::size_t(m_cols);
        for (std::uint32_t k = m_cardStart[row + std::size_t(c0)]; k < m_cardStart[row + std::size_t(c1) + 1]; ++k)
            if (layout.shownRect(m_cards[k]).intersects(rect))
                out.push_back(m_cards[k]);
    }
}

void ChartIndex::connectorsIn(const QRectF &rect, std::vector<std::uint32_t> &out) const
{
    out.clear();
    for (std::uint32_t i : m_wideLines)
        if (m_lineBounds[i].intersects(rect))
            out.push_back(i);
    int c0, r0, c1, r1;
    if (!cellRange(rect, QSizeF(m_cellW / 2, m_cellH / 2), c0, r0, c1, r1))
        return;
    for (int r = r0; r <= r1; ++r) {
        const std::size_t row = std::size_t(r) * std::size_t(m_cols);
        for (std::uint32_t k = m_lineStart[row + std::size_t(c0)]; k < m_lineStart[row + std::size_t(c1) + 1]; ++k)
            if (m_lineBounds[m_lines[k]].intersects(rect))
                out.push_back(m_lines[k]);
    }
}

} // namespace org
