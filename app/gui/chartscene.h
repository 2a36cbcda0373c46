// SPDX-License-Identifier: MIT
#pragma once

#include "layout/incrementallayout.h"
#include "layout/treelayout.h"
#include "render/chartindex.h"
#include "render/cardpainter.h"
#include "render/changemarks.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QVariantAnimation>

#include <array>
#include <memory>
#include <vector>

namespace org { class Document; }

namespace org::ui {

class ChartItem;
class ChangeArrow;

// The compare view's marks (lib/render/changemarks.h), as the app has always named them.
using org::CardChange;
using org::CardChanges;
using org::CardHighlight;

/// The org chart as a graphics scene. It holds no model of its own: it reads
/// the Document's org, lays it out with TreeLayout and paints every visible
/// card through one CardPainter (a single item paints only the exposed cards,
/// with a simplified level of detail when zoomed out, so 100,000 positions stay
/// fluent; ChartPainter, as in every export). It reacts to the Document's signals and never edits the org; views
/// call Document functions and the scene follows.
///
/// The scene also keeps what belongs to the view of the chart: the selection
/// (position ids), collapsed positions, orientation, compact mode, the drop
/// feedback shown while something is dragged over a card and, for the compare
/// view, the change marks of cards (setHighlights) and overlay arrows between
/// cards (setArrows).
class ChartScene final : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit ChartScene(Document *doc, QObject *parent = nullptr);
    ~ChartScene() override;

    Document *document() const { return m_doc; }

    /// Lays out now when something changed (cheap when nothing did).
    void ensureLayout() const;
    const LayoutResult &layoutResult() const;
    /// What the last layout changed (IncrementalLayout::lastChange): `all`, or the
    /// region of the old and new places of what moved (the minimap repaints only that).
    const LayoutChange &lastLayoutChange() const { return m_relayout.lastChange(); }
    const CardPainter &cardPainter() const { return *m_painter; }

    /// The vertex of the card under a scene point, or Org::npos.
    Org::Vertex cardAt(const QPointF &scenePos) const;
    /// The vertex whose problem badge is under a scene point, or Org::npos.
    Org::Vertex badgeAt(const QPointF &scenePos) const;
    /// The badge a card shows: its problem count and worst severity (count 0: none).
    CardBadge badge(Org::Vertex v) const { return v < m_badges.size() ? m_badges[v] : CardBadge{}; }
    /// The badge's rectangle of a position id (null when it has none or is hidden).
    QRectF badgeRect(const QString &id) const;
    /// True when the point is on a card's collapse/expand marker (sets `v`).
    bool markerAt(const QPointF &scenePos, Org::Vertex *v) const;
    /// The card's rectangle of a position id (null when hidden or unknown).
    QRectF cardRect(const QString &id) const;
    /// Positions whose cards intersect a scene rectangle.
    QStringList cardsIn(const QRectF &sceneRect) const;

    // --- selection ------------------------------------------------------------
    QStringList selectedIds() const { return m_selected; }
    /// The position last clicked or searched (the property panel shows it).
    QString currentId() const { return m_current; }
    void setSelection(const QStringList &ids, const QString &current = {});
    void toggleSelected(const QString &id);
    void clearSelectionIds() { setSelection({}); }
    bool isSelected(const QString &id) const { return m_selectedSet.contains(id); }

    // --- presentation ---------------------------------------------------------
    void setOrientation(Orientation o);
    Orientation orientation() const { return m_options.orientation; }
    void setCompact(bool compact);
    bool isCompact() const { return m_options.compact; }
    bool isCollapsed(const QString &id) const { return m_collapsed.contains(id); }
    void setCollapsed(const QString &id, bool collapsed);
    void expandAll();
    /// Collapses the positions two levels below the roots when the org is big
    /// (called when an org is opened; a readable first view).
    void collapseBelowForLargeOrgs();
    /// Collapses every position `depth` levels below a root that has reports
    /// (0: the roots), so that the chart shows `depth` + 1 levels.
    void collapseAtDepth(int depth);
    /// Expands every manager above a position so that its card is shown.
    void reveal(const QString &id);
    /// Card language (role names, "Open position").
    void setLanguage(const QString &lang);
    /// Relayout changes are animated (short) unless switched off (tests, huge orgs).
    void setAnimated(bool on) { m_animated = on; }
    bool isAnimating() const;
    /// Moves where the running relayout animation starts from by `by` (scene
    /// units): a view that scrolled by `by` to keep a card in place starts the
    /// animation from the picture the user saw.
    void shiftAnimationStart(const QPointF &by);

