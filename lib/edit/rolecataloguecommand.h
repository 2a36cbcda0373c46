// SPDX-License-Identifier: MIT
#pragma once

#include "model/rolecatalogue.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace org {

class Document;

/// Replaces the plan's role catalogue (role designer: add, edit, delete roles)
/// as one undoable step; cards and problems follow at once. The modified flag
/// is left to the undo stack, as for every command.
class RoleCatalogueCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RoleCatalogueCommand)
public:
    RoleCatalogueCommand(Document *doc, RoleCatalogue before, RoleCatalogue after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    RoleCatalogue m_before, m_after;
};

} // namespace org
