// SPDX-License-Identifier: MIT
// The history list's model against its undo stack, in the cases the editor's own
// stack does not reach: an undo limit (steps drop off the bottom) and a stack that
// goes away before the list.
#include "historymodel.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QUndoCommand>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

namespace org::ui::test {
namespace {

QStringList rows(const HistoryModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.data(model.index(r)).toString();
    return out;
}

TEST(HistoryModel, StepsDroppedByAnUndoLimitLeaveTheRows)
{
    QUndoStack stack;
    stack.setUndoLimit(2);
    HistoryModel model(&stack);
    model.setEmptyLabel(QStringLiteral("<opened>"));
    stack.push(new QUndoCommand(QStringLiteral("one")));
    stack.push(new QUndoCommand(QStringLiteral("two")));
    // At the limit the push of "three" drops "one": same count and index as before it,
    // yet every row shows another step, and the list must hear of it.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    stack.push(new QUndoCommand(QStringLiteral("three")));
    EXPECT_GT(reset.count() + changed.count(), 0);
    EXPECT_EQ(rows(model), (QStringList{QStringLiteral("<opened>"), QStringLiteral("two"), QStringLiteral("three")}));
    EXPECT_EQ(model.selectionModel()->currentIndex().row(), 2);
}

TEST(HistoryModel, OutlivesItsStack)
{
    auto stack = std::make_unique<QUndoStack>();
    HistoryModel model(stack.get());
    stack->push(new QUndoCommand(QStringLiteral("one")));
    ASSERT_EQ(model.rowCount(), 2);
    stack.reset();
    EXPECT_EQ(model.data(model.index(1)).toString(), QString()); // no read of the freed stack
}

} // namespace
} // namespace org::ui::test
