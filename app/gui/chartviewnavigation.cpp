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

void ChartView::fitToWindow()
{
    const QRectF b = m_scene->layoutResult().bounds.adjusted(-30, -30, 30, 30);
    if (b.isEmpty())
        return;
    const qreal f = std::min(viewport()->width() / b.width(), viewport()->height() / b.height());
    setZoom(std::min(f, 1.0));
    centerOn(b.center());
}

void ChartView::showStart()
{
    const LayoutResult &layout = m_scene->layoutResult();
    const QRectF b = layout.bounds.adjusted(-30, -30, 30, 30);
    if (b.isEmpty())
        return;
    const qreal f = std::min(viewport()->width() / b.width(), viewport()->height() / b.height());
    if (f >= 0.45 || layout.shown.empty()) {
        fitToWindow();
        return;
    }
    // Too big to read when fitted: the first manager and its direct reports.
    const Org &org = m_scene->document()->org();
    const Org::Vertex root = layout.shown.front();
    QRectF box = layout.rects[root];
    for (Org::Vertex r : org.reports(root))
        if (layout.isShown(r))
            box |= layout.rects[r];
    box.adjust(-40, -40, 40, 40);
    const qreal g = std::min(viewport()->width() / box.width(), viewport()->height() / box.height());
    setZoom(std::clamp(g, 0.6, 0.9));
    const qreal halfH = viewport()->height() / 2.0 / zoom();
    const qreal halfW = viewport()->width() / 2.0 / zoom();
    if (m_scene->orientation() == Orientation::LeftRight)
        centerOn(box.left() + halfW, box.center().y());
    else
        centerOn(box.center().x(), box.top() + halfH);
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
    if (zoom() < 0.5)
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
