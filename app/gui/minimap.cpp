// SPDX-License-Identifier: MIT
#include "minimap.h"

#include "chartscene.h"
#include "chartview.h"

#include "render/chartpainter.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTimer>

namespace org::ui {

Minimap::Minimap(ChartView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setObjectName(QStringLiteral("minimap"));
    setCursor(Qt::PointingHandCursor);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(120);
    connect(m_timer, &QTimer::timeout, this, &Minimap::render);
}

void Minimap::chartChanged()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void Minimap::badgesChanged()
{
    // The overview of a big chart paints boxes without badges: nothing to redo.
    if (!m_bounds.isEmpty() && !ChartPainter::paintsBadges(chartToWidget().m11()))
        return;
    chartChanged();
}

void Minimap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    chartChanged();
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
    m_bounds = scene->layoutResult().bounds;
    const qreal dpr = devicePixelRatioF();
    m_image = QImage(size() * dpr, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(dpr);
    m_image.fill(Qt::transparent);
    if (!m_bounds.isEmpty()) {
        QPainter p(&m_image);
        const QTransform t = chartToWidget();
        p.setTransform(t);
        scene->paintChart(&p, m_bounds, t.m11());
    }
    update();
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
