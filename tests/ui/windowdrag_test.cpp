// SPDX-License-Identifier: MIT
// One drag through the whole main window (issue 17): after a real mouse drag the
// property panel, the history, the status bar and the people list show the org as it
// is now, and each followed the edit by what it changed — the history appends a row
// (no reset of its model), the property form keeps its rows in place when the manager
// it names changes script; clicking a history row undoes with the mouse.
#include "uitestutil.h"

#include "chartscene.h"
#include "chartview.h"
#include "peoplemodel.h"
#include "propertypanel.h"
#include "rules/stats.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <map>

using namespace org;
using namespace org::ui;

namespace {

class GuiWindowDrag : public test::MainWindowTest
{
protected:
    /// A CTO over a manager with a Chinese name (m1) and one with a Latin name (m2),
    /// three programmers each; the chart zoomed so that all of them are in view.
    void openTwoTeams()
    {
        ASSERT_NO_FATAL_FAILURE(openCsv("id,name,manager_id,role,team\n"
                                        "cto,Cora Diaz,,cto,T\n"
                                        "m1,王芳,cto,tech_manager,T1\n"
                                        "m2,Mark Lee,cto,tech_manager,T2\n"
                                        "p1,张伟,m1,programmer,T1\n"
                                        "p2,Ann Roe,m1,programmer,T1\n"
                                        "p3,李娜,m1,programmer,T1\n"
                                        "q1,Bob Ray,m2,programmer,T2\n"
                                        "q2,刘洋,m2,programmer,T2\n"
                                        "q3,Eve Poe,m2,programmer,T2\n"));
        window->scene()->expandAll();
        window->chartView()->fitToWindow();
        settle();
        history = window->findChild<QListView *>(QStringLiteral("undoView"));
        ASSERT_NE(history, nullptr);
        history->parentWidget()->show(); // the history dock
        settle();
    }
    /// Clicks card `id` with the mouse (it becomes the current position).
    void clickCard(const QString &id)
    {
        QTest::mouseClick(window->chartView()->viewport(), Qt::LeftButton, {}, viewPos(id));
        settle();
    }
    void clickHistoryRow(int row)
    {
        const QRect rect = history->visualRect(history->model()->index(row, 0));
        ASSERT_TRUE(rect.isValid()) << row;
        QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, rect.center());
        settle();
    }
    bool panelShows(const QString &text) const
    {
        for (const QLabel *l : window->propertyPanel()->findChildren<QLabel *>())
            if (l->isVisible() && l->text() == text)
                return true;
        return false;
    }
    /// Where every field of the property form is (object → "x,y w×h" in the panel).
    std::map<const QWidget *, QString> formGeometry() const
    {
        std::map<const QWidget *, QString> at;
        PropertyPanel *panel = window->propertyPanel();
        for (const QWidget *w : panel->findChildren<QWidget *>())
            if (w->isVisible()) {
                const QPoint p = w->mapTo(panel, QPoint(0, 0));
                at[w] = QStringLiteral("%1,%2 %3×%4").arg(p.x()).arg(p.y()).arg(w->width()).arg(w->height());
            }
        return at;
    }
    const QUndoStack *stack() const { return doc()->undoStack(); }

    QListView *history = nullptr;
};

