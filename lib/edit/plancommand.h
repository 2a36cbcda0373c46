// SPDX-License-Identifier: MIT
#pragma once

#include "commandtext.h"
#include "document.h"

#include <QCoreApplication>

namespace org {

/// Base of every edit command: remembers the document and the scenario it was
/// made in, and gives subclasses write access to that scenario's org and the
/// document's signals. redo()/undo() switch back to the scenario when needed
/// (Document::canUndo() makes sure the editor only undoes steps of the
/// scenario shown). Subclasses give describe() and call retext() once built.
class PlanCommand : public TextedCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)
public:
    explicit PlanCommand(Document *doc, QUndoCommand *parent = nullptr);
    int scenario() const override { return m_scenario; }

protected:
    Document *document() const { return m_doc; }
    /// The scenario's org, made current first.
    Org &org();
    /// Re-validates the whole org after a change (positions renumbered, org replaced).
    void finish();
    /// Re-validates after a change of the position `id` alone (its role, data
    /// or manager, or it was just added): only what that can affect.
    void finish(const QString &id);
    /// The label of a subject in the current UI language (CommandSubject::label).
    QString label(const CommandSubject &who) const { return who.label(m_doc->roles()); }
    /// The subject with this id in the command's scenario as it is now.
    CommandSubject subject(const QString &id) const;
    Document *m_doc;
    int m_scenario;
};

} // namespace org
