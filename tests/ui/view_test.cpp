// SPDX-License-Identifier: MIT
// The chart as a manager first meets it: the first view, fit (Ctrl+0), the
// minimap beside the chart, cards that stay put when a subtree opens or a card
// is dropped.
#include "chartscene.h"
#include "chartview.h"
#include "edit/document.h"
#include "mainwindow.h"
#include "minimap.h"
#include "uitestutil.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <deque>
#include <memory>
#include <random>

using namespace org;
using namespace org::ui;

namespace {

/// A deterministic org of `n` positions shaped like those of
/// tests/bench/yardstick/gen_org.py: one CTO, most managers with 3–15 reports,
/// about 2 % with a wide team of 40–120.
QByteArray generatedOrg(int n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> fan(3, 15), wide(40, 120), percent(0, 99);
    QByteArray csv = "id,name,manager_id,role,team\np0,Root Person,,cto,\n";
    std::deque<std::pair<int, int>> managers{{0, 0}}; // id, depth: filled breadth first
    int next = 1;
    while (next < n && !managers.empty()) {
        const auto [m, depth] = managers.front();
        managers.pop_front();
        const int reports = percent(rng) < 2 ? wide(rng) : fan(rng);
        for (int i = 0; i < reports && next < n; ++i) {
            const int id = next++;
            const char *role = depth == 0 ? "tech_director" : depth == 1 ? "tech_manager"
                                                            : (percent(rng) < 70 ? "engineer" : "programmer");
            csv += "p" + QByteArray::number(id) + ",Person " + QByteArray::number(id) + ",p" + QByteArray::number(m)
                   + ',' + role + ",T" + QByteArray::number(m % 300) + '\n';
            managers.emplace_back(id, depth + 1);
        }
    }
    return csv;
}

class ChartViewing : public test::MainWindowTest
{
protected:
    ChartView *view() const { return window->chartView(); }
    ChartScene *scene() const { return window->scene(); }

    void settle() override
    {
        MainWindowTest::settle();
        QCoreApplication::processEvents();
    }
    /// Opens `path`; the first view is set up once the org is shown (settled).
    void open(const QString &path) { openFile(path); }
    /// A card's rectangle in viewport pixels.
    QRectF onScreen(const QRectF &sceneRect) const { return view()->mapFromScene(sceneRect).boundingRect(); }
    QRectF onScreen(Org::Vertex v) const { return onScreen(scene()->layoutResult().rects[v]); }
    QRectF viewportRect() const { return QRectF(view()->viewport()->rect()); }
    QString idOf(Org::Vertex v) const { return doc()->org().position(v).id; }

    /// The first view: readable, the root in sight and its direct reports —
    /// all of them when they fit at a readable zoom, else as many as fit
    /// around the root, their row never cut.
    void expectFirstViewShowsRootAndReports(const std::string &what)
    {
        SCOPED_TRACE(what);
        const LayoutResult &layout = scene()->layoutResult();
        ASSERT_FALSE(layout.shown.empty());
        EXPECT_GE(view()->zoom(), 0.5);
        EXPECT_GE(view()->zoom(), view()->readableZoom() - 1e-9);
        const Org &org = doc()->org();
        const Org::Vertex root = layout.shown.front();
        const QRectF vp = viewportRect();
        EXPECT_TRUE(vp.contains(onScreen(root))) << "root " << idOf(root).toStdString();
        QRectF box = layout.rects[root];
        std::vector<Org::Vertex> reports;
        for (Org::Vertex r : org.reports(root))
            if (layout.isShown(r)) {
                reports.push_back(r);
                box |= layout.rects[r];
            }
        const bool fits = box.width() * 0.5 <= vp.width() - 40 && box.height() * 0.5 <= vp.height() - 40;
        int seen = 0;
        for (Org::Vertex r : reports) {
            const QRectF card = onScreen(r);
            if (fits) {
                EXPECT_TRUE(vp.contains(card)) << "report " << idOf(r).toStdString();
            } else if (card.left() >= vp.left() && card.right() <= vp.right()) {
                EXPECT_TRUE(card.top() >= vp.top() && card.bottom() <= vp.bottom()) << idOf(r).toStdString();
            }
            seen += vp.contains(card);
        }
        if (!fits) { // centred on the root, as many reports as fit
            EXPECT_NEAR(onScreen(root).center().x(), vp.center().x(), 2.0);
            EXPECT_GE(seen, std::min<int>(int(reports.size()), 2));
        }
    }
};

} // namespace

TEST_F(ChartViewing, FirstViewShowsRootAndDirectReportsReadable)
{
    open(QStringLiteral(ORG_SAMPLES "/sample_org.csv"));
    expectFirstViewShowsRootAndReports("sample_org.csv");
    const QDir data(QStringLiteral(ORG_PUBLIC_DATA));
    const QStringList files = data.entryList({QStringLiteral("*.csv")}, QDir::Files);
    ASSERT_EQ(files.size(), 3);
    for (const QString &file : files) {
        open(data.filePath(file));
        expectFirstViewShowsRootAndReports(file.toStdString());
    }
}

