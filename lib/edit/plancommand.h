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
    /// Re-validates after a change of several positions (data, role or manager
    /// of each), one after another: only what each can affect.
    void finish(const QStringList &ids);
    /// What changed, for the views: the Document tells them once the step is
    /// done (one command, or a whole macro: Document::positionsChanged).
    void notifyChanged(const QString &id) { m_doc->record(Document::Event::Changed, id); }
    void notifyManagerChanged(const QString &id, const QString &from, const QString &to)
    {
        m_doc->record(Document::Event::Manager, id, from, to);
    }
    void notifyAdded(const QString &id) { m_doc->record(Document::Event::Added, id); }
    void notifyRemoved(const QString &id) { m_doc->record(Document::Event::Removed, id); }
    void notifyDottedLines(const QString &id) { m_doc->record(Document::Event::DottedLines, id); }
    /// The whole org was replaced (Document::orgReset).
    void notifyOrgReset() { m_doc->record(Document::Event::Reset); }
    /// The label of a subject in the current UI language (CommandSubject::label).
    QString label(const CommandSubject &who) const { return who.label(m_doc->roles()); }
    /// The subject with this id in the command's scenario as it is now.
    CommandSubject subject(const QString &id) const;
    Document *m_doc;
    int m_scenario;
};

} // namespace org
