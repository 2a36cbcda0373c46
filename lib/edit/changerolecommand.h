// SPDX-License-Identifier: MIT
#pragma once

#include "positiondatacommand.h"

namespace org {

/// Gives a position another role (a key of the plan's RoleCatalogue).
class ChangeRoleCommand final : public PositionDataCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRoleCommand)
public:
    ChangeRoleCommand(Document *doc, const QString &id, const QString &roleKey,
                      QUndoCommand *parent = nullptr);
    QString describe() const override;
};

} // namespace org
