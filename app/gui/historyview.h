// SPDX-License-Identifier: MIT
#pragma once

#include <QListView>

class QUndoStack;

namespace org::ui {

class HistoryModel;

/// The undo history: row 0 is the state when opened (emptyLabel()), row n the state
/// after step n of the QUndoStack, the current row is the stack's index and clicking
/// a row goes there (QUndoStack::setIndex). Unlike QUndoView, whose model resets on
/// every step (each edit then lays out and repaints the whole list: O(steps)), a step
/// appends, removes or updates only the rows it changed.
class HistoryView final : public QListView
{
    Q_OBJECT
public:
    explicit HistoryView(QUndoStack *stack, QWidget *parent = nullptr);

    QUndoStack *stack() const { return m_stack; }
    /// The text of row 0 (the state before the first step).
    void setEmptyLabel(const QString &label);
    QString emptyLabel() const;

private:
    QUndoStack *m_stack;
    HistoryModel *m_model;
};

} // namespace org::ui
