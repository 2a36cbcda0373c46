// SPDX-License-Identifier: MIT
#include "backgroundtask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace org::ui {

bool runInBackground(QWidget *parent, const QString &label, std::function<void()> work, std::atomic<bool> *cancel)
{
    QThread *thread = QThread::create(std::move(work));
    QEventLoop loop;
    bool cancelled = false;
    QProgressDialog progress(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        if (cancel)
            cancel->store(true);
        loop.quit();
    });
    // The dialog appears only when the work takes longer than minimumDuration.
    QTimer pulse;
    QObject::connect(&pulse, &QTimer::timeout, &progress, [&] { progress.setValue(0); });
    pulse.start(100);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    if (!thread->isFinished())
        loop.exec();
    pulse.stop();
    progress.reset();
    if (cancelled && thread->isRunning())
        return false;
    return !cancelled;
}

} // namespace org::ui
