// SPDX-License-Identifier: MIT
#include "model/rolecatalogue.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace org;

TEST(RoleCatalogue, DefaultLadder)
{
    const RoleCatalogue c = RoleCatalogue::defaults();
    EXPECT_EQ(c.keys(), (QStringList{QStringLiteral("ceo"), QStringLiteral("cto"), QStringLiteral("tech_director"),
                                     QStringLiteral("tech_manager"), QStringLiteral("architect"),
                                     QStringLiteral("engineer"), QStringLiteral("programmer"),
                                     QStringLiteral("staff"), QStringLiteral("tech_partner")}));
    const std::pair<const char *, int> ranks[] = {{"ceo", 7}, {"cto", 6}, {"tech_director", 5}, {"tech_manager", 4},
                                                  {"architect", 3}, {"engineer", 2}, {"programmer", 1}, {"staff", 0}};
    for (const auto &[key, rank] : ranks)
        EXPECT_EQ(c.find(QLatin1String(key))->rank, rank) << key;
    EXPECT_FALSE(c.find(QStringLiteral("tech_partner"))->rank.has_value());
    EXPECT_FALSE(c.find(QStringLiteral("tech_partner"))->countsAsTechnical());
    EXPECT_FALSE(c.find(QStringLiteral("ceo"))->technical);
    EXPECT_FALSE(c.find(QStringLiteral("staff"))->technical);
    EXPECT_TRUE(c.find(QStringLiteral("programmer"))->countsAsTechnical());
    for (const Role &r : c.roles()) {
        EXPECT_FALSE(r.nameZh.isEmpty());
        EXPECT_FALSE(r.dutiesEn.isEmpty());
        EXPECT_FALSE(r.dutiesZh.isEmpty());
    }
}

TEST(RoleCatalogue, MatchesKeysNamesAndAliasesCaseInsensitively)
{
    const RoleCatalogue c = RoleCatalogue::defaults();
    const std::pair<const char *, const char *> cases[] = {
        {"CTO", "cto"}, {"Tech_Director", "tech_director"}, {"技术总监", "tech_director"},
        {"Technical Director", "tech_director"}, {"engineering manager", "tech_manager"},
        {"Tech Lead", "tech_manager"}, {"技术经理", "tech_manager"}, {"程序员", "programmer"},
        {"ARCHITECT", "architect"}, {"技术合伙人", "tech_partner"}, {"员工", "staff"}};
    for (const auto &[spelling, key] : cases) {
        const int i = c.match(QString::fromUtf8(spelling));
        ASSERT_GE(i, 0) << spelling;
        EXPECT_EQ(c.at(i).key, QLatin1String(key)) << spelling;
    }
    EXPECT_EQ(c.match(QStringLiteral("wizard")), -1);
}

TEST(RoleCatalogue, CustomRolesCanBeAddedAndRemoved)
{
    RoleCatalogue c = RoleCatalogue::defaults();
    c.upsert(org::test::sreRole());
    EXPECT_EQ(c.at(c.match(QStringLiteral("站点可靠性工程师"))).key, QStringLiteral("sre"));
    EXPECT_TRUE(c.remove(QStringLiteral("sre")));
    EXPECT_EQ(c.match(QStringLiteral("sre")), -1);
    EXPECT_FALSE(c.remove(QStringLiteral("sre")));
}
