// SPDX-License-Identifier: MIT
#include "rules/ruleengine.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace org;

namespace {

/// Builds a small org row by row: add("m1", "cto1", "tech_manager", "Pay").
class OrgBuilder
{
public:
    OrgBuilder &add(const char *id, const char *manager, const char *role, const char *line = "",
                    const char *name = nullptr)
    {
        m_csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                     .arg(QLatin1String(id),
                          name ? QString::fromUtf8(name) : QStringLiteral("Person ") + QLatin1String(id),
                          QLatin1String(manager), QLatin1String(role), QString::fromUtf8(line));
        return *this;
    }
    /// n reports of one role under a manager, ids prefix1…prefixN.
    OrgBuilder &addMany(const char *prefix, int n, const char *manager, const char *role,
                        const char *line = "", bool open = false)
    {
        for (int i = 1; i <= n; ++i)
            m_csv += QStringLiteral("%1%2,%3,%4,%5,%6\n")
                         .arg(QLatin1String(prefix)).arg(i)
                         .arg(open ? QString() : QStringLiteral("P"), QLatin1String(manager),
                              QLatin1String(role), QString::fromUtf8(line));
        return *this;
    }
    Org build() const { return test::orgFromCsv(m_csv); }

private:
    QString m_csv = QStringLiteral("id,name,manager_id,role,product_line\n");
};

std::vector<Problem> check(const Org &org, RuleSettings s = {})
{
    return RuleEngine(RoleCatalogue::defaults(), std::move(s)).check(org);
}

/// The problems of one rule as "anchor-id" strings, in output order.
QStringList anchors(const Org &org, const std::vector<Problem> &problems, const char *rule)
{
    QStringList out;
    for (const Problem &p : problems)
        if (p.rule == QLatin1String(rule))
            out << org.position(p.anchor).id;
    return out;
}

const Problem *find(const std::vector<Problem> &problems, const char *rule)
{
    const auto it = std::find_if(problems.begin(), problems.end(),
                                 [rule](const Problem &p) { return p.rule == QLatin1String(rule); });
    return it == problems.end() ? nullptr : &*it;
}

} // namespace

TEST(DirectorRequired, TwentyTechnicalPositionsIsStillFine)
{
    const Org org = OrgBuilder().add("cto", "", "cto").addMany("p", 19, "cto", "programmer").build();
    EXPECT_TRUE(anchors(org, check(org), "director-required").isEmpty());
}

TEST(DirectorRequired, TwentyOneFiresAtTheCtoWithTheHeadcount)
{
    const Org org = OrgBuilder().add("cto", "", "cto").addMany("p", 20, "cto", "programmer").build();
    const auto problems = check(org);
    EXPECT_EQ(anchors(org, problems, "director-required"), QStringList{QStringLiteral("cto")});
    const Problem *p = find(problems, "director-required");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->severity, Severity::Error);
    EXPECT_EQ(p->headcount, 21);
}

TEST(DirectorRequired, AnchorsAtTheSmallestTeamThatPassedTheLimit)
{
    const Org org = OrgBuilder()
                        .add("cto", "", "cto").add("m", "cto", "tech_manager").add("a", "m", "architect")
                        .addMany("p", 24, "a", "programmer").build();
    // cto 27, m 26, a 25: only a is the smallest team over 20.
    EXPECT_EQ(anchors(org, check(org), "director-required"), QStringList{QStringLiteral("a")});
}

TEST(DirectorRequired, SeveralSmallestTeams)
{
    const Org org = OrgBuilder()
                        .add("cto", "", "cto").add("m1", "cto", "tech_manager")
                        .add("m2", "cto", "tech_manager").addMany("p", 21, "m1", "programmer")
                        .addMany("q", 21, "m2", "programmer").build();
    EXPECT_EQ(anchors(org, check(org), "director-required"),
              (QStringList{QStringLiteral("m1"), QStringLiteral("m2")}));
}

TEST(DirectorRequired, ParentFiresWhenNoChildPassesAlone)
{
    const Org org = OrgBuilder()
                        .add("cto", "", "cto").add("m1", "cto", "tech_manager")
                        .add("m2", "cto", "tech_manager").addMany("p", 12, "m1", "programmer")
                        .addMany("q", 12, "m2", "programmer").build();
    EXPECT_EQ(anchors(org, check(org), "director-required"), QStringList{QStringLiteral("cto")});
}

