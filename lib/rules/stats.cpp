// SPDX-License-Identifier: MIT
#include "stats.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace org {

namespace {

void tally(std::vector<OrgStats::Group> &groups, QHash<QString, std::size_t> &index,
           const QString &key, bool open, double cost)
{
    auto it = index.constFind(key);
    if (it == index.cend()) {
        it = index.insert(key, groups.size());
        groups.push_back({key});
    }
    OrgStats::Group &g = groups[*it];
    ++g.positions;
    g.open += open;
    g.monthlyCost += cost;
}

void sortBySize(std::vector<OrgStats::Group> &groups)
{
    std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
        return a.positions != b.positions ? a.positions > b.positions : a.key < b.key;
    });
}

QJsonArray groupsToJson(const std::vector<OrgStats::Group> &groups, const char *keyName, bool cost)
{
    QJsonArray out;
    for (const auto &g : groups) {
        QJsonObject o{{QLatin1String(keyName), g.key},
                      {QStringLiteral("positions"), g.positions},
                      {QStringLiteral("open_positions"), g.open}};
        if (cost)
            o.insert(QStringLiteral("monthly_cost"), g.monthlyCost);
        out.append(o);
    }
    return out;
}

} // namespace

double OrgStats::costOf(const Position &p, const RoleCatalogue &roles)
{
    if (!p.isOpen() && p.salary())
        return *p.salary();
    if (p.isOpen() && p.budget())
        return *p.budget();
    if (p.isOpen() && p.salary()) // an offered salary recorded on an open position
        return *p.salary();
    const Role *r = roles.find(p.role);
    return r ? r->costMidpoint() : 0.0;
}

bool OrgStats::inHeadcount(const Position &p)
{
    return roleInHeadcount(p.role);
}

bool OrgStats::roleInHeadcount(const QString &roleKey)
{
    return roleKey != Role::kTechPartner;
}

std::vector<int> OrgStats::layerOf(const Org &org)
{
    const std::vector<Org::Vertex> &parent = org.managerArray();
    std::vector<int> layer(std::size_t(org.size()), 0);
    for (Org::Vertex v : org.preorder())
        if (parent[v] != Org::npos)
            layer[v] = layer[parent[v]] + 1;
    return layer;
}

OrgStats OrgStats::compute(const Org &org, const RoleCatalogue &roles)
{
    OrgStats s;
    const auto n = Org::Vertex(org.size());
    s.positions = int(n);
    const std::vector<Org::Vertex> &parent = org.managerArray();
    std::vector<int> reports(n, 0);
    for (Org::Vertex v = 0; v < n; ++v)
        if (parent[v] != Org::npos)
            ++reports[parent[v]];
    // Depth along the preorder (managers come first).
    std::vector<int> level(n, 1);
    for (Org::Vertex v : org.preorder()) {
        if (parent[v] != Org::npos)
            level[v] = level[parent[v]] + 1;
        s.depth = std::max(s.depth, level[v]);
    }

    QHash<QString, std::size_t> roleIdx, teamIdx, lineIdx;
    std::vector<Group> roleGroups;
    for (Org::Vertex v = 0; v < n; ++v) {
        const Position &p = org.position(v);
        const bool open = p.isOpen();
        s.openPositions += open;
        s.headcount += inHeadcount(p);
        s.roots += parent[v] == Org::npos;
        const Role *role = roles.find(p.role);
        if (role && role->countsAsTechnical())
            ++s.technicalHeadcount;
        const double cost = costOf(p, roles);
        s.hasCost = s.hasCost || p.salary().has_value() || p.budget().has_value() || cost > 0;
        s.monthlyCost += cost;
        tally(roleGroups, roleIdx, p.role, open, cost);
        tally(s.byTeam, teamIdx, p.team, open, cost);
        if (!p.productLine.isEmpty())
            tally(s.byProductLine, lineIdx, p.productLine, open, cost);
        if (reports[v] > 0)
            s.spans.push_back(reports[v]);
    }
    // Roles in catalogue order; unknown keys after.
    for (const Role &r : roles.roles())
        if (auto it = roleIdx.constFind(r.key); it != roleIdx.cend())
            s.byRole.push_back(roleGroups[*it]);
    for (const Group &g : roleGroups)
        if (!roles.find(g.key))
            s.byRole.push_back(g);
    sortBySize(s.byTeam);
    sortBySize(s.byProductLine);

    std::sort(s.spans.begin(), s.spans.end());
    s.managers = int(s.spans.size());
    // Spans and layers.
    for (Org::Vertex v = 0; v < n; ++v) {
        const std::size_t layer = std::size_t(level[v] - 1);
        if (s.positionsPerLayer.size() <= layer)
            s.positionsPerLayer.resize(layer + 1, 0);
        ++s.positionsPerLayer[layer];
    }
    s.layers = int(s.positionsPerLayer.size());
    for (int span : s.spans) {
        if (s.spanDistribution.empty() || s.spanDistribution.back().first != span)
            s.spanDistribution.emplace_back(span, 0);
        ++s.spanDistribution.back().second;
        s.managersWithOneReport += span == 1;
        s.managersWithTwoReports += span == 2;
    }
    QHash<QString, std::size_t> shapeIdx;
    for (const Group &g : s.byTeam) {
        shapeIdx.insert(g.key, s.icsPerManager.size());
        s.icsPerManager.push_back({g.key});
    }
    for (Org::Vertex v = 0; v < n; ++v) {
        TeamShape &t = s.icsPerManager[shapeIdx.value(org.position(v).team)];
        if (reports[v] > 0)
            ++t.managers;
        else
            ++t.ics;
    }
    if (!s.spans.empty()) {
        const std::size_t m = s.spans.size();
        s.spanMin = s.spans.front();
        s.spanMax = s.spans.back();
        s.spanMedian = m % 2 ? s.spans[m / 2] : (s.spans[m / 2 - 1] + s.spans[m / 2]) / 2.0;
    }
    return s;
}

