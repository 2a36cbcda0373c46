// SPDX-License-Identifier: MIT
#pragma once

#include "commandtext.h"
#include "model/rolecatalogue.h"
#include "rules/rulesettings.h"

#include <QCoreApplication>

namespace org {

class Document;

/// Base of the commands that replace one plan-wide value (role catalogue, rule
/// settings): keeps the value before and after; redo applies the one, undo the
/// other through the Document function `apply`. The modified flag is left to
/// the undo stack, as for every command.
template <typename T>
class SwapCommand : public TextedCommand
{
public:
    using Apply = void (Document::*)(T);
    void redo() override { (m_doc->*m_apply)(m_after); }
    void undo() override { (m_doc->*m_apply)(m_before); }
    int scenario() const override { return PlanWide; }

protected:
    SwapCommand(Document *doc, T before, T after, Apply apply, QUndoCommand *parent)
        : TextedCommand(parent), m_doc(doc), m_apply(apply), m_before(std::move(before)), m_after(std::move(after))
    {
    }

private:
    Document *m_doc;
    Apply m_apply;
    T m_before, m_after;
};

/// Replaces the plan's role catalogue (role designer: add, edit, delete roles)
/// as one undoable step; cards and problems follow at once.
class RoleCatalogueCommand final : public SwapCommand<RoleCatalogue>
{
    Q_DECLARE_TR_FUNCTIONS(RoleCatalogueCommand)
public:
    RoleCatalogueCommand(Document *doc, RoleCatalogue before, RoleCatalogue after, QUndoCommand *parent = nullptr);
    QString describe() const override;
};

/// Replaces the plan's rule settings (thresholds, switched-off rules); the
/// problems are re-checked at once. Undoing back to the saved state makes the
/// plan unmodified again.
class RuleSettingsCommand final : public SwapCommand<RuleSettings>
{
    Q_DECLARE_TR_FUNCTIONS(RuleSettingsCommand)
public:
    RuleSettingsCommand(Document *doc, RuleSettings before, RuleSettings after, QUndoCommand *parent = nullptr);
    QString describe() const override;
};

} // namespace org
