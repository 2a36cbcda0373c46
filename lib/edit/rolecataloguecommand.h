// SPDX-License-Identifier: MIT
#pragma once

#include "model/rolecatalogue.h"
#include "swapcommand.h"

#include <QCoreApplication>

namespace org {

/// Replaces the plan's role catalogue (role designer: add, edit, delete roles)
/// as one undoable step; cards and problems follow at once.
class RoleCatalogueCommand final : public SwapCommand<RoleCatalogue>
{
    Q_DECLARE_TR_FUNCTIONS(RoleCatalogueCommand)
public:
    RoleCatalogueCommand(Document *doc, RoleCatalogue before, RoleCatalogue after, QUndoCommand *parent = nullptr);
    QString describe() const override;

private:
    void apply(const RoleCatalogue &roles) override;
};

} // namespace org
