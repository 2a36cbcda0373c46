// SPDX-License-Identifier: MIT
#include "renamepositioncommand.h"

namespace org {

RenamePositionCommand::RenamePositionCommand(Document *doc, const QString &id, const QString &name,
                                             QUndoCommand *parent)
    : PositionDataCommand(doc, id, parent)
{
    m_after.name = name.trimmed();
    retext();
}

QString RenamePositionCommand::describe() const
{
    if (m_before.isOpen())
        return tr("Fill %1 with %2").arg(label(before()), m_after.name);
    return tr("Rename %1").arg(label(before()));
}

} // namespace org
