// SPDX-License-Identifier: MIT
// The editor's bulk edit of a selection, "Add Report" with role/title/name,
// undo that never switches scenario, and undo/history texts in the UI language.
#include "chartscene.h"
#include "chartview.h"
#include "edit/document.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "peopledock.h"
#include "peoplemodel.h"
#include "uitestutil.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QListView>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <ostream>

using namespace org;
using namespace org::ui;

namespace {

// Chinese names, so that in Chinese no ASCII word may appear in a history text.
const char *kOrg = "id,name,manager_id,role,team,product_line\n"
                   "T001,马超,,cto,Tech,\n"
                   "T002,徐涛,T001,tech_manager,Pay,Payments\n"
                   "T003,李娜,T001,tech_manager,Web,Shop\n"
                   "T004,王芳,T002,architect,Pay,Payments\n"
                   "T005,赵磊,T004,programmer,Pay,Payments\n"
                   "T006,孙丽,T003,programmer,Web,Shop\n";

class GuiBulkEdit : public test::MainWindowTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(MainWindowTest::SetUp());
        ASSERT_NO_FATAL_FAILURE(openCsv(kOrg));
    }
    void TearDown() override
    {
        window->action(QStringLiteral("actionLanguage_en"))->trigger();
        MainWindowTest::TearDown();
    }
    const Position &pos(const char *id) const { return doc()->org().position(doc()->find(QString::fromLatin1(id))); }
    /// Triggers an action that opens a modal dialog, runs `fill` on it and accepts it.
    void withDialog(const char *actionName, const std::function<void(QDialog *)> &fill)
    {
        MainWindowTest::withDialog(QString::fromLatin1(actionName), [&](QDialog *d) {
            fill(d);
            d->accept();
        });
    }
    /// ASCII words of a text other than the ones allowed (names, ids, team names).
    static QStringList asciiWords(const QString &text)
    {
        QStringList out;
        QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("[A-Za-z]{2,}")).globalMatch(text);
        while (it.hasNext())
            out << it.next().captured();
        return out;
    }
};

} // namespace

