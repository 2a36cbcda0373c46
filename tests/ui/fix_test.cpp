// SPDX-License-Identifier: MIT
// One-click fixes in the editor, driven as a user would: the problems panel's
// Fix button and its menu, a card's badge, the hover preview on the chart,
// "Fix all errors…" and the card menu's "Insert manager above…" / "Split team…".
#include "chartscene.h"
#include "chartview.h"
#include "comparechart.h"
#include "edit/document.h"
#include "fix/fixengine.h"
#include "fixactions.h"
#include "fixalldialog.h"
#include "fixpreview.h"
#include "mainwindow.h"
#include "problemmodel.h"
#include "problemsdock.h"
#include "rules/ruleengine.h"
#include "uitestutil.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <ostream>

using namespace org;
using namespace org::ui;

namespace {

/// 21 engineers under one technical manager: director-required.
QByteArray bigTeam()
{
    QByteArray csv = "id,name,manager_id,role,team\nc,Ma Chao,,cto,Tech\nm,Xu Tao,c,tech_manager,Pay\n";
    for (int i = 0; i < 21; ++i)
        csv += "e" + QByteArray::number(i) + ",Eng " + QByteArray::number(i) + ",m,engineer,Pay\n";
    return csv;
}

/// Two big teams and a manager under an engineer: several errors.
QByteArray manyErrors()
{
    QByteArray csv = "id,name,manager_id,role,team\nc,Ma Chao,,cto,Tech\nm,Xu Tao,c,tech_manager,Pay\n"
                     "n,Li Na,c,tech_manager,Web\nx,Wang Wu,c,engineer,Ops\ny,Zhao Liu,x,tech_manager,Ops\n";
    for (int i = 0; i < 21; ++i) {
        csv += "e" + QByteArray::number(i) + ",Eng " + QByteArray::number(i) + ",m,engineer,Pay\n";
        csv += "f" + QByteArray::number(i) + ",Dev " + QByteArray::number(i) + ",n,engineer,Web\n";
    }
    return csv;
}

/// The positions a fix's edits touch: those the preview must mark.
QSet<QString> touched(const Fix &fix)
{
    QSet<QString> ids;
    for (const FixEdit &e : fix.edits)
        ids.insert(e.id);
    return ids;
}

class GuiFix : public test::MainWindowTest
{
protected:
    void open(const QByteArray &csv) { openCsv(csv); }
    int errors() const
    {
        int n = 0;
        for (const Problem &p : doc()->problems())
            n += p.severity == Severity::Error;
        return n;
    }
    /// Clicks the row of the problems panel that shows `ruleId`.
    void selectProblem(const QString &ruleId)
    {
        QTableView *view = window->problemsView();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex i = view->model()->index(r, ProblemModel::RuleColumn);
            if (i.data().toString() == RuleEngine::ruleName(ruleId)) {
                view->scrollTo(i);
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(i).center());
                settle();
                return;
            }
        }
        FAIL() << "no problem " << ruleId.toStdString();
    }
    QMenu *visibleFixMenu()
    {
        QMenu *menu = window->fixActions()->menu();
        EXPECT_TRUE(QTest::qWaitFor([menu] { return menu->isVisible(); }));
        return menu;
    }
    /// The menu's fix entries, in order.
    QList<QAction *> fixEntries(QMenu *menu) const
    {
        QList<QAction *> out;
        for (QAction *a : menu->actions())
            if (window->fixActions()->fixOf(a))
                out << a;
        return out;
    }
    /// Runs `fn` on the next modal dialog once it is up (it opens inside a click).
    void onNextModal(std::function<void(QWidget *)> fn)
    {
        auto *timer = new QTimer(window.get());
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, window.get(), [this, timer, fn] {
            QWidget *w = QApplication::activeModalWidget();
            if (!w)
                return;
            timer->stop();
            timer->deleteLater();
            ++modalsSeen;
            fn(w);
        });
        timer->start();
    }
    void clickAction(QMenu *menu, QAction *a)
    {
        const QPoint at = menu->actionGeometry(a).center();
        QTest::mouseMove(menu, at);
        QTest::mouseClick(menu, Qt::LeftButton, {}, at);
        settle();
    }
    /// Right-clicks a card and returns the context menu that opens.
    QMenu *cardMenu(const QString &id)
    {
        window->chartView()->centerOnId(id, false);
        settle();
        const QPoint at = window->chartView()->mapFromScene(window->scene()->cardRect(id).center());
        QWidget *vp = window->chartView()->viewport();
        QTest::mousePress(vp, Qt::RightButton, {}, at);
        QTest::mouseRelease(vp, Qt::RightButton, {}, at);
        QMenu *menu = nullptr;
        EXPECT_TRUE(QTest::qWaitFor([&] {
            menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            return menu != nullptr;
        }));
        return menu;
    }

    int modalsSeen = 0;
};

} // namespace

