// SPDX-License-Identifier: MIT
#pragma once

#include "plancommand.h"

namespace org {

/// Removes a position, alone (its reports move up to its manager) or with its
/// whole subtree. Undo restores the exact previous org (it keeps a copy, since
/// removal renumbers vertices).
class RemovePositionCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemovePositionCommand)
public:
    RemovePositionCommand(Document *doc, const QString &id, bool withSubtree,
                          QUndoCommand *parent = nullptr);
    QString describe() const override;
    void redo() override;
    void undo() override;

private:
    QString m_id;
    bool m_withSubtree;
    CommandSubject m_who;
    Org m_before;
};

} // namespace org
