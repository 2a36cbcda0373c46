// SPDX-License-Identifier: MIT
#include "markassistantcommand.h"

namespace org {

MarkAssistantCommand::MarkAssistantCommand(Document *doc, const QString &id, bool assistant,
                                           QUndoCommand *parent)
    : PositionDataCommand(doc, id, parent)
{
    m_after.assistant = assistant;
    setText(assistant ? tr("Mark %1 as assistant").arg(id) : tr("Unmark %1 as assistant").arg(id));
}

} // namespace org
