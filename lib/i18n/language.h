// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace org {

/// Switches the user-visible language of everything built on orgcore: loads the
/// embedded OrgDesigner catalogue and Qt's own (qtbase) for "zh_CN", removes
/// them for "en". Needs a QCoreApplication. Returns false for an unknown language.
bool setLanguage(const QString &lang);
/// The language last set ("en" by default).
QString language();
/// Languages the product ships: "en", "zh_CN".
QStringList supportedLanguages();
/// Picks "zh_CN" for a Chinese system locale, "en" otherwise.
QString systemLanguage();

} // namespace org
