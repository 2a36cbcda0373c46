// SPDX-License-Identifier: MIT
#include "ruleengine.h"

#include "i18n/language.h"
#include "vertexrules.h"

#include <QHash>

#include <algorithm>

namespace org {

using namespace rolekeys;

RuleEngine::RuleEngine(RoleCatalogue roles, RuleSettings settings)
    : m_roles(std::move(roles)), m_settings(std::move(settings))
{
}

std::vector<Problem> RuleEngine::check(const Org &org) const
{
    using V = Org::Vertex;
    const std::size_t n = std::size_t(org.size());
    const std::vector<V> &parent = org.managerArray();
    const std::vector<V> order = org.preorder();

    // Per-role facts, looked up once per distinct key.
    QHash<QString, int> roleOf;
    for (int i = 0; i < m_roles.size(); ++i)
        roleOf.insert(m_roles.at(i).key, i);
    std::vector<char> tech(n), director(n), isManager(n);
    std::vector<int> rank(n, -1);
    std::vector<V> ctos;
    for (V v = 0; v < n; ++v) {
        const QString &key = org.position(v).role;
        const int r = roleOf.value(key, -1);
        if (r >= 0) {
            const Role &role = m_roles.at(r);
            tech[v] = role.countsAsTechnical();
            rank[v] = role.rank.value_or(-1);
        }
        director[v] = key == kDirector;
        isManager[v] = key == kManager;
        if (key == kCto)
            ctos.push_back(v);
    }

    // Down the tree: coverage by a tech director, depth.
    std::vector<char> covered(n);
    std::vector<int> depth(n);
    for (V v : order) {
        const V p = parent[v];
        covered[v] = director[v] || (p != Org::npos && covered[p]);
        depth[v] = p == Org::npos ? 0 : depth[p] + 1;
    }

    // Product lines interned to small ids.
    QHash<QString, int> lineIds;
    std::vector<int> lineOf(n, -1);
    std::vector<QString> lineNames;
    for (V v = 0; v < n; ++v) {
        const QString &pl = org.position(v).productLine;
        if (pl.isEmpty())
            continue;
        auto it = lineIds.constFind(pl);
        if (it == lineIds.cend()) {
            it = lineIds.insert(pl, int(lineNames.size()));
            lineNames.push_back(pl);
        }
        lineOf[v] = *it;
    }

    // Up the tree: uncovered technical headcount and lines(v).
    const int cap = std::max(1, m_settings.directorProductLines);
    std::vector<int> uncovered(n, 0);
    LineSets lines(n, std::size_t(cap));
    std::vector<char> childOverLimit(n, 0), childManyLines(n, 0);
    std::vector<int> reportCount(n, 0);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const V v = *it;
        if (tech[v] && !covered[v])
            ++uncovered[v];
        const V p = parent[v];
        if (p == Org::npos)
            continue;
        ++reportCount[p];
        uncovered[p] += uncovered[v];
        if (uncovered[v] > m_settings.directorHeadcount)
            childOverLimit[p] = 1;
        if (lines.count(v) >= cap)
            childManyLines[p] = 1;
        lines.addAll(p, v);
        if (isManager[v] && !covered[v] && lineOf[v] >= 0)
            lines.add(p, lineOf[v]);
    }

    std::vector<Problem> out;
    out.reserve(1024 + n / 4);
    QStringList ctoIds;
    for (V c : ctos)
        ctoIds << org.position(c).id;
    const bool singleCto = ctos.size() > 1 && m_settings.isEnabled(QStringLiteral("single-cto"));
    for (V v : order) {
        const VertexFacts f = vertexFacts(v, parent, tech, director, rank, uncovered[v], childOverLimit[v] != 0,
                                          lines.count(v), childManyLines[v] != 0, reportCount[v]);
        checkVertex(f, v, m_settings, [&] { return lines.names(v, [&](int l) { return lineNames[std::size_t(l)]; }); },
                    out);
    }
    if (singleCto)
        for (V c : ctos)
            out.push_back(singleCtoProblem(c, ctoIds));

    // Product lines: size, whether a tech manager / architect is among them,
    // and the anchor nearest a root (ties: input order).
    struct LineFacts { int positions = 0; bool manager = false; bool architect = false; V anchor = Org::npos; };
    std::vector<LineFacts> facts(lineNames.size());
    for (V v = 0; v < n; ++v) {
        if (lineOf[v] < 0)
            continue;
        LineFacts &f = facts[std::size_t(lineOf[v])];
        ++f.positions;
        const QString &key = org.position(v).role;
        f.manager = f.manager || key == kManager;
        f.architect = f.architect || key == kArchitect;
        if (f.anchor == Org::npos || depth[v] < depth[f.anchor])
            f.anchor = v;
    }
    for (std::size_t i = 0; i < facts.size(); ++i)
        checkLine(lineNames[i], facts[i].positions, facts[i].manager, facts[i].architect, facts[i].anchor,
                  m_settings, out);

    // Problems were appended in rule order (per-position rules, then single-cto,
    // then product lines), so ordering by severity and anchor, ties by position
    // in `out`, keeps rule order among a position's problems. Sorting indices
    // and moving each problem once is much cheaper than sorting the problems.
    std::vector<std::uint32_t> byRank(out.size());
    for (std::size_t i = 0; i < byRank.size(); ++i)
        byRank[i] = std::uint32_t(i);
    std::sort(byRank.begin(), byRank.end(), [&out](std::uint32_t a, std::uint32_t b) {
        const Problem &pa = out[a], &pb = out[b];
        if (pa.severity != pb.severity)
            return pa.severity < pb.severity;
        if (pa.anchor != pb.anchor)
            return pa.anchor < pb.anchor;
        return a < b;
    });
    // Apply the permutation in place (cycle by cycle, swapping): no second
    // vector of problems to allocate and fault in.
    std::vector<char> placed(out.size(), 0);
    for (std::size_t start = 0; start < out.size(); ++start) {
        if (placed[start])
            continue;
        std::size_t at = start;
        while (byRank[at] != start) {
            std::swap(out[at], out[byRank[at]]);
            placed[at] = 1;
            at = byRank[at];
        }
        placed[at] = 1;
    }
    return out;
}

