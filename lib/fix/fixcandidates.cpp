// SPDX-License-Identifier: MIT
// The fixes FixEngine tries for each rule (DESIGN §4), built as edits by position id.
#include "fixcandidates.h"

#include "i18n/language.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace org {

namespace {

using V = Org::Vertex;

const QString kCto = QStringLiteral("cto");
const QString kDirector = QStringLiteral("tech_director");
const QString kManager = QStringLiteral("tech_manager");
const QString kArchitect = QStringLiteral("architect");

/// What the candidates of one problem need to know about the org and the ladder.
class Context
{
public:
    Context(const Org &org, const RoleCatalogue &roles, const RuleSettings &settings)
        : org(org), roles(roles), settings(settings)
    {
    }

    const Org &org;
    const RoleCatalogue &roles;
    const RuleSettings &settings;

    const Position &pos(V v) const { return org.position(v); }
    QString id(V v) const { return v == Org::npos ? QString() : org.position(v).id; }
    std::optional<int> rankOfKey(const QString &key) const
    {
        const Role *r = roles.find(key);
        return r ? r->rank : std::nullopt;
    }
    std::optional<int> rank(V v) const { return rankOfKey(pos(v).role); }
    bool technical(V v) const
    {
        const Role *r = roles.find(pos(v).role);
        return r && r->countsAsTechnical();
    }
    int directorRank() const { return rankOfKey(kDirector).value_or(5); }

    /// The rung below a role: the highest rank under it among roles of the same
    /// kind (technical or not); the role itself when there is none.
    QString roleBelow(const QString &key) const
    {
        const Role *role = roles.find(key);
        if (!role || !role->rank)
            return key;
        const Role *best = nullptr;
        for (const Role &r : roles.roles()) {
            if (!r.rank || *r.rank >= *role->rank || r.technical != role->technical || r.key == Role::kTechPartner)
                continue;
            if (!best || *r.rank > *best->rank)
                best = &r;
        }
        return best ? best->key : key;
    }

    /// The nearest position above `from` (from itself when `self`) whose rank is above `rank`.
    V ancestorAbove(V from, int rank, bool self) const
    {
        for (V a = self ? from : org.manager(from); a != Org::npos; a = org.manager(a)) {
            const auto r = this->rank(a);
            if (r && *r > rank)
                return a;
        }
        return Org::npos;
    }

    /// Ids for new open positions: "open-1", "open-2" … not used in the org nor handed out before.
    QString newId() const
    {
        for (;;) {
            const QString candidate = QStringLiteral("open-%1").arg(++m_next);
            if (org.find(candidate) == Org::npos && !m_given.contains(candidate)) {
                m_given.insert(candidate);
                return candidate;
            }
        }
    }

    /// Positions of v's subtree (v included), managers first.
    std::vector<V> subtree(V v) const
    {
        std::vector<V> out{v};
        for (std::size_t i = 0; i < out.size(); ++i)
            for (V c : org.reports(out[i]))
                out.push_back(c);
        return out;
    }

