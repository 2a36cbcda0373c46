// SPDX-License-Identifier: MIT
#include "chartscene.h"

#include "asofmark.h"
#include "changearrow.h"

#include "edit/document.h"
#include "i18n/language.h"
#include "render/chartpainter.h"
#include "rules/ruleengine.h"

#include <QGraphicsItem>
#include <QPaintDevice>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTimer>

#include <algorithm>

namespace org::ui {

namespace {
constexpr qreal kMarkerRadius = 8;
constexpr int kAnimateLimit = 3000;   ///< more shown cards: no animation
constexpr int kAutoCollapseAbove = 500; ///< bigger orgs open with three levels shown
constexpr std::size_t kIndexAbove = 2000; ///< more shown cards: paint through a spatial index
constexpr qreal kRepaintMargin = 60; ///< around moved cards: markers, badges, outlines and change tags
} // namespace

/// The one item of the scene: asks the scene to paint the exposed cards.
class ChartItem final : public QGraphicsItem
{
public:
    explicit ChartItem(const ChartScene *scene) : m_chart(scene)
    {
        setFlag(ItemUsesExtendedStyleOption);
    }
    void setBounds(const QRectF &r)
    {
        if (r == m_bounds)
            return;
        prepareGeometryChange();
        m_bounds = r;
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
        // QGraphicsScene::render() exposes the whole item and clips: paint only what the
        // clip and the device let through (a huge chart paints the cards in view).
        QRectF exposed = option->exposedRect;
        if (painter->hasClipping())
            exposed &= painter->clipBoundingRect();
        if (painter->device() && painter->worldTransform().isInvertible())
            exposed &= painter->worldTransform().inverted().mapRect(QRectF(QPointF(0, 0),
                                                                          QSizeF(painter->device()->width(),
                                                                                 painter->device()->height())));
        if (exposed.isEmpty())
            return;
        m_chart->paintChart(painter, exposed, lod);
    }

private:
    const ChartScene *m_chart;
    QRectF m_bounds;
};

ChartScene::ChartScene(Document *doc, QObject *parent)
    : QGraphicsScene(parent), m_doc(doc), m_lang(org::language())
{
    setItemIndexMethod(NoIndex);
    setBackgroundBrush(QColor(0xf3, 0xf4, 0xf6));
    rebuildPainter();
    m_item = new ChartItem(this);
    addItem(m_item);

    m_anim = new QVariantAnimation(this);
    m_anim->setStartValue(0.0);
    m_anim->setEndValue(1.0);
    m_anim->setDuration(180);
    m_anim->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_anim, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_t = v.toReal();
        update();
    });
    connect(m_anim, &QVariantAnimation::finished, this, [this] {
        m_t = 1.0;
        m_fromRects.clear();
        update();
    });

    connect(doc, &Document::orgReset, this, [this] {
        m_collapsed.clear();
        collapseBelowForLargeOrgs();
        m_selected.clear();
        m_selectedSet.clear();
        m_current.clear();
        markDirty(true, false);
        Q_EMIT selectionChanged();
    });
    connect(doc, &Document::positionChanged, this, [this](const QString &id) { remeasure(id); });
    connect(doc, &Document::positionAdded, this, [this](const QString &id) { remeasure(id); });
    connect(doc, &Document::positionRemoved, this, [this](const QString &id) {
        m_collapsed.remove(id);
        pruneSelection();
        markDirty(true, false);
    });
    connect(doc, &Document::managerChanged, this, [this](const QString &id, const QString &, const QString &) {
        // The one position whose manager changed: the relayout follows it (no scan of every manager).
        const Org::Vertex v = m_doc->find(id);
        if (v != Org::npos)
            m_changedCards.push_back(v);
        markDirty(v == Org::npos, true);
    });
    connect(doc, &Document::dottedLinesChanged, this, [this](const QString &) { markDirty(false, false); });
    // One step changed many positions (apply changes, fix all, bulk edit): measure and lay out once.
    connect(doc, &Document::positionsChanged, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            if (m_doc->find(id) == Org::npos)
                m_collapsed.remove(id);
        pruneSelection();
        markDirty(true, true);
    });
    connect(doc, &Document::problemsChanged, this, &ChartScene::onProblemsChanged);
    connect(doc, &Document::asOfChanged, this, [this] { update(); });
    connect(doc, &Document::settingsChanged, this, [this] {
        rebuildPainter();
        markDirty(true, false);
    });
    onProblemsChanged();
}