    /// Drop feedback: outline `target` green (accepts) or red; Org::npos clears.
    void setDropFeedback(Org::Vertex target, bool accepts);

    // --- compare view -----------------------------------------------------------
    /// Marks changed cards (keyed by position id): an outline per change in its
    /// colour (changeColor), a tag above the card naming it, and removed
    /// positions faded like ghosts. An empty map clears every mark.
    void setHighlights(QHash<QString, CardHighlight> highlights);
    const QHash<QString, CardHighlight> &highlights() const { return m_highlights; }
    /// Overlay arrows between cards, each from the first id's card to the
    /// second's (the compare view: old manager → moved position). Replaces the
    /// previous ones; they follow every relayout and hide with their cards.
    void setArrows(const QList<QPair<QString, QString>> &arrows, const QColor &color);
    const std::vector<ChangeArrow *> &arrows() const { return m_arrows; }
    /// Colour and line style of a change's outline (the legend uses them too).
    static QColor changeColor(CardChange change) { return org::changeColor(change); }
    static Qt::PenStyle changePenStyle(CardChange change) { return org::changePenStyle(change); }
    /// Name of a change for legends and tags ("New", "Removed", "Moved" …).
    static QString changeName(CardChange change);
    /// The changes in the order their outlines are drawn, innermost first.
    static const std::array<CardChange, 5> &changeOrder() { return org::changeOrder(); }
    /// Tooltip text of a card's changes, one per line (empty when unchanged).
    QString changesText(Org::Vertex v) const;

    /// Paints the cards that intersect `exposed` (used by the item and the minimap).
    void paintChart(QPainter *painter, const QRectF &exposed, qreal lod) const;
    /// Cards painted by the last paintChart() (a big chart paints only those in view).
    int lastPaintedCards() const { return m_lastPainted; }
    /// True when the chart is big enough to be painted through its spatial index.
    bool isIndexed() const { return !m_index.isEmpty(); }
    /// Tooltip text of a card: its problems, one per line (empty when none).
    QString problemsText(Org::Vertex v) const;

Q_SIGNALS:
    void selectionChanged();
    /// Emitted after each relayout (the minimap and fit use it).
    void layoutChanged();

private:
    void markDirty(bool remeasure, bool animate);
    /// Notes that v's collapsed flag changed (the next relayout re-reads only those).
    void toggled(Org::Vertex v);
    void remeasure(const QString &id);
    void rebuildPainter();
    void doLayout() const;
    void onProblemsChanged();
    QRectF displayRect(Org::Vertex v) const;
    QPointF markerCenter(const QRectF &card) const;
    void pruneSelection();
    void placeArrows() const;
    QStringList tagTexts(const CardHighlight &h) const;
    /// What a view adds to a painted card: change marks, selection, drop feedback, collapse marker.
    void decorateCard(QPainter &painter, Org::Vertex v, const QRectF &r, qreal lod) const;

    Document *m_doc;
    std::unique_ptr<CardPainter> m_painter;
    QString m_lang;
    LayoutOptions m_options;
    QSet<QString> m_collapsed;
    QStringList m_selected;
    QSet<QString> m_selectedSet;
    QString m_current;
    ChartItem *m_item = nullptr;

    // Lazily recomputed state (ensureLayout() is const for the readers).
    mutable bool m_dirty = true;
    mutable bool m_remeasure = true;
    mutable bool m_animateNext = false;
    mutable std::vector<QSizeF> m_sizes;
    mutable LayoutResult m_layout;
    /// Follows moves, appends, measured cards and collapse toggles (IncrementalLayout);
    /// anything else (options, language, removals) lays out everything.
    mutable IncrementalLayout m_relayout;
    /// Measured again or moved to another manager since the last layout.
    mutable std::vector<Org::Vertex> m_changedCards;
    mutable std::vector<Org::Vertex> m_toggledCards; ///< collapsed or expanded since the last layout
    mutable std::vector<char> m_laidOutCollapsed;    ///< collapsed flags of the last layout
    mutable std::vector<QRectF> m_fromRects;  ///< animation start (same vertex count)
    mutable ChartIndex m_index;               ///< built after a layout of many cards
    mutable int m_lastPainted = 0;
    std::vector<CardBadge> m_badges;

    QVariantAnimation *m_anim = nullptr;
    qreal m_t = 1.0;
    bool m_animated = true;
    Org::Vertex m_dropTarget = Org::npos;
    bool m_dropAccepts = false;
    QHash<QString, CardHighlight> m_highlights;
    std::vector<ChangeArrow *> m_arrows;   ///< owned by the scene (items)
};

} // namespace org::ui