TEST(DirectorRequired, DirectorCoversEverythingBelowIt)
{
    const Org org = OrgBuilder()
                        .add("cto", "", "cto").add("d", "cto", "tech_director").add("m", "d", "tech_manager")
                        .addMany("p", 30, "m", "programmer").build();
    EXPECT_TRUE(anchors(org, check(org), "director-required").isEmpty());
}

TEST(DirectorRequired, OpenPositionsCount)
{
    const Org org = OrgBuilder()
                        .add("cto", "", "cto").addMany("p", 15, "cto", "programmer")
                        .addMany("o", 5, "cto", "engineer", "", true).build();
    EXPECT_EQ(org.position(org.find(QStringLiteral("o1"))).isOpen(), true);
    EXPECT_EQ(anchors(org, check(org), "director-required"), QStringList{QStringLiteral("cto")});
}

TEST(DirectorRequired, StaffAndPartnersDoNotCount)
{
    const Org org = OrgBuilder()
                        .add("cto", "", "cto").addMany("p", 19, "cto", "programmer")
                        .addMany("s", 5, "cto", "staff").addMany("t", 3, "cto", "tech_partner").build();
    EXPECT_TRUE(anchors(org, check(org), "director-required").isEmpty());
}

TEST(DirectorRequired, NonTechnicalManagerIsNeverTheAnchor)
{
    const Org org = OrgBuilder().add("ceo", "", "ceo").addMany("p", 21, "ceo", "programmer").build();
    EXPECT_TRUE(anchors(org, check(org), "director-required").isEmpty());
}

TEST(DirectorRequired, ThresholdIsASetting)
{
    const Org org = OrgBuilder().add("cto", "", "cto").addMany("p", 10, "cto", "programmer").build();
    RuleSettings s;
    s.directorHeadcount = 10;
    EXPECT_EQ(anchors(org, check(org, s), "director-required"), QStringList{QStringLiteral("cto")});
    s.disabled.insert(QStringLiteral("director-required"));
    EXPECT_TRUE(anchors(org, check(org, s), "director-required").isEmpty());
}

TEST(DirectorRecommended, TwoProductLinesUnderOneManager)
{
    const Org org = OrgBuilder()
                        .add("cto", "", "cto").add("m1", "cto", "tech_manager", "Pay")
                        .add("m2", "cto", "tech_manager", "Search").build();
    const auto problems = check(org);
    EXPECT_EQ(anchors(org, problems, "director-recommended"), QStringList{QStringLiteral("cto")});
    const Problem *p = find(problems, "director-recommended");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->severity, Severity::Warning);
    EXPECT_EQ(p->productLines, (QStringList{QStringLiteral("Pay"), QStringLiteral("Search")}));
}

TEST(DirectorRecommended, OneProductLineIsFine)
{
    const Org org = OrgBuilder()
                        .add("cto", "", "cto").add("m1", "cto", "tech_manager", "Pay")
                        .add("m2", "cto", "tech_manager", "Pay").add("m3", "cto", "tech_manager", "").build();
    EXPECT_TRUE(anchors(org, check(org), "director-recommended").isEmpty());
}

TEST(DirectorRecommended, SmallestTeamWins)
{
    const Org org = OrgBuilder()
                        .add("cto", "", "cto").add("a", "cto", "architect")
                        .add("m1", "a", "tech_manager", "Pay").add("m2", "a", "tech_manager", "Search")
                        .add("m3", "cto", "tech_manager", "Maps").build();
    EXPECT_EQ(anchors(org, check(org), "director-recommended"), QStringList{QStringLiteral("a")});
}

TEST(DirectorRecommended, ItselfExcludedAndCoveredIgnored)
{
    const Org own = OrgBuilder()
                        .add("m1", "", "tech_manager", "Pay").add("m2", "m1", "tech_manager", "Search")
                        .build();
    EXPECT_TRUE(anchors(own, check(own), "director-recommended").isEmpty());
    const Org covered = OrgBuilder()
                            .add("cto", "", "cto").add("d", "cto", "tech_director")
                            .add("m1", "d", "tech_manager", "Pay").add("m2", "d", "tech_manager", "Search")
                            .build();
    EXPECT_TRUE(anchors(covered, check(covered), "director-recommended").isEmpty());
}

TEST(DirectorRecommended, NotWhereDirectorRequiredFires)
{
    const Org org = OrgBuilder()
                        .add("cto", "", "cto").add("m1", "cto", "tech_manager", "Pay")
                        .add("m2", "cto", "tech_manager", "Search").addMany("p", 19, "cto", "programmer")
                        .build();
    const auto problems = check(org);
    EXPECT_EQ(anchors(org, problems, "director-required"), QStringList{QStringLiteral("cto")});
    EXPECT_TRUE(anchors(org, problems, "director-recommended").isEmpty());
}

