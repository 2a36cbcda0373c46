// SPDX-License-Identifier: MIT
// Printing and paged PDFs turn a page whose sheet prints clearly larger the
// other way round (issue 15 item 7: a tall subtree on a landscape page was
// printed tiny).
#include "render/chartexporter.h"

#include "testutil.h"

#include <QPdfWriter>

#include <gtest/gtest.h>

using namespace org;

namespace {

/// A chain of `levels` positions under a CTO: tall and one card wide.
Org tallOrg(int levels)
{
    QString csv = QStringLiteral("id,name,manager_id,role\n0,Chief,,cto\n");
    for (int i = 1; i < levels; ++i)
        csv += QStringLiteral("%1,Level %1,%2,engineer\n").arg(i).arg(i - 1);
    return test::orgFromCsv(csv);
}

/// A manager with `reports` reports in one row: wide and one level deep.
Org wideOrg(int reports)
{
    QString csv = QStringLiteral("id,name,manager_id,role\n0,Chief,,cto\n");
    for (int i = 1; i <= reports; ++i)
        csv += QStringLiteral("%1,Report %1,0,engineer\n").arg(i);
    return test::orgFromCsv(csv);
}

bool portrait(const ExportedPage &p) { return p.sizePt.height() > p.sizePt.width(); }

/// Prints `org` on one A4 page (Fit) of a printer set to `orientation`.
std::vector<ExportedPage> printFit(const Org &org, QPageLayout::Orientation orientation, bool turnPages)
{
    ChartExporter exporter(org, RoleCatalogue::defaults(), {}, Translator(QStringLiteral("en")));
    test::TempFiles tmp;
    QPdfWriter printer(tmp.path(QStringLiteral("printed.pdf")));
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(orientation);
    ExportOptions o;
    o.page = ExportOptions::Page::Fit;
    o.turnPages = turnPages;
    std::vector<ExportedPage> pages;
    EXPECT_EQ(exporter.print(&printer, o, &pages), 1);
    return pages;
}

} // namespace

TEST(PageOrientation, ATallChartPrintedOnALandscapePageTurnsItToPortrait)
{
    const Org org = tallOrg(8);
    const std::vector<ExportedPage> kept = printFit(org, QPageLayout::Landscape, false);
    const std::vector<ExportedPage> turned = printFit(org, QPageLayout::Landscape, true);
    ASSERT_EQ(kept.size(), 1U);
    ASSERT_EQ(turned.size(), 1U);
    EXPECT_FALSE(portrait(kept.front()));
    EXPECT_TRUE(portrait(turned.front()));
    // 8 levels of 90 px cards are about three times as tall as one card is wide:
    // the portrait page prints them at least 1.3 times larger.
    EXPECT_GE(turned.front().scale, 1.3 * kept.front().scale)
        << turned.front().scale << " vs " << kept.front().scale;
}

TEST(PageOrientation, AWideChartPrintedOnAPortraitPageTurnsItToLandscape)
{
    const Org org = wideOrg(6);
    const std::vector<ExportedPage> kept = printFit(org, QPageLayout::Portrait, false);
    const std::vector<ExportedPage> turned = printFit(org, QPageLayout::Portrait, true);
    ASSERT_EQ(turned.size(), 1U);
    EXPECT_TRUE(portrait(kept.front()));
    EXPECT_FALSE(portrait(turned.front()));
    EXPECT_GE(turned.front().scale, 1.3 * kept.front().scale);
}

TEST(PageOrientation, AChartThatFitsAtFullSizeKeepsTheOrientationAskedFor)
{
    const Org org = tallOrg(2); // fits a page either way at 100 %
    for (QPageLayout::Orientation o : {QPageLayout::Landscape, QPageLayout::Portrait}) {
        const std::vector<ExportedPage> pages = printFit(org, o, true);
        ASSERT_EQ(pages.size(), 1U);
        EXPECT_EQ(portrait(pages.front()), o == QPageLayout::Portrait);
        EXPECT_DOUBLE_EQ(pages.front().scale, 0.75); // full size: 0.75 pt per px
    }
}

TEST(PageOrientation, LandscapeA4PdfTurnsThePagesOfTallSubtrees)
{
    // A CTO over three tall chains: the top fits a landscape page, the chains are
    // cut into tall blocks that print larger on portrait pages.
    QString csv = QStringLiteral("id,name,manager_id,role\n0,Chief,,cto\n");
    int id = 1;
    for (int chain = 0; chain < 3; ++chain) {
        int manager = 0;
        for (int level = 0; level < 14; ++level, ++id) {
            csv += QStringLiteral("%1,Person %1,%2,engineer\n").arg(id).arg(manager);
            manager = id;
        }
    }
    const Org org = test::orgFromCsv(csv);
    test::TempFiles tmp;
    ExportOptions o;
    o.page = ExportOptions::Page::A4;
    o.landscape = true;
    ChartExporter exporter(org, RoleCatalogue::defaults(), {}, Translator(QStringLiteral("en")));
    o.turnPages = false;
    ASSERT_TRUE(exporter.write(tmp.path(QStringLiteral("kept.pdf")), o)) << exporter.errorString().toStdString();
    const std::vector<ExportedPage> kept = exporter.pages();
    o.turnPages = true;
    ASSERT_TRUE(exporter.write(tmp.path(QStringLiteral("turned.pdf")), o)) << exporter.errorString().toStdString();
    const std::vector<ExportedPage> turned = exporter.pages();
    ASSERT_EQ(turned.size(), kept.size()); // the same sheets, only turned
    ASSERT_GT(turned.size(), 1U);
    int portraitPages = 0;
    for (std::size_t i = 0; i < turned.size(); ++i) {
        EXPECT_FALSE(portrait(kept[i])) << i;
        EXPECT_GE(turned[i].scale, kept[i].scale) << i; // never smaller
        if (portrait(turned[i])) {
            ++portraitPages;
            EXPECT_GE(turned[i].scale, 1.1 * kept[i].scale) << i;
        }
    }
    EXPECT_GT(portraitPages, 0);
}