TEST_F(GuiFix, DirectorRequiredIsOneClickAndOneConfirmation)
{
    open(bigTeam());
    ASSERT_EQ(errors(), 1);
    const Org before = doc()->org();
    const int steps = doc()->undoStack()->count();
    QPushButton *fix = window->problemsDock()->fixButton();
    selectProblem(QStringLiteral("director-required"));
    ASSERT_TRUE(fix->isEnabled());

    QTest::mouseClick(fix, Qt::LeftButton); // click 1
    QMenu *menu = visibleFixMenu();
    const QList<QAction *> entries = fixEntries(menu);
    ASSERT_FALSE(entries.isEmpty());
    const Fix first = *window->fixActions()->fixOf(entries.first());
    EXPECT_EQ(first.rule, QStringLiteral("director-required"));
    EXPECT_TRUE(entries.first()->text().startsWith(first.name));
    EXPECT_TRUE(entries.first()->text().endsWith(FixEngine::outcomeText(first.outcome)));
    EXPECT_TRUE(entries.first()->text().contains(QChar(0x2212) + QStringLiteral("1 error")))
        << entries.first()->text().toStdString();

    QString shownName, shownOutcome;
    bool previewedWhileAsking = false;
    onNextModal([&](QWidget *w) { // the one confirmation
        auto *box = qobject_cast<QMessageBox *>(w);
        ASSERT_NE(box, nullptr);
        EXPECT_EQ(box->objectName(), QStringLiteral("fixConfirmation"));
        shownName = box->text();
        shownOutcome = box->informativeText();
        previewedWhileAsking = window->fixActions()->isPreviewing();
        box->button(QMessageBox::Ok)->click();
    });
    clickAction(menu, entries.first());
    EXPECT_EQ(modalsSeen, 1);
    EXPECT_EQ(shownName, first.name);
    EXPECT_TRUE(shownOutcome.contains(FixEngine::outcomeText(first.outcome))) << shownOutcome.toStdString();
    EXPECT_TRUE(previewedWhileAsking);
    EXPECT_FALSE(window->fixActions()->isPreviewing());

    EXPECT_EQ(errors(), 0);
    EXPECT_EQ(doc()->undoStack()->count(), steps + 1);
    EXPECT_EQ(doc()->undoStack()->undoText(), first.name);
    Org expected = before;
    ASSERT_TRUE(FixEngine::apply(expected, first.edits));
    EXPECT_EQ(doc()->org(), expected);
    EXPECT_TRUE(window->statusText().contains(QStringLiteral("Errors: 0"))) << window->statusText().toStdString();

    window->action(QStringLiteral("actionUndo"))->trigger();
    settle();
    EXPECT_EQ(doc()->org(), before);
    EXPECT_EQ(errors(), 1);
}

