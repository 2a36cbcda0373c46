// SPDX-License-Identifier: MIT
#include "rulesettings.h"

#include <algorithm>

namespace org {

QStringList RuleSettings::ruleIds()
{
    return {QStringLiteral("director-required"), QStringLiteral("director-recommended"),
            QStringLiteral("span-of-control"),   QStringLiteral("ladder-order"),
            QStringLiteral("peer-manager"),      QStringLiteral("single-cto"),
            QStringLiteral("product-line-manager"), QStringLiteral("product-line-architect"),
            QStringLiteral("narrow-span")};
}

QString RuleSettings::toString() const
{
    QStringList off(disabled.begin(), disabled.end());
    std::sort(off.begin(), off.end());
    return QStringLiteral("director_headcount=%1;director_product_lines=%2;span_of_control=%3;"
                          "architect_min_positions=%4;narrow_span=%5;disabled=%6")
        .arg(QString::number(directorHeadcount), QString::number(directorProductLines),
             QString::number(spanOfControl), QString::number(architectMinPositions),
             QString::number(narrowSpan), off.join(QLatin1Char(',')));
}

RuleSettings RuleSettings::fromString(const QString &text)
{
    RuleSettings s;
    for (const QString &pair : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = pair.section(QLatin1Char('='), 1).trimmed();
        bool ok = false;
        const int n = value.toInt(&ok);
        if (key == QLatin1String("director_headcount") && ok)
            s.directorHeadcount = n;
        else if (key == QLatin1String("director_product_lines") && ok)
            s.directorProductLines = n;
        else if (key == QLatin1String("span_of_control") && ok)
            s.spanOfControl = n;
        else if (key == QLatin1String("architect_min_positions") && ok)
            s.architectMinPositions = n;
        else if (key == QLatin1String("narrow_span") && ok)
            s.narrowSpan = n;
        else if (key == QLatin1String("disabled"))
            for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                s.disabled.insert(id.trimmed());
    }
    return s;
}

} // namespace org
