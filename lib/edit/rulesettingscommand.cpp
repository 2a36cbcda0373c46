// SPDX-License-Identifier: MIT
#include "rulesettingscommand.h"

#include "document.h"

namespace org {

RuleSettingsCommand::RuleSettingsCommand(Document *doc, RuleSettings before, RuleSettings after, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("Change rule settings"));
}

void RuleSettingsCommand::redo()
{
    m_doc->applyRuleSettings(m_after);
}

void RuleSettingsCommand::undo()
{
    m_doc->applyRuleSettings(m_before);
}

} // namespace org
