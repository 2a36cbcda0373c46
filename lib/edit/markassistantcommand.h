// SPDX-License-Identifier: MIT
#pragma once

#include "positiondatacommand.h"

namespace org {

/// Marks a position as its manager's assistant (drawn beside the manager) or not.
class MarkAssistantCommand final : public PositionDataCommand
{
    Q_DECLARE_TR_FUNCTIONS(MarkAssistantCommand)
public:
    MarkAssistantCommand(Document *doc, const QString &id, bool assistant,
                         QUndoCommand *parent = nullptr);
    QString describe() const override;
};

} // namespace org
