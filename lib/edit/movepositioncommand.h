// SPDX-License-Identifier: MIT
#pragma once

#include "plancommand.h"

namespace org {

/// Makes a position report to a new manager (empty: it becomes a root).
/// Construct only after refusal() returned an empty string.
class MovePositionCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(MovePositionCommand)
public:
    MovePositionCommand(Document *doc, const QString &id, const QString &newManager,
                        QUndoCommand *parent = nullptr);
    /// Why the move is impossible (unknown id, itself, a reporting cycle naming
    /// both positions), or an empty string when it is fine.
    static QString refusal(const Org &org, const QString &id, const QString &newManager);
    void redo() override;
    void undo() override;

private:
    void apply(const QString &from, const QString &to);
    QString m_id, m_oldManager, m_newManager;
};

} // namespace org
