// SPDX-License-Identifier: MIT
#pragma once

#include "model/org.h"

#include <QPolygonF>
#include <QRectF>
#include <QSizeF>

#include <span>
#include <vector>

namespace org {

/// Which way the chart grows: managers above their reports, or left of them.
enum class Orientation : std::uint8_t { TopDown, LeftRight };

/// What TreeLayout draws and how tightly.
struct LayoutOptions
{
    Orientation orientation = Orientation::TopDown;
    /// Stack a manager's leaf reports in one or two columns below it instead of one wide row.
    bool compact = false;
    int compactColumns = 2;          ///< at most 1 or 2 columns (groups of 3 or fewer use one)
    int compactMinLeaves = 1;        ///< fewer leaf reports than this stay in a row
    /// Collapsed positions: drawn, but their reports (and everything below) are hidden.
    /// Indexed by vertex; may be shorter than the org (missing = expanded).
    std::vector<char> collapsed;
    Org::Vertex root = Org::npos;    ///< lay out only this subtree (npos: every root)
    int maxDepth = -1;               ///< hide positions deeper than this below the root(s); -1: all
    double siblingGap = 24;          ///< between neighbouring cards of one manager (px)
    double subtreeGap = 40;          ///< between neighbouring cards of different managers
    double rootGap = 80;             ///< between separate trees of a forest
    double levelGap = 56;            ///< between a manager's card and its reports' cards
    double stackGap = 16;            ///< between stacked cards in compact mode
    QSizeF defaultCardSize{220, 90}; ///< used when no card sizes are given
    bool routeConnectors = true;     ///< false: rects only (faster for huge orgs)
};

/// One line to draw between two cards, already routed (orthogonal polyline).
struct Connector
{
    Org::Vertex from = Org::npos;    ///< manager end
    Org::Vertex to = Org::npos;      ///< report end
    EdgeKind kind = EdgeKind::ReportsTo;
    QPolygonF points;                ///< from the manager's card to the report's card
};

/// Where everything goes: one rectangle per vertex (top-left origin, px at 100 %),
/// plus routed connectors. Coordinates start at (0, 0); bounds() holds them all.
struct LayoutResult
{
    std::vector<QRectF> rects;       ///< indexed by vertex; null rect = not shown (empty: see shownRects)
    std::vector<Org::Vertex> shown;  ///< shown vertices, managers before their reports
    /// Only from TreeLayout::layoutPart(), which leaves `rects` empty: the
    /// rectangle of shown[i] (memory for the cards shown, not the whole org).
    std::vector<QRectF> shownRects;
    std::vector<Connector> connectors; ///< reports-to lines first, then dotted lines
    /// Shown positions whose reports are hidden (collapsed, depth limit): draw a marker.
    std::vector<Org::Vertex> truncated;
    QRectF bounds;
    Orientation orientation = Orientation::TopDown; ///< as laid out

    bool isShown(Org::Vertex v) const { return v < rects.size() && !rects[v].isNull(); }
    /// The rectangle of shown[i], from either kind of result.
    const QRectF &shownRect(std::size_t i) const { return shownRects.empty() ? rects[shown[i]] : shownRects[i]; }
};

/// What TreeLayout needs to know about a whole org, computed once for many
/// layouts of parts of it (the pages of a paged export): the reports index and
/// the largest card.
struct LayoutIndex
{
    Org::ChildIndex children;
    QSizeF largestCard;              ///< the widest and the tallest card (may be two cards)
};

/// Tidy-tree layout of an org chart (Buchheim–Walker, linear time, iterative:
/// a 100,000-deep chain is fine) over flat arrays built from Org::managerArray().
/// Cards may differ in size (see CardPainter::measure); managers are centred over
/// their reports, assistants (Position::assistant) sit beside their manager, the
/// trees of a forest stand side by side, and dotted lines are routed but never
/// move a card. The result depends only on the org, the sizes and the options.
///
/// Usage: `LayoutResult r = TreeLayout(opts).layout(org, painter.measure(org));`
class TreeLayout final
{
public:
    explicit TreeLayout(LayoutOptions options = {});

    /// Lays out the org. `cardSizes` is indexed by vertex (width × height at
    /// 100 %); when empty, every card has options().defaultCardSize.
    LayoutResult layout(const Org &org, std::span<const QSizeF> cardSizes = {}) const;

    /// The index for layoutPart() over this org and these card sizes: O(size of the org).
    LayoutIndex index(const Org &org, std::span<const QSizeF> cardSizes = {}) const;
    /// The same cards, connectors, marks and bounds as layout() with options()
    /// but this `root`, `maxDepth` and `compact`, in time and memory for the
    /// cards shown rather than the whole org (paging a huge org lays out many
    /// parts of it). `rects` stays empty: use shownRects / shownRect().
    LayoutResult layoutPart(const Org &org, std::span<const QSizeF> cardSizes, const LayoutIndex &index,
                            Org::Vertex root, int maxDepth, bool compact) const;

    const LayoutOptions &options() const { return m_options; }

private:
    /// `index` null: run() builds the reports index itself and frees it as soon
    /// as the layout tree is built (a whole layout at 1M: 8 MB less at its peak).
    LayoutResult run(const Org &org, std::span<const QSizeF> cardSizes, const Org::ChildIndex *index,
                     double maxDepthExtent, Org::Vertex root, int maxDepth, bool compact, bool sparse) const;

    LayoutOptions m_options;
};

} // namespace org
