// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

class QWidget;

namespace org::ui {

/// Runs `retranslate` whenever `widget` gets a LanguageChange event (setLanguage()
/// installed another translation), before the widget's own changeEvent() — what
/// every translated widget would otherwise do in a changeEvent() override. The
/// watcher is an event filter owned by `widget`.
void onLanguageChange(QWidget *widget, std::function<void()> retranslate);

} // namespace org::ui
