// SPDX-License-Identifier: MIT
// Planning over time in the editor (issue 16): the toolbar's "As of" control moves
// the chart, the problems and the dashboard to a date; the Forecast panel lists the
// problems that start with their quarter; the property panel edits the plan fields.
#include "asofcontrol.h"
#include "chartscene.h"
#include "chartview.h"
#include "dashboard.h"
#include "edit/document.h"
#include "forecastdock.h"
#include "mainwindow.h"
#include "model/plandate.h"
#include "problemmodel.h"
#include "propertypanel.h"
#include "rules/ruleengine.h"
#include "timecharts.h"
#include "uitestutil.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <memory>

using namespace org;
using namespace org::ui;

namespace {

class GuiForecast : public test::MainWindowTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(MainWindowTest::SetUp());
        openFile(QStringLiteral(ORG_SAMPLES "/sample_org_hiring.csv"));
    }
    /// Chooses the quarter entry "2027 Q2" … in the toolbar's combo box, as a user would.
    void chooseQuarter(const char *label)
    {
        QComboBox *combo = window->asOfControl()->combo();
        const int i = combo->findText(QString::fromLatin1(label));
        ASSERT_GE(i, 0) << label;
        combo->setCurrentIndex(i);
        settle();
    }
    /// The card of a position as painted on screen (the scene rendered to an image).
    QImage cardImage(const QString &id)
    {
        const QRectF r = window->scene()->cardRect(id);
        EXPECT_FALSE(r.isNull()) << id.toStdString();
        QImage img(r.size().toSize(), QImage::Format_ARGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        window->scene()->render(&p, QRectF(QPointF(0, 0), r.size()), r);
        return img;
    }
    int problemRows(const QString &ruleId, const QString &anchorId) const
    {
        int n = 0;
        for (const Problem &p : doc()->problems())
            n += p.rule == ruleId && doc()->org().position(p.anchor).id == anchorId;
        return n;
    }
};

double barTotal(QChart *chart)
{
    double total = 0;
    for (QAbstractSeries *s : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            for (QBarSet *set : bars->barSets())
                total += set->sum();
    return total;
}

} // namespace

TEST_F(GuiForecast, TheDateControlMovesChartProblemsAndDashboard)
{
    QComboBox *combo = window->asOfControl()->combo();
    EXPECT_EQ(combo->currentIndex(), 0); // "All dates": the whole plan
    EXPECT_EQ(problemRows(QStringLiteral("director-required"), QStringLiteral("P001")), 1);
    const QImage allDates = cardImage(QStringLiteral("H005"));

    chooseQuarter("2027 Q2");
    EXPECT_EQ(doc()->asOf(), QDate(2027, 4, 1));
    // Problems: Payments has 18 technical people on 1 April 2027, no director needed yet.
    EXPECT_EQ(problemRows(QStringLiteral("director-required"), QStringLiteral("P001")), 0);
    EXPECT_EQ(problemModelRows(RuleEngine::ruleName(QStringLiteral("director-required"))), 0);
    // Chart: H005 (2027 Q3) is drawn faded with its start, different from before.
    const QImage q2 = cardImage(QStringLiteral("H005"));
    EXPECT_NE(q2, allDates);
    // Dashboard: the positions of that day only.
    window->dashboardDock()->show();
    window->dashboardDock()->raise();
    settle();
    window->dashboard()->refresh();
    auto *timeCharts = window->dashboard()->findChild<TimeCharts *>();
    ASSERT_NE(timeCharts, nullptr);
    timeCharts->refresh();
    QChart *layersQ2 = timeCharts->chartView(TimeCharts::LayersChart)->chart();
    const double positionsQ2 = barTotal(layersQ2);
    const double roleBarsQ2 = barTotal(window->dashboard()->chartView(Dashboard::RoleChart)->chart());

    // The next-quarter button: 2027 Q3, the hires have started.
    window->asOfControl()->findChild<QToolButton *>(QStringLiteral("asOfNext"))->click();
    settle();
    EXPECT_EQ(doc()->asOf(), QDate(2027, 7, 1));
    EXPECT_EQ(combo->currentText(), QStringLiteral("2027 Q3"));
    EXPECT_EQ(problemRows(QStringLiteral("director-required"), QStringLiteral("P001")), 1);
    EXPECT_EQ(problemModelRows(RuleEngine::ruleName(QStringLiteral("director-required"))), 1);
    const QImage q3 = cardImage(QStringLiteral("H005"));
    EXPECT_NE(q3, q2);
    EXPECT_EQ(q3, allDates); // active: drawn as without a date
    window->dashboard()->refresh();
    timeCharts->refresh();
    const double positionsQ3 = barTotal(timeCharts->chartView(TimeCharts::LayersChart)->chart());
    EXPECT_DOUBLE_EQ(positionsQ3 - positionsQ2, 5); // H005–H008 and R002 (its manager R001 starts in Q4)
    EXPECT_DOUBLE_EQ(barTotal(window->dashboard()->chartView(Dashboard::RoleChart)->chart()) - roleBarsQ2, 5);

    // Back to "All dates": everything counts again.
    combo->setCurrentIndex(0);
    settle();
    EXPECT_FALSE(doc()->asOf().isValid());
    EXPECT_EQ(cardImage(QStringLiteral("H005")), allDates);
}

TEST_F(GuiForecast, ADepartureIsFadedAfterItsEndDate)
{
    const QImage before = cardImage(QStringLiteral("P004"));
    chooseQuarter("2027 Q4");
    EXPECT_EQ(cardImage(QStringLiteral("P004")), before);
    chooseQuarter("2028 Q1");
    EXPECT_NE(cardImage(QStringLiteral("P004")), before);
}