ChartScene::~ChartScene() = default;

void ChartScene::rebuildPainter()
{
    m_painter = std::make_unique<CardPainter>(CardStyle{}, m_doc->roles(), Translator(m_lang));
}

void ChartScene::setLanguage(const QString &lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    rebuildPainter();
    markDirty(true, false);
}

void ChartScene::markDirty(bool remeasure, bool animate)
{
    const bool wasDirty = m_dirty;
    m_dirty = true;
    m_remeasure = m_remeasure || remeasure;
    m_animateNext = (wasDirty ? m_animateNext : true) && animate;
    if (!wasDirty) {
        // Keep the old rects for the animation before they are replaced.
        QTimer::singleShot(0, this, [this] { ensureLayout(); });
    }
    // No repaint here: the layout repaints what it moved (all of it after a full layout).
}

void ChartScene::remeasure(const QString &id)
{
    // One card changed or was appended: measure it alone (a million cards take a while).
    const Org &org = m_doc->org();
    const Org::Vertex v = org.find(id);
    const std::size_t n = std::size_t(org.size());
    if (!m_remeasure && v != Org::npos && (m_sizes.size() == n || (m_sizes.size() + 1 == n && v + 1 == n))) {
        m_sizes.resize(n);
        m_sizes[v] = m_painter->measure(org, v);
        m_changedCards.push_back(v);
        markDirty(false, true);
        return;
    }
    markDirty(true, true);
}

void ChartScene::ensureLayout() const
{
    if (m_dirty)
        doLayout();
}

const LayoutResult &ChartScene::layoutResult() const
{
    ensureLayout();
    return m_layout;
}

void ChartScene::doLayout() const
{
    auto *self = const_cast<ChartScene *>(this);
    const Org &org = m_doc->org();
    const std::size_t n = std::size_t(org.size());
    // Everything measured again (language, settings, an org opened, a position removed): a full layout.
    const bool full = m_remeasure || m_sizes.size() != n;
    if (full)
        m_sizes = m_painter->measure(org);
    m_remeasure = false;

    LayoutOptions opts = m_options;
    opts.routeConnectors = true;

    const bool animate = m_animated && m_animateNext && m_layout.shown.size() <= std::size_t(kAnimateLimit);
    std::vector<QRectF> from;
    if (animate)
        from = m_layout.rects; // a small chart: the old rects to animate from (mid-animation included)

    const LayoutOptions &kept = m_relayout.options();
    bool incremental = false;
    if (!full && kept.orientation == opts.orientation && kept.compact == opts.compact
        && m_laidOutCollapsed.size() <= n) {
        // What changed since the last layout, as the Document's signals and the collapse
        // toggles named it: measured cards, moved positions, collapsed flags (appended
        // positions are expanded).
        std::vector<char> &collapsed = m_laidOutCollapsed;
        collapsed.resize(n, 0);
        std::vector<Org::Vertex> changed = std::move(m_changedCards);
        for (const Org::Vertex v : m_toggledCards) {
            if (v >= n)
                continue;
            collapsed[v] = m_collapsed.contains(org.position(v).id) ? 1 : 0;
            changed.push_back(v);
        }
        incremental = m_relayout.update(org, m_sizes, collapsed, changed, m_layout);
    } else {
        opts.collapsed.assign(n, 0);
        for (const QString &id : m_collapsed) {
            const Org::Vertex v = org.find(id);
            if (v != Org::npos)
                opts.collapsed[v] = 1;
        }
        m_relayout.setOptions(opts);
        m_relayout.layout(org, m_sizes, m_layout);
        m_laidOutCollapsed = std::move(opts.collapsed);
    }
    m_changedCards.clear();
    m_toggledCards.clear();
    m_dirty = false;
    const LayoutChange &change = m_relayout.lastChange();
    const bool partial = incremental && !change.all;

    m_animateNext = false;
    if (animate && from.size() == m_layout.rects.size() && m_layout.shown.size() <= std::size_t(kAnimateLimit)) {
        m_fromRects = std::move(from);
        self->m_t = 0.0;
        m_anim->stop();
        m_anim->start();
    } else {
        m_fromRects.clear();
        self->m_t = 1.0;
    }

    if (m_layout.shown.size() <= kIndexAbove)
        m_index.clear();
    else if (partial)
        m_index.update(m_layout, change); // files only the cards that moved (or rebuilds when cheaper)
    else
        m_index.build(m_layout);
    placeArrows();
    const QRectF b = m_layout.bounds.adjusted(-40, -40, 40, 40);
    // A new bounding rect repaints the whole item: after a partial relayout keep
    // the old one while the chart still fits it and fills most of it.
    const QRectF held = m_item->boundingRect();
    const bool keep = partial && held.contains(b) && b.width() * b.height() > 0.5 * held.width() * held.height();
    if (!keep) {
        m_item->setBounds(b);
        self->setSceneRect(b.adjusted(-400, -300, 400, 300));
    }
    Q_EMIT self->layoutChanged();
    if (partial && m_t >= 1.0) {
        // Only where cards and lines moved, with room for what views draw around
        // a card (selection, badges, collapse markers, change tags).
        if (!change.region.isNull())
            self->update(change.region.adjusted(-kRepaintMargin, -kRepaintMargin, kRepaintMargin, kRepaintMargin));
    } else {
        self->update();
    }
}

