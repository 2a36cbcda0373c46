// SPDX-License-Identifier: MIT
#pragma once

#include "plancommand.h"

namespace org {

/// Removes a dotted-line report.
class RemoveDottedLineCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveDottedLineCommand)
public:
    RemoveDottedLineCommand(Document *doc, const QString &report, const QString &manager,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QString m_report, m_manager;
};

} // namespace org
