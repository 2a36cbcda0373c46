// SPDX-License-Identifier: MIT
#pragma once

#include "model/org.h"
#include "model/rolecatalogue.h"

#include <QJsonObject>

#include <vector>

namespace org {

/// The differences between two scenarios of a plan (A = before, B = after),
/// matched by position id: moved, added, removed, role-changed and
/// team-changed positions, plus headcount and monthly-cost deltas per team and
/// per role. Headcount and cost are counted as OrgStats counts them
/// (OrgStats::inHeadcount, OrgStats::costOf): technical partners are no
/// headcount but their cost counts, so costA equals OrgStats::monthlyCost of A.
/// Linear in the size of both orgs.
struct ScenarioDiff
{
    enum class Kind { Moved, Added, Removed, RoleChanged, TeamChanged };
    struct Change
    {
        Kind kind;
        QString position;  ///< position id
        QString from;      ///< old manager id / role / team ("" = none)
        QString to;        ///< new manager id / role / team
    };
    struct Delta
    {
        QString key;            ///< team or role key ("" = none)
        int headcountA = 0, headcountB = 0;
        double costA = 0, costB = 0;
        int headcountDelta() const { return headcountB - headcountA; }
        double costDelta() const { return costB - costA; }
    };

    std::vector<Change> changes;   ///< in B's order, removed ones last (in A's order)
    int headcountA = 0, headcountB = 0;
    double costA = 0, costB = 0;
    std::vector<Delta> byTeam;     ///< teams with any change in headcount or cost
    std::vector<Delta> byRole;     ///< roles with any change, catalogue order

    static ScenarioDiff compute(const Org &a, const Org &b, const RoleCatalogue &roles);
    static QString kindId(Kind k); ///< "moved", "added", "removed", "role_changed", "team_changed"
    /// {"changes":[{"kind","position","from","to"}…],"delta":{"headcount","monthly_cost","by_team":[…],"by_role":[…]}}
    QJsonObject toJson() const;
    bool isEmpty() const { return changes.empty(); }
};

} // namespace org
