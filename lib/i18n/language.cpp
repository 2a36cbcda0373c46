// SPDX-License-Identifier: MIT
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace org {

namespace {

struct Translators
{
    QString lang = QStringLiteral("en");
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Translators &state()
{
    static Translators t;
    return t;
}

} // namespace

QString canonicalLanguage(const QString &name)
{
    if (supportedLanguages().contains(name))
        return name;
    // QLocale parses both "zh_CN" and "zh-Hans-CN"; a name it does not know is C.
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 35)
        return {};
    switch (QLocale(trimmed).language()) {
    case QLocale::Chinese:
        return QStringLiteral("zh_CN");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        return {};
    }
}

bool setLanguage(const QString &name)
{
    const QString lang = canonicalLanguage(name);
    if (lang.isEmpty())
        return false;
    Translators &t = state();
    if (t.own)
        QCoreApplication::removeTranslator(t.own.get());
    if (t.qt)
        QCoreApplication::removeTranslator(t.qt.get());
    t.own.reset();
    t.qt.reset();
    t.lang = lang;
    // English is the source language, but its catalogue holds the plural forms.
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/orgdesigner_") + lang))
        QCoreApplication::installTranslator((t.own = std::move(own)).get());
    if (lang == QLatin1String("en"))
        return true;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + lang,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator((t.qt = std::move(qt)).get());
    return true;
}

QString language()
{
    return state().lang;
}

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

} // namespace org
