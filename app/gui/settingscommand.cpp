// SPDX-License-Identifier: MIT
#include "settingscommand.h"

#include "edit/document.h"

#include <QCoreApplication>

namespace org::ui {

RuleSettingsCommand::RuleSettingsCommand(Document *doc, RuleSettings before, RuleSettings after)
    : m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("org::ui::SettingsCommand", "Change rule settings"));
}

void RuleSettingsCommand::redo()
{
    m_doc->setRuleSettings(m_after);
}

void RuleSettingsCommand::undo()
{
    m_doc->setRuleSettings(m_before);
}

RolesCommand::RolesCommand(Document *doc, RoleCatalogue before, RoleCatalogue after)
    : m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("org::ui::SettingsCommand", "Change roles"));
}

void RolesCommand::redo()
{
    m_doc->setRoles(m_after);
}

void RolesCommand::undo()
{
    m_doc->setRoles(m_before);
}

} // namespace org::ui
