// SPDX-License-Identifier: MIT
#pragma once

#include "layout/treelayout.h"

#include <QHash>
#include <QSizeF>

#include <span>
#include <vector>

namespace org {

/// One block of cards on a page: a subtree cut at some depth, or a share of
/// the reports of a manager with too many to fit on one page.
struct PageBlock
{
    LayoutResult layout;                 ///< of this block only (layoutPart())
    QHash<Org::Vertex, int> continuedOn; ///< cut vertex → the sheet (1-based) where its reports continue
    Org::Vertex root = Org::npos;        ///< npos: the whole org
    Org::Vertex manager = Org::npos;     ///< the manager shown on another block
    int from = -1;                       ///< that block (0-based); -1 for the first
    bool share = false;                  ///< some of the manager's reports, not a subtree
};

/// One printed page: blocks one under the other.
struct PageSheet
{
    std::vector<std::size_t> blocks;     ///< indexes into PageSplit::blocks
    double height = 0;                   ///< of the blocks, captions and gaps (px at 100 %)
};

struct PageSplit
{
    std::vector<PageBlock> blocks;
    std::vector<PageSheet> sheets;
    std::vector<int> sheetOfBlock;       ///< 1-based sheet of each block
};

/// Splits a chart over pages (A4/A3 PDF export, printing) by subtree: each
/// block holds a manager and as many levels below as fit the room of a page,
/// every cut card continues in a block of its own; a manager whose reports do
/// not fit even one level deep keeps a block to itself and its reports are
/// shared out in grids over the blocks that follow. Then the blocks are packed
/// onto sheets (several small subtrees share a page; the top of the chart keeps
/// the first page to itself) and every cut card learns its sheet. Only the
/// cards of the blocks are laid out, so memory grows with the org, not with the
/// org times the pages. Geometry only: nothing is painted.
///
/// Usage: `PageSplit s = PageSplitter(org, sizes, opts).split({roomW, roomH, sheetH});`
class PageSplitter final
{
public:
    /// The room of a page in px at 100 % (layout units).
    struct Room
    {
        double width = 0;       ///< for a block
        double height = 0;      ///< for a block (a page minus the header)
        double sheetHeight = 0; ///< for the blocks of one sheet together
    };
    static constexpr double kCaptionHeight = 26; ///< "↑ reports to …" above a block that continues one
    static constexpr double kBlockGap = 24;      ///< between the blocks of a sheet

    /// `sizes`: card sizes by vertex (CardPainter::measure()); org and sizes must outlive the splitter.
    PageSplitter(const Org &org, std::span<const QSizeF> sizes, LayoutOptions options);

    /// The whole chart as one block on one sheet (a page sized to fit).
    PageSplit whole() const;
    /// The chart split over pages of `room`.
    PageSplit split(const Room &room) const;
    /// Height of a block with the room for its marks below the last level.
    double blockHeight(const PageBlock &block) const;

private:
    std::vector<PageBlock> blocks(const Room &room) const;
    PageSplit pack(std::vector<PageBlock> blocks, double sheetHeight) const;

    const Org &m_org;
    std::span<const QSizeF> m_sizes;
    LayoutOptions m_options;
};

} // namespace org
