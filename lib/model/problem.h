// SPDX-License-Identifier: MIT
#pragma once

#include "org.h"

#include <QString>
#include <QStringList>

namespace org {

enum class Severity : std::uint8_t { Error, Warning, Info };

/// One finding of a rule, shown at its anchor position.
struct Problem
{
    QString rule;                      ///< rule id, e.g. "director-required"
    Severity severity = Severity::Error;
    Org::Vertex anchor = Org::npos;    ///< where the problem is shown
    int headcount = 0;                 ///< the number the rule compared (team size, reports, positions)
    int limit = 0;                     ///< the threshold it was compared with
    QString productLine;               ///< product-line rules
    QStringList productLines;          ///< director-recommended: the lines seen
    Org::Vertex other = Org::npos;     ///< ladder-order / peer-manager: the manager
    QStringList ids;                   ///< single-cto: every CTO's id

    bool operator==(const Problem &) const = default;
};

/// "error", "warning", "info": the ids used in JSON and files.
inline QString severityId(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

} // namespace org
