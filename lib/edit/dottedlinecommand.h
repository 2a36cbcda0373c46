// SPDX-License-Identifier: MIT
#pragma once

#include "plancommand.h"

namespace org {

/// Adds or removes a dotted-line report (matrix or technical-partner link)
/// from `report` to `manager`; undo does the opposite.
class DottedLineCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(DottedLineCommand)
public:
    enum Change { Add, Remove };
    DottedLineCommand(Document *doc, Change change, const QString &report, const QString &manager,
                      QUndoCommand *parent = nullptr);
    QString describe() const override;
    void redo() override { apply(m_change == Add); }
    void undo() override { apply(m_change != Add); }

private:
    void apply(bool add);
    Change m_change;
    QString m_report, m_manager;
    CommandSubject m_reportWho, m_managerWho;
};

} // namespace org
