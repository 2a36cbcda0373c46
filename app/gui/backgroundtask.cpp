// SPDX-License-Identifier: MIT
#include "backgroundtask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace org::ui {

bool runInBackground(QWidget *parent, const QString &label, std::function<void()> work, std::atomic<bool> *cancel,
                     const std::atomic<int> *progress)
{
    QThread *thread = QThread::create(std::move(work));
    QEventLoop loop;
    bool cancelled = false;
    QProgressDialog bar(label, QProgressDialog::tr("Cancel"), 0, progress ? 100 : 0, parent);
    bar.setWindowModality(Qt::WindowModal);
    bar.setMinimumDuration(400);
    bar.setAutoClose(false);
    bar.setAutoReset(false);
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&bar, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        if (cancel)
            cancel->store(true);
        loop.quit();
    });
    // The dialog appears only when the work takes longer than minimumDuration.
    QTimer pulse;
    QObject::connect(&pulse, &QTimer::timeout, &bar, [&] { bar.setValue(progress ? progress->load() : 0); });
    pulse.start(100);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    if (!thread->isFinished())
        loop.exec();
    pulse.stop();
    bar.reset();
    if (cancelled && thread->isRunning())
        return false;
    return !cancelled;
}

} // namespace org::ui
