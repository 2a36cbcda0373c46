// SPDX-License-Identifier: MIT
#pragma once

#include "treelayout.h"

#include <memory>
#include <span>
#include <vector>

namespace org {

/// What the last IncrementalLayout::layout() or update() changed in its result,
/// for a view that re-indexes and repaints only that.
struct LayoutChange
{
    /// Everything may have changed (a full layout, or the chart's left edge moved):
    /// `moved`, `movedLines` and `region` are then empty.
    bool all = true;
    /// The order of `shown` or of `connectors` changed (indices into them are stale).
    bool orderChanged = true;
    /// The connectors before this index are the reports-to lines (by report) that were at
    /// the same indices before (their points may have changed); dotted lines come after it.
    std::size_t linesFrom = 0;
    /// Cards whose rect changed, that appeared or that disappeared.
    std::vector<Org::Vertex> moved;
    /// Report ends (`to`) of the reports-to connectors that changed, appeared or disappeared.
    std::vector<Org::Vertex> movedLines;
    /// Beside movedLines: the bounds of the line now (null: look it up, it may be gone).
    std::vector<QRectF> movedLineBounds;
    /// The old and new places of everything that changed (cards, connectors, dotted lines).
    QRectF region;
};

/// A TreeLayout that follows edits: after a full layout it keeps, for every
/// card (and block of stacked leaves) of the layout tree, its offset from its
/// manager and the contour of its subtree (left and right edge per level,
/// relative to the subtree's root: memory is the sum of the subtree heights,
/// small for real orgs). An update() re-classifies the reports of the
/// positions that changed, rebuilds the contours of their managers and of
/// every ancestor (the combine step of Buchheim–Walker, the same arithmetic
/// order of decisions as TreeLayout; each node keeps the box of its subtree,
/// which gives the bounds), then rebuilds the order of cards and connectors in
/// one breadth-first pass that places only the nodes whose final position
/// changed (a leaf moved between two teams: the cards right of the change) and
/// moves the connectors of the others over unchanged.
///
/// The result equals TreeLayout(options).layout(org, sizes) of the edited org:
/// the same shown order, connectors, truncated marks, and rects and bounds
/// within 1e-6 px (offsets are summed in another order). What it cannot
/// follow (a removed position, another largest card, a depth limit or a
/// subtree root, very deep orgs whose contours would not stay small) lays
/// out everything again, with TreeLayout itself when the contours are too big.
///
/// Usage:
/// ```
/// IncrementalLayout incremental(options);
/// LayoutResult result;
/// incremental.layout(org, sizes, result);
/// … org.setManager(v, m); …
/// incremental.update(org, sizes, collapsed, {v}, result);
/// ```
class IncrementalLayout final
{
public:
    explicit IncrementalLayout(LayoutOptions options = {});
    ~IncrementalLayout();
    IncrementalLayout(IncrementalLayout &&) noexcept;
    IncrementalLayout &operator=(IncrementalLayout &&) noexcept;

    const LayoutOptions &options() const { return m_options; }
    /// New options: the next update() lays out everything.
    void setOptions(LayoutOptions options);

    /// Lays out the whole org into `out` (as TreeLayout(options()).layout()) and
    /// keeps what later updates need. `cardSizes` as for TreeLayout.
    void layout(const Org &org, std::span<const QSizeF> cardSizes, LayoutResult &out);

    /// Brings `out`, the result of the last layout() or update(), up to date
    /// with the org after edits. `changed` lists the positions whose manager,
    /// card size, collapsed state (`collapsed`, indexed by vertex, may be
    /// shorter than the org) or assistant flag changed; appended positions
    /// need not be listed. A removed position needs layout(). Returns false
    /// when it laid out everything again.
    bool update(const Org &org, std::span<const QSizeF> cardSizes, std::span<const char> collapsed,
                std::span<const Org::Vertex> changed, LayoutResult &out);

    /// What the last layout() or update() changed.
    const LayoutChange &lastChange() const { return m_change; }
    /// False when the org is too deep to follow (every update lays out everything).
    bool isFollowing() const;

private:
    /// Writes `out` from the kept layout tree in breadth-first order (TreeLayout's).
    void writeResult(const Org &org, LayoutResult &out, bool full);

    struct State;
    LayoutOptions m_options;
    std::unique_ptr<State> m_state;
    LayoutChange m_change;
};

} // namespace org
