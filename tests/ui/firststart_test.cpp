// SPDX-License-Identifier: MIT
// The first start: with nothing remembered, the docks take the same room in every
// language, so that the chart a Chinese user first sees is at least as large as an English one.
#include "i18n/language.h"
#include "chartview.h"
#include "mainwindow.h"

#include <QDockWidget>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

namespace org::ui::test {
namespace {

struct FirstView
{
    int people = 0; ///< width of the people dock
    int chart = 0;  ///< width of the chart's viewport
};

FirstView firstStartIn(const QString &lang)
{
    QSettings().clear(); // nothing remembered: a first start
    EXPECT_TRUE(org::setLanguage(lang));
    MainWindow window;
    window.resize(1600, 1000); // a screen's size (the offscreen screen is smaller)
    window.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    auto *people = window.findChild<QDockWidget *>(QStringLiteral("peopleDock"));
    EXPECT_NE(people, nullptr);
    if (!people)
        return {};
    return {people->width(), window.chartView()->viewport()->width()};
}

TEST(FirstStart, DocksTakeTheSameRoomInEveryLanguage)
{
    const FirstView en = firstStartIn(QStringLiteral("en"));
    const FirstView zh = firstStartIn(QStringLiteral("zh_CN"));
    org::setLanguage(QStringLiteral("en"));
    QSettings().clear();
    EXPECT_GT(en.people, 0);
    EXPECT_EQ(en.people, zh.people);
    // The properties dock may need more room for English labels, never the chart less in Chinese.
    EXPECT_GE(zh.chart, en.chart);
}

} // namespace
} // namespace org::ui::test
