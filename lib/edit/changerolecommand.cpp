// SPDX-License-Identifier: MIT
#include "changerolecommand.h"

#include "i18n/language.h"

namespace org {

ChangeRoleCommand::ChangeRoleCommand(Document *doc, const QString &id, const QString &roleKey,
                                     QUndoCommand *parent)
    : PositionDataCommand(doc, id, parent)
{
    m_after.role = roleKey;
    retext();
}

QString ChangeRoleCommand::describe() const
{
    const Role *r = document()->roles().find(m_after.role);
    return tr("Change role of %1 to %2").arg(label(before()), r ? r->displayName(language()) : m_after.role);
}

} // namespace org