bool ChartScene::isAnimating() const
{
    return m_anim->state() == QAbstractAnimation::Running;
}

void ChartScene::shiftAnimationStart(const QPointF &by)
{
    if (m_t >= 1.0)
        return;
    for (QRectF &r : m_fromRects)
        if (!r.isNull())
            r.translate(by);
    update();
}

void ChartScene::onProblemsChanged()
{
    const Org &org = m_doc->org();
    const ProblemChanges &changes = m_doc->problemChanges();
    if (changes.all || m_badges.size() > std::size_t(org.size())) {
        m_badges = CardPainter::badges(org, m_doc->problems());
        update();
        return;
    }
    // Only the badges of the positions whose problems changed (an edit re-checks a few).
    m_badges.resize(std::size_t(org.size()));
    const bool inPlace = !m_dirty && m_t >= 1.0 && m_layout.rects.size() == m_badges.size();
    for (const ProblemChanges::At &at : changes.positions) {
        if (at.position >= m_badges.size())
            continue;
        m_badges[at.position] = CardBadge::of(m_doc->problemCountsAt(at.position));
        if (inPlace && m_layout.isShown(at.position))
            update(m_layout.rects[at.position].adjusted(-16, -16, 16, 16)); // the badge overhangs the card
    }
    if (!inPlace)
        update();
}

QRectF ChartScene::displayRect(Org::Vertex v) const
{
    const QRectF &to = m_layout.rects[v];
    if (m_t >= 1.0 || v >= m_fromRects.size() || m_fromRects[v].isNull())
        return to;
    const QRectF &from = m_fromRects[v];
    const qreal t = m_t;
    return {from.x() + (to.x() - from.x()) * t, from.y() + (to.y() - from.y()) * t, to.width(),
            to.height()};
}

QPointF ChartScene::markerCenter(const QRectF &card) const
{
    if (m_options.orientation == Orientation::LeftRight)
        return {card.right() + kMarkerRadius + 2, card.center().y()};
    return {card.center().x(), card.bottom() + kMarkerRadius + 2};
}

void ChartScene::paintChart(QPainter *painter, const QRectF &exposed, qreal lod) const
{
    ensureLayout();
    const Org &org = m_doc->org();
    if (org.isEmpty() || m_layout.rects.size() != std::size_t(org.size()))
        return;
    ChartPaintOptions options;
    options.clip = exposed;
    options.lod = lod;
    if (m_t < 1.0)
        options.animatedRect = [this](Org::Vertex v) { return displayRect(v); };
    options.decorate = [this, lod](QPainter &p, Org::Vertex v, const QRectF &r) { decorateCard(p, v, r, lod); };
    options.index = m_index.isEmpty() ? nullptr : &m_index;
    options.paintedCards = &m_lastPainted;
    ChartPainter(org, *m_painter, m_badges).paint(*painter, m_layout, options);
}

