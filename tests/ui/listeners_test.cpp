// SPDX-License-Identifier: MIT
// The editor's listeners follow an edit by what it changed (issue 17): a drag
// updates the status bar counts, the problems panel by rows (no reset) and the
// badges of exactly the cards whose problems changed; a 10,000-row apply, its
// undo and its redo each notify once; everything always equals a full pass.
#include "uitestutil.h"

#include "chartscene.h"
#include "chartview.h"
#include "peoplemodel.h"
#include "problemmodel.h"
#include "problemsdock.h"
#include "rules/ruleengine.h"

#include <QAbstractItemModelTester>
#include <QStatusBar>
#include <QTest>

using namespace org;
using namespace org::ui;

namespace {

/// Counts what a model announces.
struct ModelSignals
{
    int resets = 0, inserted = 0, removed = 0, changed = 0;
    void watch(QAbstractItemModel *m, QObject *context)
    {
        QObject::connect(m, &QAbstractItemModel::modelAboutToBeReset, context, [this] { ++resets; });
        QObject::connect(m, &QAbstractItemModel::rowsInserted, context, [this] { ++inserted; });
        QObject::connect(m, &QAbstractItemModel::rowsRemoved, context, [this] { ++removed; });
        QObject::connect(m, &QAbstractItemModel::dataChanged, context, [this] { ++changed; });
    }
};

class GuiListeners : public test::MainWindowTest
{
protected:
    std::vector<Problem> fullPass() const { return RuleEngine(doc()->roles(), doc()->ruleSettings()).check(doc()->org()); }

    /// The problems panel, the status bar and every card's badge show a full pass.
    void expectShowsFullPass()
    {
        const std::vector<Problem> full = fullPass();
        ProblemModel *model = window->problemModel();
        ASSERT_EQ(model->rowCount(), int(full.size()));
        const Org &org = doc()->org();
        for (int r = 0; r < model->rowCount(); ++r) {
            const Problem &p = full[std::size_t(r)];
            ASSERT_EQ(model->index(r, ProblemModel::RuleColumn).data().toString(), RuleEngine::ruleName(p.rule)) << r;
            ASSERT_EQ(model->index(r, 0).data(ProblemModel::AnchorIdRole).toString(), org.position(p.anchor).id) << r;
            ASSERT_EQ(model->index(r, 0).data(ProblemModel::SeverityRole).toString(), severityId(p.severity)) << r;
        }
        int errors = 0, warnings = 0;
        std::vector<int> perCard(std::size_t(org.size()), 0);
        std::vector<Severity> worst(std::size_t(org.size()), Severity::Info);
        for (const Problem &p : full) {
            errors += p.severity == Severity::Error;
            warnings += p.severity == Severity::Warning;
            worst[p.anchor] = std::min(worst[p.anchor], p.severity);
            ++perCard[p.anchor];
        }
        const QString status = window->statusText();
        EXPECT_TRUE(status.contains(QStringLiteral("Errors: %1").arg(errors))) << status.toStdString();
        EXPECT_TRUE(status.contains(QStringLiteral("Warnings: %1").arg(warnings))) << status.toStdString();
        const QString title = window->problemsDock()->windowTitle();
        EXPECT_EQ(title.contains(QStringLiteral("(%1)").arg(full.size())), !full.empty()) << title.toStdString();
        for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
            const CardBadge b = window->scene()->badge(v);
            ASSERT_EQ(b.count, perCard[v]) << org.position(v).id.toStdString();
            if (b.count > 0) {
                ASSERT_EQ(b.worst, worst[v]) << org.position(v).id.toStdString();
            }
        }
    }
    std::vector<CardBadge> badges() const
    {
        std::vector<CardBadge> out;
        for (Org::Vertex v = 0; v < Org::Vertex(doc()->org().size()); ++v)
            out.push_back(window->scene()->badge(v));
        return out;
    }
    /// Ids of the cards whose badge differs between two looks.
    QStringList changedBadges(const std::vector<CardBadge> &a, const std::vector<CardBadge> &b) const
    {
        QStringList ids;
        for (std::size_t v = 0; v < a.size() && v < b.size(); ++v)
            if (a[v].count != b[v].count || (a[v].count > 0 && a[v].worst != b[v].worst))
                ids << doc()->org().position(Org::Vertex(v)).id;
        return ids;
    }
};

