// SPDX-License-Identifier: MIT
#pragma once

#include "positiondatacommand.h"

namespace org {

/// Changes the person's name of a position (an empty name makes it an open position).
class RenamePositionCommand final : public PositionDataCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenamePositionCommand)
public:
    RenamePositionCommand(Document *doc, const QString &id, const QString &name,
                          QUndoCommand *parent = nullptr);
    QString describe() const override;
};

} // namespace org
