// SPDX-License-Identifier: MIT
#include "i18n/language.h"
#include "i18n/translator.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

using namespace org;

TEST(Translator, TranslatesInItsOwnLanguageNotTheApplications)
{
    ASSERT_TRUE(setLanguage(QStringLiteral("en")));
    const Translator zh(QStringLiteral("zh_CN"));
    EXPECT_EQ(zh.language(), QStringLiteral("zh_CN"));
    EXPECT_EQ(zh.translate("CardPainter", "Open position"), QStringLiteral("空缺职位"));
    EXPECT_EQ(zh.translate("ChartExporter", "%n position(s)", nullptr, 3), QStringLiteral("3 个岗位"));
    EXPECT_EQ(language(), QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("CardPainter", "Open position"), QStringLiteral("Open position"));
}

TEST(Translator, EnglishHasItsPluralsAndUnknownTextFallsBackToTheSource)
{
    const Translator en(QStringLiteral("en"));
    EXPECT_EQ(en.translate("ChartExporter", "%n position(s)", nullptr, 1), QStringLiteral("1 position"));
    EXPECT_EQ(en.translate("ChartExporter", "%n position(s)", nullptr, 2), QStringLiteral("2 positions"));
    EXPECT_EQ(en.translate("ChartExporter", "Legend:"), QStringLiteral("Legend:"));
    const Translator zh(QStringLiteral("zh_CN"));
    EXPECT_EQ(zh.translate("NoSuchContext", "Not in any catalogue"), QStringLiteral("Not in any catalogue"));
    EXPECT_EQ(zh.translate("NoSuchContext", "%n thing(s)", nullptr, 4), QStringLiteral("4 thing(s)"));
    const Translator none(QStringLiteral("xx"));
    EXPECT_EQ(none.translate("CardPainter", "Open position"), QStringLiteral("Open position"));
    const Translator copy = zh;
    EXPECT_EQ(copy.translate("CardPainter", "Open position"), QStringLiteral("空缺职位"));
}

TEST(Language, NamesAUserMayTypeMapToTheShippedLanguages)
{
    for (const char *zh : {"zh_CN", "zh", "zh-CN", "zh_Hans", "zh-Hans-CN", "zh_TW", "zh_SG"})
        EXPECT_EQ(canonicalLanguage(QString::fromLatin1(zh)), QStringLiteral("zh_CN")) << zh;
    for (const char *en : {"en", "en_US", "en-GB", "en_AU"})
        EXPECT_EQ(canonicalLanguage(QString::fromLatin1(en)), QStringLiteral("en")) << en;
    for (const char *other : {"fr", "de_DE", "", "C", "xx", "zzz_QQ", "english"})
        EXPECT_TRUE(canonicalLanguage(QString::fromLatin1(other)).isEmpty()) << other;

    ASSERT_TRUE(setLanguage(QStringLiteral("zh")));
    EXPECT_EQ(language(), QStringLiteral("zh_CN"));
    EXPECT_EQ(QCoreApplication::translate("CardPainter", "Open position"), QStringLiteral("空缺职位"));
    EXPECT_FALSE(setLanguage(QStringLiteral("fr")));
    EXPECT_EQ(language(), QStringLiteral("zh_CN")); // a refused name changes nothing
    ASSERT_TRUE(setLanguage(QStringLiteral("en-US")));
    EXPECT_EQ(language(), QStringLiteral("en"));
}
