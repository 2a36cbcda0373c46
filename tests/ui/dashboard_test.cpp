// SPDX-License-Identifier: MIT
// The dashboard read as a manager reads it: room to read, whole-number axes,
// labels that fit, problems in their severities' colours, one headcount rule.
#include "dashboard.h"
#include "edit/document.h"
#include "mainwindow.h"
#include "rules/stats.h"
#include "uitestutil.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QFile>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <set>

using namespace org;
using namespace org::ui;

namespace {

class DashboardReading : public test::MainWindowTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        showWindow(QSize(1400, 900), true);
    }

    Dashboard *dash() const { return window->dashboard(); }
    QChart *chart(Dashboard::Chart c) const { return dash()->chartView(c)->chart(); }

    void open(const QString &path)
    {
        QString error;
        ASSERT_TRUE(window->openFile(path, false, &error)) << error.toStdString();
        showDashboard();
    }
    void showDashboard()
    {
        window->dashboardDock()->show();
        window->dashboardDock()->raise();
        QTest::qWait(100);
        dash()->refresh();
        QTest::qWait(100); // the charts lay themselves out
    }
};

/// The labels a value axis prints: its format at each tick from the minimum.
QStringList tickLabels(const QValueAxis *axis)
{
    QStringList labels;
    if (axis->tickType() != QValueAxis::TicksDynamic)
        return labels;
    for (double v = axis->tickAnchor(); v <= axis->max() + 1e-9; v += axis->tickInterval())
        if (v >= axis->min() - 1e-9)
            labels << (axis->labelFormat() == QLatin1String("%d") ? QString::asprintf("%d", int(std::lround(v)))
                                                                 : QString::asprintf("%.0f", v));
    return labels;
}

QBarCategoryAxis *categoryAxis(QChart *chart, Qt::Orientation along)
{
    const QList<QAbstractAxis *> axes = chart->axes(along);
    return axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
}

} // namespace

TEST_F(DashboardReading, OpensLargeBesideTheChart)
{
    open(QStringLiteral(ORG_SAMPLES "/sample_org.csv"));
    EXPECT_FALSE(window->dashboardDock()->isFloating());
    EXPECT_GE(window->dashboardDock()->height(), window->height() / 2);
    // Every chart at least as wide as a readable chart; several side by side.
    for (int c = 0; c < Dashboard::ChartCount; ++c)
        EXPECT_GE(dash()->chartView(Dashboard::Chart(c))->width(), 400) << c;
}

TEST_F(DashboardReading, CountAxesTickWholeNumbersOnce)
{
    // Small counts (the "0 0 1 1" case), then the sample.
    open(writeFile(QStringLiteral("tiny.csv"), "id,name,manager_id,role,team\n"
                                               "c,Carol,,cto,\nm,Max,c,tech_manager,A\ne,Eve,m,engineer,A\n"));
    for (int round = 0; round < 2; ++round) {
        if (round == 1)
            open(QStringLiteral(ORG_SAMPLES "/sample_org.csv"));
        for (int c = 0; c < Dashboard::ChartCount; ++c) {
            if (dash()->chartView(Dashboard::Chart(c))->isHidden())
                continue;
            for (QAbstractAxis *a : chart(Dashboard::Chart(c))->axes()) {
                auto *axis = qobject_cast<QValueAxis *>(a);
                if (!axis)
                    continue;
                SCOPED_TRACE(chart(Dashboard::Chart(c))->title().toStdString());
                EXPECT_EQ(axis->tickType(), QValueAxis::TicksDynamic);
                EXPECT_DOUBLE_EQ(axis->min(), 0.0);
                EXPECT_GE(axis->tickInterval(), 1.0);
                EXPECT_DOUBLE_EQ(axis->tickInterval(), std::round(axis->tickInterval()));
                const QStringList labels = tickLabels(axis);
                EXPECT_GE(labels.size(), 2);
                EXPECT_EQ(std::set<QString>(labels.begin(), labels.end()).size(), std::size_t(labels.size()))
                    << labels.join(QLatin1Char(' ')).toStdString();
            }
        }
    }
}

