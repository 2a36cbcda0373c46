// SPDX-License-Identifier: MIT
#include "scenariodiff.h"

#include "rules/stats.h"

#include <QJsonArray>

#include <map>

namespace org {

namespace {

QString managerId(const Org &org, Org::Vertex v)
{
    const Org::Vertex m = org.manager(v);
    return m == Org::npos ? QString() : org.position(m).id;
}

struct Totals
{
    int headcount = 0;
    double cost = 0;
};

} // namespace

QString ScenarioDiff::kindId(Kind k)
{
    switch (k) {
    case Kind::Moved: return QStringLiteral("moved");
    case Kind::Added: return QStringLiteral("added");
    case Kind::Removed: return QStringLiteral("removed");
    case Kind::RoleChanged: return QStringLiteral("role_changed");
    case Kind::TeamChanged: return QStringLiteral("team_changed");
    }
    return {};
}

ScenarioDiff ScenarioDiff::compute(const Org &a, const Org &b, const RoleCatalogue &roles)
{
    ScenarioDiff d;
    for (Org::Vertex vb = 0; vb < Org::Vertex(b.size()); ++vb) {
        const Position &pb = b.position(vb);
        const Org::Vertex va = a.find(pb.id);
        if (va == Org::npos) {
            d.changes.push_back({Kind::Added, pb.id, QString(), managerId(b, vb)});
            continue;
        }
        const Position &pa = a.position(va);
        const QString ma = managerId(a, va), mb = managerId(b, vb);
        if (ma != mb)
            d.changes.push_back({Kind::Moved, pb.id, ma, mb});
        if (pa.role != pb.role)
            d.changes.push_back({Kind::RoleChanged, pb.id, pa.role, pb.role});
        if (pa.team != pb.team)
            d.changes.push_back({Kind::TeamChanged, pb.id, pa.team, pb.team});
    }
    for (Org::Vertex va = 0; va < Org::Vertex(a.size()); ++va)
        if (b.find(a.position(va).id) == Org::npos)
            d.changes.push_back({Kind::Removed, a.position(va).id, managerId(a, va), QString()});

    // Headcount and cost per team and role, both sides.
    std::map<QString, std::pair<Totals, Totals>> teams;
    std::map<QString, std::pair<Totals, Totals>> byRole;
    // Headcount leaves technical partners out, cost does not: the same
    // functions as OrgStats, so the totals match the dashboard and `stats`.
    auto add = [&](const Org &org, bool after) {
        for (const Position &p : org.positions()) {
            const int counted = OrgStats::inHeadcount(p) ? 1 : 0;
            const double cost = OrgStats::costOf(p, roles);
            Totals &t = after ? teams[p.team].second : teams[p.team].first;
            Totals &r = after ? byRole[p.role].second : byRole[p.role].first;
            t.headcount += counted;
            t.cost += cost;
            r.headcount += counted;
            r.cost += cost;
            (after ? d.headcountB : d.headcountA) += counted;
            (after ? d.costB : d.costA) += cost;
        }
    };
    add(a, false);
    add(b, true);
    auto changed = [](const std::pair<Totals, Totals> &p) {
        return p.first.headcount != p.second.headcount || qAbs(p.first.cost - p.second.cost) > 0.005;
    };
    for (const auto &[key, t] : teams)
        if (changed(t))
            d.byTeam.push_back({key, t.first.headcount, t.second.headcount, t.first.cost, t.second.cost});
    std::vector<QString> roleOrder = [&] {
        std::vector<QString> keys;
        for (const Role &r : roles.roles())
            keys.push_back(r.key);
        for (const auto &[key, t] : byRole)
            if (roles.indexOfKey(key) < 0)
                keys.push_back(key);
        return keys;
    }();
    for (const QString &key : roleOrder) {
        const auto it = byRole.find(key);
        if (it != byRole.end() && changed(it->second))
            d.byRole.push_back({key, it->second.first.headcount, it->second.second.headcount,
                                it->second.first.cost, it->second.second.cost});
    }
    return d;
}

QJsonObject ScenarioDiff::toJson() const
{
    QJsonArray list;
    for (const Change &c : changes) {
        QJsonObject o{{QStringLiteral("kind"), kindId(c.kind)}, {QStringLiteral("position"), c.position}};
        o.insert(QStringLiteral("from"), c.from.isEmpty() && c.kind == Kind::Added ? QJsonValue() : QJsonValue(c.from));
        o.insert(QStringLiteral("to"), c.to.isEmpty() && c.kind == Kind::Removed ? QJsonValue() : QJsonValue(c.to));
        list.append(o);
    }
    auto deltas = [](const std::vector<Delta> &v, const char *keyName) {
        QJsonArray out;
        for (const Delta &d : v)
            out.append(QJsonObject{{QString::fromLatin1(keyName), d.key},
                                   {QStringLiteral("headcount"), d.headcountDelta()},
                                   {QStringLiteral("headcount_a"), d.headcountA},
                                   {QStringLiteral("headcount_b"), d.headcountB},
                                   {QStringLiteral("monthly_cost"), d.costDelta()}});
        return out;
    };
    const QJsonObject delta{{QStringLiteral("headcount"), headcountB - headcountA},
                            {QStringLiteral("headcount_a"), headcountA},
                            {QStringLiteral("headcount_b"), headcountB},
                            {QStringLiteral("monthly_cost"), costB - costA},
                            {QStringLiteral("by_team"), deltas(byTeam, "team")},
                            {QStringLiteral("by_role"), deltas(byRole, "role")}};
    return {{QStringLiteral("changes"), list}, {QStringLiteral("delta"), delta}};
}

} // namespace org