TEST(DirectorRecommended, NonTechnicalTopDoesNotFireButTechnicalChildDoes)
{
    const Org org = OrgBuilder()
                        .add("ceo", "", "ceo").add("cto", "ceo", "cto")
                        .add("m1", "cto", "tech_manager", "Pay").add("m2", "cto", "tech_manager", "Search")
                        .build();
    EXPECT_EQ(anchors(org, check(org), "director-recommended"), QStringList{QStringLiteral("cto")});
}

TEST(SpanOfControl, FifteenIsFineSixteenIsNot)
{
    const Org ok = OrgBuilder().add("boss", "", "staff").addMany("s", 15, "boss", "staff").build();
    EXPECT_TRUE(anchors(ok, check(ok), "span-of-control").isEmpty());
    const Org wide = OrgBuilder().add("boss", "", "staff").addMany("s", 16, "boss", "staff").build();
    const auto problems = check(wide);
    EXPECT_EQ(anchors(wide, problems, "span-of-control"), QStringList{QStringLiteral("boss")});
    EXPECT_EQ(find(problems, "span-of-control")->headcount, 16);
    EXPECT_EQ(find(problems, "span-of-control")->severity, Severity::Warning);
}

TEST(SpanOfControl, OpenPositionsAreDirectReports)
{
    const Org org = OrgBuilder()
                        .add("m", "", "tech_manager").addMany("p", 10, "m", "programmer")
                        .addMany("o", 6, "m", "programmer", "", true).build();
    EXPECT_EQ(anchors(org, check(org), "span-of-control"), QStringList{QStringLiteral("m")});
}

namespace {

/// The org has exactly one problem of `fired` (at `anchor`, of `severity`) and none of `silent`.
void expectOnly(const Org &org, const char *fired, const char *anchor, Severity severity, const char *silent)
{
    const auto problems = check(org);
    EXPECT_EQ(anchors(org, problems, fired), QStringList{QLatin1String(anchor)});
    ASSERT_NE(find(problems, fired), nullptr);
    EXPECT_EQ(find(problems, fired)->severity, severity);
    EXPECT_TRUE(anchors(org, problems, silent).isEmpty());
}

} // namespace

TEST(LadderOrder, LowerRankManagerIsAnError)
{
    expectOnly(OrgBuilder().add("p", "", "programmer").add("e", "p", "engineer").build(), "ladder-order", "e",
               Severity::Error, "peer-manager");
}

TEST(LadderOrder, PeerManagerIsAWarning)
{
    expectOnly(OrgBuilder().add("e1", "", "engineer").add("e2", "e1", "engineer").build(), "peer-manager", "e2",
               Severity::Warning, "ladder-order");
}

TEST(LadderOrder, OnlyBetweenTechnicalRoles)
{
    const Org org = OrgBuilder()
                        .add("s", "", "staff").add("e", "s", "engineer").add("t", "e", "tech_partner")
                        .add("c", "", "ceo").add("c2", "c", "cto").build();
    const auto problems = check(org);
    EXPECT_TRUE(anchors(org, problems, "ladder-order").isEmpty());
    EXPECT_TRUE(anchors(org, problems, "peer-manager").isEmpty());
}

