// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace org {

/// Base of every edit command: remembers the document and the scenario it was
/// made in, and gives subclasses write access to that scenario's org and the
/// document's signals. redo()/undo() switch back to the scenario when needed.
class PlanCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)
public:
    explicit PlanCommand(Document *doc, QUndoCommand *parent = nullptr);

protected:
    Document *document() const { return m_doc; }
    /// The scenario's org, made current first.
    Org &org();
    /// Re-validates the whole org after a change (positions renumbered, org replaced).
    void finish();
    /// Re-validates after a change of the position `id` alone (its role, data
    /// or manager, or it was just added): only what that can affect.
    void finish(const QString &id);
    Document *m_doc;
    int m_scenario;
};

} // namespace org
