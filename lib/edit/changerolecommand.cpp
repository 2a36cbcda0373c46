// SPDX-License-Identifier: MIT
#include "changerolecommand.h"

namespace org {

ChangeRoleCommand::ChangeRoleCommand(Document *doc, const QString &id, const QString &roleKey,
                                     QUndoCommand *parent)
    : PositionDataCommand(doc, id, parent)
{
    m_after.role = roleKey;
    setText(tr("Change role of %1").arg(id));
}

} // namespace org