TEST_F(ChartViewing, ReadableMeansNamesOfSevenPixels)
{
    const qreal z = view()->readableZoom();
    EXPECT_DOUBLE_EQ(z * scene()->cardPainter().style().nameFontPx, ChartView::kReadableTextPx);
    EXPECT_GE(z, 0.5 - 1e-9); // the first view's promise
}

TEST_F(ChartViewing, FitShowsSmallOrgWholeAndBigOrgTopLevelsReadable)
{
    // A small org fits whole, every card in sight.
    open(QStringLiteral(ORG_PUBLIC_DATA "/oracle_hr_employees_107.csv"));
    scene()->collapseBelowForLargeOrgs(); // no-op below 500 positions
    view()->actualSize();
    window->action(QStringLiteral("actionFit"))->trigger();
    settle();
    const LayoutResult &small = scene()->layoutResult();
    if (view()->zoom() > view()->readableZoom() + 1e-9) {
        for (Org::Vertex v : small.shown)
            EXPECT_TRUE(viewportRect().contains(onScreen(v))) << idOf(v).toStdString();
    }
    EXPECT_GE(view()->zoom(), view()->readableZoom() - 1e-9);

    // 100,000 positions: the top levels, names readable, never a strip at 2 %.
    open(writeFile(QStringLiteral("big.csv"), generatedOrg(100000, 15)));
    ASSERT_EQ(doc()->org().size(), 100000);
    for (bool expanded : {false, true}) {
        SCOPED_TRACE(expanded ? "every level shown" : "as opened (three levels)");
        if (expanded)
            scene()->expandAll();
        view()->setZoom(0.05);
        window->action(QStringLiteral("actionFit"))->trigger();
        settle();
        const LayoutResult &layout = scene()->layoutResult();
        const qreal zoom = view()->zoom();
        EXPECT_GE(zoom * scene()->cardPainter().style().nameFontPx, ChartView::kReadableTextPx - 1e-9);
        // The root is in sight; as opened, cards of the next level too (expanded,
        // the next level's cards stand as far apart as their subtrees are wide).
        const Org::Vertex root = layout.shown.front();
        EXPECT_TRUE(viewportRect().contains(onScreen(root)));
        int nextLevel = 0;
        for (Org::Vertex r : doc()->org().reports(root))
            nextLevel += viewportRect().contains(onScreen(r));
        if (!expanded) {
            EXPECT_GE(nextLevel, 2);
        }
    }
}

TEST_F(ChartViewing, ExpandAndCollapseKeepTheClickedCardInPlace)
{
    open(QStringLiteral(ORG_PUBLIC_DATA "/d3_org_chart_synthetic_1516.csv"));
    // A big org opens with three levels; find a collapsed manager on the third.
    const LayoutResult &layout = scene()->layoutResult();
    QString id;
    for (Org::Vertex v : layout.truncated)
        if (scene()->isCollapsed(idOf(v)) && doc()->org().reportCount(v) > 3) {
            id = idOf(v);
            break;
        }
    ASSERT_FALSE(id.isEmpty());
    view()->setZoom(0.8);
    view()->centerOn(scene()->cardRect(id).center() + QPointF(250, 120)); // off the middle
    settle();
    QWidget *vp = view()->viewport();
    for (bool expand : {true, false}) {
        SCOPED_TRACE(expand ? "expand" : "collapse");
        const QRectF card = onScreen(scene()->cardRect(id));
        ASSERT_TRUE(viewportRect().contains(card));
        // The marker sits under the card's bottom edge.
        QTest::mouseClick(vp, Qt::LeftButton, {}, QPointF(card.center().x(), card.bottom() + 10 * view()->zoom()).toPoint());
        settle();
        ASSERT_EQ(scene()->isCollapsed(id), !expand);
        const QRectF after = onScreen(scene()->cardRect(id));
        EXPECT_NEAR(after.left(), card.left(), 2.0);
        EXPECT_NEAR(after.top(), card.top(), 2.0);
    }
}

