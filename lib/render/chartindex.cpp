// SPDX-License-Identifier: MIT
#include "chartindex.h"

#include <algorithm>
#include <cmath>

namespace org {

namespace {
constexpr double kCardsPerCell = 8;
constexpr double kMaxCells = 4'000'000;
constexpr double kGrowRoom = 0.05; ///< the grid covers this much more than the chart, on every side

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
    // Multiplications by the inverse cell size (a division costs ten of them); cellRange()
    // does the same arithmetic.
    const int c = std::clamp(int((p.x() - m_bounds.left()) * m_perCellW), 0, m_cols - 1);
    const int r = std::clamp(int((p.y() - m_bounds.top()) * m_perCellH), 0, m_rows - 1);
    return r * m_cols + c;
}

void ChartIndex::build(const LayoutResult &layout)
{
    const std::size_t builds = m_builds + 1;
    clear();
    m_builds = builds;
    const std::size_t n = layout.shown.size();
    if (n == 0 || layout.rects.empty())
        return;
    m_bounds = layout.bounds;
    double maxW = 1, maxH = 1;
    for (std::size_t i = 0; i < n; ++i) {
        const QRectF &r = layout.rects[layout.shown[i]];
        maxW = std::max(maxW, r.width());
        maxH = std::max(maxH, r.height());
    }
    m_cardMargin = QSizeF(maxW / 2, maxH / 2);
    // Room to grow: a drag that widens the chart a little is still filed by update().
    // (An incremental layout keeps its origin: the chart may grow to the left and up too.)
    const double growW = m_bounds.width() * kGrowRoom + maxW, growH = m_bounds.height() * kGrowRoom + maxH;
    m_bounds.adjust(-growW, -growH, growW, growH);
    // Square-ish cells, about kCardsPerCell cards each, never smaller than a card.
    const double w = std::max(m_bounds.width(), maxW), h = std::max(m_bounds.height(), maxH);
    const double cells = std::clamp(double(n) / kCardsPerCell, 1.0, kMaxCells);
    const double side = std::max({std::sqrt(w * h / cells), maxW, maxH});
    m_cols = int(std::clamp(std::ceil(w / side), 1.0, kMaxCells));
    m_rows = int(std::clamp(std::ceil(h / side), 1.0, std::max(1.0, kMaxCells / m_cols)));
    m_cellW = w / m_cols;
    m_cellH = h / m_rows;
    m_perCellW = 1 / m_cellW;
    m_perCellH = 1 / m_cellH;
    const std::size_t cellCount = std::size_t(m_cols) * std::size_t(m_rows);

    const std::size_t vertices = layout.rects.size();
    m_cardCell.assign(vertices, -1);
    std::vector<std::uint32_t> items;
    fill(cellCount, n,
         [&](std::size_t i) {
             const Org::Vertex v = layout.shown[i];
             return m_cardCell[v] = cellOf(layout.rects[v].center());
         },
         m_cardStart, items);
    m_cards.resize(items.size());
    for (std::size_t k = 0; k < items.size(); ++k)
        m_cards[k] = layout.shown[items[k]];

    const std::size_t lines = layout.connectors.size();
    m_lineBounds.assign(vertices, QRectF());
    m_lineCell.assign(vertices, -2);
    std::vector<int> lineCell(lines, -1);
    for (std::size_t i = 0; i < lines; ++i) {
        const Connector &c = layout.connectors[i];
        if (c.kind != EdgeKind::ReportsTo)
            continue;
        const QRectF b = c.points.boundingRect().adjusted(-1, -1, 1, 1);
        m_lineBounds[c.to] = b;
        if (b.width() > m_cellW || b.height() > m_cellH)
            m_wideLines.push_back(c.to);
        else
            lineCell[i] = cellOf(b.center());
        m_lineCell[c.to] = lineCell[i];
    }
    fill(cellCount, lines, [&](std::size_t i) { return lineCell[i]; }, m_lineStart, items);
    m_lines.resize(items.size());
    for (std::size_t k = 0; k < items.size(); ++k)
        m_lines[k] = layout.connectors[items[k]].to;
    m_moved.assign(vertices, 0);
    mapLines(layout);
}

void ChartIndex::mapLines(const LayoutResult &layout, std::size_t from)
{
    m_lineOf.resize(layout.rects.size());
    std::erase_if(m_dotted, [from](std::uint32_t i) { return i >= from; });
    for (std::size_t i = from; i < layout.connectors.size(); ++i) {
        const Connector &c = layout.connectors[i];
        if (c.kind == EdgeKind::ReportsTo)
            m_lineOf[c.to] = std::uint32_t(i);
        else
            m_dotted.push_back(std::uint32_t(i));
    }
}

const Connector *ChartIndex::lineInto(const LayoutResult &layout, Org::Vertex to) const
{
    if (to >= m_lineOf.size() || m_lineOf[to] >= layout.connectors.size())
        return nullptr;
    const Connector &c = layout.connectors[m_lineOf[to]];
    return c.to == to && c.kind == EdgeKind::ReportsTo ? &c : nullptr;
}

void ChartIndex::update(const LayoutResult &layout, const LayoutChange &change)
{
    // A chart that grew past the grid, or a card bigger than the grid's margin, needs new cells.
    const QRectF grid = m_bounds.adjusted(-1e-6, -1e-6, 1e-6, 1e-6);
    if (isEmpty() || change.all || layout.rects.size() != m_moved.size() || !grid.contains(layout.bounds)) {
        build(layout);
        return;
    }
    // Within one cell (columns and rows) of the filed cell: found by queries widened by a cell.
    auto near = [this](int cell, int filed) {
        return std::abs(cell % m_cols - filed % m_cols) <= 1 && std::abs(cell / m_cols - filed / m_cols) <= 1;
    };
    bool back = false; // some item on the second grid is near its main grid cell again
    for (std::size_t i = 0; i < change.moved.size(); ++i) {
        if (i + 8 < change.moved.size()) {
            const Org::Vertex ahead = change.moved[i + 8];
            __builtin_prefetch(&layout.rects[ahead]);
            __builtin_prefetch(&m_cardCell[ahead]);
            __builtin_prefetch(&m_moved[ahead]);
        }
        const Org::Vertex v = change.moved[i];
        const QRectF &r = layout.rects[v];
        if (r.width() > 2 * m_cardMargin.width() || r.height() > 2 * m_cardMargin.height()) {
            build(layout);
            return;
        }
        std::uint8_t &moved = m_moved[v];
        if (r.isNull())
            continue; // hidden: queries test the (null) rect (on the second grid: not refiled)
        if (const int filed = m_cardCell[v]; filed >= 0) {
            const int cell = cellOf(r.center());
            if (near(cell, filed)) {
                // Where it is filed (a drag back and forth brings cards home again).
                m_drift = m_drift || cell != filed;
                if (moved & 1) {
                    moved &= ~1;
                    back = true;
                }
                continue;
            }
        }
        if (moved & 1)
            continue; // on the second grid: refiled below
        moved |= 1;
        m_extraCards.push_back(v);
    }
    // Connector indices move when the order changed; dotted lines may come and go.
    const bool dotted = !m_dotted.empty()
                        || (!layout.connectors.empty() && layout.connectors.back().kind == EdgeKind::DottedLine);
    if (change.orderChanged || dotted)
        mapLines(layout, std::min(change.linesFrom, layout.connectors.size()));
    const bool known = change.movedLineBounds.size() == change.movedLines.size();
    for (std::size_t i = 0; i < change.movedLines.size(); ++i) {
        if (i + 8 < change.movedLines.size()) {
            const Org::Vertex ahead = change.movedLines[i + 8];
            __builtin_prefetch(&m_moved[ahead]);
            __builtin_prefetch(&m_lineCell[ahead]);
            __builtin_prefetch(&m_lineBounds[ahead]);
        }
        const Org::Vertex v = change.movedLines[i];
        std::uint8_t &moved = m_moved[v];
        QRectF now = known ? change.movedLineBounds[i] : QRectF();
        if (now.isNull()) {
            // Not given, or gone (maybe only its old storage): look it up.
            const Connector *c = lineInto(layout, v);
            if (!c) {
                m_lineBounds[v] = QRectF(); // gone: a null rect meets nothing (and is not refiled)
                continue;
            }
            now = c->points.boundingRect();
        }
        // Where the line is now, also for the second grid (refiled from it, not from the line).
        const QRectF b = now.adjusted(-1, -1, 1, 1);
        m_lineBounds[v] = b;
        const int filed = m_lineCell[v];
        if (filed == -1)
            continue; // a wide line: tested one by one
        if (filed >= 0 && b.width() <= m_cellW && b.height() <= m_cellH) {
            const int cell = cellOf(b.center());
            if (near(cell, filed)) {
                m_drift = m_drift || cell != filed;
                if (moved & 2) {
                    moved &= ~2;
                    back = true;
                }
                continue;
            }
        }
        if (moved & 2)
            continue;
        moved |= 2;
        m_extraLines.push_back(v);
    }
    if (back) {
        std::erase_if(m_extraCards, [this](Org::Vertex v) { return !(m_moved[v] & 1); });
        std::erase_if(m_extraLines, [this](Org::Vertex v) { return !(m_moved[v] & 2); });
    }
    // Past the cards shown, the second grid costs as much as a rebuild.
    if (m_extraCards.size() + m_extraLines.size() > layout.shown.size()) {
        build(layout);
        return;
    }

    // Refile everything moved since the build on the second grid.
    const std::size_t cellCount = std::size_t(m_cols) * std::size_t(m_rows);
    std::vector<std::uint32_t> items;
    fill(cellCount, m_extraCards.size(),
         [&](std::size_t i) {
             if (i + 8 < m_extraCards.size())
                 __builtin_prefetch(&layout.rects[m_extraCards[i + 8]]);
             const Org::Vertex v = m_extraCards[i];
             return layout.isShown(v) ? cellOf(layout.rects[v].center()) : -1;
         },
         m_extraCardStart, items);
    m_extraCardCells.resize(items.size());
    for (std::size_t k = 0; k < items.size(); ++k)
        m_extraCardCells[k] = m_extraCards[items[k]];
    m_extraWide.clear();
    std::vector<int> lineCell(m_extraLines.size(), -1);
    for (std::size_t i = 0; i < m_extraLines.size(); ++i) {
        if (i + 8 < m_extraLines.size())
            __builtin_prefetch(&m_lineBounds[m_extraLines[i + 8]]);
        const QRectF &b = m_lineBounds[m_extraLines[i]]; // as of the update that moved it
        if (b.isNull())
            continue; // gone
        if (b.width() > m_cellW || b.height() > m_cellH)
            m_extraWide.push_back(m_extraLines[i]);
        else
            lineCell[i] = cellOf(b.center());
    }
    fill(cellCount, m_extraLines.size(), [&](std::size_t i) { return lineCell[i]; }, m_extraLineStart, items);
    m_extraLineCells.resize(items.size());
    for (std::size_t k = 0; k < items.size(); ++k)
        m_extraLineCells[k] = m_extraLines[items[k]];
}

bool ChartIndex::cellRange(const QRectF &rect, const QSizeF &margin, int &c0, int &r0, int &c1, int &r1) const
{
    if (isEmpty())
        return false;
    const QRectF q = rect.adjusted(-margin.width(), -margin.height(), margin.width(), margin.height());
    if (!q.intersects(m_bounds.adjusted(-m_cellW, -m_cellH, m_cellW, m_cellH)))
        return false;
    // The same arithmetic as cellOf(), which is monotonic: an item filed in cell c has
    // its point between the points that give the query's first and last cell.
    c0 = std::clamp(int(std::floor((q.left() - m_bounds.left()) * m_perCellW)), 0, m_cols - 1);
    c1 = std::clamp(int(std::floor((q.right() - m_bounds.left()) * m_perCellW)), 0, m_cols - 1);
    r0 = std::clamp(int(std::floor((q.top() - m_bounds.top()) * m_perCellH)), 0, m_rows - 1);
    r1 = std::clamp(int(std::floor((q.bottom() - m_bounds.top()) * m_perCellH)), 0, m_rows - 1);
    if (m_drift) {
        c0 = std::max(0, c0 - 1);
        r0 = std::max(0, r0 - 1);
        c1 = std::min(m_cols - 1, c1 + 1);
        r1 = std::min(m_rows - 1, r1 + 1);
    }
    return true;
}

void ChartIndex::cardsIn(const LayoutResult &layout, const QRectF &rect, std::vector<Org::Vertex> &out) const
{
    out.clear();
    int c0, r0, c1, r1;
    if (!cellRange(rect, m_cardMargin, c0, r0, c1, r1))
        return;
    const bool anyMoved = !m_extraCards.empty();
    for (int r = r0; r <= r1; ++r) {
        const std::size_t row = std::size_t(r) * std::size_t(m_cols);
        for (std::uint32_t k = m_cardStart[row + std::size_t(c0)]; k < m_cardStart[row + std::size_t(c1) + 1]; ++k) {
            const Org::Vertex v = m_cards[k];
            if (anyMoved && (m_moved[v] & 1))
                continue; // filed on the second grid
            if (layout.rects[v].intersects(rect))
                out.push_back(v);
        }
        if (anyMoved)
            for (std::uint32_t k = m_extraCardStart[row + std::size_t(c0)];
                 k < m_extraCardStart[row + std::size_t(c1) + 1]; ++k) {
                const Org::Vertex v = m_extraCardCells[k];
                if (layout.rects[v].intersects(rect))
                    out.push_back(v);
            }
    }
}

void ChartIndex::connectorsIn(const LayoutResult &layout, const QRectF &rect, std::vector<std::uint32_t> &out) const
{
    out.clear();
    if (isEmpty())
        return;
    for (std::uint32_t i : m_dotted)
        if (i < layout.connectors.size()
            && layout.connectors[i].points.boundingRect().adjusted(-1, -1, 1, 1).intersects(rect))
            out.push_back(i);
    const bool anyMoved = !m_extraLines.empty();
    auto moved = [&](Org::Vertex v) {
        if (const Connector *c = lineInto(layout, v))
            if (c->points.boundingRect().adjusted(-1, -1, 1, 1).intersects(rect))
                out.push_back(m_lineOf[v]);
    };
    auto filed = [&](Org::Vertex v) {
        if (anyMoved && (m_moved[v] & 2))
            return; // filed on the second grid
        if (m_lineBounds[v].intersects(rect))
            out.push_back(m_lineOf[v]);
    };
    for (Org::Vertex v : m_extraWide)
        moved(v);
    for (Org::Vertex v : m_wideLines)
        filed(v);
    int c0, r0, c1, r1;
    if (!cellRange(rect, QSizeF(m_cellW / 2, m_cellH / 2), c0, r0, c1, r1))
        return;
    for (int r = r0; r <= r1; ++r) {
        const std::size_t row = std::size_t(r) * std::size_t(m_cols);
        for (std::uint32_t k = m_lineStart[row + std::size_t(c0)]; k < m_lineStart[row + std::size_t(c1) + 1]; ++k)
            filed(m_lines[k]);
        if (anyMoved)
            for (std::uint32_t k = m_extraLineStart[row + std::size_t(c0)];
                 k < m_extraLineStart[row + std::size_t(c1) + 1]; ++k)
                moved(m_extraLineCells[k]);
    }
}

} // namespace org
