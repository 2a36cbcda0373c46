// SPDX-License-Identifier: MIT
#include "settingscommands.h"

#include "document.h"

namespace org {

RoleCatalogueCommand::RoleCatalogueCommand(Document *doc, RoleCatalogue before, RoleCatalogue after, QUndoCommand *parent)
    : SwapCommand(doc, std::move(before), std::move(after), &Document::applyRoles, parent)
{
    retext();
}

QString RoleCatalogueCommand::describe() const
{
    return tr("Change roles");
}

RuleSettingsCommand::RuleSettingsCommand(Document *doc, RuleSettings before, RuleSettings after, QUndoCommand *parent)
    : SwapCommand(doc, std::move(before), std::move(after), &Document::applyRuleSettings, parent)
{
    retext();
}

QString RuleSettingsCommand::describe() const
{
    return tr("Change rule settings");
}

} // namespace org
