// SPDX-License-Identifier: MIT
#include "render/chartpainter.h"

#include "testutil.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace org;

namespace {

struct Chart
{
    Org org = test::orgFromCsv(QStringLiteral("id,name,manager_id,role\na,Ann Lee,,cto\nb,Bo Chen,a,engineer\n"));
    CardPainter cards{CardStyle{}, RoleCatalogue::defaults(), Translator(QStringLiteral("en"))};
    LayoutResult layout = TreeLayout(LayoutOptions{}).layout(org, cards.measure(org));

    QImage paint(const ChartPaintOptions &options) const
    {
        QImage image(layout.bounds.size().toSize() + QSize(40, 40), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        p.translate(20 - layout.bounds.left(), 20 - layout.bounds.top());
        ChartPainter(org, cards, {}).paint(p, layout, options);
        return image;
    }
    QPoint pixel(const QPointF &unit) const
    {
        return (unit + QPointF(20, 20) - layout.bounds.topLeft()).toPoint();
    }
};

} // namespace

TEST(ChartPainter, PaintsAStraightConnectorWhenOnlyPartIsExposed)
{
    // An only report sits right under its manager: its connector is one vertical line,
    // whose bounding rect has no width (the screen used to skip it when clipping).
    const Chart c;
    const QRectF a = c.layout.rects[0], b = c.layout.rects[1];
    ASSERT_DOUBLE_EQ(a.center().x(), b.center().x());
    ChartPaintOptions o;
    o.clip = a.united(b);
    const QImage image = c.paint(o);
    const QPointF mid(a.center().x(), (a.bottom() + b.top()) / 2);
    EXPECT_NE(image.pixel(c.pixel(mid)), QColor(Qt::white).rgb());
}

TEST(ChartPainter, LevelOfDetailPaintsFarCardsAsBoxesInTheRoleColour)
{
    const Chart c;
    ChartPaintOptions o;
    o.lod = 0.1;
    const QImage image = c.paint(o);
    const QRectF b = c.layout.rects[1];
    EXPECT_EQ(QColor(image.pixel(c.pixel(b.center()))), c.cards.roleColor(QStringLiteral("engineer")));
}

TEST(ChartPainter, DecoratesEveryPaintedCardOnceAndSkipsWhatIsNotExposed)
{
    const Chart c;
    std::vector<Org::Vertex> decorated;
    ChartPaintOptions o;
    o.decorate = [&](QPainter &, Org::Vertex v, const QRectF &) { decorated.push_back(v); };
    c.paint(o);
    EXPECT_EQ(decorated, (std::vector<Org::Vertex>{0, 1}));
    decorated.clear();
    o.clip = c.layout.rects[1].adjusted(0, 60, 0, 0); // the bottom of b only
    c.paint(o);
    EXPECT_EQ(decorated, (std::vector<Org::Vertex>{1}));
}
