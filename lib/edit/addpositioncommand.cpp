// SPDX-License-Identifier: MIT
#include "addpositioncommand.h"

namespace org {

AddPositionCommand::AddPositionCommand(Document *doc, Position position, const QString &manager,
                                       QUndoCommand *parent)
    : PlanCommand(doc, parent), m_position(std::move(position)), m_manager(manager)
{
    if (m_position.custom().size() < doc->org().customFields().size()) {
        QStringList custom = m_position.custom();
        while (custom.size() < doc->org().customFields().size())
            custom << QString();
        m_position.setCustom(std::move(custom));
    }
    retext();
}

QString AddPositionCommand::describe() const
{
    return tr("Add %1").arg(label({m_position.name, m_position.role, m_position.id}));
}

void AddPositionCommand::redo()
{
    Org &o = org();
    const Org::Vertex v = o.addPosition(m_position);
    if (!m_manager.isEmpty())
        o.setManager(v, o.find(m_manager));
    notifyAdded(m_position.id);
    finish(m_position.id);
}

void AddPositionCommand::undo()
{
    Org &o = org();
    o.removePosition(o.find(m_position.id));
    notifyRemoved(m_position.id);
    finish();
}

} // namespace org