void ChartScene::decorateCard(QPainter &painter, Org::Vertex v, const QRectF &r, qreal lod) const
{
    const Org &org = m_doc->org();
    const Position &p = org.position(v);
    const CardStyle &style = m_painter->style();
    paintAsOfMark(painter, p, m_doc->asOf(), style, r, lod); // the org as of a date: later and past seats faded
    if (!m_highlights.isEmpty()) {
        const auto h = m_highlights.constFind(p.id);
        if (h != m_highlights.cend())
            paintChangeMarks(painter, style, r, h->changes, lod < 0.3 ? QStringList() : tagTexts(*h), lod);
    }
    if (m_selectedSet.contains(p.id)) {
        painter.setPen(QPen(QColor(0x25, 0x63, 0xeb), lod < 0.3 ? 0 : 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 8, 8);
    }
    if (v == m_dropTarget) {
        const QColor c = m_dropAccepts ? QColor(0x16, 0xa3, 0x4a) : QColor(0xdc, 0x26, 0x26);
        QColor fill = c;
        fill.setAlpha(40);
        painter.setPen(QPen(c, lod < 0.3 ? 0 : 3, Qt::SolidLine));
        painter.setBrush(fill);
        painter.drawRoundedRect(r.adjusted(-5, -5, 5, 5), 9, 9);
    }
    // Collapse/expand marker under managers.
    if (lod >= 0.3 && org.reportCount(v) > 0) {
        const QPointF c = markerCenter(r);
        const bool collapsed = m_collapsed.contains(p.id);
        painter.setPen(QPen(style.connector, 1.2));
        painter.setBrush(collapsed ? QColor(0x25, 0x63, 0xeb) : style.background);
        painter.drawEllipse(c, kMarkerRadius, kMarkerRadius);
        painter.setPen(QPen(collapsed ? Qt::white : style.text, 1.6));
        painter.drawLine(QPointF(c.x() - 4, c.y()), QPointF(c.x() + 4, c.y()));
        if (collapsed)
            painter.drawLine(QPointF(c.x(), c.y() - 4), QPointF(c.x(), c.y() + 4));
    }
}

// --- compare view -----------------------------------------------------------------------

QString ChartScene::changeName(CardChange change)
{
    switch (change) {
    case CardChange::Added: return tr("New");
    case CardChange::Removed: return tr("Removed");
    case CardChange::Moved: return tr("Moved");
    case CardChange::RoleChanged: return tr("Role changed");
    case CardChange::TeamChanged: return tr("Team changed");
    }
    return {};
}

void ChartScene::setHighlights(QHash<QString, CardHighlight> highlights)
{
    m_highlights = std::move(highlights);
    update();
}

void ChartScene::setArrows(const QList<QPair<QString, QString>> &arrows, const QColor &color)
{
    for (ChangeArrow *a : m_arrows) {
        removeItem(a);
        delete a;
    }
    m_arrows.clear();
    for (const auto &[from, to] : arrows) {
        auto *a = new ChangeArrow(from, to, color);
        addItem(a);
        m_arrows.push_back(a);
    }
    ensureLayout();
    placeArrows();
}

void ChartScene::placeArrows() const
{
    const Org &org = m_doc->org();
    auto rectOf = [&](const QString &id) -> QRectF {
        const Org::Vertex v = org.find(id);
        return v != Org::npos && m_layout.isShown(v) ? m_layout.rects[v] : QRectF();
    };
    for (ChangeArrow *a : m_arrows)
        a->setEnds(rectOf(a->fromId()), rectOf(a->toId()));
}

QStringList ChartScene::tagTexts(const CardHighlight &h) const
{
    QStringList tags;
    for (CardChange c : changeOrder()) {
        if (!h.changes.testFlag(c))
            continue;
        if (c == CardChange::RoleChanged && !h.roleNote.isEmpty())
            tags << h.roleNote;
        else if (c == CardChange::TeamChanged && !h.teamNote.isEmpty())
            tags << tr("Team: %1").arg(h.teamNote);
        else
            tags << changeName(c);
    }
    return tags;
}

QString ChartScene::changesText(Org::Vertex v) const
{
    const Org &org = m_doc->org();
    if (v >= Org::Vertex(org.size()))
        return {};
    const auto h = m_highlights.constFind(org.position(v).id);
    if (h == m_highlights.cend())
        return {};
    QStringList lines;
    for (CardChange c : changeOrder()) {
        if (!h->changes.testFlag(c))
            continue;
        QString line = QStringLiteral("• ") + changeName(c);
        if (c == CardChange::RoleChanged && !h->roleNote.isEmpty())
            line += QStringLiteral(": ") + h->roleNote;
        else if (c == CardChange::TeamChanged && !h->teamNote.isEmpty())
            line += QStringLiteral(": ") + h->teamNote;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

Org::Vertex ChartScene::cardAt(const QPointF &pos) const
{
    ensureLayout();
    if (!m_index.isEmpty()) {
        // Cards of a tidy tree do not overlap: the first one that holds the point.
        std::vector<Org::Vertex> hits;
        m_index.cardsIn(m_layout, QRectF(pos, QSizeF(0.01, 0.01)), hits);
        for (Org::Vertex v : hits)
            if (m_layout.rects[v].contains(pos))
                return v;
        return Org::npos;
    }
    // Reverse order: cards painted last win.
    for (auto it = m_layout.shown.rbegin(); it != m_layout.shown.rend(); ++it)
        if (m_layout.rects[*it].contains(pos))
            return *it;
    return Org::npos;
}

Org::Vertex ChartScene::badgeAt(const QPointF &pos) const
{
    ensureLayout();
    for (auto it = m_layout.shown.rbegin(); it != m_layout.shown.rend(); ++it) {
        const Org::Vertex v = *it;
        if (v < m_badges.size() && m_badges[v].count > 0
            && CardPainter::badgeRect(m_layout.rects[v], m_badges[v].count).contains(pos))
            return v;
    }
    return Org::npos;
}

QRectF ChartScene::badgeRect(const QString &id) const
{
    ensureLayout();
    const Org::Vertex v = m_doc->find(id);
    if (v == Org::npos || !m_layout.isShown(v) || v >= m_badges.size())
        return {};
    return CardPainter::badgeRect(m_layout.rects[v], m_badges[v].count);
}

bool ChartScene::markerAt(const QPointF &pos, Org::Vertex *v) const
{
    ensureLayout();
    const Org &org = m_doc->org();
    std::vector<Org::Vertex> near;
    if (!m_index.isEmpty())
        m_index.cardsIn(m_layout, QRectF(pos - QPointF(30, 30), QSizeF(60, 60)), near);
    const std::size_t count = m_index.isEmpty() ? m_layout.shown.size() : near.size();
    for (std::size_t i = 0; i < count; ++i) {
        const Org::Vertex u = m_index.isEmpty() ? m_layout.shown[i] : near[i];
        const QRectF &r = m_layout.rects[u];
        if (!r.adjusted(-30, -30, 30, 30).contains(pos))
            continue;
        const QPointF d = pos - markerCenter(r);
        if (d.x() * d.x() + d.y() * d.y() <= (kMarkerRadius + 2) * (kMarkerRadius + 2)
            && org.reportCount(u) > 0) {
            if (v)
                *v = u;
            return true;
        }
    }
    return false;
}

QRectF ChartScene::cardRect(const QString &id) const
{
    ensureLayout();
    const Org::Vertex v = m_doc->find(id);
    if (v == Org::npos || !m_layout.isShown(v))
        return {};
    return m_layout.rects[v];
}

QStringList ChartScene::cardsIn(const QRectF &rect) const
{
    ensureLayout();
    QStringList out;
    const Org &org = m_doc->org();
    if (!m_index.isEmpty()) {
        std::vector<Org::Vertex> hits;
        m_index.cardsIn(m_layout, rect, hits);
        std::sort(hits.begin(), hits.end());
        for (Org::Vertex v : hits)
            out << org.position(v).id;
        return out;
    }
    for (Org::Vertex v : m_layout.shown)
        if (m_layout.rects[v].intersects(rect))
            out << org.position(v).id;
    return out;
}

void ChartScene::setSelection(const QStringList &ids, const QString &current)
{
    QString cur = current;
    if (cur.isEmpty() && !ids.isEmpty())
        cur = ids.contains(m_current) ? m_current : ids.last();
    if (ids == m_selected && cur == m_current)
        return;
    m_selected = ids;
    m_selectedSet = QSet<QString>(ids.begin(), ids.end());
    m_current = cur;
    update();
    Q_EMIT selectionChanged();
}

void ChartScene::toggleSelected(const QString &id)
{
    QStringList ids = m_selected;
    if (ids.contains(id)) {
        ids.removeAll(id);
        setSelection(ids, ids.isEmpty() ? QString() : ids.last());
    } else {
        ids << id;
        setSelection(ids, id);
    }
}

void ChartScene::pruneSelection()
{
    QStringList kept;
    for (const QString &id : std::as_const(m_selected))
        if (m_doc->find(id) != Org::npos)
            kept << id;
    if (kept != m_selected || (!m_current.isEmpty() && m_doc->find(m_current) == Org::npos)) {
        m_selected = kept;
        m_selectedSet = QSet<QString>(kept.begin(), kept.end());
        if (m_doc->find(m_current) == Org::npos)
            m_current = kept.isEmpty() ? QString() : kept.last();
        Q_EMIT selectionChanged();
    }
}

void ChartScene::setOrientation(Orientation o)
{
    if (o == m_options.orientation)
        return;
    m_options.orientation = o;
    markDirty(false, false);
}

void ChartScene::setCompact(bool compact)
{
    if (compact == m_options.compact)
        return;
    m_options.compact = compact;
    markDirty(false, true);
}

void ChartScene::setCollapsed(const QString &id, bool collapsed)
{
    if (collapsed == m_collapsed.contains(id))
        return;
    if (collapsed)
        m_collapsed.insert(id);
    else
        m_collapsed.remove(id);
    toggled(m_doc->find(id));
    markDirty(false, true);
}

void ChartScene::toggled(Org::Vertex v)
{
    if (v != Org::npos)
        m_toggledCards.push_back(v);
}

void ChartScene::collapseBelowForLargeOrgs()
{
    const Org &org = m_doc->org();
    if (org.size() <= kAutoCollapseAbove)
        return;
    // A big org opens with its top three levels; the rest is one click away.
    collapseAtDepth(2);
}

void ChartScene::collapseAtDepth(int level)
{
    const Org &org = m_doc->org();
    const std::vector<Org::Vertex> managers = org.managerArray();
    std::vector<int> depth(std::size_t(org.size()), 0);
    bool changed = false;
    for (Org::Vertex v : org.preorder()) {
        const Org::Vertex m = managers[v];
        depth[v] = m == Org::npos ? 0 : depth[m] + 1;
        if (depth[v] == level && org.reportCount(v) > 0 && !m_collapsed.contains(org.position(v).id)) {
            m_collapsed.insert(org.position(v).id);
            toggled(v);
            changed = true;
        }
    }
    if (changed)
        markDirty(false, false);
}

void ChartScene::expandAll()
{
    if (m_collapsed.isEmpty())
        return;
    for (const QString &id : std::as_const(m_collapsed))
        toggled(m_doc->find(id));
    m_collapsed.clear();
    markDirty(false, true);
}

void ChartScene::reveal(const QString &id)
{
    const Org &org = m_doc->org();
    Org::Vertex v = org.find(id);
    if (v == Org::npos)
        return;
    bool changed = false;
    for (Org::Vertex m = org.manager(v); m != Org::npos; m = org.manager(m)) {
        if (m_collapsed.remove(org.position(m).id)) {
            toggled(m);
            changed = true;
        }
    }
    if (changed)
        markDirty(false, false);
}

void ChartScene::setDropFeedback(Org::Vertex target, bool accepts)
{
    if (target == m_dropTarget && accepts == m_dropAccepts)
        return;
    m_dropTarget = target;
    m_dropAccepts = accepts;
    update();
}

QString ChartScene::problemsText(Org::Vertex v) const
{
    const RuleEngine engine(m_doc->roles(), m_doc->ruleSettings());
    QStringList lines;
    for (const Problem &p : m_doc->problemsAt(v)) {
        lines << QStringLiteral("• ") + RuleEngine::ruleName(p.rule) + QStringLiteral(": ")
                     + engine.message(p, m_doc->org());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace org::ui