TEST_F(GuiFix, DecliningTheConfirmationChangesNothing)
{
    open(bigTeam());
    const Org before = doc()->org();
    const int steps = doc()->undoStack()->count();
    window->problemsView()->setFocus();
    selectProblem(QStringLiteral("director-required"));
    // The context menu of a problem lists the same fixes.
    QTableView *view = window->problemsView();
    const QModelIndex row = view->selectionModel()->selectedRows().constFirst();
    const QPoint at = view->visualRect(row).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    QMenu *menu = visibleFixMenu();
    const QList<QAction *> entries = fixEntries(menu);
    ASSERT_FALSE(entries.isEmpty());
    onNextModal([](QWidget *w) { qobject_cast<QMessageBox *>(w)->button(QMessageBox::Cancel)->click(); });
    clickAction(menu, entries.first());
    EXPECT_EQ(modalsSeen, 1);
    EXPECT_EQ(doc()->org(), before);
    EXPECT_EQ(doc()->undoStack()->count(), steps);
    EXPECT_FALSE(window->fixActions()->isPreviewing());
}

TEST_F(GuiFix, CardBadgeOffersTheFixesOfItsProblems)
{
    open(bigTeam());
    const QRectF badge = window->scene()->badgeRect(QStringLiteral("m"));
    ASSERT_FALSE(badge.isNull());
    window->chartView()->centerOn(badge.center());
    settle();
    QTest::mouseClick(window->chartView()->viewport(), Qt::LeftButton, {},
                      window->chartView()->mapFromScene(badge.center()));
    QMenu *menu = visibleFixMenu();
    const QList<QAction *> entries = fixEntries(menu);
    ASSERT_FALSE(entries.isEmpty());
    QSet<QString> rules;
    QAction *lastDirectorFix = nullptr;
    for (QAction *a : entries) {
        const Fix *f = window->fixActions()->fixOf(a);
        EXPECT_EQ(f->anchor, QStringLiteral("m"));
        rules.insert(f->rule);
        if (f->rule == QStringLiteral("director-required"))
            lastDirectorFix = a;
    }
    // Every problem of the card: the error and the span-of-control warning.
    EXPECT_EQ(rules, (QSet<QString>{QStringLiteral("director-required"), QStringLiteral("span-of-control")}));
    ASSERT_NE(lastDirectorFix, nullptr);
    EXPECT_EQ(window->scene()->currentId(), QStringLiteral("m"));
    // The confirmation is injectable: choose the last fix of the error.
    const Fix last = *window->fixActions()->fixOf(lastDirectorFix);
    int asked = 0;
    window->fixActions()->setConfirm([&](const Fix &f) {
        ++asked;
        EXPECT_EQ(f.name, last.name);
        return true;
    });
    clickAction(menu, lastDirectorFix);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(errors(), 0);
    EXPECT_EQ(doc()->undoStack()->undoText(), last.name);
}

