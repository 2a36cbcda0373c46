// SPDX-License-Identifier: MIT
// A card's badge: the count of its problems and the worst severity among them, the
// same whether it is made from the problem list (exports, a full pass) or from
// per-position counts (the editor after an edit).
#include "render/cardpainter.h"

#include "rules/ruleengine.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace org;

namespace {

TEST(CardBadge, OfCountsIsTheirSumAndTheWorstSeverityPresent)
{
    EXPECT_EQ(CardBadge::of({0, 0, 0}).count, 0);
    const CardBadge info = CardBadge::of({0, 0, 2});
    EXPECT_EQ(info.count, 2);
    EXPECT_EQ(info.worst, Severity::Info);
    const CardBadge warning = CardBadge::of({0, 1, 3});
    EXPECT_EQ(warning.count, 4);
    EXPECT_EQ(warning.worst, Severity::Warning);
    const CardBadge error = CardBadge::of({1, 0, 0});
    EXPECT_EQ(error.count, 1);
    EXPECT_EQ(error.worst, Severity::Error);
    const CardBadge all = CardBadge::of({2, 5, 1});
    EXPECT_EQ(all.count, 8);
    EXPECT_EQ(all.worst, Severity::Error);
}

TEST(CardBadge, BadgesFromTheProblemListEqualBadgesFromEachCardsCounts)
{
    // A ladder error (a manager under a programmer), a wide span, an open position.
    QString csv = QStringLiteral("id,name,manager_id,role\ncto,Cora,,cto\nm,Max,p0,tech_manager\n");
    for (int i = 0; i < 12; ++i)
        csv += QStringLiteral("p%1,Person %1,cto,programmer\n").arg(i);
    csv += QStringLiteral("o,,m,programmer\n");
    const Org org = test::orgFromCsv(csv);
    const std::vector<Problem> problems = RuleEngine(RoleCatalogue::defaults(), RuleSettings()).check(org);
    ASSERT_FALSE(problems.empty());
    std::vector<std::array<int, 3>> counts(std::size_t(org.size()), {0, 0, 0});
    for (const Problem &p : problems)
        ++counts[p.anchor][std::size_t(p.severity)];
    const std::vector<CardBadge> fromList = CardPainter::badges(org, problems);
    ASSERT_EQ(fromList.size(), std::size_t(org.size()));
    for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
        const CardBadge fromCounts = CardBadge::of(counts[v]);
        EXPECT_EQ(fromList[v].count, fromCounts.count) << org.position(v).id.toStdString();
        if (fromCounts.count > 0) {
            EXPECT_EQ(fromList[v].worst, fromCounts.worst) << org.position(v).id.toStdString();
        }
    }
}

} // namespace
