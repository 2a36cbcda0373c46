// SPDX-License-Identifier: MIT
// The chart's relayout follows exactly what changed, as the Document's signals and the
// scene's collapse calls name it (no scan of every manager or collapsed flag): moves, their
// undo and redo, collapsing at a depth, expanding all, revealing a card, in the compact
// layout too; after each, the scene shows what a full layout shows.
#include "chartscene.h"
#include "edit/document.h"
#include "layout/treelayout.h"
#include "mainwindow.h"
#include "uitestutil.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace org;
using namespace org::ui;

namespace {

/// One root, 30 managers of 12 engineers (a chart big enough to go through the spatial
/// index), every tenth manager with an assistant.
QByteArray teams()
{
    QByteArray csv = "id,name,manager_id,role,team,product_line,assistant\nC,Cleo,,cto,,,\n";
    for (int m = 0; m < 30; ++m) {
        const QByteArray mid = "m" + QByteArray::number(m);
        csv += mid + ",Lead " + QByteArray::number(m) + ",C,tech_manager,T,P,\n";
        if (m % 10 == 0)
            csv += mid + "a,Help,"  + mid + ",engineer,T,P,yes\n";
        for (int e = 0; e < 12; ++e)
            csv += mid + "e" + QByteArray::number(e) + ",Eng," + mid + ",engineer,T,P,\n";
    }
    return csv;
}

class GuiChartFollow : public test::MainWindowTest
{
protected:
    ChartScene *scene() const { return window->scene(); }
};

} // namespace

TEST_F(GuiChartFollow, MovesUndoRedoAndCollapseCallsRelayoutLikeAFullLayout)
{
    showWindow();
    openCsv(teams());
    for (const bool compact : {true, false}) {
        const std::string layout = compact ? "compact: " : "rows: ";
        scene()->setCompact(compact);
        scene()->expandAll();
        settle();
        ASSERT_NO_FATAL_FAILURE(expectFullLayout(layout + "expanded"));
        // Moves, one step each (managerChanged), then their undo and redo.
        const QString moved[][2] = {{QStringLiteral("m3e4"), QStringLiteral("m20")},
                                    {QStringLiteral("m7"), QStringLiteral("m1")},
                                    {QStringLiteral("m0a"), QStringLiteral("m29")}};
        for (const auto &[id, to] : moved) {
            QString error;
            ASSERT_TRUE(doc()->move(id, to, &error)) << error.toStdString();
            settle();
            ASSERT_NO_FATAL_FAILURE(expectFullLayout(layout + "moved " + id.toStdString()));
        }
        for (int i = 0; i < 3; ++i) {
            ASSERT_TRUE(doc()->undo());
            settle();
            ASSERT_NO_FATAL_FAILURE(expectFullLayout(layout + "undo " + std::to_string(i)));
        }
        ASSERT_TRUE(doc()->redo());
        settle();
        ASSERT_NO_FATAL_FAILURE(expectFullLayout(layout + "redo"));
        // The scene's collapse calls: each names what it toggled.
        scene()->collapseAtDepth(1);
        settle();
        EXPECT_TRUE(scene()->isCollapsed(QStringLiteral("m5")));
        ASSERT_NO_FATAL_FAILURE(expectFullLayout(layout + "collapsed at depth 1"));
        scene()->reveal(QStringLiteral("m5e3"));
        settle();
        EXPECT_FALSE(scene()->isCollapsed(QStringLiteral("m5")));
        ASSERT_NO_FATAL_FAILURE(expectFullLayout(layout + "revealed"));
        scene()->setCollapsed(QStringLiteral("C"), true);
        settle();
        ASSERT_NO_FATAL_FAILURE(expectFullLayout(layout + "root collapsed"));
        scene()->expandAll();
        settle();
        ASSERT_NO_FATAL_FAILURE(expectFullLayout(layout + "expanded again"));
        ASSERT_TRUE(doc()->undo());
        settle();
    }
}
