// SPDX-License-Identifier: MIT
#include "render/pagesplitter.h"

#include "testutil.h"

#include <gtest/gtest.h>

#include <set>

using namespace org;

namespace {

/// A manager over `fanout` reports each, `n` positions, all cards 200 × 90.
Org tree(int n, int fanout)
{
    QString csv = QStringLiteral("id,name,manager_id,role\n0,Root,,cto\n");
    for (int i = 1; i < n; ++i)
        csv += QStringLiteral("%1,P%1,%2,engineer\n").arg(i).arg((i - 1) / fanout);
    return test::orgFromCsv(csv);
}

std::vector<QSizeF> cards(const Org &org)
{
    return std::vector<QSizeF>(std::size_t(org.size()), QSizeF(200, 90));
}

/// Every position is on one block, and a cut one also tops the block where its reports continue.
void expectEachCardOnce(const Org &org, const PageSplit &split)
{
    std::vector<int> seen(std::size_t(org.size()), 0), tops(std::size_t(org.size()), 0);
    for (const PageBlock &b : split.blocks) {
        for (Org::Vertex v : b.layout.shown)
            ++seen[v];
        if (!b.share && b.root != Org::npos && &b != &split.blocks.front())
            ++tops[b.root];
    }
    for (std::size_t v = 0; v < seen.size(); ++v)
        EXPECT_EQ(seen[v], 1 + tops[v]) << "vertex " << v;
}

const PageSplitter::Room kA4{2000, 2400, 2600};

} // namespace

TEST(PageSplitter, WholeIsOneBlockOnOneSheet)
{
    const Org org = tree(40, 4);
    const std::vector<QSizeF> sizes = cards(org);
    const PageSplit split = PageSplitter(org, sizes, LayoutOptions{}).whole();
    ASSERT_EQ(split.blocks.size(), 1u);
    ASSERT_EQ(split.sheets.size(), 1u);
    EXPECT_EQ(split.blocks[0].layout.shown.size(), 40u);
    EXPECT_TRUE(split.blocks[0].continuedOn.isEmpty());
    EXPECT_EQ(split.sheetOfBlock, std::vector<int>{1});
}

TEST(PageSplitter, SplitsBySubtreeAndEveryCutSaysWhereItContinues)
{
    const Org org = tree(600, 5);
    const std::vector<QSizeF> sizes = cards(org);
    const PageSplitter splitter(org, sizes, LayoutOptions{});
    const PageSplit split = splitter.split(kA4);
    ASSERT_GT(split.sheets.size(), 2u);
    expectEachCardOnce(org, split);
    // The top of the chart keeps the first sheet to itself.
    EXPECT_EQ(split.sheets[0].blocks, std::vector<std::size_t>{0});
    EXPECT_EQ(split.blocks[0].root, Org::Vertex(0));
    for (std::size_t j = 0; j < split.blocks.size(); ++j) {
        const PageBlock &b = split.blocks[j];
        EXPECT_LE(b.layout.bounds.width(), kA4.width) << "block " << j;
        EXPECT_LE(b.layout.bounds.height(), kA4.height) << "block " << j;
        if (j > 0) {
            ASSERT_GE(b.from, 0);
            EXPECT_LT(std::size_t(b.from), j);
            EXPECT_EQ(b.manager, org.manager(b.root));
            // The block it hangs from shows its manager.
            const auto &up = split.blocks[std::size_t(b.from)].layout.shown;
            EXPECT_NE(std::find(up.begin(), up.end(), b.manager), up.end());
            // And the manager's cut mark names this block's sheet.
            EXPECT_EQ(split.blocks[std::size_t(b.from)].continuedOn.value(b.root), split.sheetOfBlock[j]);
        }
        for (Org::Vertex t : b.layout.truncated)
            EXPECT_TRUE(b.continuedOn.contains(t)) << "cut card " << t << " on block " << j;
    }
    for (const PageSheet &sheet : split.sheets)
        EXPECT_LE(sheet.height, std::max(kA4.sheetHeight, splitter.blockHeight(split.blocks[sheet.blocks.front()])));
}

TEST(PageSplitter, SharesOutAHugeTeamInGrids)
{
    const Org org = tree(401, 400); // one manager, 400 reports: far too wide for a page
    const std::vector<QSizeF> sizes = cards(org);
    const PageSplit split = PageSplitter(org, sizes, LayoutOptions{}).split(kA4);
    expectEachCardOnce(org, split);
    ASSERT_GT(split.blocks.size(), 2u);
    EXPECT_EQ(split.blocks[0].layout.shown, std::vector<Org::Vertex>{0});
    std::size_t shared = 0;
    for (std::size_t j = 1; j < split.blocks.size(); ++j) {
        const PageBlock &b = split.blocks[j];
        EXPECT_TRUE(b.share);
        EXPECT_EQ(b.manager, Org::Vertex(0));
        EXPECT_EQ(b.from, 0);
        EXPECT_LE(b.layout.bounds.width(), kA4.width);
        shared += b.layout.shown.size();
    }
    EXPECT_EQ(shared, 400u);
    // The manager's mark points at the first share's sheet.
    EXPECT_EQ(split.blocks[0].continuedOn.value(0), split.sheetOfBlock[1]);
}

TEST(PageSplitter, StopsAtTheDepthLimit)
{
    const Org org = tree(600, 5);
    const std::vector<QSizeF> sizes = cards(org);
    LayoutOptions o;
    o.maxDepth = 2;
    const PageSplit split = PageSplitter(org, sizes, o).split(kA4);
    std::set<Org::Vertex> shown;
    for (const PageBlock &b : split.blocks)
        shown.insert(b.layout.shown.begin(), b.layout.shown.end());
    EXPECT_EQ(shown.size(), 1u + 5u + 25u); // three levels
}
