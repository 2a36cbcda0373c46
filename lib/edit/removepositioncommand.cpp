// SPDX-License-Identifier: MIT
#include "removepositioncommand.h"

namespace org {

namespace {

/// The org without the positions marked in `drop`, in one O(V+E) pass (removing
/// vertices one by one would renumber the graph each time). Reports of a dropped
/// position that stay take its place under its manager when `promote` is set
/// (only one position is dropped then); otherwise they become roots.
Org without(const Org &org, const std::vector<char> &drop, bool promote)
{
    Org out;
    out.setCustomFields(org.customFields());
    for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v)
        if (!drop[v])
            out.addPosition(org.position(v));
    const auto dotted = dottedManagersByReport(org);
    for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
        if (drop[v])
            continue;
        const Org::Vertex nv = out.find(org.position(v).id);
        for (Org::Vertex r : org.reports(v)) {
            if (!drop[r]) {
                out.setManager(out.find(org.position(r).id), nv);
            } else if (promote) {
                for (Org::Vertex rr : org.reports(r))
                    if (!drop[rr])
                        out.setManager(out.find(org.position(rr).id), nv);
            }
        }
        for (Org::Vertex d : dotted[v])
            if (!drop[d])
                out.addDottedLine(out.find(org.position(v).id), out.find(org.position(d).id));
    }
    return out;
}

} // namespace

RemovePositionCommand::RemovePositionCommand(Document *doc, const QString &id, bool withSubtree,
                                             QUndoCommand *parent)
    : PlanCommand(doc, parent), m_id(id), m_withSubtree(withSubtree)
{
    m_who = subject(id);
    retext();
}

QString RemovePositionCommand::describe() const
{
    return m_withSubtree ? tr("Remove %1 and its team").arg(label(m_who)) : tr("Remove %1").arg(label(m_who));
}

void RemovePositionCommand::redo()
{
    Org &o = org();
    m_before = o;
    const Org::Vertex v = o.find(m_id);
    std::vector<char> drop(std::size_t(o.size()), 0);
    drop[v] = 1;
    QStringList removed{m_id};
    std::vector<std::pair<QString, QString>> promoted; // report, new manager
    const Org::Vertex manager = o.manager(v);
    const QString managerId = manager == Org::npos ? QString() : o.position(manager).id;
    if (m_withSubtree) {
        std::vector<Org::Vertex> stack{v}; // iterative: deep chains must not overflow
        while (!stack.empty()) {
            const Org::Vertex u = stack.back();
            stack.pop_back();
            for (Org::Vertex r : o.reports(u)) {
                drop[r] = 1;
                removed << o.position(r).id;
                stack.push_back(r);
            }
        }
    } else {
        for (Org::Vertex r : o.reports(v))
            promoted.emplace_back(o.position(r).id, managerId);
    }
    o = without(m_before, drop, !m_withSubtree);
    for (const auto &[report, to] : promoted)
        notifyManagerChanged(report, m_id, to);
    for (const QString &id : removed)
        notifyRemoved(id);
    finish();
}

void RemovePositionCommand::undo()
{
    org() = m_before;
    m_before = Org();
    notifyOrgReset();
    finish();
}

} // namespace org
