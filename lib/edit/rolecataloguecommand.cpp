// SPDX-License-Identifier: MIT
#include "rolecataloguecommand.h"

#include "document.h"

namespace org {

RoleCatalogueCommand::RoleCatalogueCommand(Document *doc, RoleCatalogue before, RoleCatalogue after, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("Change roles"));
}

void RoleCatalogueCommand::redo()
{
    m_doc->applyRoles(m_after);
}

void RoleCatalogueCommand::undo()
{
    m_doc->applyRoles(m_before);
}

} // namespace org
