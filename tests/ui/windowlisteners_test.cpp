// SPDX-License-Identifier: MIT
// What the main window shows besides the chart follows an edit by what it changed
// (issue 17): after a drag the people list, the property panel, the status bar,
// the "As of" quarters and the minimap show the org as it is now, with the people
// filter and sort still applied; the minimap paints only where cards moved, and
// that part equals a picture of the whole chart.
#include "uitestutil.h"

#include "asofcontrol.h"
#include "chartscene.h"
#include "chartview.h"
#include "minimap.h"
#include "peoplemodel.h"
#include "propertypanel.h"
#include "rules/stats.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QListView>

using namespace org;
using namespace org::ui;

namespace {

class GuiWindowListeners : public test::MainWindowTest
{
protected:
    /// A CTO over `managers` managers of `each` programmers (team T<m>), and a
    /// chain three deep under the first programmer of manager 0.
    void openTeams(int managers, int each)
    {
        QByteArray csv = "id,name,manager_id,role,team,product_line\ncto,Cora,,cto,T,\n";
        for (int m = 0; m < managers; ++m) {
            csv += QStringLiteral("m%1,Manager %1,cto,tech_manager,T%1,\n").arg(m).toUtf8();
            for (int i = 0; i < each; ++i)
                csv += QStringLiteral("p%1%2,Person %1%2,m%1,programmer,T%1,\n").arg(m).arg(i).toUtf8();
        }
        csv += "c1,Chain One,p00,programmer,T0,\nc2,Chain Two,c1,programmer,T0,\n";
        ASSERT_NO_FATAL_FAILURE(openCsv(csv));
        window->scene()->expandAll();
        settle();
    }
    /// The property panel's label that ends with "(<id>)", e.g. its "Reports to" line.
    bool panelShows(const QString &text) const
    {
        for (const QLabel *l : window->propertyPanel()->findChildren<QLabel *>())
            if (l->text() == text)
                return true;
        return false;
    }
    Minimap *minimap() const { return window->chartView()->findChild<Minimap *>(QStringLiteral("minimap")); }
};

TEST_F(GuiWindowListeners, AfterADragThePeopleListPanelAndStatusBarShowTheNewManager)
{
    ASSERT_NO_FATAL_FAILURE(openTeams(3, 3));
    doc()->setMovesCarryTeam(false);
    window->chartView()->setZoom(0.5);
    const QRectF from = window->scene()->cardRect(QStringLiteral("p10"));
    const QRectF to = window->scene()->cardRect(QStringLiteral("m2"));
    window->chartView()->centerOn((from.center() + to.center()) / 2);
    settle();
    window->scene()->setSelection({QStringLiteral("p10")}, QStringLiteral("p10"));
    settle();
    ASSERT_TRUE(panelShows(QStringLiteral("Manager 1 (m1)")));
    EXPECT_EQ(managerInPeopleList(QStringLiteral("p10")), QStringLiteral("Manager 1"));
    const QString status = window->statusText();
    EXPECT_TRUE(status.startsWith(expectedStatusCounts())) << status.toStdString();

    dragCard(QStringLiteral("p10"), QStringLiteral("m2"));
    ASSERT_EQ(managerOf(QStringLiteral("p10")), QStringLiteral("m2")) << window->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(managerInPeopleList(QStringLiteral("p10")), QStringLiteral("Manager 2"));
    EXPECT_TRUE(panelShows(QStringLiteral("Manager 2 (m2)")));
    EXPECT_FALSE(panelShows(QStringLiteral("Manager 1 (m1)")));

    // The panel follows a rename of the manager it names, and the undo of both edits.
    QString error;
    ASSERT_TRUE(doc()->rename(QStringLiteral("m2"), QStringLiteral("Mia"), &error)) << error.toStdString();
    settle();
    EXPECT_TRUE(panelShows(QStringLiteral("Mia (m2)")));
    EXPECT_EQ(managerInPeopleList(QStringLiteral("p10")), QStringLiteral("Mia"));
    ASSERT_TRUE(doc()->undo());
    settle();
    EXPECT_TRUE(panelShows(QStringLiteral("Manager 2 (m2)")));
    ASSERT_TRUE(doc()->undo());
    settle();
    EXPECT_EQ(managerOf(QStringLiteral("p10")), QStringLiteral("m1"));
    EXPECT_TRUE(panelShows(QStringLiteral("Manager 1 (m1)")));
    EXPECT_EQ(managerInPeopleList(QStringLiteral("p10")), QStringLiteral("Manager 1"));

    // Counts follow edits that change them: a seat left open, a tech partner, a removal.
    ASSERT_TRUE(doc()->rename(QStringLiteral("p21"), QString(), &error)) << error.toStdString();
    settle();
    EXPECT_TRUE(window->statusText().startsWith(expectedStatusCounts())) << window->statusText().toStdString();
    EXPECT_TRUE(window->statusText().contains(QStringLiteral("Open positions: 1")));
    ASSERT_TRUE(doc()->changeRole(QStringLiteral("p22"), QString(Role::kTechPartner), &error)) << error.toStdString();
    settle();
    EXPECT_TRUE(window->statusText().startsWith(expectedStatusCounts())) << window->statusText().toStdString();
    ASSERT_TRUE(doc()->removePosition(QStringLiteral("p00"), false, &error)) << error.toStdString();
    settle();
    EXPECT_TRUE(window->statusText().startsWith(expectedStatusCounts())) << window->statusText().toStdString();
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(doc()->undo());
        settle();
        EXPECT_TRUE(window->statusText().startsWith(expectedStatusCounts())) << i << window->statusText().toStdString();
    }
    EXPECT_TRUE(window->statusText().contains(QStringLiteral("Open positions: 0")));
}

