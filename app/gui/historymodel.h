// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QUndoStack>

class QItemSelectionModel;

namespace org::ui {

/// The rows of a HistoryView: the state when opened, then one row per step of a
/// QUndoStack (its text, read when shown). follow() brings the rows up to the stack
/// after each of its signals by what changed: a push at the top appends a row, a
/// push after undoing removes the undone rows, undo and redo move the current row
/// (the selection model's current index); the model resets only when the stack has
/// an undo limit (steps then drop off the bottom and every row shifts).
class HistoryModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit HistoryModel(QUndoStack *stack, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The current row (the stack's index) and the row the user picks (the stack goes there).
    QItemSelectionModel *selectionModel() const { return m_selection; }
    void setEmptyLabel(const QString &label);
    QString emptyLabel() const { return m_emptyLabel; }
    /// Follows the stack: rows added, removed or renamed, then the current row.
    void follow();

private:
    QPointer<QUndoStack> m_stack; ///< null once the Document (its owner) is gone
    QItemSelectionModel *m_selection;
    QString m_emptyLabel;
    int m_count = 0; ///< the stack's count() the rows show
    int m_index = 0; ///< the stack's index() the rows show
    bool m_following = false;
};

} // namespace org::ui
