// SPDX-License-Identifier: MIT
#pragma once

#include "model/rolecatalogue.h"
#include "rules/rulesettings.h"

#include <QUndoCommand>

namespace org { class Document; }

namespace org::ui {

/// Undoable change of the plan's rule settings: redo/undo go through
/// Document::setRuleSettings (which revalidates and emits settingsChanged).
class RuleSettingsCommand final : public QUndoCommand
{
public:
    RuleSettingsCommand(Document *doc, RuleSettings before, RuleSettings after);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    RuleSettings m_before, m_after;
};

/// Undoable change of the plan's role catalogue through Document::setRoles.
class RolesCommand final : public QUndoCommand
{
public:
    RolesCommand(Document *doc, RoleCatalogue before, RoleCatalogue after);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    RoleCatalogue m_before, m_after;
};

} // namespace org::ui
