// SPDX-License-Identifier: MIT
#pragma once

#include "model/org.h"
#include "model/rolecatalogue.h"

#include <QJsonObject>

#include <vector>

namespace org {

/// Headcount, span and cost figures of an org: what `orgdesigner-cli stats`
/// prints and the dashboard charts. Open positions count as headcount.
/// Monthly cost is that of every position, technical partners included (their
/// fee is the one default cost band of ROLES.md); headcount figures that leave
/// them out (DESIGN §2) use inHeadcount(). ScenarioDiff uses the same two
/// functions, so the compare view and the dashboard show the same totals.
struct OrgStats
{
    struct Group
    {
        QString key;          ///< role key, team or product line ("" = none)
        int positions = 0;    ///< filled + open
        int open = 0;
        double monthlyCost = 0;
    };

    int positions = 0;
    int openPositions = 0;
    int roots = 0;
    int depth = 0;                 ///< levels of the deepest reporting chain
    int headcount = 0;             ///< positions inHeadcount() (the status bar's and the dashboard's)
    int technicalHeadcount = 0;
    int managers = 0;              ///< positions with at least one direct report
    int spanMin = 0, spanMax = 0;
    double spanMedian = 0;
    std::vector<int> spans;        ///< direct reports of each manager, ascending
    /// Spans and layers (org-design practice): layer = managers above a position
    /// (0 for a root); layers = distinct layers (= depth).
    int layers = 0;
    std::vector<int> positionsPerLayer;      ///< index: layer
    std::vector<std::pair<int, int>> spanDistribution; ///< (span, managers with it), ascending span
    int managersWithOneReport = 0;
    int managersWithTwoReports = 0;
    /// Per team: individual contributors (no reports) and managers (reports) in it.
    struct TeamShape
    {
        QString team;
        int ics = 0;
        int managers = 0;
        double icsPerManager() const { return managers ? double(ics) / managers : 0.0; }
    };
    std::vector<TeamShape> icsPerManager;    ///< in byTeam order
    bool hasCost = false;          ///< a salary or a role cost exists
    double monthlyCost = 0;
    std::vector<Group> byRole;     ///< catalogue order, roles in use only
    std::vector<Group> byTeam;     ///< largest first, then by name
    std::vector<Group> byProductLine;

    /// Monthly cost of a position, THE cost function of stats, dashboard, compare,
    /// forecast and CLI: a filled position costs its salary, an open one its
    /// budget; either without one costs the midpoint of its role's cost band.
    static double costOf(const Position &p, const RoleCatalogue &roles);
    /// True when a position counts as headcount: every position but technical
    /// partners (external, DESIGN §2). Open positions count.
    static bool inHeadcount(const Position &p);
    /// inHeadcount() of every position with this role (the role charts' rule).
    static bool roleInHeadcount(const QString &roleKey);
    static OrgStats compute(const Org &org, const RoleCatalogue &roles);
    /// Layer of every position: the number of managers above it (0 for a root),
    /// in one pass along the preorder.
    static std::vector<int> layerOf(const Org &org);
    /// The JSON of `stats --format json`.
    QJsonObject toJson() const;
};

} // namespace org