TEST(SingleCto, EveryCtoIsAnAnchor)
{
    const Org one = OrgBuilder().add("c1", "", "cto").build();
    EXPECT_TRUE(anchors(one, check(one), "single-cto").isEmpty());
    const Org two = OrgBuilder().add("ceo", "", "ceo").add("c1", "ceo", "cto").add("c2", "ceo", "cto").build();
    const auto problems = check(two);
    EXPECT_EQ(anchors(two, problems, "single-cto"), (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
    EXPECT_EQ(find(problems, "single-cto")->severity, Severity::Error);
}

TEST(ProductLineManager, AnchorNearestRootThenInputOrder)
{
    const Org org = OrgBuilder()
                        .add("cto", "", "cto").add("a", "cto", "architect").add("e1", "a", "engineer", "Pay")
                        .add("x", "cto", "engineer").add("e2", "cto", "engineer", "Pay")
                        .add("e3", "cto", "engineer", "Pay").build();
    const auto problems = check(org);
    EXPECT_EQ(anchors(org, problems, "product-line-manager"), QStringList{QStringLiteral("e2")});
    EXPECT_EQ(find(problems, "product-line-manager")->productLine, QStringLiteral("Pay"));
    EXPECT_EQ(find(problems, "product-line-manager")->severity, Severity::Warning);
}

TEST(ProductLineManager, ATechManagerAnywhereInTheLineIsEnough)
{
    const Org org = OrgBuilder()
                        .add("cto", "", "cto", "Pay").add("e", "cto", "engineer", "Pay")
                        .add("m", "e", "tech_manager", "Pay").build();
    EXPECT_TRUE(anchors(org, check(org), "product-line-manager").isEmpty());
}

TEST(ProductLineArchitect, EightPositionsWithoutArchitect)
{
    const Org seven = OrgBuilder().add("m", "", "tech_manager", "Pay").addMany("p", 6, "m", "programmer", "Pay").build();
    EXPECT_TRUE(anchors(seven, check(seven), "product-line-architect").isEmpty());
    const Org eight = OrgBuilder().add("m", "", "tech_manager", "Pay").addMany("p", 7, "m", "programmer", "Pay").build();
    const auto problems = check(eight);
    EXPECT_EQ(anchors(eight, problems, "product-line-architect"), QStringList{QStringLiteral("m")});
    EXPECT_EQ(find(problems, "product-line-architect")->severity, Severity::Info);
    EXPECT_EQ(find(problems, "product-line-architect")->headcount, 8);
    const Org withArchitect = OrgBuilder()
                                  .add("m", "", "tech_manager", "Pay")
                                  .addMany("p", 7, "m", "programmer", "Pay").add("a", "m", "architect", "Pay")
                                  .build();
    EXPECT_TRUE(anchors(withArchitect, check(withArchitect), "product-line-architect").isEmpty());
}

TEST(Problems, SortedErrorsFirstAndMessagesNameTheFix)
{
    const Org org = OrgBuilder()
                        .add("cto", "", "cto", "", "Wang Wei").addMany("p", 16, "cto", "programmer")
                        .addMany("e", 5, "cto", "engineer").build();
    RuleEngine engine(RoleCatalogue::defaults(), {});
    const auto problems = engine.check(org);
    ASSERT_GE(problems.size(), 2u);
    EXPECT_EQ(problems[0].rule, QStringLiteral("director-required"));
    EXPECT_EQ(problems[1].rule, QStringLiteral("span-of-control"));
    const QString msg = engine.message(problems[0], org);
    EXPECT_TRUE(msg.contains(QStringLiteral("Wang Wei"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("22"))) << msg.toStdString();
    // A CTO ranks above a director: the hint is the fix that applies to it.
    EXPECT_TRUE(msg.contains(QStringLiteral("insert a tech director between Wang Wei and its technical reports")))
        << msg.toStdString();
}

// Under a technical manager the hint offers what works there: promote, insert above, split.
TEST(Problems, DirectorRequiredHintUnderAManagerNamesTheFixes)
{
    const Org org = OrgBuilder()
                        .add("cto", "", "cto", "", "Ma Chao").add("m", "cto", "tech_manager", "", "Xu Tao")
                        .addMany("e", 21, "m", "engineer").build();
    RuleEngine engine(RoleCatalogue::defaults(), {});
    const auto problems = engine.check(org);
    ASSERT_FALSE(problems.empty());
    ASSERT_EQ(problems[0].rule, QStringLiteral("director-required"));
    const QString msg = engine.message(problems[0], org);
    EXPECT_TRUE(msg.contains(QStringLiteral("make Xu Tao a tech director"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("insert a tech director above Xu Tao"))) << msg.toStdString();
    EXPECT_FALSE(msg.contains(QStringLiteral("between"))) << msg.toStdString();
}

TEST(Problems, DeepChainDoesNotOverflow)
{
    QString csv = QStringLiteral("id,name,manager_id,role\n0,n,,cto\n");
    for (int i = 1; i < 100000; ++i)
        csv += QStringLiteral("%1,n,%2,engineer\n").arg(i).arg(i - 1);
    const Org org = test::orgFromCsv(csv);
    ASSERT_EQ(org.size(), 100000);
    const auto problems = check(org);
    // Every engineer below engineer 1 reports to a peer; one smallest team over 20.
    EXPECT_EQ(anchors(org, problems, "peer-manager").size(), 99998);
    EXPECT_EQ(anchors(org, problems, "director-required"), QStringList{QStringLiteral("99979")});
}
