// SPDX-License-Identifier: MIT
#include "historymodel.h"

#include <QItemSelectionModel>
#include <QUndoStack>

#include <algorithm>

namespace org::ui {

HistoryModel::HistoryModel(QUndoStack *stack, QObject *parent)
    : QAbstractListModel(parent), m_stack(stack), m_selection(new QItemSelectionModel(this, this)),
      m_count(stack->count()), m_index(stack->index())
{
    connect(m_stack, &QUndoStack::indexChanged, this, &HistoryModel::follow);
    connect(m_stack, &QUndoStack::cleanChanged, this, &HistoryModel::follow); // clear() may send only this
    connect(m_selection, &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_following && m_stack && current.isValid() && current.row() != m_stack->index())
            m_stack->setIndex(current.row());
    });
    m_selection->setCurrentIndex(index(m_index), QItemSelectionModel::ClearAndSelect);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count + 1;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.row() == 0)
        return m_emptyLabel;
    return m_stack && index.row() <= m_stack->count() ? m_stack->text(index.row() - 1) : QString();
}

void HistoryModel::setEmptyLabel(const QString &label)
{
    if (m_emptyLabel == label)
        return;
    m_emptyLabel = label;
    Q_EMIT dataChanged(index(0), index(0));
}

void HistoryModel::follow()
{
    const int count = m_stack->count();
    const int current = m_stack->index();
    // With an undo limit a push at the limit drops the bottom step: count and index stay,
    // every row shows another step.
    const bool limited = m_stack->undoLimit() > 0;
    if (!limited && count == m_count && current == m_index)
        return;
    m_following = true;
    if (limited) {
        beginResetModel();
        m_count = count;
        endResetModel();
    } else if (count > m_count) {
        // Pushed at the top (a push after undoing never makes the stack longer).
        beginInsertRows({}, m_count + 1, count);
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        // A push after undoing: the undone steps went, the new one took the first place.
        beginRemoveRows({}, count + 1, m_count);
        m_count = count;
        endRemoveRows();
        if (count > 0)
            Q_EMIT dataChanged(index(count), index(count));
    } else {
        // Undo, redo or a jump; or a push after undoing one step, which renames the
        // step above the old index: the rows between the old and the new index.
        const int first = std::min(m_index, current) + 1;
        const int last = std::max(m_index, current);
        if (first <= last)
            Q_EMIT dataChanged(index(first), index(last));
    }
    m_index = current;
    m_selection->setCurrentIndex(index(current), QItemSelectionModel::ClearAndSelect);
    m_following = false;
}

} // namespace org::ui
