// SPDX-License-Identifier: MIT
#pragma once

#include "model/org.h"
#include "model/rolecatalogue.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <functional>

namespace org {

/// Who a command's text names, captured when the command is made: a person by
/// name, an open position by its role (the id only when the role is unknown).
/// Kept as data so that the text can be written again in another language.
struct CommandSubject
{
    QString name;   ///< empty for an open position
    QString role;   ///< role key
    QString id;

    /// The subject of vertex `v` of `org` (an empty subject for Org::npos).
    static CommandSubject of(const Org &org, Org::Vertex v);
    /// "马超", or "Open position (Engineer)" in the current UI language.
    QString label(const RoleCatalogue &roles) const;
};

/// The user's name of a position field ("team" → "team"/"团队"); custom fields keep their names.
QString fieldLabel(const QString &field);

/// Base of every command of the editor's history: its text is made by
/// describe() from data kept in the command, so retext() can write it again
/// in the current UI language (Document::retranslateHistory). scenario() tells
/// which scenario a step belongs to for undo (Document::canUndo).
class TextedCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;
    /// Scope of a step that belongs to no one scenario (role catalogue, rule settings).
    static constexpr int PlanWide = -1;
    /// Scope of a helper step that changes nothing by itself (labels, view keeping).
    static constexpr int Neutral = -2;

    /// The text in the current UI language.
    virtual QString describe() const = 0;
    /// The scenario index this step changes, PlanWide or Neutral.
    virtual int scenario() const = 0;
    void retext() { setText(describe()); }
};

/// A step of several commands made with QUndoStack::beginMacro(): pushed first
/// into the macro, it does nothing but holds the macro's text so that it can
/// be written again in another language.
class StepLabelCommand final : public TextedCommand
{
public:
    explicit StepLabelCommand(std::function<QString()> text) : m_text(std::move(text)) { retext(); }
    QString describe() const override { return m_text(); }
    int scenario() const override { return Neutral; }
    void redo() override {}
    void undo() override {}

private:
    std::function<QString()> m_text;
};

} // namespace org
