// SPDX-License-Identifier: MIT
#include "historyview.h"

#include "historymodel.h"

namespace org::ui {

HistoryView::HistoryView(QUndoStack *stack, QWidget *parent)
    : QListView(parent), m_stack(stack), m_model(new HistoryModel(stack, this))
{
    setModel(m_model);
    QItemSelectionModel *own = selectionModel();
    setSelectionModel(m_model->selectionModel());
    delete own; // the view's default one, replaced
    // Rows of one height: laid out without measuring the text of every step.
    setUniformItemSizes(true);
}

void HistoryView::setEmptyLabel(const QString &label)
{
    m_model->setEmptyLabel(label);
}

QString HistoryView::emptyLabel() const
{
    return m_model->emptyLabel();
}

} // namespace org::ui
