// SPDX-License-Identifier: MIT
#include "deferredrefresh.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace org::ui {

DeferredRefresh::DeferredRefresh(QWidget *widget, int delayMs, std::function<void()> refresh)
    : QObject(widget), m_widget(widget), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, std::move(refresh));
    widget->installEventFilter(this);
}

void DeferredRefresh::schedule()
{
    m_dirty = true;
    if (m_widget->isVisible())
        m_timer->start();
}

void DeferredRefresh::done()
{
    m_timer->stop();
    m_dirty = false;
}

bool DeferredRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Show && m_dirty)
        m_timer->start();
    return QObject::eventFilter(watched, event);
}

} // namespace org::ui
