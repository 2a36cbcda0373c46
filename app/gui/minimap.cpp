// SPDX-License-Identifier: MIT
#include "minimap.h"

#include "chartscene.h"
#include "chartview.h"

#include "render/chartpainter.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTimer>

#include <utility>

namespace org::ui {

namespace {
constexpr qreal kChangeMargin = 60; ///< around moved cards (scene units), as the chart repaints them
constexpr int kDelayMs = 120;       ///< after the last change
constexpr qint64 kMaxDelayMs = 1000; ///< after the first of a run of changes
} // namespace

Minimap::Minimap(ChartView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setObjectName(QStringLiteral("minimap"));
    setCursor(Qt::PointingHandCursor);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &Minimap::render);
}

void Minimap::chartChanged()
{
    const LayoutChange &change = m_view->chartScene()->lastLayoutChange();
    if (change.all)
        m_whole = true;
    else if (!change.region.isNull())
        m_changed |= change.region;
    else
        return; // nothing moved
    schedule();
}

void Minimap::schedule()
{
    // Painted when the edits pause (a run of drops on a big chart is not slowed by
    // its overview), and at least once a second while they go on.
    if (!m_timer->isActive())
        m_pending.start();
    if (m_pending.elapsed() < kMaxDelayMs)
        m_timer->start();
}

void Minimap::renderAll()
{
    m_whole = true;
    schedule();
}

void Minimap::badgesChanged()
{
    // The overview of a big chart paints boxes without badges: nothing to redo.
    if (!m_bounds.isEmpty() && !ChartPainter::paintsBadges(chartToWidget().m11()))
        return;
    renderAll();
}

void Minimap::renderPending()
{
    if (m_timer->isActive())
        render();
}

void Minimap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    renderAll();
}

QTransform Minimap::chartToWidget() const
{
    if (m_bounds.isEmpty())
        return {};
    const QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6);
    const qreal s = std::min(area.width() / m_bounds.width(), area.height() / m_bounds.height());
    const qreal ox = area.left() + (area.width() - m_bounds.width() * s) / 2 - m_bounds.left() * s;
    const qreal oy = area.top() + (area.height() - m_bounds.height() * s) / 2 - m_bounds.top() * s;
    return QTransform(s, 0, 0, s, ox, oy);
}

void Minimap::render()
{
    ChartScene *scene = m_view->chartScene();
    const QRectF bounds = scene->layoutResult().bounds; // a pending layout reports its change first
    m_timer->stop();
    const qreal dpr = devicePixelRatioF();
    // Painting a million boxes takes a while: after a partial relayout in the same
    // bounds only the image around what moved is painted again. A running
    // animation (small charts) paints cards between two places: all of it.
    // The image keeps its scale while the chart still fits it and fills most of it
    // (a card moved to and fro changes the chart's width a little each time).
    const bool fits = m_bounds.contains(bounds)
                      && bounds.width() * bounds.height() > 0.8 * m_bounds.width() * m_bounds.height();
    const bool whole = m_whole || !fits || m_image.size() != size() * dpr
                       || !qFuzzyCompare(m_image.devicePixelRatio(), dpr) || scene->isAnimating();
    const QRectF changed = std::exchange(m_changed, QRectF());
    m_whole = false;
    if (whole) {
        m_bounds = bounds;
        m_image = QImage(size() * dpr, QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(dpr);
        m_image.fill(Qt::transparent);
        m_lastRendered = rect();
        if (!m_bounds.isEmpty()) {
            QPainter p(&m_image);
            const QTransform t = chartToWidget();
            p.setTransform(t);
            scene->paintChart(&p, m_bounds, t.m11());
        }
        update();
        return;
    }
    const QTransform t = chartToWidget();
    // Whole pixels around the region (and what is drawn around a card: badges, outlines).
    const QRect area = t.mapRect(changed.adjusted(-kChangeMargin, -kChangeMargin, kChangeMargin, kChangeMargin))
                           .toAlignedRect()
                           .adjusted(-1, -1, 1, 1)
                       & rect();
    m_lastRendered = area;
    if (area.isEmpty() || m_bounds.isEmpty())
        return;
    QPainter p(&m_image);
    p.setCompositionMode(QPainter::CompositionMode_Source);
    p.fillRect(area, Qt::transparent);
    p.setCompositionMode(QPainter::CompositionMode_SourceOver);
    p.setClipRect(area);
    p.setTransform(t);
    scene->paintChart(&p, t.inverted().mapRect(QRectF(area)), t.m11());
    p.end();
    update(area);
}

void Minimap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), QColor(0xe5, 0xe7, 0xeb));
    // A hairline on the side that meets the chart.
    p.setPen(QPen(QColor(0x9c, 0xa3, 0xaf), 1));
    if (width() > height())
        p.drawLine(QPointF(0, 0.5), QPointF(width(), 0.5));
    else
        p.drawLine(QPointF(0.5, 0), QPointF(0.5, height()));
    p.drawImage(0, 0, m_image);
    if (m_bounds.isEmpty())
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QRectF r = chartToWidget().mapRect(visible).intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
    p.setPen(QPen(QColor(0x25, 0x63, 0xeb), 1.5));
    p.setBrush(QColor(0x25, 0x63, 0xeb, 30));
    p.drawRect(r);
}

void Minimap::centerAt(const QPoint &pos)
{
    bool ok = false;
    const QTransform inv = chartToWidget().inverted(&ok);
    if (ok)
        m_view->centerOn(inv.map(QPointF(pos)));
    update();
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    centerAt(event->position().toPoint());
    event->accept();
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centerAt(event->position().toPoint());
    event->accept();
}

} // namespace org::ui