TEST_F(GuiBulkEdit, EditSelectionSetsTeamProductLineAndRoleInOneStep)
{
    // Select two rows in the people dock: the chart's selection follows.
    QTableView *people = window->peopleView();
    PeopleModel *model = window->peopleModel();
    people->selectionModel()->clearSelection();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(people->model());
    ASSERT_NE(proxy, nullptr);
    for (const char *id : {"T005", "T006"})
        people->selectionModel()->select(proxy->mapFromSource(model->index(model->rowOf(QString::fromLatin1(id)), 0)),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
    settle();
    ASSERT_EQ(window->scene()->selectedIds().size(), 2);
    ASSERT_TRUE(window->action(QStringLiteral("actionEditSelection"))->isEnabled());
    const Org before = doc()->org();
    const int steps = doc()->undoStack()->count();
    withDialog("actionEditSelection", [](QDialog *d) {
        auto *team = d->findChild<QLineEdit *>(QStringLiteral("teamEdit"));
        auto *productLine = d->findChild<QLineEdit *>(QStringLiteral("productLineEdit"));
        auto *role = d->findChild<QComboBox *>(QStringLiteral("roleCombo"));
        ASSERT_TRUE(team && productLine && role);
        EXPECT_TRUE(team->text().isEmpty()); // Pay and Web differ
        team->setText(QStringLiteral("Core"));
        role->setCurrentIndex(role->findData(QStringLiteral("engineer")));
    });
    EXPECT_EQ(doc()->undoStack()->count(), steps + 1);
    EXPECT_EQ(pos("T005").team, QStringLiteral("Core"));
    EXPECT_EQ(pos("T006").team, QStringLiteral("Core"));
    EXPECT_EQ(pos("T005").role, QStringLiteral("engineer"));
    EXPECT_EQ(pos("T006").role, QStringLiteral("engineer"));
    EXPECT_EQ(pos("T005").productLine, QStringLiteral("Payments")); // left empty: kept
    EXPECT_EQ(pos("T006").productLine, QStringLiteral("Shop"));
    window->action(QStringLiteral("actionUndo"))->trigger();
    settle();
    EXPECT_TRUE(doc()->org() == before);
}

TEST_F(GuiBulkEdit, AddReportAsksForRoleTitleAndNameInOneStep)
{
    window->scene()->setSelection({QStringLiteral("T002")}, QStringLiteral("T002"));
    settle();
    const int size = doc()->org().size();
    const int steps = doc()->undoStack()->count();
    QString preselected;
    withDialog("actionAddReport", [&](QDialog *d) {
        auto *role = d->findChild<QComboBox *>(QStringLiteral("roleCombo"));
        auto *title = d->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        ASSERT_TRUE(role && title && name);
        preselected = role->currentData().toString();
        title->setText(QStringLiteral("Payments lead"));
        // Name left empty: an open position.
    });
    EXPECT_EQ(preselected, doc()->roles().roleBelow(QStringLiteral("tech_manager")));
    ASSERT_EQ(doc()->org().size(), size + 1);
    EXPECT_EQ(doc()->undoStack()->count(), steps + 1);
    const Position &added = doc()->org().position(Org::Vertex(size));
    EXPECT_TRUE(added.isOpen());
    EXPECT_EQ(added.role, preselected);
    EXPECT_EQ(added.title, QStringLiteral("Payments lead"));
    EXPECT_EQ(added.team, QStringLiteral("Pay"));
    EXPECT_EQ(doc()->org().manager(Org::Vertex(size)), doc()->find(QStringLiteral("T002")));

    // A named report with another role.
    withDialog("actionAddReport", [&](QDialog *d) {
        auto *role = d->findChild<QComboBox *>(QStringLiteral("roleCombo"));
        role->setCurrentIndex(role->findData(QStringLiteral("architect")));
        d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("周杰"));
    });
    const Position &named = doc()->org().position(Org::Vertex(size + 1));
    EXPECT_EQ(named.name, QStringLiteral("周杰"));
    EXPECT_EQ(named.role, QStringLiteral("architect"));
    EXPECT_EQ(doc()->undoStack()->undoText(), QStringLiteral("Add 周杰"));
}