TEST_F(GuiWindowListeners, ThePeopleFilterAndSortFollowAMoveThatCarriesATeam)
{
    ASSERT_NO_FATAL_FAILURE(openTeams(3, 3));
    doc()->setMovesCarryTeam(true);
    QTableView *people = window->peopleView();
    QAbstractItemModelTester tester(people->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    window->peopleFilterEdit()->setText(QStringLiteral("T2"));
    people->sortByColumn(PeopleModel::NameColumn, Qt::DescendingOrder);
    const auto shownIds = [people] {
        QStringList ids;
        for (int r = 0; r < people->model()->rowCount(); ++r)
            ids << people->model()->index(r, 0).data(PeopleModel::IdRole).toString();
        return ids;
    };
    EXPECT_EQ(shownIds(), (QStringList{QStringLiteral("p22"), QStringLiteral("p21"), QStringLiteral("p20"),
                                       QStringLiteral("m2")}));
    QString error;
    ASSERT_TRUE(doc()->move(QStringLiteral("p10"), QStringLiteral("m2"), &error)) << error.toStdString();
    settle();
    ASSERT_EQ(doc()->org().position(doc()->find(QStringLiteral("p10"))).team, QStringLiteral("T2"));
    EXPECT_EQ(shownIds(), (QStringList{QStringLiteral("p22"), QStringLiteral("p21"), QStringLiteral("p20"),
                                       QStringLiteral("p10"), QStringLiteral("m2")}));
    ASSERT_TRUE(doc()->undo());
    settle();
    EXPECT_EQ(shownIds(), (QStringList{QStringLiteral("p22"), QStringLiteral("p21"), QStringLiteral("p20"),
                                       QStringLiteral("m2")}));
}

TEST_F(GuiWindowListeners, TheAsOfQuartersFollowTheDatesOfTheEditedPositions)
{
    ASSERT_NO_FATAL_FAILURE(openTeams(2, 2));
    QComboBox *quarters = window->asOfControl()->combo();
    const int before = quarters->count();
    const auto lastQuarter = [quarters] { return quarters->itemData(quarters->count() - 1).toDate(); };
    const QDate lastBefore = lastQuarter();
    QString error;
    const QDate far = QDate::currentDate().addYears(6);
    ASSERT_TRUE(doc()->setField(QStringLiteral("p10"), QStringLiteral("start_date"), far.toString(Qt::ISODate), &error))
        << error.toStdString();
    settle();
    EXPECT_GT(quarters->count(), before + 15);
    EXPECT_GT(lastQuarter(), far);
    // A second date in the same quarter changes nothing; taking both away shrinks the span again.
    ASSERT_TRUE(doc()->setField(QStringLiteral("p11"), QStringLiteral("start_date"), far.toString(Qt::ISODate), &error));
    settle();
    const int widened = quarters->count();
    ASSERT_TRUE(doc()->undo());
    settle();
    EXPECT_EQ(quarters->count(), widened);
    ASSERT_TRUE(doc()->undo());
    settle();
    EXPECT_EQ(quarters->count(), before);
    EXPECT_EQ(lastQuarter(), lastBefore);
}

TEST_F(GuiWindowListeners, TheUndoViewListsEveryStepWithTheCurrentOneSelected)
{
    ASSERT_NO_FATAL_FAILURE(openTeams(2, 2));
    auto *history = window->findChild<QListView *>(QStringLiteral("undoView"));
    ASSERT_NE(history, nullptr);
    QString error;
    for (int i = 0; i < 6; ++i) {
        ASSERT_TRUE(doc()->move(QStringLiteral("p10"), i % 2 ? QStringLiteral("m1") : QStringLiteral("m0"), &error));
        settle();
    }
    const QUndoStack *stack = doc()->undoStack();
    EXPECT_EQ(history->model()->rowCount(), stack->count() + 1);
    EXPECT_EQ(history->currentIndex().row(), stack->index());
    ASSERT_TRUE(doc()->undo());
    settle();
    EXPECT_EQ(history->currentIndex().row(), stack->index());
    // Every row has its own place in the list (one height, measured once).
    EXPECT_LT(history->visualRect(history->model()->index(1, 0)).top(),
              history->visualRect(history->model()->index(2, 0)).top());
}

TEST_F(GuiWindowListeners, TheMinimapPaintsWhereCardsMovedAndThatEqualsAWholePicture)
{
    // Wide enough that the overview draws boxes (no badges), one card to a few pixels.
    window->action(QStringLiteral("actionCompact"))->setChecked(false);
    window->action(QStringLiteral("actionMinimap"))->setChecked(true);
    ASSERT_NO_FATAL_FAILURE(openTeams(12, 5));
    Minimap *map = minimap();
    ASSERT_NE(map, nullptr);
    ASSERT_TRUE(map->isVisible());
    map->renderAll();
    map->renderPending();
    ASSERT_EQ(map->lastRendered(), map->rect());
    const QRectF bounds = window->scene()->layoutResult().bounds;

    // A programmer moved to the next team: the chart keeps its width and depth,
    // so the overview keeps its scale; the cards of two teams move.
    QString error;
    ASSERT_TRUE(doc()->move(QStringLiteral("p50"), QStringLiteral("m6"), &error)) << error.toStdString();
    settle();
    ASSERT_EQ(window->scene()->layoutResult().bounds, bounds);
    map->renderPending();
    const QRect painted = map->lastRendered();
    EXPECT_FALSE(painted.isEmpty());
    EXPECT_LT(painted.width(), map->width() / 2) << "only around the moved cards";
    const QImage part = map->overview().copy();

    map->renderAll();
    map->renderPending();
    ASSERT_EQ(map->lastRendered(), map->rect());
    EXPECT_TRUE(part == map->overview()) << "the painted part differs from a picture of the whole chart";
}

} // namespace
