// SPDX-License-Identifier: MIT
#include "movepositioncommand.h"

#include <deque>

namespace org {

namespace {

/// "Wang Wei (p7)", or "p7" for an open position (refusal messages name ids).
QString idLabel(const Org &org, Org::Vertex v)
{
    const Position &p = org.position(v);
    return p.name.isEmpty() ? p.id : QStringLiteral("%1 (%2)").arg(p.name, p.id);
}

} // namespace

MovePositionCommand::MovePositionCommand(Document *doc, const QString &id, const QString &newManager,
                                         bool carryTeam, QUndoCommand *parent)
    : PlanCommand(doc, parent), m_id(id), m_newManager(newManager)
{
    const Org &o = doc->org();
    const Org::Vertex v = o.find(id);
    const Org::Vertex m = o.manager(v);
    const Org::Vertex to = newManager.isEmpty() ? Org::npos : o.find(newManager);
    m_oldManager = m == Org::npos ? QString() : o.position(m).id;
    m_who = CommandSubject::of(o, v);
    m_to = CommandSubject::of(o, to);
    if (carryTeam && to != Org::npos) {
        m_newTeam = o.position(to).team;
        m_newProductLine = o.position(to).productLine;
        for (Org::Vertex c : carried(o, v, to))
            m_carried.push_back({o.position(c).id, o.position(c).team, o.position(c).productLine});
    }
    retext();
}

QString MovePositionCommand::describe() const
{
    if (m_newManager.isEmpty())
        return tr("Move %1 to the top").arg(label(m_who));
    return tr("Move %1 to %2").arg(label(m_who), label(m_to));
}

QString MovePositionCommand::refusal(const Org &org, const QString &id, const QString &newManager)
{
    const Org::Vertex v = org.find(id);
    if (v == Org::npos)
        return tr("there is no position \"%1\"").arg(id);
    if (newManager.isEmpty())
        return {};
    const Org::Vertex m = org.find(newManager);
    if (m == Org::npos)
        return tr("there is no position \"%1\"").arg(newManager);
    if (m == v)
        return tr("%1 cannot report to itself").arg(idLabel(org, v));
    if (org.wouldCreateCycle(v, m))
        return tr("cannot move %1 under %2: %2 already reports to %1, so this would form a reporting cycle")
            .arg(idLabel(org, v), idLabel(org, m));
    return {};
}

std::vector<Org::Vertex> MovePositionCommand::carried(const Org &org, Org::Vertex v, Org::Vertex newManager)
{
    const Org::Vertex old = org.manager(v);
    if (v == Org::npos || old == Org::npos || newManager == Org::npos)
        return {};
    const Position &p = org.position(v);
    const Position &to = org.position(newManager);
    if (p.team != org.position(old).team || (p.team == to.team && p.productLine == to.productLine))
        return {};
    std::vector<Org::Vertex> out{v};
    std::deque<Org::Vertex> queue{v};
    while (!queue.empty()) {
        const Org::Vertex u = queue.front();
        queue.pop_front();
        for (Org::Vertex r : org.reports(u)) {
            const Position &rp = org.position(r);
            if (rp.team == p.team && rp.productLine == p.productLine) {
                out.push_back(r);
                queue.push_back(r);
            }
        }
    }
    return out;
}

void MovePositionCommand::apply(const QString &from, const QString &to, bool after)
{
    Org &o = org();
    const Org::Vertex v = o.find(m_id);
    o.setManager(v, to.isEmpty() ? Org::npos : o.find(to));
    for (const Carry &c : m_carried) {
        const Org::Vertex cv = o.find(c.id);
        Position p = o.position(cv);
        p.team = after ? m_newTeam : c.team;
        p.productLine = after ? m_newProductLine : c.productLine;
        o.setPosition(cv, std::move(p));
    }
    notifyManagerChanged(m_id, from, to);
    for (const Carry &c : m_carried)
        notifyChanged(c.id);
    // The moved position, then each carried one (team and product line), incrementally.
    QStringList changed{m_id};
    for (const Carry &c : m_carried)
        if (c.id != m_id)
            changed << c.id;
    finish(changed);
}

void MovePositionCommand::redo()
{
    apply(m_oldManager, m_newManager, true);
}

void MovePositionCommand::undo()
{
    apply(m_newManager, m_oldManager, false);
}

} // namespace org
