// SPDX-License-Identifier: MIT
#include "renamepositioncommand.h"

namespace org {

RenamePositionCommand::RenamePositionCommand(Document *doc, const QString &id, const QString &name,
                                             QUndoCommand *parent)
    : PositionDataCommand(doc, id, parent)
{
    m_after.name = name.trimmed();
    setText(tr("Rename %1").arg(id));
}

} // namespace org
