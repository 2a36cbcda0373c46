// SPDX-License-Identifier: MIT
// ChartView's navigation: zoom (wheel, Ctrl +/−, fit, 100 %), the first view of
// a chart and centring on a position.
#include "chartview.h"

#include "chartscene.h"
#include "edit/document.h"
#include "minimap.h"

#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace org::ui {

namespace {
constexpr qreal kMinZoom = 0.02;
constexpr qreal kMaxZoom = 4.0;
} // namespace

qreal ChartView::zoom() const
{
    return transform().m11();
}

void ChartView::setZoom(qreal factor)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    const ViewportAnchor old = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setTransform(QTransform::fromScale(factor, factor));
    setTransformationAnchor(old);
    Q_EMIT zoomChanged(factor);
    m_minimap->update();
}

void ChartView::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const qreal f = target / zoom();
    scale(f, f);
    Q_EMIT zoomChanged(zoom());
    m_minimap->update();
}

void ChartView::zoomIn()
{
    const ViewportAnchor old = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(1.25);
    setTransformationAnchor(old);
}

void ChartView::zoomOut()
{
    const ViewportAnchor old = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(0.8);
    setTransformationAnchor(old);
}

namespace {
constexpr qreal kFitMargin = 30; ///< scene px around what a fit shows

/// The rectangles of each level of the shown tree (roots = level 0), united.
std::vector<QRectF> levelBounds(const Org &org, const LayoutResult &layout)
{
    std::vector<QRectF> levels;
    std::vector<int> depth(layout.rects.size(), 0);
    for (std::size_t i = 0; i < layout.shown.size(); ++i) {
        const Org::Vertex v = layout.shown[i];
        const Org::Vertex m = org.manager(v);
        // Managers come before their reports in `shown`.
        depth[v] = m != Org::npos && layout.isShown(m) ? depth[m] + 1 : 0;
        if (std::size_t(depth[v]) >= levels.size())
            levels.resize(std::size_t(depth[v]) + 1);
        levels[std::size_t(depth[v])] |= layout.shownRect(i);
    }
    return levels;
}
} // namespace

qreal ChartView::readableZoom() const
{
    return kReadableTextPx / m_scene->cardPainter().style().nameFontPx;
}

qreal ChartView::fitZoom(const QRectF &sceneRect) const
{
    const QRectF b = sceneRect.adjusted(-kFitMargin, -kFitMargin, kFitMargin, kFitMargin);
    return std::min(viewport()->width() / b.width(), viewport()->height() / b.height());
}

void ChartView::showFromStart(qreal factor, qreal across, qreal start)
{
    setZoom(factor);
    const qreal halfW = viewport()->width() / 2.0 / zoom();
    const qreal halfH = viewport()->height() / 2.0 / zoom();
    if (m_scene->orientation() == Orientation::LeftRight)
        centerOn(start - kFitMargin + halfW, across);
    else
        centerOn(across, start - kFitMargin + halfH);
    m_minimap->update();
}

void ChartView::fitToWindow()
{
    const LayoutResult &layout = m_scene->layoutResult();
    const QRectF all = layout.bounds;
    if (all.isEmpty() || layout.shown.empty())
        return;
    const qreal readable = readableZoom();
    if (fitZoom(all) >= readable) {
        setZoom(std::min(fitZoom(all), 1.0));
        centerOn(all.center());
        m_minimap->update();
        return;
    }
    // Too big to read whole: an overview of the top levels at the readable zoom,
    // centred on the levels that fit (at least the first row).
    const bool leftRight = m_scene->orientation() == Orientation::LeftRight;
    const std::vector<QRectF> levels = levelBounds(m_scene->document()->org(), layout);
    QRectF top = levels.front();
    for (std::size_t i = 1; i < levels.size() && fitZoom(top | levels[i]) >= readable; ++i)
        top |= levels[i];
    if (fitZoom(top) < readable) // even the first row is too wide: centre on the first root
        top = layout.shownRect(0);
    showFromStart(readable, leftRight ? top.center().y() : top.center().x(), leftRight ? all.left() : all.top());
}

void ChartView::showStart()
{
    const LayoutResult &layout = m_scene->layoutResult();
    if (layout.bounds.isEmpty() || layout.shown.empty())
        return;
    const qreal readable = readableZoom();
    if (fitZoom(layout.bounds) >= readable) {
        fitToWindow();
        return;
    }
    // Too big to read when fitted: the first root and its direct reports, as
    // many as fit at a readable zoom, centred on the root.
    const Org &org = m_scene->document()->org();
    const Org::Vertex root = layout.shown.front();
    const QRectF rootRect = layout.shownRect(0);
    QRectF box = rootRect;
    for (Org::Vertex r : org.reports(root))
        if (layout.isShown(r))
            box |= layout.rects[r];
    const qreal g = fitZoom(box);
    const bool leftRight = m_scene->orientation() == Orientation::LeftRight;
    const QRectF centre = g >= readable ? box : rootRect;
    showFromStart(std::clamp(g, readable, 1.0), leftRight ? centre.center().y() : centre.center().x(),
                  leftRight ? box.left() : box.top());
}

void ChartView::showOpened()
{
    const auto reportsFit = [this] {
        const LayoutResult &layout = m_scene->layoutResult();
        if (layout.shown.empty() || fitZoom(layout.bounds) >= readableZoom())
            return true;
        const Org::Vertex root = layout.shown.front();
        QRectF box = layout.shownRect(0);
        for (Org::Vertex r : m_scene->document()->org().reports(root))
            if (layout.isShown(r))
                box |= layout.rects[r];
        return fitZoom(box) >= readableZoom();
    };
    // Wide subtrees push a root's reports apart: show fewer levels until they fit.
    for (int depth : {2, 1}) {
        if (reportsFit())
            break;
        m_scene->collapseAtDepth(depth);
    }
    showStart();
}

void ChartView::keepCardAt(const QString &id, const QPointF &viewPos)
{
    const QRectF r = m_scene->cardRect(id); // lays out now
    if (r.isNull())
        return;
    // Scroll by how far the card is from where it should be (scene units).
    const QPointF shift = r.center() - mapToScene(viewPos.toPoint());
    const QPointF before = mapToScene(viewport()->rect().center());
    followSceneRect(mapToScene(viewport()->rect()).boundingRect().translated(shift));
    centerOn(before + shift);
    // The animation starts from the picture the user saw.
    m_scene->shiftAnimationStart(mapToScene(viewport()->rect().center()) - before);
    m_minimap->update();
}

void ChartView::actualSize()
{
    setZoom(1.0);
}

void ChartView::centerOnId(const QString &id, bool select)
{
    m_scene->reveal(id);
    const QRectF r = m_scene->cardRect(id);
    if (r.isNull())
        return;
    if (select)
        m_scene->setSelection({id}, id);
    if (zoom() < readableZoom())
        setZoom(0.8);
    centerOn(r.center());
    m_minimap->update();
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

} // namespace org::ui