TEST_F(GuiFix, HoverPreviewMarksExactlyTheChangedCardsAndClears)
{
    open(bigTeam());
    const Org before = doc()->org();
    const int steps = doc()->undoStack()->count();
    selectProblem(QStringLiteral("director-required"));
    QTest::mouseClick(window->problemsDock()->fixButton(), Qt::LeftButton);
    QMenu *menu = visibleFixMenu();
    const QList<QAction *> entries = fixEntries(menu);
    ASSERT_GE(entries.size(), 2) << "director-required has several fixes here";
    auto *stack = qobject_cast<QStackedWidget *>(window->centralWidget());
    ASSERT_NE(stack, nullptr);
    ChartScene *previewScene = window->fixPreview()->chart()->scene();
    for (QAction *a : entries) {
        const Fix fix = *window->fixActions()->fixOf(a);
        QTest::mouseMove(menu, menu->actionGeometry(a).center());
        settle();
        ASSERT_TRUE(window->fixActions()->isPreviewing()) << fix.name.toStdString();
        EXPECT_EQ(stack->currentWidget(), window->fixPreview());
        const QList<QString> marked = previewScene->highlights().keys();
        EXPECT_EQ(QSet<QString>(marked.begin(), marked.end()), touched(fix)) << fix.name.toStdString();
        // Added cards are marked new, the anchor's move or role change as such.
        for (const FixEdit &e : fix.edits) {
            const CardChanges c = previewScene->highlights().value(e.id).changes;
            if (e.kind == FixEdit::Kind::Add) {
                EXPECT_TRUE(c.testFlag(CardChange::Added)) << e.id.toStdString();
            } else if (e.kind == FixEdit::Kind::Move) {
                EXPECT_TRUE(c.testFlag(CardChange::Moved)) << e.id.toStdString();
            } else if (e.kind == FixEdit::Kind::SetRole) {
                EXPECT_TRUE(c.testFlag(CardChange::RoleChanged)) << e.id.toStdString();
            }
        }
        const QString outcome = FixEngine::outcomeText(fix.outcome);
        EXPECT_TRUE(window->fixPreview()->bannerText().contains(outcome));
        EXPECT_TRUE(window->fixPreview()->bannerText().contains(fix.name));
        EXPECT_TRUE(window->statusBar()->currentMessage().contains(outcome));
        // A preview never touches the document.
        EXPECT_EQ(doc()->org(), before);
        EXPECT_EQ(doc()->undoStack()->count(), steps);
        EXPECT_TRUE(window->scene()->highlights().isEmpty());
    }
    // Leaving the menu clears the preview…
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(menu, &leave);
    EXPECT_FALSE(window->fixActions()->isPreviewing());
    EXPECT_EQ(stack->currentWidget(), window->chartView());
    EXPECT_TRUE(previewScene->highlights().isEmpty());
    EXPECT_TRUE(window->fixPreview()->bannerText().isEmpty());
    // …and so does closing it.
    QTest::mouseMove(menu, menu->actionGeometry(entries.first()).center());
    settle();
    ASSERT_TRUE(window->fixActions()->isPreviewing());
    QTest::keyClick(menu, Qt::Key_Escape);
    settle();
    EXPECT_FALSE(menu->isVisible());
    EXPECT_FALSE(window->fixActions()->isPreviewing());
    EXPECT_TRUE(previewScene->highlights().isEmpty());
    EXPECT_TRUE(window->statusBar()->currentMessage().isEmpty());
    EXPECT_EQ(doc()->org(), before);
}