TEST_F(ChartViewing, DroppedCardLandsUnderTheCursor)
{
    open(QStringLiteral(ORG_SAMPLES "/sample_org.csv"));
    view()->setZoom(0.7);
    settle();
    // An engineer dropped on another manager's card: the layout moves it, the view follows.
    const Org &org = doc()->org();
    const LayoutResult &layout = scene()->layoutResult();
    QString moved, target;
    for (Org::Vertex v : layout.shown) {
        if (org.reportCount(v) == 0 && moved.isEmpty() && org.manager(v) != Org::npos)
            moved = idOf(v);
    }
    for (Org::Vertex v : layout.shown)
        if (org.reportCount(v) > 0 && org.manager(v) != Org::npos && !moved.isEmpty()
            && org.manager(org.find(moved)) != v && idOf(v) != moved) {
            target = idOf(v);
        }
    ASSERT_FALSE(moved.isEmpty());
    ASSERT_FALSE(target.isEmpty());
    view()->centerOn((scene()->cardRect(moved).center() + scene()->cardRect(target).center()) / 2);
    settle();
    const QRect vp = view()->viewport()->rect();
    ASSERT_TRUE(vp.contains(viewPos(moved)) && vp.contains(viewPos(target)));
    const QPoint b = dragCard(moved, target); // where the card was dropped
    ASSERT_EQ(idOf(org.manager(org.find(moved))), target);
    const QPointF landed = onScreen(scene()->cardRect(moved)).center();
    EXPECT_NEAR(landed.x(), b.x(), 3.0);
    EXPECT_NEAR(landed.y(), b.y(), 3.0);
}

// Pressing a card selects it and fills the properties panel: the chart must stay where
// it is (the press starts a drag, and the target must not move away under the pointer).
TEST_F(ChartViewing, SelectingACardKeepsTheChartInPlace)
{
    open(QStringLiteral(ORG_SAMPLES "/sample_org.csv"));
    const QString id = idOf(doc()->org().reports(0).front());
    const QPoint before = viewPos(id);
    const QRect viewBefore = view()->geometry();
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, before);
    settle();
    ASSERT_EQ(scene()->currentId(), id);
    // Sideways not a pixel (the properties panel beside the chart keeps its width).
    EXPECT_EQ(view()->geometry().left(), viewBefore.left());
    EXPECT_EQ(view()->geometry().width(), viewBefore.width());
    EXPECT_EQ(viewPos(id).x(), before.x());
    EXPECT_NEAR(viewPos(id).y(), before.y(), 2);
}

TEST_F(ChartViewing, MinimapNeverCoversACard)
{
    open(QStringLiteral(ORG_SAMPLES "/sample_org.csv"));
    ASSERT_TRUE(window->action(QStringLiteral("actionMinimap"))->isChecked());
    scene()->expandAll();
    settle();
    // A new card at the bottom right of the chart, scrolled into the bottom-right corner.
    const LayoutResult &layout = scene()->layoutResult();
    Org::Vertex corner = layout.shown.front();
    for (Org::Vertex v : layout.shown) {
        const QRectF &r = layout.rects[v];
        const QRectF &c = layout.rects[corner];
        if (r.bottom() > c.bottom() + 1 || (r.bottom() > c.bottom() - 1 && r.right() > c.right()))
            corner = v;
    }
    QString error, added;
    ASSERT_TRUE(doc()->addOpenPosition(idOf(corner), QStringLiteral("engineer"), &added, &error))
        << error.toStdString();
    settle();
    for (bool leftRight : {false, true}) {
        SCOPED_TRACE(leftRight ? "left to right" : "top down");
        window->action(QStringLiteral("actionLeftRight"))->setChecked(leftRight);
        settle();
        view()->setZoom(0.8);
        const QRectF card = scene()->cardRect(added);
        ASSERT_FALSE(card.isNull());
        // Put the new card's bottom-right corner at the viewport's bottom-right corner.
        const QPointF overshoot = view()->mapFromScene(card.bottomRight()) - viewportRect().bottomRight()
                                  + QPointF(4, 4);
        view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->value() + qRound(overshoot.x()));
        view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->value() + qRound(overshoot.y()));
        settle();
        Minimap *minimap = view()->minimap();
        ASSERT_TRUE(minimap->isVisible());
        EXPECT_GT(minimap->width(), 50);
        EXPECT_GT(minimap->height(), 50);
        // Both in the chart view's coordinates: the viewport sits at its own offset.
        const QRect mapArea = minimap->geometry();
        const QPoint offset = view()->viewport()->pos();
        const QRectF shown = onScreen(card).intersected(viewportRect());
        ASSERT_FALSE(shown.isEmpty()); // the new card is in sight
        EXPECT_FALSE(QRectF(mapArea).intersects(shown.translated(offset)));
        for (Org::Vertex v : scene()->layoutResult().shown) {
            const QRectF r = onScreen(v).intersected(viewportRect());
            if (!r.isEmpty()) {
                EXPECT_FALSE(QRectF(mapArea).intersects(r.translated(offset))) << idOf(v).toStdString();
            }
        }
    }
    window->action(QStringLiteral("actionLeftRight"))->setChecked(false);
    settle();
    // Switched off, the chart takes the room back.
    const int height = view()->viewport()->height();
    window->action(QStringLiteral("actionMinimap"))->setChecked(false);
    EXPECT_FALSE(view()->minimap()->isVisible());
    EXPECT_GT(view()->viewport()->height(), height);
    window->action(QStringLiteral("actionMinimap"))->setChecked(true);
}
