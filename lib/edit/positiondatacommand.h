// SPDX-License-Identifier: MIT
#pragma once

#include "plancommand.h"

namespace org {

/// Base of the commands that change one position's data (role, name, a field,
/// assistant flag): keeps the data before and after and swaps them.
class PositionDataCommand : public PlanCommand
{
public:
    PositionDataCommand(Document *doc, const QString &id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

protected:
    /// The position as it was before the change, for texts.
    CommandSubject before() const { return {m_before.name, m_before.role, m_before.id}; }
    Position m_before, m_after;   ///< subclasses edit m_after in their constructor

private:
    void apply(const Position &p);
};

} // namespace org
