// SPDX-License-Identifier: MIT
#include "rulesettingscommand.h"

#include "document.h"

namespace org {

RuleSettingsCommand::RuleSettingsCommand(Document *doc, RuleSettings before, RuleSettings after, QUndoCommand *parent)
    : SwapCommand(doc, std::move(before), std::move(after), parent)
{
    retext();
}

QString RuleSettingsCommand::describe() const
{
    return tr("Change rule settings");
}

void RuleSettingsCommand::apply(const RuleSettings &settings)
{
    m_doc->applyRuleSettings(settings);
}

} // namespace org