TEST_F(GuiWindowDrag, TheHistoryAppendsARowPerDragAndUndoesByAClickOnARow)
{
    ASSERT_NO_FATAL_FAILURE(openTwoTeams());
    QAbstractItemModel *rows = history->model();
    QAbstractItemModelTester tester(rows, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(rows, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(rows, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(rows, &QAbstractItemModel::rowsRemoved);
    ASSERT_EQ(rows->rowCount(), 1); // the state when opened
    EXPECT_EQ(rows->index(0, 0).data().toString(), QStringLiteral("<opened>"));

    dragCard(QStringLiteral("p1"), QStringLiteral("m2"));
    ASSERT_EQ(managerOf(QStringLiteral("p1")), QStringLiteral("m2")) << window->statusBar()->currentMessage().toStdString();
    dragCard(QStringLiteral("p2"), QStringLiteral("m2"));
    ASSERT_EQ(managerOf(QStringLiteral("p2")), QStringLiteral("m2"));
    ASSERT_EQ(stack()->count(), 2);
    EXPECT_EQ(rows->rowCount(), 3);
    EXPECT_EQ(history->currentIndex().row(), 2);
    EXPECT_EQ(rows->index(1, 0).data().toString(), stack()->text(0));
    EXPECT_EQ(rows->index(2, 0).data().toString(), stack()->text(1));
    EXPECT_FALSE(stack()->text(1).isEmpty());
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(inserted.count(), 2);

    // A click on the first row goes back to the state when opened: both drags undone.
    ASSERT_NO_FATAL_FAILURE(clickHistoryRow(0));
    EXPECT_EQ(stack()->index(), 0);
    EXPECT_EQ(history->currentIndex().row(), 0);
    EXPECT_EQ(managerOf(QStringLiteral("p1")), QStringLiteral("m1"));
    EXPECT_EQ(managerOf(QStringLiteral("p2")), QStringLiteral("m1"));
    EXPECT_EQ(managerInPeopleList(QStringLiteral("p1")), QStringLiteral("王芳"));
    EXPECT_EQ(rows->rowCount(), 3); // undone steps stay until a new edit
    // …and a click on the last row redoes them.
    ASSERT_NO_FATAL_FAILURE(clickHistoryRow(2));
    EXPECT_EQ(stack()->index(), 2);
    EXPECT_EQ(managerOf(QStringLiteral("p2")), QStringLiteral("m2"));
    EXPECT_EQ(managerInPeopleList(QStringLiteral("p2")), QStringLiteral("Mark Lee"));

    // Undo one step, then drag again: the undone step's row goes, the new one takes its place.
    ASSERT_NO_FATAL_FAILURE(clickHistoryRow(1));
    ASSERT_EQ(managerOf(QStringLiteral("p2")), QStringLiteral("m1"));
    dragCard(QStringLiteral("q1"), QStringLiteral("m1"));
    ASSERT_EQ(managerOf(QStringLiteral("q1")), QStringLiteral("m1"));
    EXPECT_EQ(rows->rowCount(), 3);
    EXPECT_EQ(rows->index(2, 0).data().toString(), stack()->text(1));
    EXPECT_TRUE(rows->index(2, 0).data().toString().contains(QStringLiteral("Bob Ray")))
        << rows->index(2, 0).data().toString().toStdString();
    EXPECT_EQ(history->currentIndex().row(), 2);
    // Undo two, then drag: two rows make way for one.
    ASSERT_NO_FATAL_FAILURE(clickHistoryRow(0));
    dragCard(QStringLiteral("q2"), QStringLiteral("m1"));
    ASSERT_EQ(managerOf(QStringLiteral("q2")), QStringLiteral("m1"));
    EXPECT_EQ(stack()->count(), 1);
    EXPECT_EQ(rows->rowCount(), 2);
    EXPECT_EQ(rows->index(1, 0).data().toString(), stack()->text(0));
    EXPECT_EQ(history->currentIndex().row(), 1);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_TRUE(window->statusText().startsWith(expectedStatusCounts())) << window->statusText().toStdString();
}

TEST_F(GuiWindowDrag, AfterADragThePanelStatusBarAndPeopleListShowTheNewManager)
{
    ASSERT_NO_FATAL_FAILURE(openTwoTeams());
    clickCard(QStringLiteral("p1"));
    ASSERT_EQ(window->propertyPanel()->positionId(), QStringLiteral("p1"));
    ASSERT_TRUE(panelShows(QStringLiteral("王芳 (m1)")));
    const QString countsBefore = window->statusText();
    ASSERT_TRUE(countsBefore.startsWith(expectedStatusCounts())) << countsBefore.toStdString();
    const std::map<const QWidget *, QString> before = formGeometry();

    dragCard(QStringLiteral("p1"), QStringLiteral("m2"));
    ASSERT_EQ(managerOf(QStringLiteral("p1")), QStringLiteral("m2")) << window->statusBar()->currentMessage().toStdString();
    ASSERT_EQ(window->propertyPanel()->positionId(), QStringLiteral("p1"));
    EXPECT_TRUE(panelShows(QStringLiteral("Mark Lee (m2)")));
    EXPECT_FALSE(panelShows(QStringLiteral("王芳 (m1)")));
    EXPECT_EQ(managerInPeopleList(QStringLiteral("p1")), QStringLiteral("Mark Lee"));
    EXPECT_EQ(window->statusText(), countsBefore); // a move changes no count
    EXPECT_TRUE(window->statusText().startsWith(expectedStatusCounts()));
    // The manager's name went from Chinese to Latin letters: every field stayed where it
    // was (a row that changes height moves the rows below and repaints the whole form).
    const std::map<const QWidget *, QString> after = formGeometry();
    EXPECT_EQ(after.size(), before.size());
    for (const auto &[w, rect] : before) {
        const auto it = after.find(w);
        ASSERT_NE(it, after.end()) << w->metaObject()->className();
        EXPECT_EQ(it->second, rect) << w->metaObject()->className() << ' ' << w->objectName().toStdString();
    }

    // And back by Ctrl+Z: the panel, the list and the counts follow the undo.
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    settle();
    EXPECT_EQ(managerOf(QStringLiteral("p1")), QStringLiteral("m1"));
    EXPECT_TRUE(panelShows(QStringLiteral("王芳 (m1)")));
    EXPECT_EQ(managerInPeopleList(QStringLiteral("p1")), QStringLiteral("王芳"));
    EXPECT_EQ(window->statusText(), countsBefore);
    EXPECT_EQ(history->currentIndex().row(), 0);
}

TEST_F(GuiWindowDrag, AMoveLeavesThePeopleListSortedByNameAsItIs)
{
    ASSERT_NO_FATAL_FAILURE(openTwoTeams());
    doc()->setMovesCarryTeam(false);
    QTableView *people = window->peopleView();
    people->sortByColumn(PeopleModel::NameColumn, Qt::AscendingOrder);
    settle();
    QAbstractItemModel *rows = people->model();
    QSignalSpy relaid(rows, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(rows, &QAbstractItemModel::dataChanged);
    const QString firstBefore = rows->index(0, PeopleModel::NameColumn).data().toString();

    dragCard(QStringLiteral("p2"), QStringLiteral("m2"));
    ASSERT_EQ(managerOf(QStringLiteral("p2")), QStringLiteral("m2"));
    // Only the manager column changed: no re-sort of the rows, the row shows the new manager.
    EXPECT_EQ(relaid.count(), 0);
    ASSERT_GE(changed.count(), 1);
    for (const QList<QVariant> &signal : changed) {
        EXPECT_EQ(signal.at(0).toModelIndex().column(), PeopleModel::ManagerColumn);
        EXPECT_EQ(signal.at(1).toModelIndex().column(), PeopleModel::ManagerColumn);
    }
    EXPECT_EQ(rows->index(0, PeopleModel::NameColumn).data().toString(), firstBefore);
    EXPECT_EQ(managerInPeopleList(QStringLiteral("p2")), QStringLiteral("Mark Lee"));
    for (int r = 0; r < rows->rowCount(); ++r) {
        if (rows->index(r, PeopleModel::NameColumn).data().toString() == QStringLiteral("Ann Roe")) {
            EXPECT_EQ(rows->index(r, PeopleModel::ManagerColumn).data().toString(), QStringLiteral("Mark Lee"));
        }
    }
}

} // namespace
