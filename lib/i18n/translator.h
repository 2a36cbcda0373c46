// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace org {

/// The user-visible language of one job (an export, a print, a chart), apart
/// from the application's global language (setLanguage()): it holds the
/// embedded catalogue :/i18n/orgdesigner_<lang>.qm and translates with it only,
/// so a Chinese export made while the editor speaks English is Chinese
/// throughout. Untranslated strings fall back to the source text. Copies share
/// the loaded catalogue; needs no QCoreApplication translator.
///
/// Usage: `const Translator t(QStringLiteral("zh_CN")); t.translate("CardPainter", "Open position");`
class Translator final
{
public:
    /// "en" or "zh_CN" (see supportedLanguages()); an unknown language translates nothing.
    explicit Translator(const QString &lang = QStringLiteral("en"));
    ~Translator();
    Translator(const Translator &);
    Translator &operator=(const Translator &);

    const QString &language() const { return m_lang; }
    /// `source` translated in `context` (the class that owns the string in the
    /// .ts files; lupdate reads these calls like QCoreApplication::translate()).
    /// With n >= 0 the plural form for n is chosen and "%n" replaced by n, as
    /// QCoreApplication::translate() does.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;

private:
    QString m_lang;
    std::shared_ptr<const QTranslator> m_catalogue; ///< null when none could be loaded
};

} // namespace org
