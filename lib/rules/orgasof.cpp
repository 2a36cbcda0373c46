// SPDX-License-Identifier: MIT
#include "orgasof.h"

#include "ruleengine.h"

namespace org {

std::vector<char> OrgAsOf::activeMask(const Org &org, QDate date)
{
    std::vector<char> active(std::size_t(org.size()), 1);
    if (!date.isValid())
        return active;
    for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v)
        active[v] = org.position(v).isActiveOn(date);
    return active;
}

OrgAsOf OrgAsOf::at(const Org &org, QDate date, Mode mode)
{
    using V = Org::Vertex;
    const std::size_t n = std::size_t(org.size());
    const std::vector<char> active = activeMask(org, date);
    const std::vector<V> &parent = org.managerArray();
    const std::vector<V> order = org.preorder();

    // A not-yet-started position is a link worth keeping when a started one is below it.
    std::vector<char> keep(active);
    std::vector<char> chain(n, 0);
    if (mode == KeepChains && date.isValid()) {
        std::vector<char> activeBelow(n, 0);
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const V v = *it;
            const V p = parent[v];
            if (p != Org::npos && (active[v] || activeBelow[v]))
                activeBelow[p] = 1;
        }
        for (V v = 0; v < n; ++v) {
            const Position &pos = org.position(v);
            const bool notStarted = pos.startDate().isValid() && pos.startDate() > date;
            if (!active[v] && notStarted && activeBelow[v]) {
                keep[v] = 1;
                chain[v] = 1;
            }
        }
    }

    OrgAsOf out;
    out.org.setCustomFields(org.customFields());
    out.toView.assign(n, Org::npos);
    // Managers come before reports in the preorder: the nearest kept manager above
    // a position is known when it is reached.
    std::vector<V> keptAbove(n, Org::npos);
    std::vector<V> managers;
    for (V v : order) {
        const V p = parent[v];
        const V above = p == Org::npos ? Org::npos : (keep[p] ? out.toView[p] : keptAbove[p]);
        keptAbove[v] = above;
        if (!keep[v])
            continue;
        Position pos = org.position(v);
        if (chain[v])
            pos.productLine.clear(); // a placeholder is no product-line position
        const V w = out.org.addPosition(std::move(pos));
        out.toView[v] = w;
        out.source.push_back(v);
        out.placeholder.push_back(chain[v]);
        managers.push_back(above);
    }
    out.org.setManagers(managers);
    for (const Org::DottedLine &d : org.dottedLines())
        if (out.toView[d.report] != Org::npos && out.toView[d.manager] != Org::npos)
            out.org.addDottedLine(out.toView[d.report], out.toView[d.manager]);
    return out;
}

std::vector<Problem> OrgAsOf::check(const RuleEngine &engine, const Org &org, QDate date)
{
    if (!date.isValid())
        return engine.check(org);
    OrgAsOf view = at(org, date, KeepChains);
    // Placeholders carry no role for the rules: not technical, no rank, not a
    // director or manager (see the class comment).
    for (std::size_t w = 0; w < view.placeholder.size(); ++w) {
        if (!view.placeholder[w])
            continue;
        Position p = view.org.position(Org::Vertex(w));
        p.role.clear();
        view.org.setPosition(Org::Vertex(w), std::move(p));
    }
    std::vector<Problem> problems = engine.check(view.org);
    std::vector<Problem> out;
    out.reserve(problems.size());
    for (Problem &p : problems) {
        if (p.anchor != Org::npos && view.placeholder[p.anchor])
            continue;
        if (p.anchor != Org::npos)
            p.anchor = view.source[p.anchor];
        if (p.other != Org::npos)
            p.other = view.source[p.other];
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace org
