// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace org::ui {

/// Runs `work` on a worker thread while the UI stays responsive; after a short
/// delay a progress dialog with a Cancel button appears. Returns true when the
/// work finished, false when the user cancelled (the work then runs to its end
/// in the background and its result must be ignored: give it only data it owns).
/// `cancel`, when given, is set on Cancel so that work that looks at it stops early.
/// `progress`, when given, is the work's share done (0–100) for the progress bar;
/// without it the bar is a busy indicator.
bool runInBackground(QWidget *parent, const QString &label, std::function<void()> work,
                     std::atomic<bool> *cancel = nullptr, const std::atomic<int> *progress = nullptr);

} // namespace org::ui
