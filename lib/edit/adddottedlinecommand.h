// SPDX-License-Identifier: MIT
#pragma once

#include "plancommand.h"

namespace org {

/// Adds a dotted-line report (matrix or technical-partner link) from `report` to `manager`.
class AddDottedLineCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddDottedLineCommand)
public:
    AddDottedLineCommand(Document *doc, const QString &report, const QString &manager,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QString m_report, m_manager;
};

} // namespace org