QJsonObject OrgStats::toJson() const
{
    QJsonObject o{
        {QStringLiteral("positions"), positions},
        {QStringLiteral("open_positions"), openPositions},
        {QStringLiteral("filled_positions"), positions - openPositions},
        {QStringLiteral("roots"), roots},
        {QStringLiteral("depth"), depth},
        {QStringLiteral("headcount"), headcount},
        {QStringLiteral("technical_headcount"), technicalHeadcount},
        {QStringLiteral("span_of_control"),
         QJsonObject{{QStringLiteral("managers"), managers},
                     {QStringLiteral("min"), spanMin},
                     {QStringLiteral("median"), spanMedian},
                     {QStringLiteral("max"), spanMax}}},
        {QStringLiteral("by_role"), groupsToJson(byRole, "role", hasCost)},
        {QStringLiteral("by_team"), groupsToJson(byTeam, "team", hasCost)},
        {QStringLiteral("by_product_line"), groupsToJson(byProductLine, "product_line", hasCost)},
    };
    if (hasCost)
        o.insert(QStringLiteral("monthly_cost"), monthlyCost);
    // Spans and layers (added with planning over time; the keys above are unchanged).
    QJsonArray perLayer;
    for (int count : positionsPerLayer)
        perLayer.append(count);
    o.insert(QStringLiteral("layers"), QJsonObject{{QStringLiteral("count"), layers},
                                                   {QStringLiteral("positions_per_layer"), perLayer}});
    QJsonArray distribution;
    for (const auto &[span, count] : spanDistribution)
        distribution.append(QJsonObject{{QStringLiteral("span"), span}, {QStringLiteral("managers"), count}});
    o.insert(QStringLiteral("span_distribution"), distribution);
    o.insert(QStringLiteral("managers_with_one_report"), managersWithOneReport);
    o.insert(QStringLiteral("managers_with_two_reports"), managersWithTwoReports);
    QJsonArray shapes;
    for (const TeamShape &t : icsPerManager)
        shapes.append(QJsonObject{{QStringLiteral("team"), t.team},
                                  {QStringLiteral("ics"), t.ics},
                                  {QStringLiteral("managers"), t.managers},
                                  {QStringLiteral("ics_per_manager"), t.icsPerManager()}});
    o.insert(QStringLiteral("ics_per_manager"), shapes);
    return o;
}

} // namespace org
