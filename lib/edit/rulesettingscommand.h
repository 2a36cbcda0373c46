// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rulesettings.h"
#include "swapcommand.h"

#include <QCoreApplication>

namespace org {

/// Replaces the plan's rule settings (thresholds, switched-off rules) as one
/// undoable step; the problems are re-checked at once. Undoing back to the
/// saved state makes the plan unmodified again.
class RuleSettingsCommand final : public SwapCommand<RuleSettings>
{
    Q_DECLARE_TR_FUNCTIONS(RuleSettingsCommand)
public:
    RuleSettingsCommand(Document *doc, RuleSettings before, RuleSettings after, QUndoCommand *parent = nullptr);
    QString describe() const override;

private:
    void apply(const RuleSettings &settings) override;
};

} // namespace org