TEST_F(DashboardReading, LabelsFitWithoutEllipsis)
{
    // Spans up to 40 (a wide team) and every rule name.
    QByteArray csv = "id,name,manager_id,role,team\nc,Carol,,cto,\n";
    for (int i = 0; i < 40; ++i)
        csv += "m" + QByteArray::number(i) + ",M" + QByteArray::number(i) + ",c,tech_manager,T\n";
    for (int i = 0; i < 40; ++i)
        for (int j = 0; j <= i % 13; ++j)
            csv += "e" + QByteArray::number(i) + "_" + QByteArray::number(j) + ",E,m" + QByteArray::number(i)
                   + ",engineer,T\n";
    open(writeFile(QStringLiteral("spans.csv"), csv));
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        SCOPED_TRACE(lang.toStdString());
        window->action(QStringLiteral("actionLanguage_") + lang)->trigger();
        showDashboard();
        {
            QChart *c = chart(Dashboard::SpanChart);
            QBarCategoryAxis *x = categoryAxis(c, Qt::Horizontal);
            ASSERT_NE(x, nullptr);
            const QFontMetrics fm(x->labelsFont());
            const double slot = c->plotArea().width() / double(x->count());
            for (const QString &label : x->categories())
                EXPECT_LE(fm.horizontalAdvance(label), slot) << label.toStdString();
        }
        for (Dashboard::Chart which : {Dashboard::ProblemChart, Dashboard::RoleChart, Dashboard::TeamChart}) {
            QChart *c = chart(which);
            SCOPED_TRACE(c->title().toStdString());
            QBarCategoryAxis *y = categoryAxis(c, Qt::Vertical);
            ASSERT_NE(y, nullptr);
            const QFontMetrics fm(y->labelsFont());
            for (const QString &label : y->categories()) {
                EXPECT_FALSE(label.contains(QChar(0x2026))) << label.toStdString();
                // The label's room: left of the plot, inside the chart.
                EXPECT_LE(fm.horizontalAdvance(label), c->plotArea().left()) << label.toStdString();
            }
        }
    }
    window->action(QStringLiteral("actionLanguage_en"))->trigger();
}

TEST_F(DashboardReading, HeadcountByRoleCountsAsStatsAndStatusBar)
{
    open(QStringLiteral(ORG_SAMPLES "/sample_org.csv"));
    const OrgStats stats = OrgStats::compute(doc()->org(), doc()->roles());
    // The sample has a technical partner: the rule matters here.
    ASSERT_LT(stats.headcount, stats.positions);
    double total = 0;
    auto *series = qobject_cast<QAbstractBarSeries *>(chart(Dashboard::RoleChart)->series().value(0));
    ASSERT_NE(series, nullptr);
    for (const QBarSet *set : series->barSets())
        total += set->sum();
    EXPECT_EQ(int(total), stats.headcount);
    EXPECT_TRUE(window->statusText().contains(QStringLiteral("Headcount: %1").arg(stats.headcount)))
        << window->statusText().toStdString();
    EXPECT_FALSE(categoryAxis(chart(Dashboard::RoleChart), Qt::Vertical)->categories().contains(
        QStringLiteral("Technical Partner")));
}

TEST_F(DashboardReading, ProblemsInTheirSeveritiesColours)
{
    open(QStringLiteral(ORG_SAMPLES "/sample_org.csv"));
    auto *series = qobject_cast<QAbstractBarSeries *>(chart(Dashboard::ProblemChart)->series().value(0));
    ASSERT_NE(series, nullptr);
    QHash<QString, QColor> colours;
    for (QBarSet *set : series->barSets())
        colours.insert(set->objectName(), set->color());
    ASSERT_EQ(colours.size(), 3);
    const QColor error = colours.value(QStringLiteral("error")), warning = colours.value(QStringLiteral("warning")),
                 info = colours.value(QStringLiteral("info"));
    EXPECT_NE(error, warning);
    EXPECT_NE(error, info);
    EXPECT_NE(warning, info);
    EXPECT_GT(error.red(), error.green() + 60);   // red
    EXPECT_GT(warning.red(), warning.blue() + 60); // amber
    EXPECT_GT(warning.green(), warning.blue() + 60);
    EXPECT_GT(info.blue(), info.red() + 60);       // blue
}

TEST_F(DashboardReading, ManyTeamsDoNotDwarfTheLargest)
{
    // 100,000 positions in 400 teams: twelve bars, the rest in a note.
    QByteArray csv = "id,name,manager_id,role,team\np0,Root,,cto,\n";
    for (int i = 1; i < 100000; ++i)
        csv += "p" + QByteArray::number(i) + ",P,p" + QByteArray::number((i - 1) / 10) + ",engineer,T"
               + QByteArray::number(i % 400) + '\n';
    open(writeFile(QStringLiteral("teams.csv"), csv));
    const OrgStats stats = OrgStats::compute(doc()->org(), doc()->roles());
    ASSERT_GT(stats.byTeam.size(), 12u);
    QChart *c = chart(Dashboard::TeamChart);
    QBarCategoryAxis *y = categoryAxis(c, Qt::Vertical);
    ASSERT_NE(y, nullptr);
    EXPECT_EQ(y->count(), 12);
    const int largest = stats.byTeam.front().positions;
    const auto *x = qobject_cast<QValueAxis *>(c->axes(Qt::Horizontal).value(0));
    ASSERT_NE(x, nullptr);
    EXPECT_LE(x->max(), 2.0 * largest); // the largest team's bar fills most of the chart
    int others = 0;
    for (std::size_t i = 12; i < stats.byTeam.size(); ++i)
        others += stats.byTeam[i].positions;
    EXPECT_TRUE(c->title().contains(QLocale().toString(others))) << c->title().toStdString();
}