TEST_F(GuiFix, FixAllErrorsListsTheFixesAndIsOneUndoStep)
{
    open(manyErrors());
    ASSERT_GE(errors(), 3);
    const Org before = doc()->org();
    const int steps = doc()->undoStack()->count();
    Org copy = doc()->org();
    const std::vector<Fix> expected = FixEngine(doc()->roles(), doc()->ruleSettings()).fixAllErrors(copy);
    ASSERT_GE(expected.size(), 3u);
    QPushButton *fixAll = window->problemsDock()->fixAllButton();
    ASSERT_TRUE(fixAll->isEnabled());

    // Cancel changes nothing.
    QStringList listed;
    QString total;
    onNextModal([&](QWidget *w) {
        auto *d = qobject_cast<FixAllDialog *>(w);
        ASSERT_NE(d, nullptr);
        for (int i = 0; i < d->list()->topLevelItemCount(); ++i)
            listed << d->list()->topLevelItem(i)->text(0) + QLatin1Char('|') + d->list()->topLevelItem(i)->text(1);
        total = d->findChild<QLabel *>(QStringLiteral("fixAllTotal"))->text();
        d->reject();
    });
    QTest::mouseClick(fixAll, Qt::LeftButton);
    settle();
    ASSERT_EQ(listed.size(), int(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(listed[int(i)], expected[i].name + QLatin1Char('|') + FixEngine::outcomeText(expected[i].outcome));
    EXPECT_TRUE(total.contains(QChar(0x2212) + QStringLiteral("%1 errors").arg(errors()))) << total.toStdString();
    EXPECT_EQ(doc()->org(), before);
    EXPECT_EQ(doc()->undoStack()->count(), steps);

    // OK fixes every error in one step (here through the Edit menu's action).
    onNextModal([](QWidget *w) { qobject_cast<QDialog *>(w)->accept(); });
    window->action(QStringLiteral("actionFixAllErrors"))->trigger();
    settle();
    EXPECT_EQ(modalsSeen, 2);
    EXPECT_EQ(errors(), 0);
    EXPECT_EQ(doc()->org(), copy);
    EXPECT_EQ(doc()->undoStack()->count(), steps + 1);
    EXPECT_FALSE(fixAll->isEnabled()) << "no error left to fix";
    window->action(QStringLiteral("actionUndo"))->trigger();
    settle();
    EXPECT_EQ(doc()->org(), before);
}

TEST_F(GuiFix, CardMenuInsertsAManagerAboveAndSplitsATeam)
{
    open(bigTeam());
    const Org before = doc()->org();
    const int steps = doc()->undoStack()->count();

    QMenu *menu = cardMenu(QStringLiteral("m"));
    ASSERT_NE(menu, nullptr);
    QAction *insert = window->action(QStringLiteral("actionInsertManagerAbove"));
    ASSERT_TRUE(menu->actions().contains(insert));
    ASSERT_TRUE(insert->isEnabled());
    QString offered;
    onNextModal([&](QWidget *w) {
        auto *d = qobject_cast<QInputDialog *>(w);
        ASSERT_NE(d, nullptr);
        offered = d->textValue();
        d->accept();
    });
    clickAction(menu, insert);
    EXPECT_EQ(offered, QStringLiteral("Technical Director")) << "the rung above a technical manager";
    const QString added = managerOf(QStringLiteral("m"));
    ASSERT_NE(added, QStringLiteral("c"));
    const Position &director = doc()->org().position(doc()->find(added));
    EXPECT_TRUE(director.isOpen());
    EXPECT_EQ(director.role, QStringLiteral("tech_director"));
    EXPECT_EQ(managerOf(added), QStringLiteral("c"));
    EXPECT_EQ(doc()->undoStack()->count(), steps + 1);
    EXPECT_EQ(errors(), 0) << "a director over the team repairs director-required";
    EXPECT_EQ(window->scene()->currentId(), added) << "the new position is selected";

    menu = cardMenu(QStringLiteral("m"));
    ASSERT_NE(menu, nullptr);
    QAction *split = window->action(QStringLiteral("actionSplitTeam"));
    ASSERT_TRUE(menu->actions().contains(split));
    ASSERT_TRUE(split->isEnabled());
    onNextModal([](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        ASSERT_NE(box, nullptr);
        EXPECT_EQ(box->objectName(), QStringLiteral("splitTeamConfirmation"));
        EXPECT_TRUE(box->informativeText().startsWith(QStringLiteral("11 of its 21"))) << box->informativeText().toStdString();
        box->button(QMessageBox::Ok)->click();
    });
    clickAction(menu, split);
    EXPECT_EQ(doc()->undoStack()->count(), steps + 2);
    const QString lead = window->scene()->currentId();
    ASSERT_NE(doc()->find(lead), Org::npos);
    EXPECT_EQ(managerOf(lead), QStringLiteral("m"));
    EXPECT_EQ(doc()->org().position(doc()->find(lead)).role, QStringLiteral("architect"));
    EXPECT_EQ(doc()->org().reportCount(doc()->find(lead)), 11);
    EXPECT_EQ(doc()->org().reportCount(doc()->find(QStringLiteral("m"))), 11);
    EXPECT_EQ(managerOf(QStringLiteral("e20")), lead);
    EXPECT_EQ(managerOf(QStringLiteral("e0")), QStringLiteral("m"));

    // Each was one step.
    window->action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(managerOf(QStringLiteral("e20")), QStringLiteral("m"));
    window->action(QStringLiteral("actionUndo"))->trigger();
    settle();
    EXPECT_EQ(doc()->org(), before);

    // A card without two reports cannot be split.
    menu = cardMenu(QStringLiteral("e3"));
    ASSERT_NE(menu, nullptr);
    EXPECT_FALSE(split->isEnabled());
    menu->close();
}
