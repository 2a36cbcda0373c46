// SPDX-License-Identifier: MIT
#include "positiondatacommand.h"

namespace org {

PositionDataCommand::PositionDataCommand(Document *doc, const QString &id, QUndoCommand *parent)
    : PlanCommand(doc, parent)
{
    m_before = doc->org().position(doc->org().find(id));
    m_after = m_before;
}

void PositionDataCommand::apply(const Position &p)
{
    Org &o = org();
    o.setPosition(o.find(p.id), p);
    notifyChanged(p.id);
    finish(p.id);
}

void PositionDataCommand::redo()
{
    apply(m_after);
}

void PositionDataCommand::undo()
{
    apply(m_before);
}

} // namespace org