    /// Uncovered technical headcount of v's subtree (DESIGN §4), as the rule counts it.
    int uncoveredHeadcount(V v) const
    {
        int count = 0;
        std::vector<V> stack{v};
        while (!stack.empty()) {
            const V x = stack.back();
            stack.pop_back();
            if (pos(x).role == kDirector)
                continue; // it and everything below it are covered
            if (technical(x))
                ++count;
            for (V c : org.reports(x))
                stack.push_back(c);
        }
        return count;
    }

private:
    mutable int m_next = 0;
    mutable QSet<QString> m_given;
};

FixEdit addEdit(const QString &id, const QString &role, const QString &manager, const QString &team,
                const QString &productLine = {})
{
    return {.kind = FixEdit::Kind::Add, .id = id, .manager = manager, .value = role, .team = team,
            .productLine = productLine};
}

FixEdit moveEdit(const QString &id, const QString &manager)
{
    return {.kind = FixEdit::Kind::Move, .id = id, .manager = manager};
}

FixEdit setEdit(FixEdit::Kind kind, const QString &id, const QString &value)
{
    return {.kind = kind, .id = id, .value = value};
}

QString roleName(const Context &c, const QString &key)
{
    const Role *r = c.roles.find(key);
    return r ? r->displayName(language()) : key;
}

QString who(const Context &c, V v)
{
    const Position &p = c.pos(v);
    return p.isOpen() ? p.id : p.name;
}

Fix makeFix(const char *kind, const Problem &problem, const Context &c, QString name)
{
    return {.kind = QLatin1String(kind), .rule = problem.rule, .anchor = c.id(problem.anchor),
            .name = std::move(name)};
}

/// An open director as v's manager, under the nearest ancestor that ranks above a director.
Fix insertDirectorAbove(const Context &c, const Problem &problem, V v)
{
    const V above = c.ancestorAbove(v, c.directorRank(), false);
    const QString d = c.newId();
    Fix f = makeFix("insert-director", problem, c,
                    FixEngine::tr("Insert an open %1 above %2").arg(roleName(c, kDirector), who(c, v)));
    f.edits = {addEdit(d, kDirector, c.id(above), c.pos(v).team), moveEdit(c.pos(v).id, d)};
    return f;
}

/// An open director under v, over `reports` (positions that then report to it).
Fix directorUnder(const Context &c, const Problem &problem, V v, const char *kind, QString name,
                  const std::vector<V> &reports)
{
    const QString d = c.newId();
    Fix f = makeFix(kind, problem, c, std::move(name));
    f.edits = {addEdit(d, kDirector, c.pos(v).id, c.pos(v).team)};
    for (V r : reports)
        f.edits.push_back(moveEdit(c.pos(r).id, d));
    return f;
}

/// An open director between v and its technical reports.
Fix insertDirectorBelow(const Context &c, const Problem &problem, V v)
{
    std::vector<V> technical;
    for (V r : c.org.reports(v))
        if (c.technical(r) && !c.pos(r).assistant)
            technical.push_back(r);
    return directorUnder(c, problem, v, "insert-director-below",
                         FixEngine::tr("Insert an open %1 between %2 and its technical reports")
                             .arg(roleName(c, kDirector), who(c, v)),
                         technical);
}

Fix promote(const Context &c, const Problem &problem, V v, const QString &role)
{
    Fix f = makeFix("promote", problem, c, FixEngine::tr("Make %1 a %2").arg(who(c, v), roleName(c, role)));
    f.edits = {setEdit(FixEdit::Kind::SetRole, c.pos(v).id, role)};
    return f;
}

/// Moves the reports of `v` into new sibling teams under new open technical
/// managers so that no team passes the director threshold (first fit, largest first).
std::optional<Fix> splitTeam(const Context &c, const Problem &problem, V v)
{
    const int limit = c.settings.directorHeadcount;
    std::vector<std::pair<int, V>> items;
    for (V r : c.org.reports(v))
        if (!c.pos(r).assistant)
            if (const int w = c.uncoveredHeadcount(r); w > 0)
                items.emplace_back(w, r);
    std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<int> load{c.technical(v) ? 1 : 0};
    std::vector<std::vector<V>> bins(1);
    for (const auto &[w, r] : items) {
        std::size_t b = 0;
        while (b < load.size() && load[b] + w > limit)
            ++b;
        if (b == load.size()) {
            if (1 + w > limit)
                return std::nullopt;
            load.push_back(1); // the new manager
            bins.emplace_back();
        }
        load[b] += w;
        bins[b].push_back(r);
    }
    if (bins.size() < 2)
        return std::nullopt;
    const Position &anchor = c.pos(v);
    Fix f = makeFix("split-team", problem, c,
                    FixEngine::tr("Split the team of %1 into %2 teams under new open %3 positions")
                        .arg(who(c, v), QString::number(bins.size()), roleName(c, kManager)));
    for (std::size_t b = 1; b < bins.size(); ++b) {
        const QString m = c.newId();
        const QString team = anchor.team.isEmpty() ? QString() : anchor.team + QLatin1Char(' ') + QString::number(b + 1);
        f.edits.push_back(addEdit(m, kManager, c.id(c.org.manager(v)), team, anchor.productLine));
        for (V r : bins[b]) {
            f.edits.push_back(moveEdit(c.pos(r).id, m));
            if (anchor.team.isEmpty())
                continue;
            for (V x : c.subtree(r))
                if (c.pos(x).team == anchor.team)
                    f.edits.push_back(setEdit(FixEdit::Kind::SetTeam, c.pos(x).id, team));
        }
    }
    return f;
}

/// The topmost uncovered technical managers with a product line in v's subtree (v excluded).
std::vector<V> lineManagers(const Context &c, V v)
{
    std::vector<V> out;
    std::vector<V> stack;
    for (V r : c.org.reports(v))
        stack.push_back(r);
    while (!stack.empty()) {
        const V x = stack.back();
        stack.pop_back();
        const Position &p = c.pos(x);
        if (p.role == kDirector)
            continue;
        if (p.role == kManager && !p.productLine.isEmpty()) {
            out.push_back(x);
            continue;
        }
        for (V r : c.org.reports(x))
            stack.push_back(r);
    }
    std::sort(out.begin(), out.end());
    return out;
}

Fix directorOverLines(const Context &c, const Problem &problem, V v)
{
    return directorUnder(c, problem, v, "insert-director-over-lines",
                         FixEngine::tr("Insert an open %1 under %2 over the managers of its product lines")
                             .arg(roleName(c, kDirector), who(c, v)),
                         lineManagers(c, v));
}

/// Groups the direct reports of m by team, else product line, else role, else
/// in order, each group under a new open manager of the rung below m.
std::optional<Fix> groupReports(const Context &c, const Problem &problem, V m)
{
    const int limit = std::max(2, c.settings.spanOfControl);
    std::vector<V> reports;
    for (V r : c.org.reports(m))
        if (!c.pos(r).assistant)
            reports.push_back(r);
    const auto keyOf = [&c](int by, V r) {
        const Position &p = c.pos(r);
        return by == 0 ? p.team : by == 1 ? p.productLine : p.role;
    };
    std::vector<std::vector<V>> groups;
    for (int by = 0; by < 3 && groups.empty(); ++by) {
        std::map<QString, std::vector<V>> byKey;
        std::vector<QString> order;
        for (V r : reports) {
            auto &g = byKey[keyOf(by, r)];
            if (g.empty())
                order.push_back(keyOf(by, r));
            g.push_back(r);
        }
        if (order.size() < 2 || int(order.size()) > limit)
            continue;
        for (const QString &k : order)
            for (std::size_t i = 0; i < byKey[k].size(); i += std::size_t(limit))
                groups.emplace_back(byKey[k].begin() + std::ptrdiff_t(i),
                                    byKey[k].begin() + std::ptrdiff_t(std::min(byKey[k].size(), i + std::size_t(limit))));
        if (int(groups.size()) > limit)
            groups.clear();
    }
    if (groups.empty()) {
        const std::size_t k = (reports.size() + std::size_t(limit) - 1) / std::size_t(limit);
        if (k < 2 || int(k) > limit)
            return std::nullopt;
        const std::size_t per = (reports.size() + k - 1) / k;
        for (std::size_t i = 0; i < reports.size(); i += per)
            groups.emplace_back(reports.begin() + std::ptrdiff_t(i),
                                reports.begin() + std::ptrdiff_t(std::min(reports.size(), i + per)));
    }
    const QString role = c.roleBelow(c.pos(m).role);
    Fix f = makeFix("group-reports", problem, c,
                    FixEngine::tr("Group the reports of %1 into %2 teams under new open %3 positions")
                        .arg(who(c, m), QString::number(groups.size()), roleName(c, role)));
    for (const auto &g : groups) {
        if (g.size() < 2) // a group of one stays where it is
            continue;
        const QString id = c.newId();
        const Position &first = c.pos(g.front());
        const bool oneTeam = std::all_of(g.begin(), g.end(), [&](V r) { return c.pos(r).team == first.team; });
        const bool oneLine = std::all_of(g.begin(), g.end(),
                                         [&](V r) { return c.pos(r).productLine == first.productLine; });
        f.edits.push_back(addEdit(id, role, c.pos(m).id, oneTeam ? first.team : c.pos(m).team,
                                  oneLine ? first.productLine : QString()));
        for (V r : g)
            f.edits.push_back(moveEdit(c.pos(r).id, id));
    }
    return f;
}

Fix moveUp(const Context &c, const Problem &problem, V r, V above)
{
    Fix f = makeFix("move-up", problem, c, FixEngine::tr("Make %1 report to %2").arg(who(c, r), who(c, above)));
    f.edits = {moveEdit(c.pos(r).id, c.pos(above).id)};
    return f;
}

Fix addForLine(const Context &c, const Problem &problem, const QString &role, V manager)
{
    const QString id = c.newId();
    const Position &anchor = c.pos(problem.anchor);
    Fix f = makeFix(role == kManager ? "add-line-manager" : "add-line-architect", problem, c,
                    manager == Org::npos
                        ? FixEngine::tr("Add an open %1 for the product line %2").arg(roleName(c, role), problem.productLine)
                        : FixEngine::tr("Add an open %1 for the product line %2 under %3")
                              .arg(roleName(c, role), problem.productLine, who(c, manager)));
    f.edits = {addEdit(id, role, c.id(manager), anchor.team, problem.productLine)};
    return f;
}

} // namespace

