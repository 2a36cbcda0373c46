// SPDX-License-Identifier: MIT
// Compare Scenarios reads forwards (from the scenario compared against to the
// one being edited) and its move arrows leave the cards' tags readable.
#include "changearrow.h"
#include "chartscene.h"
#include "comparechart.h"
#include "edit/document.h"
#include "mainwindow.h"
#include "scenariocomparedialog.h"

#include <QComboBox>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace org;
using namespace org::ui;

namespace {

class CompareScenarios : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        QString error;
        ASSERT_TRUE(window->openFile(QStringLiteral(ORG_SAMPLES "/sample_org.csv"), false, &error))
            << error.toStdString();
        base = doc()->currentScenarioName();
    }
    Document *doc() const { return window->document(); }
    /// The names shown in the dialog's "From" and "to" boxes.
    static std::pair<QString, QString> direction(const ScenarioCompareDialog &d)
    {
        return {d.findChild<QComboBox *>(QStringLiteral("scenarioBefore"))->currentText(),
                d.findChild<QComboBox *>(QStringLiteral("scenarioAfter"))->currentText()};
    }

    std::unique_ptr<MainWindow> window;
    QString base;
};

} // namespace

TEST_F(CompareScenarios, OpensFromTheBaseToTheScenarioBeingEdited)
{
    QString e;
    ASSERT_TRUE(doc()->duplicateScenario(QString(), QStringLiteral("Reorg A"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->duplicateScenario(QString(), QStringLiteral("Reorg B"), &e)) << e.toStdString();
    // Editing "Reorg A": from the base ("Current") to "Reorg A".
    ASSERT_TRUE(doc()->switchScenario(QStringLiteral("Reorg A"), &e)) << e.toStdString();
    {
        const ScenarioCompareDialog d(doc());
        EXPECT_EQ(direction(d), std::make_pair(base, QStringLiteral("Reorg A")));
    }
    ASSERT_TRUE(doc()->switchScenario(QStringLiteral("Reorg B"), &e)) << e.toStdString();
    {
        const ScenarioCompareDialog d(doc());
        EXPECT_EQ(direction(d), std::make_pair(base, QStringLiteral("Reorg B")));
    }
    // Editing the base itself: from it to the next scenario.
    ASSERT_TRUE(doc()->switchScenario(base, &e)) << e.toStdString();
    {
        const ScenarioCompareDialog d(doc());
        EXPECT_EQ(direction(d), std::make_pair(base, QStringLiteral("Reorg A")));
    }
}

TEST_F(CompareScenarios, MoveArrowHeadLeavesTheTagsFree)
{
    QString e;
    ASSERT_TRUE(doc()->duplicateScenario(QString(), QStringLiteral("Reorg A"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->switchScenario(QStringLiteral("Reorg A"), &e)) << e.toStdString();
    // Moves to the left, to the right and up the chart.
    const Org &org = doc()->org();
    const Org::Vertex root = org.roots().front();
    std::vector<Org::Vertex> directors;
    for (Org::Vertex v : org.reports(root))
        if (org.reportCount(v) > 0)
            directors.push_back(v);
    ASSERT_GE(directors.size(), 2u);
    const QString left = org.position(directors.front()).id;
    const QString right = org.position(directors.back()).id;
    const std::vector<Org::Vertex> underLeft = org.reports(directors.front());
    const std::vector<Org::Vertex> underRight = org.reports(directors.back());
    ASSERT_FALSE(underLeft.empty());
    ASSERT_FALSE(underRight.empty());
    const QString a = org.position(underLeft.front()).id, b = org.position(underRight.back()).id;
    ASSERT_TRUE(doc()->move(a, right, &e)) << e.toStdString();
    ASSERT_TRUE(doc()->move(b, left, &e)) << e.toStdString();
    if (underLeft.size() > 1) {
        ASSERT_TRUE(doc()->move(org.position(underLeft[1]).id, org.position(root).id, &e)) << e.toStdString();
    }

    ScenarioCompareDialog dialog(doc());
    dialog.resize(1400, 900);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ChartScene *scene = dialog.compareChart()->scene();
    scene->ensureLayout();
    ASSERT_GE(scene->arrows().size(), 2u);
    for (const ChangeArrow *arrow : scene->arrows()) {
        SCOPED_TRACE(arrow->toId().toStdString());
        ASSERT_TRUE(arrow->isVisible());
        const QRectF card = scene->cardRect(arrow->toId());
        const QRectF tags = changeTagArea(card, scene->highlights().value(arrow->toId()).changes);
        ASSERT_FALSE(tags.isEmpty()); // "Moved" at least
        EXPECT_FALSE(arrow->head().boundingRect().intersects(tags));
        // The head still touches its card.
        EXPECT_TRUE(arrow->head().boundingRect().adjusted(-1, -1, 1, 1).intersects(card));
    }
}
