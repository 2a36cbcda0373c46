// SPDX-License-Identifier: MIT
#include "translator.h"

#include <QTranslator>

namespace org {

Translator::Translator(const QString &lang) : m_lang(lang)
{
    auto qm = std::make_shared<QTranslator>();
    if (qm->load(QStringLiteral(":/i18n/orgdesigner_") + lang))
        m_catalogue = std::move(qm);
}

Translator::~Translator() = default;
Translator::Translator(const Translator &) = default;
Translator &Translator::operator=(const Translator &) = default;

QString Translator::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    QString text = m_catalogue ? m_catalogue->translate(context, source, disambiguation, n) : QString();
    if (text.isNull())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace org
