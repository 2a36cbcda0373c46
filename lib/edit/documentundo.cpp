// SPDX-License-Identifier: MIT
// Document: undo and redo that stay in the scenario shown, and history texts
// in the current UI language.
#include "document.h"

#include "commandtext.h"

#include <algorithm>

namespace org {

namespace {

/// The scenario of a step: a command's own, or for a macro the one scenario
/// all its children change (PlanWide when they change several or the plan).
int scopeOf(const QUndoCommand *c)
{
    if (const auto *t = dynamic_cast<const TextedCommand *>(c); t && t->scenario() != TextedCommand::Neutral)
        return t->scenario();
    int scope = TextedCommand::Neutral;
    for (int i = 0; i < c->childCount(); ++i) {
        const int s = scopeOf(c->child(i));
        if (s == TextedCommand::Neutral)
            continue;
        if (s == TextedCommand::PlanWide || (scope != TextedCommand::Neutral && scope != s))
            return TextedCommand::PlanWide;
        scope = s;
    }
    return scope;
}

/// Writes a command and its children again; a macro takes the text of its label.
void retextTree(QUndoCommand *c)
{
    if (auto *t = dynamic_cast<TextedCommand *>(c))
        t->retext();
    for (int i = 0; i < c->childCount(); ++i)
        // The stack hands out its commands as const; their text is ours to change.
        retextTree(const_cast<QUndoCommand *>(c->child(i)));
    if (c->childCount() > 0)
        if (const auto *label = dynamic_cast<const StepLabelCommand *>(c->child(0)))
            c->setText(label->text());
}

} // namespace

int Document::stepScenario(int index) const
{
    const QUndoCommand *c = m_undo->command(index);
    if (!c)
        return -1;
    const int s = scopeOf(c);
    return s < 0 ? -1 : s;
}

bool Document::canReachIndex(int index) const
{
    if (index < 0 || index > m_undo->count())
        return false;
    const int from = std::min(index, m_undo->index());
    const int to = std::max(index, m_undo->index());
    for (int i = from; i < to; ++i) {
        const int s = stepScenario(i);
        if (s >= 0 && s != m_current)
            return false;
    }
    return true;
}

bool Document::canUndo() const
{
    return m_undo->canUndo() && canReachIndex(m_undo->index() - 1);
}

bool Document::canRedo() const
{
    return m_undo->canRedo() && canReachIndex(m_undo->index() + 1);
}

QString Document::undoBlockedBy() const
{
    if (!m_undo->canUndo() || canUndo())
        return {};
    return m_plan.scenarios[std::size_t(stepScenario(m_undo->index() - 1))].name;
}

QString Document::redoBlockedBy() const
{
    if (!m_undo->canRedo() || canRedo())
        return {};
    return m_plan.scenarios[std::size_t(stepScenario(m_undo->index()))].name;
}

bool Document::undo()
{
    if (!canUndo())
        return false;
    m_undo->undo();
    return true;
}

bool Document::redo()
{
    if (!canRedo())
        return false;
    m_undo->redo();
    return true;
}

void Document::beginStep(std::function<QString()> text)
{
    m_undo->beginMacro(text());
    m_undo->push(new StepLabelCommand(std::move(text)));
}

void Document::retranslateHistory()
{
    for (int i = 0; i < m_undo->count(); ++i)
        retextTree(const_cast<QUndoCommand *>(m_undo->command(i)));
    Q_EMIT undoStateChanged();
}

} // namespace org