TEST_F(GuiListeners, ADragUpdatesTheStatusTheRowsAndOnlyTheBadgesConcerned)
{
    // Three managers of three programmers each under a CTO.
    QByteArray csv = "id,name,manager_id,role,team,product_line\ncto,Cora,,cto,T,\n";
    for (int m = 1; m <= 3; ++m) {
        csv += QStringLiteral("m%1,Manager %1,cto,tech_manager,T%1,\n").arg(m).toUtf8();
        for (int i = 0; i < 3; ++i)
            csv += QStringLiteral("p%1%2,Person %1%2,m%1,programmer,T%1,\n").arg(m).arg(i).toUtf8();
    }
    ASSERT_NO_FATAL_FAILURE(openCsv(csv));
    doc()->setMovesCarryTeam(false);
    window->chartView()->setZoom(0.5);
    // Both cards well inside the view (a drag near its edge scrolls it).
    const QRectF from = window->scene()->cardRect(QStringLiteral("m3")), to = window->scene()->cardRect(QStringLiteral("p20"));
    window->chartView()->centerOn((from.center() + to.center()) / 2);
    settle();
    QAbstractItemModelTester modelTester(window->problemModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(window->problemFilter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_NO_FATAL_FAILURE(expectShowsFullPass());
    const std::vector<CardBadge> start = badges();
    ModelSignals rows;
    rows.watch(window->problemModel(), window.get());

    // A manager dropped on a programmer: a ladder-order error at m3, and the CTO
    // and the programmer each get a narrow span. Nobody else's problems change.
    dragCard(QStringLiteral("m3"), QStringLiteral("p20"));
    ASSERT_EQ(managerOf(QStringLiteral("m3")), QStringLiteral("p20")) << window->statusBar()->currentMessage().toStdString();
    ASSERT_NO_FATAL_FAILURE(expectShowsFullPass());
    const std::vector<CardBadge> moved = badges();
    QStringList concerned = changedBadges(start, moved);
    concerned.sort();
    EXPECT_EQ(concerned, (QStringList{QStringLiteral("cto"), QStringLiteral("m3"), QStringLiteral("p20")}));
    EXPECT_EQ(rows.resets, 0) << "the problems panel follows a drag by rows";
    EXPECT_EQ(rows.inserted, 3);
    EXPECT_EQ(rows.removed, 0);

    ASSERT_TRUE(doc()->undo());
    settle();
    ASSERT_NO_FATAL_FAILURE(expectShowsFullPass());
    EXPECT_TRUE(changedBadges(start, badges()).isEmpty());
    EXPECT_EQ(rows.resets, 0);
    EXPECT_EQ(rows.removed, 3);

    ASSERT_TRUE(doc()->redo());
    settle();
    ASSERT_NO_FATAL_FAILURE(expectShowsFullPass());
    EXPECT_TRUE(changedBadges(moved, badges()).isEmpty());
    EXPECT_EQ(rows.resets, 0);
}

TEST_F(GuiListeners, ATenThousandRowApplyNotifiesOnceAndSoDoItsUndoAndRedo)
{
    // 100 managers of 100 programmers each; the change file moves every programmer.
    constexpr int kManagers = 100, kEach = 100;
    QByteArray csv = "id,name,manager_id,role,team,product_line\ncto,Cora,,cto,T,\n";
    csv += "d,Dana,cto,tech_director,T,\n";
    for (int m = 0; m < kManagers; ++m) {
        csv += QStringLiteral("m%1,Manager %1,d,tech_manager,T%1,L%2\n").arg(m).arg(m % 7).toUtf8();
        for (int i = 0; i < kEach; ++i)
            csv += QStringLiteral("p%1-%2,Person,m%1,programmer,T%1,L%3\n").arg(m).arg(i).arg(m % 7).toUtf8();
    }
    ASSERT_NO_FATAL_FAILURE(openCsv(csv));
    doc()->setRuleSettings([] {
        RuleSettings s = RuleSettings();
        s.spanOfControl = 100; // a manager with more than 100 reports is flagged
        return s;
    }());
    settle();
    std::vector<PositionChange> changes;
    for (int m = 0; m < kManagers; ++m)
        for (int i = 0; i < kEach; ++i) {
            // Uneven: manager m gets programmers from several others, some get more than 100.
            const int to = (m + 1 + (i % 3 == 0 ? 0 : i % 5)) % kManagers;
            PositionChange c;
            c.line = int(changes.size()) + 2;
            c.id = QStringLiteral("p%1-%2").arg(m).arg(i);
            c.manager = QStringLiteral("m%1").arg(to);
            changes.push_back(c);
        }
    ASSERT_EQ(changes.size(), 10000u);

    int problemSignals = 0, bulkSignals = 0, perPosition = 0;
    QObject::connect(doc(), &Document::problemsChanged, window.get(), [&] { ++problemSignals; });
    QObject::connect(doc(), &Document::positionsChanged, window.get(), [&](const QStringList &ids) {
        ++bulkSignals;
        EXPECT_EQ(ids.size(), 10000);
    });
    QObject::connect(doc(), &Document::managerChanged, window.get(), [&] { ++perPosition; });
    QObject::connect(doc(), &Document::positionChanged, window.get(), [&] { ++perPosition; });
    ModelSignals people;
    people.watch(window->peopleModel(), window.get());

    QString error;
    ASSERT_TRUE(doc()->applyChanges(changes, &error)) << error.toStdString();
    settle();
    EXPECT_EQ(problemSignals, 1);
    EXPECT_EQ(bulkSignals, 1);
    EXPECT_EQ(perPosition, 0);
    EXPECT_EQ(people.resets, 0) << "moves keep the rows of the people list";
    EXPECT_EQ(managerOf(QStringLiteral("p0-1")), QStringLiteral("m2"));
    ASSERT_NO_FATAL_FAILURE(expectShowsFullPass());
    EXPECT_GT(window->problemModel()->rowCount(), 0);

    problemSignals = bulkSignals = 0;
    ASSERT_TRUE(doc()->undo());
    settle();
    EXPECT_EQ(problemSignals, 1);
    EXPECT_EQ(bulkSignals, 1);
    EXPECT_EQ(perPosition, 0);
    EXPECT_EQ(managerOf(QStringLiteral("p0-1")), QStringLiteral("m0"));
    ASSERT_NO_FATAL_FAILURE(expectShowsFullPass());

    problemSignals = bulkSignals = 0;
    ASSERT_TRUE(doc()->redo());
    settle();
    EXPECT_EQ(problemSignals, 1);
    EXPECT_EQ(bulkSignals, 1);
    EXPECT_EQ(perPosition, 0);
    ASSERT_NO_FATAL_FAILURE(expectShowsFullPass());
}

} // namespace
