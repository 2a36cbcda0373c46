// SPDX-License-Identifier: MIT
#include "movepositioncommand.h"

namespace org {

namespace {

/// "Wang Wei (p7)", or "p7" for an open position.
QString label(const Org &org, Org::Vertex v)
{
    const Position &p = org.position(v);
    return p.name.isEmpty() ? p.id : QStringLiteral("%1 (%2)").arg(p.name, p.id);
}

} // namespace

MovePositionCommand::MovePositionCommand(Document *doc, const QString &id, const QString &newManager,
                                         QUndoCommand *parent)
    : PlanCommand(doc, parent), m_id(id), m_newManager(newManager)
{
    const Org &o = doc->org();
    const Org::Vertex m = o.manager(o.find(id));
    m_oldManager = m == Org::npos ? QString() : o.position(m).id;
    setText(tr("Move %1").arg(label(o, o.find(id))));
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
        return tr("%1 cannot report to itself").arg(label(org, v));
    if (org.wouldCreateCycle(v, m))
        return tr("cannot move %1 under %2: %2 already reports to %1, so this would form a reporting cycle")
            .arg(label(org, v), label(org, m));
    return {};
}

void MovePositionCommand::apply(const QString &from, const QString &to)
{
    Org &o = org();
    const Org::Vertex v = o.find(m_id);
    o.setManager(v, to.isEmpty() ? Org::npos : o.find(to));
    Q_EMIT document()->managerChanged(m_id, from, to);
    finish(m_id);
}

void MovePositionCommand::redo()
{
    apply(m_oldManager, m_newManager);
}

void MovePositionCommand::undo()
{
    apply(m_newManager, m_oldManager);
}

} // namespace org
