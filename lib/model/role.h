// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <optional>

namespace org {

/// One rung of the career ladder (or a non-ladder role such as staff or a
/// technical partner). Roles are identified by their key, which never changes
/// with the language; the names and duties are shown to users.
struct Role
{
    /// Key of the external technical partner: linked by a dotted line, never
    /// headcount, never technical headcount (DESIGN §2).
    static constexpr QLatin1String kTechPartner{"tech_partner"};

    QString key;                 ///< stable id, e.g. "tech_manager"
    QString nameEn;              ///< "Technical Manager"
    QString nameZh;              ///< "技术经理"
    std::optional<int> rank;     ///< place on the ladder; none for tech_partner
    bool technical = false;      ///< counts towards technical headcount
    QColor color;                ///< stripe colour on cards
    QString dutiesEn;            ///< one duty per line
    QString dutiesZh;
    QStringList aliases;         ///< extra spellings matched on import
    double costMin = 0.0;        ///< monthly cost band, low end (plan currency)
    double costMax = 0.0;        ///< monthly cost band, high end (≥ costMin)

    /// Middle of the cost band: what an open position without a budget, or a
    /// filled one without a salary, costs a month.
    double costMidpoint() const { return (costMin + costMax) / 2.0; }
    /// True when the role counts as technical for the rules (§4): technical
    /// and not a technical partner.
    bool countsAsTechnical() const { return technical && key != kTechPartner; }
    /// The name in the given language ("zh_CN" → Chinese, anything else English).
    QString displayName(const QString &lang) const
    {
        return lang.startsWith(QLatin1String("zh")) ? nameZh : nameEn;
    }
};

} // namespace org