TEST_F(GuiForecast, ThePanelListsTheProblemWithItsQuarterAndOffersTheFix)
{
    window->forecastDock()->show();
    window->forecastDock()->raise();
    settle();
    ForecastDock *panel = window->forecast();
    panel->refresh();
    QTreeWidget *tree = panel->tree();
    QTreeWidgetItem *found = nullptr;
    for (int i = 0; i < tree->topLevelItemCount() && !found; ++i) {
        QTreeWidgetItem *quarter = tree->topLevelItem(i);
        for (int c = 0; c < quarter->childCount(); ++c)
            if (quarter->child(c)->text(0).contains(QStringLiteral("Payments passes 20 technical people in 2027 Q3")))
                found = quarter->child(c);
    }
    ASSERT_NE(found, nullptr);
    EXPECT_TRUE(found->parent()->text(0).startsWith(QStringLiteral("2027 Q3"))) << found->parent()->text(0).toStdString();
    EXPECT_TRUE(found->text(0).contains(QStringLiteral("Technical Director")));
    // No other quarter starts it.
    int starts = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c)
            starts += tree->topLevelItem(i)->child(c)->text(0).contains(QStringLiteral("Payments passes 20"));
    EXPECT_EQ(starts, 1);
    // Double-click: the org as of that quarter.
    emit tree->itemDoubleClicked(found, 0);
    settle();
    EXPECT_EQ(doc()->asOf(), QDate(2027, 7, 1));
    // The Fix button applies a fix as one undo step; the problem is gone from the forecast.
    auto *fix = qobject_cast<QPushButton *>(panel->fixButton(found));
    ASSERT_NE(fix, nullptr);
    const int steps = doc()->undoStack()->count();
    fix->click();
    settle();
    EXPECT_EQ(doc()->undoStack()->count(), steps + 1);
    EXPECT_EQ(problemRows(QStringLiteral("director-required"), QStringLiteral("P001")), 0);
    panel->refresh();
    bool still = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c)
            still = still || tree->topLevelItem(i)->child(c)->text(0).contains(QStringLiteral("Payments passes 20"));
    EXPECT_FALSE(still);
}

TEST_F(GuiForecast, PropertyPanelEditsDatesStatusAndBudget)
{
    window->scene()->setSelection({QStringLiteral("H006")}, QStringLiteral("H006"));
    settle();
    PropertyPanel *panel = window->propertyPanel();
    auto *start = panel->findChild<QLineEdit *>(QStringLiteral("startDateEdit"));
    auto *budget = panel->findChild<QLineEdit *>(QStringLiteral("budgetEdit"));
    auto *status = panel->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    ASSERT_NE(start, nullptr);
    ASSERT_NE(budget, nullptr);
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(start->text(), QStringLiteral("2027-07-01"));
    EXPECT_EQ(status->currentData().toString(), QStringLiteral("planned"));
    start->setText(QStringLiteral("2028Q1"));
    emit start->editingFinished();
    budget->setText(QStringLiteral("17000"));
    emit budget->editingFinished();
    status->setCurrentIndex(status->findData(QStringLiteral("offer")));
    emit status->activated(status->currentIndex());
    settle();
    const Position &p = doc()->org().position(doc()->org().find(u"H006"));
    EXPECT_EQ(p.startDate(), QDate(2028, 1, 1));
    EXPECT_EQ(p.budget(), 17000.0);
    EXPECT_EQ(p.status(), HiringStatus::Offer);
    // A bad date is refused with the value named; nothing changes.
    start->setText(QStringLiteral("2028-02-30"));
    emit start->editingFinished();
    settle();
    EXPECT_EQ(doc()->org().position(doc()->org().find(u"H006")).startDate(), QDate(2028, 1, 1));
    EXPECT_EQ(start->text(), QStringLiteral("2028-01-01"));
}

// Writes the README's pictures of planning over time (docs/forecast-<lang>.png,
// docs/quarterly-cost-<lang>.png) when ORG_SCREENSHOT_DIR names a folder; skipped otherwise.
TEST_F(GuiForecast, ScreenshotsForTheReadme)
{
    const QString dir = qEnvironmentVariable("ORG_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set ORG_SCREENSHOT_DIR to write the screenshots";
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        window->action(QStringLiteral("actionLanguage_") + lang)->trigger();
        settle();
        chooseQuarter("2027 Q3");
        window->forecastDock()->show();
        window->forecastDock()->raise();
        settle();
        window->forecast()->refresh();
        window->chartView()->centerOn(window->scene()->cardRect(QStringLiteral("P001")).center());
        settle();
        QTest::qWait(200);
        EXPECT_TRUE(window->grab().save(dir + QStringLiteral("/forecast-") + lang + QStringLiteral(".png")));
        window->dashboardDock()->show();
        window->dashboardDock()->raise();
        settle();
        auto *timeCharts = window->dashboard()->findChild<TimeCharts *>();
        ASSERT_NE(timeCharts, nullptr);
        timeCharts->refresh();
        QChartView *cost = timeCharts->chartView(TimeCharts::QuarterCostChart);
        settle();
        cost->resize(900, 480); // a visible widget gets its resize event at once; the layout acts later
        QCoreApplication::processEvents();
        cost->resize(900, 480);
        EXPECT_TRUE(cost->grab().save(dir + QStringLiteral("/quarterly-cost-") + lang + QStringLiteral(".png")));
    }
    window->action(QStringLiteral("actionLanguage_en"))->trigger();
    settle();
}
