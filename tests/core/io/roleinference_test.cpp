// SPDX-License-Identifier: MIT
#include "io/roleinference.h"

#include <gtest/gtest.h>

using org::RoleInference;

TEST(RoleInference, KeywordTable)
{
    const std::pair<const char *, const char *> cases[] = {
        {"Chief Technology Officer", "cto"},
        {"CTO", "cto"},
        {"首席技术官", "cto"},
        {"Chief Executive Officer", "ceo"},
        {"Vice President of Engineering", "tech_director"},
        {"Director of Engineering", "tech_director"},
        {"技术总监", "tech_director"},
        {"Engineering Manager", "tech_manager"},
        {"IT Manager", "tech_manager"},
        {"Research and Development Manager", "tech_manager"},
        {"Information Services Manager", "tech_manager"},
        {"System analyst", "tech_manager"},
        {"Software Architect", "architect"},
        {"Design Engineer", "engineer"},
        {"Senior Tool Designer", "engineer"},
        {"Database Administrator", "engineer"},
        {"Senior Android Developer", "engineer"},
        {"Programmer", "programmer"},
        {"Web Developer", "programmer"},
        {"程序员", "programmer"},
        {"Vice President of Sales", "staff"},
        {"Administration Vice President", "staff"},
        {"Production Control Manager", "staff"},
        {"Business Development Manager", "staff"},
        {"Production Technician - WC60", "staff"},
        {"Chief Operating Officer", "staff"},
        {"", "staff"},
    };
    for (const auto &[title, role] : cases)
        EXPECT_EQ(RoleInference::infer(QString::fromUtf8(title)).toStdString(), role) << title;
}