TEST_F(GuiBulkEdit, CtrlZInAnotherScenarioNeitherSwitchesNorUndoesThere)
{
    QString e;
    ASSERT_TRUE(doc()->duplicateScenario(QString(), QStringLiteral("Reorg A"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->rename(QStringLiteral("T005"), QStringLiteral("赵雷"), &e)); // in Current
    ASSERT_TRUE(doc()->switchScenario(QStringLiteral("Reorg A"), &e));
    settle();
    QAction *undo = window->action(QStringLiteral("actionUndo"));
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_TRUE(undo->text().contains(defaultScenarioName())) << undo->text().toStdString();
    window->chartView()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    settle();
    EXPECT_EQ(doc()->currentScenarioName(), QStringLiteral("Reorg A"));
    const Org &current = doc()->plan().scenarios.at(0).org;
    EXPECT_EQ(current.position(current.find(QStringLiteral("T005"))).name, QStringLiteral("赵雷"));

    // An edit here undoes with Ctrl+Z; the history view refuses a click on Current's step.
    ASSERT_TRUE(doc()->move(QStringLiteral("T006"), QStringLiteral("T002"), &e));
    settle();
    EXPECT_TRUE(undo->isEnabled());
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    settle();
    EXPECT_EQ(doc()->org().manager(doc()->find(QStringLiteral("T006"))), doc()->find(QStringLiteral("T003")));
    EXPECT_EQ(doc()->currentScenarioName(), QStringLiteral("Reorg A"));
    auto *history = window->findChild<QListView *>(QStringLiteral("undoView"));
    ASSERT_NE(history, nullptr);
    history->parentWidget()->show();
    settle();
    const QRect row0 = history->visualRect(history->model()->index(0, 0));
    ASSERT_TRUE(row0.isValid());
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, row0.center());
    settle();
    EXPECT_EQ(doc()->currentScenarioName(), QStringLiteral("Reorg A"));
    EXPECT_EQ(current.position(current.find(QStringLiteral("T005"))).name, QStringLiteral("赵雷"));
}

TEST_F(GuiBulkEdit, UndoAndHistoryTextsAreInTheUiLanguageAndNamePeople)
{
    QString e, added;
    // One entry made in English, then Chinese: the old entry is written again.
    ASSERT_TRUE(doc()->rename(QStringLiteral("T004"), QStringLiteral("王方"), &e));
    EXPECT_EQ(doc()->undoStack()->text(0), QStringLiteral("Rename 王芳"));
    window->action(QStringLiteral("actionLanguage_zh_CN"))->trigger();
    settle();
    ASSERT_NE(QCoreApplication::translate("org::CommandSubject", "Open position (%1)"),
              QLatin1String("Open position (%1)"))
        << "the history strings are not translated in orgdesigner_zh_CN.ts";
    ASSERT_TRUE(doc()->move(QStringLiteral("T005"), QStringLiteral("T003"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->addOpenPosition(QStringLiteral("T003"), QStringLiteral("engineer"), &added, &e));
    ASSERT_TRUE(doc()->rename(QStringLiteral("T006"), QStringLiteral("孙力"), &e));
    settle();
    const QUndoStack *stack = doc()->undoStack();
    ASSERT_EQ(stack->count(), 4);
    for (int i = 0; i < stack->count(); ++i)
        EXPECT_TRUE(asciiWords(stack->text(i)).isEmpty()) << stack->text(i).toStdString();
    EXPECT_TRUE(stack->text(1).contains(QStringLiteral("赵磊")) && stack->text(1).contains(QStringLiteral("李娜")))
        << stack->text(1).toStdString();
    QAction *undo = window->action(QStringLiteral("actionUndo"));
    QAction *redo = window->action(QStringLiteral("actionRedo"));
    EXPECT_TRUE(asciiWords(undo->text()).isEmpty()) << undo->text().toStdString();
    EXPECT_TRUE(undo->text().contains(QStringLiteral("孙丽"))) << undo->text().toStdString();
    undo->trigger();
    settle();
    EXPECT_TRUE(asciiWords(redo->text()).isEmpty()) << redo->text().toStdString();
    // Every action of the window speaks Chinese (language names, the product's name and
    // the names of file formats aside).
    for (QAction *a : window->findChildren<QAction *>()) {
        if (!a->objectName().startsWith(QLatin1String("action"))
            || a->objectName().startsWith(QLatin1String("actionLanguage_")))
            continue;
        QStringList words = asciiWords(a->text());
        for (const char *name : {"OrgDesigner", "CSV", "Excel", "PNG", "SVG", "PDF", "XLSX"})
            words.removeAll(QLatin1String(name));
        EXPECT_TRUE(words.isEmpty()) << a->objectName().toStdString() << " " << a->text().toStdString();
    }
    // The default scenario of a new plan is named in Chinese; an opened plan keeps its name.
    EXPECT_EQ(defaultScenarioName(), QStringLiteral("当前"));

    // Back to English: the same entries in English.
    window->action(QStringLiteral("actionLanguage_en"))->trigger();
    settle();
    EXPECT_EQ(stack->text(0), QStringLiteral("Rename 王芳"));
    EXPECT_EQ(stack->text(1), QStringLiteral("Move 赵磊 to 李娜"));
    EXPECT_EQ(stack->text(2), QStringLiteral("Add Open position (Engineer)"));
    EXPECT_EQ(redo->text(), QStringLiteral("&Redo Rename 孙丽"));
}
