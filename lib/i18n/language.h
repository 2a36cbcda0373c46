// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace org {

/// Switches the user-visible language of everything built on orgcore: loads the
/// embedded OrgDesigner catalogue and Qt's own (qtbase) for "zh_CN", removes
/// them for "en". Takes any name canonicalLanguage() knows (so "zh" is Chinese).
/// Needs a QCoreApplication. Returns false for an unknown language.
bool setLanguage(const QString &lang);
/// The shipped language a user means by `name`, as BCP 47 or POSIX names go:
/// "zh", "zh_CN", "zh-Hans-CN" or any other Chinese give "zh_CN"; "en",
/// "en_GB", "en-US" give "en". Empty for any other language or a name that
/// is not one.
QString canonicalLanguage(const QString &name);
/// The language last set ("en" by default).
QString language();
/// Languages the product ships: "en", "zh_CN".
QStringList supportedLanguages();
/// Picks "zh_CN" for a Chinese system locale, "en" otherwise.
QString systemLanguage();

} // namespace org
