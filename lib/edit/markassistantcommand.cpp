// SPDX-License-Identifier: MIT
#include "markassistantcommand.h"

namespace org {

MarkAssistantCommand::MarkAssistantCommand(Document *doc, const QString &id, bool assistant,
                                           QUndoCommand *parent)
    : PositionDataCommand(doc, id, parent)
{
    m_after.assistant = assistant;
    retext();
}

QString MarkAssistantCommand::describe() const
{
    return m_after.assistant ? tr("Mark %1 as assistant").arg(label(before()))
                             : tr("Unmark %1 as assistant").arg(label(before()));
}

} // namespace org
