// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rulesettings.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace org {

class Document;

/// Replaces the plan's rule settings (thresholds, switched-off rules) as one
/// undoable step; the problems are re-checked at once. Like every command, it
/// leaves the modified flag to the undo stack: undoing back to the saved
/// state makes the plan unmodified again.
class RuleSettingsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RuleSettingsCommand)
public:
    RuleSettingsCommand(Document *doc, RuleSettings before, RuleSettings after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    RuleSettings m_before, m_after;
};

} // namespace org
