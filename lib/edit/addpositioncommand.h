// SPDX-License-Identifier: MIT
#pragma once

#include "plancommand.h"

namespace org {

/// Adds a position (filled, or open when its name is empty) under a manager
/// (empty: as a root). The id must be new; Document::uniqueId() makes one.
class AddPositionCommand final : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPositionCommand)
public:
    AddPositionCommand(Document *doc, Position position, const QString &manager,
                       QUndoCommand *parent = nullptr);
    QString describe() const override;
    void redo() override;
    void undo() override;

private:
    Position m_position;
    QString m_manager;
};

} // namespace org
