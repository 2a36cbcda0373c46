// SPDX-License-Identifier: MIT
#pragma once

#include "plancommand.h"

#include <vector>

namespace org {

/// Makes a position report to a new manager (empty: it becomes a root).
/// With `carryTeam`, a position that shared its team with its old manager takes
/// the new manager's team and product line, and so does the part of its subtree
/// that shared its old team and product line (carried()); undo restores them.
/// Construct only after refusal() returned an empty string.
class MovePositionCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(MovePositionCommand)
public:
    MovePositionCommand(Document *doc, const QString &id, const QString &newManager, bool carryTeam = false,
                        QUndoCommand *parent = nullptr);
    /// Why the move is impossible (unknown id, itself, a reporting cycle naming
    /// both positions), or an empty string when it is fine.
    static QString refusal(const Org &org, const QString &id, const QString &newManager);
    /// The positions whose team and product line a move of `v` under `newManager`
    /// carries along: none unless v's team equals its old manager's and the new
    /// manager's team or product line differ from v's; else v and, breadth first,
    /// every report whose team and product line equal v's, stopping at one that
    /// differs. Iterative, linear in the subtree's size.
    static std::vector<Org::Vertex> carried(const Org &org, Org::Vertex v, Org::Vertex newManager);
    QString describe() const override;
    void redo() override;
    void undo() override;

private:
    /// A carried position's team and product line before and after the move.
    struct Carry
    {
        QString id, team, productLine;
    };
    void apply(const QString &from, const QString &to, bool after);
    QString m_id, m_oldManager, m_newManager;
    CommandSubject m_who, m_to;
    QString m_newTeam, m_newProductLine;
    std::vector<Carry> m_carried;   ///< ids with their team and product line before the move
};

} // namespace org