QString RuleEngine::describe(const Org &org, Org::Vertex v) const
{
    const Position &p = org.position(v);
    const Role *role = m_roles.find(p.role);
    const QString roleName = role ? role->displayName(language()) : p.role;
    if (p.isOpen())
        return tr("open %1 position %2").arg(roleName, p.id);
    return tr("%1 %2 (%3)").arg(roleName, p.name, p.id);
}

QString RuleEngine::shortName(const Org &org, Org::Vertex v)
{
    const Position &p = org.position(v);
    return p.isOpen() ? p.id : p.name;
}

QString RuleEngine::ruleName(const QString &ruleId)
{
    static constexpr struct
    {
        const char *id;
        const char *name;
    } names[] = {
        {"director-required", QT_TR_NOOP("Tech director required")},
        {"director-recommended", QT_TR_NOOP("Tech director recommended")},
        {"span-of-control", QT_TR_NOOP("Too many direct reports")},
        {"ladder-order", QT_TR_NOOP("Reports to a lower rung")},
        {"peer-manager", QT_TR_NOOP("Reports to a peer")},
        {"single-cto", QT_TR_NOOP("More than one CTO")},
        {"product-line-manager", QT_TR_NOOP("Product line without a tech manager")},
        {"product-line-architect", QT_TR_NOOP("Product line without an architect")},
        {"narrow-span", QT_TR_NOOP("Too few direct reports")},
    };
    for (const auto &n : names)
        if (ruleId == QLatin1String(n.id))
            return tr(n.name);
    return ruleId;
}

QString RuleEngine::message(const Problem &p, const Org &org) const
{
    const QString who = p.anchor != Org::npos ? describe(org, p.anchor) : QString();
    const QString anchor = p.anchor != Org::npos ? shortName(org, p.anchor) : QString();
    if (p.rule == QLatin1String("director-required")) {
        // The hint names the fixes that FixEngine offers for this anchor.
        const Role *role = p.anchor != Org::npos ? m_roles.find(org.position(p.anchor).role) : nullptr;
        const Role *director = m_roles.find(kDirector);
        const bool aboveDirector = role && role->rank && director && director->rank && *role->rank > *director->rank;
        if (aboveDirector)
            return tr("The team of %1 technical positions under %2 has no tech director (limit %3): "
                      "insert a tech director between %4 and its technical reports.")
                .arg(QString::number(p.headcount), who, QString::number(p.limit), anchor);
        return tr("The team of %1 technical positions under %2 has no tech director (limit %3): "
                  "make %4 a tech director, or insert a tech director above %4 (under the CTO), "
                  "or split the team into teams of at most %3.")
            .arg(QString::number(p.headcount), who, QString::number(p.limit), anchor);
    }
    if (p.rule == QLatin1String("director-recommended"))
        return tr("%1 leads %2 product lines (%3) without a tech director: insert a tech director "
                  "under %4 over the tech managers of these lines, or make %4 a tech director.")
            .arg(who, QString::number(p.headcount), p.productLines.join(QStringLiteral(", ")), anchor);
    if (p.rule == QLatin1String("span-of-control"))
        return tr("%1 has %2 direct reports (limit %3): group them by team under new managers of "
                  "the rung below, or move some reports to another manager.")
            .arg(who, QString::number(p.headcount), QString::number(p.limit));
    if (p.rule == QLatin1String("ladder-order"))
        return tr("%1 reports to %2, a lower rung of the ladder: move %3 under the nearest manager "
                  "of a higher rank, or give %3 the rung below %4.")
            .arg(who, describe(org, p.other), anchor, shortName(org, p.other));
    if (p.rule == QLatin1String("peer-manager"))
        return tr("%1 reports to %2, who holds the same rung: move %3 under the nearest manager of "
                  "a higher rank, or give %3 the rung below %4.")
            .arg(who, describe(org, p.other), anchor, shortName(org, p.other));
    if (p.rule == QLatin1String("single-cto"))
        return tr("%1 is one of %2 CTOs (%3): keep the CTO nearest the top and make the others "
                  "tech directors.")
            .arg(who, QString::number(p.headcount), p.ids.join(QStringLiteral(", ")));
    if (p.rule == QLatin1String("product-line-manager"))
        return tr("Product line \"%1\" (%2 positions) has no tech manager: add an open tech "
                  "manager for it under the nearest tech director or CTO.")
            .arg(p.productLine, QString::number(p.headcount));
    if (p.rule == QLatin1String("product-line-architect"))
        return tr("Product line \"%1\" has %2 positions (%3 or more) but no architect: add an "
                  "open architect for it under its tech manager.")
            .arg(p.productLine, QString::number(p.headcount), QString::number(p.limit));
    if (p.rule == QLatin1String("narrow-span"))
        return tr("%1 manages only %n direct report(s) (fewer than %2): a manager with so few reports "
                  "adds a layer; merge the team into a neighbouring one, or let %3 lead as an "
                  "individual contributor.", nullptr, p.headcount)
            .arg(who, QString::number(p.limit), anchor);
    return p.rule;
}

} // namespace org