std::vector<Fix> fixCandidates(const Org &org, const RoleCatalogue &roles, const RuleSettings &settings,
                               const Problem &problem)
{
    const Context c(org, roles, settings);
    std::vector<Fix> out;
    const V v = problem.anchor;
    if (v == Org::npos || v >= V(org.size()))
        return out;
    const int directorRank = c.directorRank();
    const std::optional<int> rank = c.rank(v);
    const QString &rule = problem.rule;
    if (rule == QLatin1String("director-required")) {
        if (rank && *rank > directorRank) {
            out.push_back(insertDirectorBelow(c, problem, v));
        } else {
            out.push_back(promote(c, problem, v, kDirector));
            out.push_back(insertDirectorAbove(c, problem, v));
            if (auto split = splitTeam(c, problem, v))
                out.push_back(*split);
        }
    } else if (rule == QLatin1String("director-recommended")) {
        if (rank && *rank > directorRank) {
            out.push_back(directorOverLines(c, problem, v));
        } else {
            out.push_back(directorOverLines(c, problem, v));
            out.push_back(promote(c, problem, v, kDirector));
            out.push_back(insertDirectorAbove(c, problem, v));
        }
    } else if (rule == QLatin1String("span-of-control")) {
        if (auto group = groupReports(c, problem, v))
            out.push_back(*group);
    } else if (rule == QLatin1String("ladder-order") || rule == QLatin1String("peer-manager")) {
        const V m = org.manager(v);
        if (m != Org::npos && rank) {
            const V above = c.ancestorAbove(m, *rank, false);
            if (above != Org::npos) {
                out.push_back(moveUp(c, problem, v, above));
            } else if (rule == QLatin1String("ladder-order")) {
                // Nobody above ranks higher: the report takes its manager's place.
                Fix f = makeFix("swap", problem, c, FixEngine::tr("Make %1 the manager of %2").arg(who(c, v), who(c, m)));
                f.edits = {moveEdit(c.pos(v).id, c.id(org.manager(m))), moveEdit(c.pos(m).id, c.pos(v).id)};
                out.push_back(f);
            }
            const QString below = c.roleBelow(c.pos(m).role);
            if (below != c.pos(m).role && below != c.pos(v).role)
                out.push_back(promote(c, problem, v, below));
        }
    } else if (rule == QLatin1String("single-cto")) {
        // Keep the CTO nearest a root (input order on ties); the others become directors.
        std::vector<V> ctos;
        for (V x = 0; x < V(org.size()); ++x)
            if (org.position(x).role == kCto)
                ctos.push_back(x);
        if (ctos.size() > 1) {
            const V keep = *std::min_element(ctos.begin(), ctos.end(), [&org](V a, V b) {
                const int da = org.depth(a), db = org.depth(b);
                return da != db ? da < db : a < b;
            });
            Fix f = makeFix("single-cto", problem, c,
                            FixEngine::tr("Keep %1 as %2 and make the other %3 positions %4")
                                .arg(who(c, keep), roleName(c, kCto), roleName(c, kCto), roleName(c, kDirector)));
            for (V x : ctos)
                if (x != keep)
                    f.edits.push_back(setEdit(FixEdit::Kind::SetRole, c.pos(x).id, kDirector));
            out.push_back(f);
        }
    } else if (rule == QLatin1String("product-line-manager")) {
        out.push_back(addForLine(c, problem, kManager, c.ancestorAbove(v, c.rankOfKey(kManager).value_or(4), true)));
    } else if (rule == QLatin1String("product-line-architect")) {
        V manager = Org::npos;
        for (V x = 0; x < V(org.size()); ++x) {
            const Position &p = org.position(x);
            if (p.role == kManager && p.productLine == problem.productLine
                && (manager == Org::npos || org.depth(x) < org.depth(manager)))
                manager = x;
        }
        if (manager == Org::npos)
            manager = c.ancestorAbove(v, c.rankOfKey(kArchitect).value_or(3), true);
        out.push_back(addForLine(c, problem, kArchitect, manager));
    }
    return out;
}

} // namespace org
