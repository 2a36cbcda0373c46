// SPDX-License-Identifier: MIT
// A huge chart (issue 17) is one item painted through a spatial index: at overview
// zoom a viewport paints the cards in view, not all of them, and finds the same
// cards a look at every card finds. Counts, never times.
#include "chartscene.h"
#include "chartview.h"
#include "edit/document.h"

#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace org;
using namespace org::ui;

namespace {

constexpr int kPositions = 100'000;

/// A tree of `n` positions, eight reports a manager, roles by level.
Org bigOrg(int n)
{
    const char *ladder[] = {"cto", "tech_director", "tech_manager", "architect", "engineer", "programmer"};
    Org o;
    o.reserve(std::size_t(n));
    std::vector<int> level(std::size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        Position p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = QStringLiteral("Person %1").arg(i);
        const int manager = (i - 1) / 8;
        level[std::size_t(i)] = i == 0 ? 0 : std::min(5, level[std::size_t(manager)] + 1);
        p.role = QString::fromLatin1(ladder[level[std::size_t(i)]]);
        const Org::Vertex v = o.addPosition(p);
        if (i > 0)
            o.setManager(v, Org::Vertex(manager));
    }
    return o;
}

class ScaleChart : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        doc = new Document;
        doc->setAutosaveInterval(0);
        doc->setPlan(Plan::fromImport(bigOrg(kPositions)));
        scene = new ChartScene(doc);
        scene->setAnimated(false);
        scene->expandAll();
        scene->ensureLayout();
    }
    static void TearDownTestSuite()
    {
        delete scene;
        delete doc;
    }
    /// Brute force: indices of layout.shown whose card meets `rect`.
    static QSet<QString> cardsMeeting(const QRectF &rect)
    {
        QSet<QString> out;
        const LayoutResult &l = scene->layoutResult();
        for (Org::Vertex v : l.shown)
            if (l.rects[v].intersects(rect))
                out.insert(doc->org().position(v).id);
        return out;
    }
    /// Renders `source` (scene units) into a `size` image, as a view would.
    static void render(const QRectF &source, const QSize &size)
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene->render(&painter, QRectF(QPointF(0, 0), size), source, Qt::KeepAspectRatio);
    }

    static inline Document *doc = nullptr;
    static inline ChartScene *scene = nullptr;
};

} // namespace

TEST_F(ScaleChart, EveryPositionIsShownButTheSceneHasNoItemPerPosition)
{
    EXPECT_EQ(scene->layoutResult().shown.size(), std::size_t(kPositions));
    EXPECT_TRUE(scene->isIndexed());
    // One chart item (arrows only in the compare view).
    EXPECT_LE(scene->items().size(), 2);
}

TEST_F(ScaleChart, AnOverviewPaintsOnlyWhatIsInView)
{
    const QRectF bounds = scene->layoutResult().bounds;
    // A tenth of the chart's width, all its levels, into 1000 px: about 0.01 px a unit.
    const QRectF part(bounds.left() + bounds.width() * 0.45, bounds.top(), bounds.width() / 10, bounds.height());
    render(part, QSize(1000, 300));
    const int painted = scene->lastPaintedCards();
    // The exposed rect comes back through whole device pixels: allow three of them.
    const qreal pixel = std::max(part.width() / 1000, part.height() / 300);
    const qreal m = 20 + 3 * pixel;
    const int inView = int(cardsMeeting(part.adjusted(-m, -m, m, m)).size());
    EXPECT_GT(painted, 0);
    EXPECT_LE(painted, inView);
    EXPECT_LT(painted, kPositions / 10);
    // Far away, one box per device pixel at most (the picture holds 1000 × 300 pixels).
    EXPECT_LE(painted, 1000 * 300);
}

TEST_F(ScaleChart, AtReadingZoomTheIndexFindsWhatALookAtEveryCardFinds)
{
    const LayoutResult &l = scene->layoutResult();
    // Around a card deep in the tree, at 100 %.
    const QRectF card = l.rects[Org::Vertex(kPositions / 2)];
    // Whole units: the exposed rect a render gets back is then exactly this one.
    const QRectF view(QPointF(card.center().toPoint() - QPoint(700, 400)), QSizeF(1400, 800));
    const QStringList found = scene->cardsIn(view);
    const QSet<QString> expected = cardsMeeting(view);
    EXPECT_EQ(QSet<QString>(found.begin(), found.end()), expected);
    EXPECT_FALSE(expected.isEmpty());
    render(view, QSize(1400, 800));
    EXPECT_EQ(scene->lastPaintedCards(), int(cardsMeeting(view.adjusted(-20, -20, 20, 20)).size()));
    // The card under a point is the one there.
    EXPECT_EQ(scene->cardAt(card.center()), Org::Vertex(kPositions / 2));
    EXPECT_EQ(scene->cardAt(card.topLeft() - QPointF(5, 5)), Org::npos);
}

TEST_F(ScaleChart, AViewAtOverviewZoomPaintsAFractionOfTheCards)
{
    ChartView view(scene);
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setZoom(0.05);
    view.centerOn(scene->layoutResult().rects[Org::Vertex(kPositions / 3)].center());
    view.viewport()->grab();
    EXPECT_GT(scene->lastPaintedCards(), 0);
    EXPECT_LT(scene->lastPaintedCards(), kPositions / 4);
}
