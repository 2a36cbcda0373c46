// SPDX-License-Identifier: MIT
#include "rolecataloguecommand.h"

#include "document.h"

namespace org {

RoleCatalogueCommand::RoleCatalogueCommand(Document *doc, RoleCatalogue before, RoleCatalogue after, QUndoCommand *parent)
    : SwapCommand(doc, std::move(before), std::move(after), parent)
{
    retext();
}

QString RoleCatalogueCommand::describe() const
{
    return tr("Change roles");
}

void RoleCatalogueCommand::apply(const RoleCatalogue &roles)
{
    m_doc->applyRoles(roles);
}

} // namespace org
