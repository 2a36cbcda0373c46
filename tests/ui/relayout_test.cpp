// SPDX-License-Identifier: MIT
// The chart follows edits incrementally (IncrementalLayout in ChartScene::doLayout):
// after drags, collapse toggles and appends it shows what a full layout shows, its
// spatial index finds the moved cards, and only the changed region is repainted.
#include "chartscene.h"
#include "chartview.h"
#include "edit/document.h"
#include "layout/treelayout.h"
#include "mainwindow.h"
#include "uitestutil.h"

#include <QGraphicsView>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace org;
using namespace org::ui;

namespace {

/// Two trees side by side: a big one (L, 50 managers of 40 engineers: the chart
/// is drawn through its spatial index) and a small one (R, 6 managers of 6).
QByteArray twoTrees()
{
    QByteArray csv = "id,name,manager_id,role,team,product_line\nL,Lara,,cto,,\nR,Rob,,cto,,\n";
    for (int m = 0; m < 50; ++m) {
        const QByteArray mid = "l" + QByteArray::number(m);
        csv += mid + ",Lead " + QByteArray::number(m) + ",L,tech_manager,T,P\n";
        for (int e = 0; e < 40; ++e)
            csv += mid + "e" + QByteArray::number(e) + ",Eng,"  + mid + ",engineer,T,P\n";
    }
    for (int m = 0; m < 6; ++m) {
        const QByteArray mid = "r" + QByteArray::number(m);
        csv += mid + ",Lead " + QByteArray::number(m) + ",R,tech_manager,T,P\n";
        for (int e = 0; e < 6; ++e)
            csv += mid + "e" + QByteArray::number(e) + ",Eng," + mid + ",engineer,T,P\n";
    }
    return csv;
}

class GuiRelayout : public test::MainWindowTest
{
protected:
    ChartScene *scene() const { return window->scene(); }
};

} // namespace

TEST_F(GuiRelayout, MouseDragsRelayoutLikeAFullLayout)
{
    ASSERT_NO_FATAL_FAILURE(openCsv(twoTrees()));
    scene()->expandAll();
    settle();
    ASSERT_TRUE(scene()->isIndexed());
    ChartView *view = window->chartView();
    view->setZoom(0.35);
    // Drag an engineer of r0 onto r1, then back onto r0, with the mouse.
    auto drag = [&](const QString &from, const QString &to) {
        view->centerOn(scene()->cardRect(from).united(scene()->cardRect(to)).center());
        settle();
        const QRect vp = view->viewport()->rect();
        ASSERT_TRUE(vp.contains(viewPos(from)) && vp.contains(viewPos(to)));
        dragCard(from, to);
    };
    ASSERT_NO_FATAL_FAILURE(drag(QStringLiteral("r0e5"), QStringLiteral("r1")));
    EXPECT_EQ(managerOf(QStringLiteral("r0e5")), QStringLiteral("r1"));
    ASSERT_NO_FATAL_FAILURE(expectFullLayout("after the drag"));
    // The index follows: the card is found where it is now, and under the point the card.
    const QRectF moved = scene()->cardRect(QStringLiteral("r0e5"));
    EXPECT_EQ(scene()->cardAt(moved.center()), doc()->find(QStringLiteral("r0e5")));
    EXPECT_TRUE(scene()->cardsIn(moved).contains(QStringLiteral("r0e5")));

    ASSERT_NO_FATAL_FAILURE(drag(QStringLiteral("r0e5"), QStringLiteral("r0")));
    EXPECT_EQ(managerOf(QStringLiteral("r0e5")), QStringLiteral("r0"));
    ASSERT_NO_FATAL_FAILURE(expectFullLayout("after dragging back"));

    // A manager with its team onto the other tree, collapse, expand, a new report, undo.
    ASSERT_TRUE(doc()->move(QStringLiteral("r2"), QStringLiteral("l3")));
    settle();
    ASSERT_NO_FATAL_FAILURE(expectFullLayout("after moving a team"));
    scene()->setCollapsed(QStringLiteral("l3"), true);
    settle();
    ASSERT_NO_FATAL_FAILURE(expectFullLayout("collapsed"));
    EXPECT_TRUE(scene()->cardRect(QStringLiteral("r2e0")).isNull());
    scene()->setCollapsed(QStringLiteral("l3"), false);
    settle();
    ASSERT_NO_FATAL_FAILURE(expectFullLayout("expanded"));
    doc()->undoStack()->undo();
    settle();
    ASSERT_NO_FATAL_FAILURE(expectFullLayout("undone"));
    EXPECT_EQ(managerOf(QStringLiteral("r2")), QStringLiteral("R"));
    // Every card is found by the index where a look at every card finds it.
    const LayoutResult &l = scene()->layoutResult();
    for (const QString &id : {QStringLiteral("r2"), QStringLiteral("r2e3"), QStringLiteral("l3e0"),
                              QStringLiteral("r0e5")}) {
        const Org::Vertex v = doc()->find(id);
        EXPECT_EQ(scene()->cardAt(l.rects[v].center()), v) << id.toStdString();
    }
}

TEST_F(GuiRelayout, ACollapseRepaintsOnlyWhereCardsMoved)
{
    // (A move through the Document also changes the problems, whose badges repaint the
    // whole chart: ChartScene::onProblemsChanged. A collapse toggle is the scene's alone.)
    ASSERT_NO_FATAL_FAILURE(openCsv(twoTrees()));
    scene()->expandAll();
    settle();
    const QRectF bigTree = scene()->cardRect(QStringLiteral("l0e0")).united(scene()->cardRect(QStringLiteral("l49e39")));
    const QRectF hidden = scene()->cardRect(QStringLiteral("r1e3"));
    QList<QRectF> repainted;
    QObject::connect(scene(), &QGraphicsScene::changed, scene(),
                     [&](const QList<QRectF> &rects) { repainted += rects; });
    scene()->setCollapsed(QStringLiteral("r1"), true);
    settle();
    QCoreApplication::processEvents();
    ASSERT_TRUE(scene()->cardRect(QStringLiteral("r1e3")).isNull());
    const QRectF moved = scene()->cardRect(QStringLiteral("r2"));
    ASSERT_FALSE(repainted.isEmpty());
    QRectF all;
    for (const QRectF &r : repainted)
        all |= r;
    // The hidden cards' and a moved card's places are repainted; the big tree is not.
    EXPECT_TRUE(all.contains(hidden.center()));
    EXPECT_TRUE(all.contains(moved.center()));
    for (const QRectF &r : repainted)
        EXPECT_FALSE(r.intersects(bigTree)) << r.x() << "," << r.y() << " " << r.width() << "x" << r.height();
    ASSERT_NO_FATAL_FAILURE(expectFullLayout("after the collapse"));
}
