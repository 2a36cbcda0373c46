// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

class QTimer;
class QWidget;

namespace org::ui {

/// Rebuilds a widget lazily, as the dashboard, its time charts and the Forecast
/// panel do: schedule() marks the widget stale and, while it is visible, runs
/// `refresh` once after `delayMs` (a burst of edits costs one rebuild); a stale
/// widget that is hidden rebuilds when it is shown. `refresh` calls done() first.
/// Owned by the widget (its parent), whose Show events it watches.
class DeferredRefresh final : public QObject
{
    Q_OBJECT
public:
    DeferredRefresh(QWidget *widget, int delayMs, std::function<void()> refresh);

    /// The widget is stale: rebuild it soon if it is visible, else when it is shown.
    void schedule();
    /// The widget is being rebuilt now: nothing is pending any more.
    void done();
    /// Schedules on each signal in `changes` of `sender` (the widget's sources of change).
    template <typename Sender, typename... Signals>
    void scheduleOn(const Sender *sender, Signals... changes)
    {
        (connect(sender, changes, this, &DeferredRefresh::schedule), ...);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    QTimer *m_timer;
    bool m_dirty = true;
};

} // namespace org::ui
