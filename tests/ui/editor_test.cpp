// SPDX-License-Identifier: MIT
// The desktop editor driven as a user would: real mouse drags on the chart's
// viewport, drops from the palette and the people list, menus' actions, dialogs.
#include "changearrow.h"
#include "chartscene.h"
#include "chartview.h"
#include "comparechart.h"
#include "dashboard.h"
#include "rules/stats.h"
#include "roledesigner.h"
#include "scenariocomparedialog.h"
#include "edit/document.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "mimetypes.h"
#include "peoplemodel.h"
#include "problemmodel.h"
#include "i18n/language.h"
#include "rules/ruleengine.h"
#include "store/scenariodiff.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QTableView>
#include <QMimeData>
#include <QPrinter>
#include <QStatusBar>
#include <QPushButton>
#include <QSpinBox>
#include <QCheckBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QImage>
#include <QComboBox>
#include <QInputDialog>
#include <QTableWidget>
#include <QChartView>
#include <QDockWidget>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <ostream>

using namespace org;
using namespace org::ui;

namespace {

const char *kSmallOrg =
    "id,name,manager_id,role,team,product_line\n"
    "c,Carol,,ceo,,\n"
    "t,Tom,c,cto,,\n"
    "m1,Mia,t,tech_manager,A,P1\n"
    "m2,Max,t,tech_manager,B,P2\n"
    "e1,Eve,m1,engineer,A,P1\n"
    "e2,Ed,m2,engineer,B,P2\n";

class GuiEditor : public test::MainWindowTest
{
protected:
    void openSmallOrg()
    {
        ASSERT_NO_FATAL_FAILURE(openFile(writeFile(QStringLiteral("small.csv"), kSmallOrg)));
        window->chartView()->setZoom(0.6);
        window->chartView()->centerOn(window->scene()->layoutResult().bounds.center());
        settle();
    }
    int problemRows(const QString &ruleId) const { return problemModelRows(RuleEngine::ruleName(ruleId)); }
    void dropMime(QMimeData *mime, const QString &onto)
    {
        QWidget *vp = window->chartView()->viewport();
        const QPoint p = viewPos(onto);
        QDragEnterEvent enter(p, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &enter);
        QDragMoveEvent move(p, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &move);
        EXPECT_TRUE(move.isAccepted());
        QDropEvent drop(QPointF(p), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &drop);
        settle();
    }

    /// A CTO with `n` engineers reporting directly.
    void openWideOrg(int n)
    {
        QByteArray csv = "id,name,manager_id,role,team,product_line\nc,Carol,,cto,,\n";
        for (int i = 0; i < n; ++i)
            csv += "e" + QByteArray::number(i) + ",E" + QByteArray::number(i) + ",c,engineer,T" +
                   QByteArray::number(i % 3) + ",\n";
        ASSERT_NO_FATAL_FAILURE(openFile(writeFile(QStringLiteral("wide.csv"), csv)));
    }
};

} // namespace

TEST_F(GuiEditor, OpensEachPublicCsvWithOneCardPerPosition)
{
    const QDir data(QStringLiteral(ORG_PUBLIC_DATA));
    const QStringList files = data.entryList({QStringLiteral("*.csv")}, QDir::Files);
    ASSERT_EQ(files.size(), 3);
    for (const QString &file : files) {
        QString error;
        ASSERT_TRUE(window->openFile(data.filePath(file), false, &error)) << file.toStdString() << ": "
                                                                          << error.toStdString();
        settle();
        // A big org opens with three levels shown; expanded, every position has its card.
        window->scene()->expandAll();
        // Data rows of the file = positions = cards.
        QFile f(data.filePath(file));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const int n = doc()->org().size();
        EXPECT_GT(n, 100) << file.toStdString();
        const LayoutResult &layout = window->scene()->layoutResult();
        EXPECT_EQ(int(layout.shown.size()), n) << file.toStdString();
        for (Org::Vertex v = 0; v < Org::Vertex(n); ++v)
            ASSERT_TRUE(layout.isShown(v));
        EXPECT_EQ(window->peopleModel()->rowCount(), n);
        EXPECT_TRUE(window->statusText().contains(QStringLiteral("Headcount: ")));
    }
}

TEST_F(GuiEditor, MouseDragOfCardChangesManagerAndProblems)
{
    openSmallOrg();
    EXPECT_EQ(problemRows(QStringLiteral("ladder-order")), 0);
    const int undoBefore = doc()->undoStack()->count();
    // A technical manager dropped on an engineer: it now reports to a lower rung.
    dragCard(QStringLiteral("m1"), QStringLiteral("e2"));
    EXPECT_EQ(managerOf(QStringLiteral("m1")), QStringLiteral("e2"));
    EXPECT_EQ(doc()->undoStack()->count(), undoBefore + 1);
    EXPECT_GE(problemRows(QStringLiteral("ladder-order")), 1);
    // The card sits under its new manager after the relayout.
    EXPECT_GT(window->scene()->cardRect(QStringLiteral("m1")).top(),
              window->scene()->cardRect(QStringLiteral("e2")).bottom());
    window->action(QStringLiteral("actionUndo"))->trigger();
    settle();
    EXPECT_EQ(managerOf(QStringLiteral("m1")), QStringLiteral("t"));
    EXPECT_EQ(problemRows(QStringLiteral("ladder-order")), 0);
}

TEST_F(GuiEditor, DragOfSelectionIsOneUndoStep)
{
    openSmallOrg();
    QWidget *vp = window->chartView()->viewport();
    QTest::mouseClick(vp, Qt::LeftButton, {}, viewPos(QStringLiteral("e1")));
    QTest::mouseClick(vp, Qt::LeftButton, Qt::ControlModifier, viewPos(QStringLiteral("e2")));
    EXPECT_EQ(window->scene()->selectedIds().size(), 2);
    const int undoBefore = doc()->undoStack()->count();
    dragCard(QStringLiteral("e2"), QStringLiteral("t"));
    EXPECT_EQ(managerOf(QStringLiteral("e1")), QStringLiteral("t"));
    EXPECT_EQ(managerOf(QStringLiteral("e2")), QStringLiteral("t"));
    EXPECT_EQ(doc()->undoStack()->count(), undoBefore + 1);
    doc()->undoStack()->undo();
    EXPECT_EQ(managerOf(QStringLiteral("e1")), QStringLiteral("m1"));
    EXPECT_EQ(managerOf(QStringLiteral("e2")), QStringLiteral("m2"));
}

TEST_F(GuiEditor, CyclicDropIsRefusedAndChangesNothing)
{
    openSmallOrg();
    const Org before = doc()->org();
    const int undoBefore = doc()->undoStack()->count();
    dragCard(QStringLiteral("t"), QStringLiteral("e1"));
    EXPECT_TRUE(doc()->org() == before);
    EXPECT_EQ(doc()->undoStack()->count(), undoBefore);
    EXPECT_FALSE(window->chartView()->toastText().isEmpty());
}

TEST_F(GuiEditor, RolePaletteDropChangesRole)
{
    openSmallOrg();
    auto *mime = new QMimeData;
    mime->setData(roleMimeType(), QByteArrayLiteral("architect"));
    dropMime(mime, QStringLiteral("e1"));
    delete mime;
    const Org &o = doc()->org();
    EXPECT_EQ(o.position(o.find(QStringLiteral("e1"))).role, QStringLiteral("architect"));
    doc()->undoStack()->undo();
    EXPECT_EQ(o.position(o.find(QStringLiteral("e1"))).role, QStringLiteral("engineer"));
}

TEST_F(GuiEditor, PeopleListDropMovesPerson)
{
    openSmallOrg();
    PeopleModel *people = window->peopleModel();
    std::unique_ptr<QMimeData> mime(people->mimeData({people->index(people->rowOf(QStringLiteral("e2")), 0)}));
    dropMime(mime.get(), QStringLiteral("m1"));
    EXPECT_EQ(managerOf(QStringLiteral("e2")), QStringLiteral("m1"));
}

TEST_F(GuiEditor, UndoRedoOfEachCommand)
{
    openSmallOrg();
    QAction *undo = window->action(QStringLiteral("actionUndo"));
    QAction *redo = window->action(QStringLiteral("actionRedo"));
    const auto check = [&](const char *what, const std::function<bool()> &edit) {
        const Org before = doc()->org();
        ASSERT_TRUE(edit()) << what;
        const Org after = doc()->org();
        EXPECT_FALSE(after == before) << what;
        undo->trigger();
        settle();
        EXPECT_TRUE(doc()->org() == before) << what;
        redo->trigger();
        settle();
        EXPECT_TRUE(doc()->org() == after) << what;
        EXPECT_EQ(int(window->scene()->layoutResult().shown.size()), doc()->org().size()) << what;
    };
    QString e;
    check("move", [&] { return doc()->move(QStringLiteral("e1"), QStringLiteral("m2"), &e); });
    check("role", [&] { return doc()->changeRole(QStringLiteral("e1"), QStringLiteral("programmer"), &e); });
    check("add", [&] {
        Position p;
        p.id = QStringLiteral("n1");
        p.name = QStringLiteral("Nina");
        p.role = QStringLiteral("engineer");
        return doc()->addPosition(p, QStringLiteral("m1"), &e);
    });
    check("open", [&] { return doc()->addOpenPosition(QStringLiteral("m1"), QStringLiteral("engineer"), nullptr, &e); });
    check("rename", [&] { return doc()->rename(QStringLiteral("e2"), QStringLiteral("Edward"), &e); });
    check("field", [&] { return doc()->setField(QStringLiteral("e2"), QStringLiteral("team"), QStringLiteral("C"), &e); });
    check("dotted", [&] { return doc()->addDottedLine(QStringLiteral("e2"), QStringLiteral("m1"), &e); });
    check("undotted", [&] { return doc()->removeDottedLine(QStringLiteral("e2"), QStringLiteral("m1"), &e); });
    check("assistant", [&] { return doc()->setAssistant(QStringLiteral("e2"), true, &e); });
    check("remove", [&] { return doc()->removePosition(QStringLiteral("m1"), false, &e); });
    check("remove subtree", [&] { return doc()->removePosition(QStringLiteral("m2"), true, &e); });
    // Through the window's actions: delete the selected card.
    ASSERT_NE(doc()->find(QStringLiteral("t")), Org::npos);
    window->scene()->setSelection({QStringLiteral("t")}, QStringLiteral("t"));
    check("delete action", [&] {
        window->action(QStringLiteral("actionDelete"))->trigger();
        return doc()->find(QStringLiteral("t")) == Org::npos;
    });
}

TEST_F(GuiEditor, SearchSelectsAndCentresTheHit)
{
    QString error;
    ASSERT_TRUE(window->openFile(QStringLiteral(ORG_PUBLIC_DATA "/oracle_hr_employees_107.csv"), false, &error));
    settle();
    window->chartView()->setZoom(1.0);
    ASSERT_TRUE(window->search(QStringLiteral("Bruce")));
    settle();
    const QString id = window->scene()->currentId();
    ASSERT_FALSE(id.isEmpty());
    const Org &o = doc()->org();
    EXPECT_TRUE(o.position(o.find(id)).name.contains(QStringLiteral("Bruce")));
    ChartView *view = window->chartView();
    const QPointF centre = view->mapToScene(view->viewport()->rect().center());
    const QRectF card = window->scene()->cardRect(id);
    EXPECT_LT(QLineF(centre, card.center()).length(), 30.0);
}

TEST_F(GuiEditor, ImportDialogListsErrorsAndLeavesPlanUnchanged)
{
    openSmallOrg();
    const Org before = doc()->org();
    const QString broken = writeFile(QStringLiteral("broken.csv"),
                                     "id,name,manager_id,role\n1,Ann,,cto\n2,Bob,99,engineer\n2,Cid,1,engineer\n");
    QStringList errors;
    bool okEnabled = true;
    QTimer::singleShot(0, window.get(), [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        errors = dialog->errorMessages();
        okEnabled = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        dialog->reject();
    });
    EXPECT_FALSE(window->importWithPreview(broken));
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_TRUE(errors.join(QLatin1Char('\n')).contains(QStringLiteral("Line ")));
    EXPECT_FALSE(okEnabled);
    EXPECT_TRUE(doc()->org() == before);
}

TEST_F(GuiEditor, ImportDialogImportsAGoodFile)
{
    ImportDialog dialog(doc()->roles());
    dialog.setFile(writeFile(QStringLiteral("ok.csv"), kSmallOrg));
    EXPECT_TRUE(dialog.errorMessages().isEmpty());
    ASSERT_TRUE(dialog.importedOrg().has_value());
    EXPECT_EQ(dialog.importedOrg()->size(), 6);
}

TEST_F(GuiEditor, ExportDialogWritesValidPdfAndPrints)
{
    openSmallOrg();
    LayoutOptions layout;
    ExportDialog dialog(doc(), QStringLiteral("t"), layout, window.get());
    const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
    dialog.setFileName(pdf);
    QString error;
    ASSERT_TRUE(dialog.exportNow(&error)) << error.toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(QStringLiteral("printed.pdf")));
    EXPECT_GE(dialog.paintOn(&printer), 1);
    EXPECT_GT(QFileInfo(m_dir.filePath(QStringLiteral("printed.pdf"))).size(), 500);
}

TEST_F(GuiEditor, ItemModelsPassTheModelTester)
{
    openSmallOrg();
    PeopleModel *people = window->peopleModel();
    ProblemModel *problems = window->problemModel();
    SeverityFilterModel *filter = window->problemFilter();
    // The testers check every signal and index of the models as they change (Fatal: abort on a breach).
    QAbstractItemModelTester peopleTester(people, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester problemsTester(problems, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto cell = [people](const QString &id, int column) {
        return people->index(people->rowOf(id), column).data().toString();
    };
    // Whatever the rows, every row reads back as its own position.
    auto checkRows = [this, people] {
        ASSERT_EQ(people->rowCount(), doc()->org().size());
        for (int r = 0; r < people->rowCount(); ++r) {
            const QString id = people->index(r, 0).data(PeopleModel::IdRole).toString();
            ASSERT_EQ(people->rowOf(id), r) << id.toStdString();
            ASSERT_EQ(people->index(r, PeopleModel::NameColumn).data().toString(),
                      doc()->org().position(Org::Vertex(r)).isOpen() ? CardPainter::openPositionText()
                                                                      : doc()->org().position(Org::Vertex(r)).name);
        }
    };
    // Problems of one severity: the filter keeps exactly the source rows of that severity.
    auto countSeverity = [problems](const QString &severity) {
        int n = 0;
        for (int r = 0; r < problems->rowCount(); ++r)
            n += problems->index(r, 0).data(ProblemModel::SeverityRole).toString() == severity;
        return n;
    };
    EXPECT_EQ(people->rowCount(), 6);
    EXPECT_EQ(people->columnCount(), int(PeopleModel::ColumnCount));
    EXPECT_EQ(cell(QStringLiteral("m1"), PeopleModel::NameColumn), QStringLiteral("Mia"));
    EXPECT_EQ(cell(QStringLiteral("m1"), PeopleModel::ManagerColumn), QStringLiteral("Tom"));
    EXPECT_EQ(cell(QStringLiteral("e2"), PeopleModel::TeamColumn), QStringLiteral("B"));
    EXPECT_EQ(cell(QStringLiteral("e2"), PeopleModel::ProductLineColumn), QStringLiteral("P2"));
    EXPECT_EQ(cell(QStringLiteral("c"), PeopleModel::ManagerColumn), QString());
    const int problemsBefore = problems->rowCount();

    QString e;
    ASSERT_TRUE(doc()->move(QStringLiteral("m1"), QStringLiteral("e2"), &e));
    EXPECT_EQ(cell(QStringLiteral("m1"), PeopleModel::ManagerColumn), QStringLiteral("Ed"));
    EXPECT_EQ(problemRows(QStringLiteral("ladder-order")), 1); // a manager under an engineer
    EXPECT_EQ(problems->rowCount(), problemsBefore + 2);       // and narrow-span: Ed manages one
    QString added;
    ASSERT_TRUE(doc()->addOpenPosition(QStringLiteral("t"), QStringLiteral("engineer"), &added, &e));
    EXPECT_EQ(people->rowCount(), 7);
    ASSERT_GE(people->rowOf(added), 0);
    EXPECT_EQ(cell(added, PeopleModel::NameColumn), CardPainter::openPositionText());
    EXPECT_EQ(cell(added, PeopleModel::ManagerColumn), QStringLiteral("Tom"));
    EXPECT_EQ(cell(added, PeopleModel::StatusColumn), QStringLiteral("Open"));
    EXPECT_EQ(cell(QStringLiteral("e1"), PeopleModel::StatusColumn), QStringLiteral("Filled"));
    ASSERT_TRUE(doc()->rename(QStringLiteral("e1"), QStringLiteral("Evelyn"), &e));
    EXPECT_EQ(cell(QStringLiteral("e1"), PeopleModel::NameColumn), QStringLiteral("Evelyn"));
    // m2's subtree now holds e2, m1 and e1: four rows go.
    ASSERT_TRUE(doc()->removePosition(QStringLiteral("m2"), true, &e));
    EXPECT_EQ(people->rowCount(), 3);
    for (const char *gone : {"m2", "e2", "m1", "e1"})
        EXPECT_EQ(people->rowOf(QString::fromLatin1(gone)), -1) << gone;
    checkRows();
    EXPECT_EQ(problemRows(QStringLiteral("ladder-order")), 0);

    filter->setSeverity(QStringLiteral("error"));
    EXPECT_EQ(filter->rowCount(), countSeverity(QStringLiteral("error")));
    for (int r = 0; r < filter->rowCount(); ++r)
        EXPECT_EQ(filter->index(r, 0).data(ProblemModel::SeverityRole).toString(), QStringLiteral("error"));
    filter->setSeverity(QStringLiteral("warning"));
    EXPECT_EQ(filter->rowCount(), countSeverity(QStringLiteral("warning")));

    doc()->undoStack()->undo(); // the removal
    EXPECT_EQ(people->rowCount(), 7);
    EXPECT_EQ(cell(QStringLiteral("m1"), PeopleModel::ManagerColumn), QStringLiteral("Ed"));
    EXPECT_EQ(cell(QStringLiteral("e1"), PeopleModel::NameColumn), QStringLiteral("Evelyn"));
    EXPECT_EQ(problemRows(QStringLiteral("ladder-order")), 1);
    doc()->undoStack()->undo(); // the rename
    EXPECT_EQ(cell(QStringLiteral("e1"), PeopleModel::NameColumn), QStringLiteral("Eve"));
    checkRows();
    filter->setSeverity({});
    EXPECT_EQ(filter->rowCount(), problems->rowCount());
    EXPECT_EQ(problems->rowCount(), problemsBefore + 2);
}

TEST_F(GuiEditor, ProblemClickSelectsAnchor)
{
    openSmallOrg();
    QString e;
    ASSERT_TRUE(doc()->move(QStringLiteral("m1"), QStringLiteral("e2"), &e));
    settle();
    QTableView *view = window->problemsView();
    ASSERT_GT(view->model()->rowCount(), 0);
    const QModelIndex first = view->model()->index(0, ProblemModel::MessageColumn);
    view->scrollTo(first);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    settle();
    const QString anchor = view->model()->index(0, 0).data(ProblemModel::AnchorIdRole).toString();
    EXPECT_EQ(window->scene()->currentId(), anchor);
}

TEST_F(GuiEditor, LanguageSwitchRetranslatesAtRunTime)
{
    openSmallOrg();
    PeopleModel *people = window->peopleModel();
    const QModelIndex role = people->index(people->rowOf(QStringLiteral("t")), PeopleModel::RoleColumn);
    auto texts = [this, &role] {
        const auto *problems = window->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
        const auto *people = window->findChild<QDockWidget *>(QStringLiteral("peopleDock"));
        return QStringList{window->menuBar()->actions().value(0)->text(),
                           window->action(QStringLiteral("actionOpen"))->text(),
                           problems ? problems->windowTitle().section(QLatin1Char(' '), 0, 0).section(QChar(0xff08), 0, 0)
                                    : QString(),
                           people ? people->windowTitle() : QString(), role.data().toString()};
    };
    const QStringList english = texts();
    EXPECT_EQ(english.value(0), QStringLiteral("&File"));
    EXPECT_EQ(english.value(2), QStringLiteral("Problems"));
    EXPECT_EQ(english.value(3), QStringLiteral("People"));
    EXPECT_EQ(english.value(4), QStringLiteral("Chief Technology Officer"));
    // A passing message in English must not outlive the switch to Chinese.
    window->chartView()->showToast(QStringLiteral("Cannot move"));
    window->statusBar()->showMessage(QStringLiteral("Cannot move"));
    window->action(QStringLiteral("actionLanguage_zh_CN"))->trigger();
    settle();
    const QStringList chinese = texts();
    EXPECT_EQ(chinese.value(0), QStringLiteral("文件(&F)"));
    EXPECT_NE(chinese.value(1), english.value(1));
    EXPECT_EQ(chinese.value(2), QStringLiteral("问题"));
    EXPECT_EQ(chinese.value(3), QStringLiteral("人员"));
    EXPECT_EQ(chinese.value(4), QStringLiteral("首席技术官"));
    EXPECT_TRUE(window->chartView()->toastText().isEmpty());
    EXPECT_TRUE(window->statusBar()->currentMessage().isEmpty());
    window->action(QStringLiteral("actionLanguage_en"))->trigger();
    settle();
    EXPECT_EQ(texts(), english);
}

TEST_F(GuiEditor, RenameInPlaceWithF2)
{
    openSmallOrg();
    window->scene()->setSelection({QStringLiteral("e1")}, QStringLiteral("e1"));
    window->chartView()->setFocus();
    window->action(QStringLiteral("actionRename"))->trigger();
    auto *editor = window->chartView()->viewport()->findChild<QLineEdit *>(QStringLiteral("nameEditor"));
    ASSERT_NE(editor, nullptr);
    editor->setText(QStringLiteral("Evelyn"));
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
    const Org &o = doc()->org();
    EXPECT_EQ(o.position(o.find(QStringLiteral("e1"))).name, QStringLiteral("Evelyn"));
}

// Not a check: with ORG_SCREENSHOT_DIR set, saves the README screenshots.
TEST_F(GuiEditor, Screenshots)
{
    const QString dir = qEnvironmentVariable("ORG_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set ORG_SCREENSHOT_DIR to write screenshots";
    window->resize(1600, 1000);
    QString error;
    ASSERT_TRUE(window->openFile(QStringLiteral(ORG_PUBLIC_DATA "/oracle_hr_employees_107.csv"), false, &error));
    settle();
    QTest::qWait(300);
    window->chartView()->setZoom(0.8);
    window->chartView()->centerOnId(QStringLiteral("103"));
    settle();
    EXPECT_TRUE(window->grab().save(dir + QStringLiteral("/screenshot-editor.png")));

    ASSERT_TRUE(window->openFile(QStringLiteral(ORG_PUBLIC_DATA "/adventureworks_employees_290.csv"), false, &error));
    settle();
    QTest::qWait(300);
    // A technical manager dragged under one of its engineers: the ladder rule fires.
    const Org &o = doc()->org();
    ASSERT_TRUE(doc()->move(QStringLiteral("7"), QStringLiteral("5"), &error)) << error.toStdString();
    Q_UNUSED(o);
    settle();
    window->problemFilter()->setSeverity(QString());
    QTableView *problems = window->problemsView();
    problems->selectRow(0);
    const QString anchor = problems->model()->index(0, 0).data(ProblemModel::AnchorIdRole).toString();
    window->chartView()->setZoom(0.8);
    window->chartView()->centerOnId(anchor);
    settle();
    QTest::qWait(300);
    EXPECT_TRUE(window->grab().save(dir + QStringLiteral("/screenshot-problems.png")));
}

// Measures (prints) the editor at 100,000 positions; the bounds are generous on
// purpose (shared CI machines), the targets of DESIGN §8 are for benchmarks.
TEST_F(GuiEditor, HundredThousandPositionsStayResponsive)
{
    QByteArray csv = "id,name,manager_id,role,team,product_line\np0,Root,,ceo,,\n";
    const char *roles[] = {"engineer", "programmer", "architect", "tech_manager"};
    for (int i = 1; i < 100000; ++i)
        csv += "p" + QByteArray::number(i) + ",Person " + QByteArray::number(i) + ",p"
               + QByteArray::number((i - 1) / 8) + ',' + roles[i % 4] + ",T" + QByteArray::number(i % 40)
               + ",PL" + QByteArray::number(i % 7) + '\n';
    const QString path = writeFile(QStringLiteral("big.csv"), csv);
    QElapsedTimer t;
    t.start();
    QString error;
    ASSERT_TRUE(window->openFile(path, false, &error)) << error.toStdString();
    window->scene()->ensureLayout();
    window->chartView()->viewport()->repaint();
    const qint64 openMs = t.elapsed();
    ASSERT_EQ(doc()->org().size(), 100000);
    window->scene()->expandAll();

    t.restart();
    ASSERT_TRUE(doc()->move(QStringLiteral("p99999"), QStringLiteral("p5"), &error));
    const qint64 moveMs = t.elapsed();
    window->scene()->ensureLayout();
    const qint64 layoutMs = t.elapsed() - moveMs;
    window->chartView()->viewport()->repaint();
    const qint64 dragMs = t.elapsed();
    std::printf("100k: move (document, rules, models) %lld ms, relayout %lld ms, %zu problems\n",
                static_cast<long long>(moveMs), static_cast<long long>(layoutMs), doc()->problems().size());

    window->chartView()->fitToWindow();
    t.restart();
    for (int i = 0; i < 5; ++i) {
        window->chartView()->zoomIn();
        window->chartView()->viewport()->repaint();
    }
    const double frameMs = t.elapsed() / 5.0;
    std::printf("100k: open to first paint %lld ms, one move+relayout+repaint %lld ms, zoomed-out frame %.1f ms\n",
                static_cast<long long>(openMs), static_cast<long long>(dragMs), frameMs);
    EXPECT_LT(dragMs, 2000);
    EXPECT_LT(frameMs, 2000);
}

// Not a check: with ORG_DIALOG_SHOTS set, saves pictures of the dialogs to look at.
TEST_F(GuiEditor, DialogPictures)
{
    const QString dir = qEnvironmentVariable("ORG_DIALOG_SHOTS");
    if (dir.isEmpty())
        GTEST_SKIP() << "set ORG_DIALOG_SHOTS to write pictures of the dialogs";
    QString error;
    ASSERT_TRUE(window->openFile(QStringLiteral(ORG_PUBLIC_DATA "/oracle_hr_employees_107.csv"), false, &error));
    settle();
    ExportDialog exportDialog(doc(), QStringLiteral("100"), LayoutOptions{}, window.get());
    exportDialog.setFileName(m_dir.filePath(QStringLiteral("chart.pdf")));
    exportDialog.show();
    QTest::qWait(400);
    exportDialog.grab().save(dir + QStringLiteral("/export-dialog.png"));
    ImportDialog importDialog(doc()->roles(), window.get());
    importDialog.setFile(QStringLiteral(ORG_PUBLIC_DATA "/adventureworks_employees_290.csv"));
    importDialog.show();
    QTest::qWait(200);
    importDialog.grab().save(dir + QStringLiteral("/import-dialog.png"));
    importDialog.setFile(writeFile(QStringLiteral("broken.csv"), "id,name,manager_id,role\n1,Ann,,cto\n2,Bob,99,wizard\n"));
    QTest::qWait(100);
    importDialog.grab().save(dir + QStringLiteral("/import-errors.png"));
    QTimer::singleShot(800, window.get(), [dir] {
        if (QWidget *w = QApplication::activeModalWidget()) {
            w->grab().save(dir + QStringLiteral("/print-preview.png"));
            w->close();
        }
    });
    exportDialog.setPage(ExportOptions::Page::A4, true);
    exportDialog.printPreview();
    // A drag in flight over a card that refuses (a cycle), then the message.
    window->chartView()->setZoom(0.8);
    window->chartView()->centerOnId(QStringLiteral("103"));
    settle();
    QWidget *vp = pressAndMoveOnto(QStringLiteral("103"), QStringLiteral("104"));
    const QPoint b = viewPos(QStringLiteral("104"));
    QTest::qWait(50);
    window->grab().save(dir + QStringLiteral("/drag-refused-hover.png"));
    QTest::mouseRelease(vp, Qt::LeftButton, {}, b);
    settle();
    window->grab().save(dir + QStringLiteral("/drag-refused-message.png"));
    window->action(QStringLiteral("actionLanguage_zh_CN"))->trigger();
    settle();
    window->grab().save(dir + QStringLiteral("/editor-zh.png"));
    window->action(QStringLiteral("actionLanguage_en"))->trigger();
}

TEST_F(GuiEditor, RuleSettingsDialogRaisesSpanLimitUndoably)
{
    openWideOrg(16);
    ASSERT_EQ(problemRows(QStringLiteral("span-of-control")), 1);
    withDialog(QStringLiteral("actionRuleSettings"), [](QDialog *d) {
        auto *span = d->findChild<QSpinBox *>(QStringLiteral("spanOfControl"));
        ASSERT_NE(span, nullptr);
        EXPECT_EQ(span->value(), 15);
        span->setValue(20);
        d->accept();
    });
    EXPECT_EQ(doc()->ruleSettings().spanOfControl, 20);
    EXPECT_EQ(problemRows(QStringLiteral("span-of-control")), 0);
    window->action(QStringLiteral("actionUndo"))->trigger();
    settle();
    EXPECT_EQ(problemRows(QStringLiteral("span-of-control")), 1);
    // Switching the rule off removes it as well.
    withDialog(QStringLiteral("actionRuleSettings"), [](QDialog *d) {
        auto *box = d->findChild<QCheckBox *>(QStringLiteral("rule_span-of-control"));
        ASSERT_NE(box, nullptr);
        EXPECT_TRUE(box->isChecked());
        box->setChecked(false);
        d->accept();
    });
    EXPECT_FALSE(doc()->ruleSettings().isEnabled(QStringLiteral("span-of-control")));
    EXPECT_EQ(problemRows(QStringLiteral("span-of-control")), 0);
}

namespace {

/// The category axis of a bar chart (the vertical one for horizontal bars).
QStringList categoriesOf(QChart *chart, Qt::Orientation along)
{
    const QList<QAbstractAxis *> axes = chart->axes(along);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    return axis ? axis->categories() : QStringList();
}

QList<QBarSet *> barSetsOf(QChart *chart)
{
    if (chart->series().size() != 1)
        return {};
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    return series ? series->barSets() : QList<QBarSet *>();
}

/// A role chart (one set per role, stacked) shows `value` of each group of
/// `byRole` in ladder order, the highest rung on top, each bar in its role's colour.
void expectRoleChart(QChart *chart, const std::vector<OrgStats::Group> &byRole, const RoleCatalogue &roles,
                     double (*value)(const OrgStats::Group &))
{
    ASSERT_NE(qobject_cast<QHorizontalStackedBarSeries *>(chart->series().value(0)), nullptr);
    const QList<QBarSet *> sets = barSetsOf(chart);
    const QStringList categories = categoriesOf(chart, Qt::Vertical);
    const int n = int(byRole.size());
    ASSERT_EQ(sets.size(), n);
    ASSERT_EQ(categories.size(), n);
    for (int i = 0; i < n; ++i) {
        const OrgStats::Group &g = byRole[std::size_t(n - 1 - i)];
        SCOPED_TRACE(g.key.toStdString());
        const Role *role = roles.find(g.key);
        ASSERT_NE(role, nullptr);
        EXPECT_EQ(categories.at(i), role->displayName(org::language()));
        ASSERT_EQ(sets[i]->count(), n);
        for (int j = 0; j < n; ++j)
            EXPECT_DOUBLE_EQ(sets[i]->at(j), j == i ? value(g) : 0.0) << j;
        EXPECT_EQ(sets[i]->color(), role->color);
    }
}

/// A filled/open chart shows the groups of OrgStats, the largest on top, at
/// most 12 (the rest only in the title's note).
void expectGroupChart(QChart *chart, const std::vector<OrgStats::Group> &groups, const QString &noneName)
{
    struct Bar { QString name; int filled = 0, open = 0; };
    std::vector<Bar> expected;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const OrgStats::Group &g = groups[i];
        if (i < 12)
            expected.push_back({g.key.isEmpty() ? noneName : g.key, g.positions - g.open, g.open});
    }
    std::reverse(expected.begin(), expected.end()); // horizontal bars list bottom-up
    const QList<QBarSet *> sets = barSetsOf(chart);
    const QStringList categories = categoriesOf(chart, Qt::Vertical);
    ASSERT_EQ(sets.size(), 2);
    ASSERT_EQ(std::size_t(categories.size()), expected.size());
    ASSERT_EQ(std::size_t(sets[0]->count()), expected.size());
    ASSERT_EQ(std::size_t(sets[1]->count()), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (!expected[i].name.isEmpty()) {
            EXPECT_EQ(categories.at(qsizetype(i)), expected[i].name);
        }
        EXPECT_EQ(int(sets[0]->at(qsizetype(i))), expected[i].filled) << categories.at(qsizetype(i)).toStdString();
        EXPECT_EQ(int(sets[1]->at(qsizetype(i))), expected[i].open) << categories.at(qsizetype(i)).toStdString();
    }
}

/// Every chart of the dashboard against OrgStats and the RuleEngine for the
/// document's current org (values computed here from lib/, not remembered).
void expectDashboardMatchesStats(Dashboard *dash, const Document *doc)
{
    dash->refresh();
    const Org &org = doc->org();
    const RoleCatalogue &roles = doc->roles();
    const OrgStats stats = OrgStats::compute(org, roles);
    auto chartOf = [dash](Dashboard::Chart c) { return dash->chartView(c)->chart(); };

    {
        SCOPED_TRACE("headcount by role");
        std::vector<OrgStats::Group> headcount; // technical partners are not headcount
        for (const OrgStats::Group &g : stats.byRole)
            if (OrgStats::roleInHeadcount(g.key))
                headcount.push_back(g);
        expectRoleChart(chartOf(Dashboard::RoleChart), headcount, roles,
                        [](const OrgStats::Group &g) { return double(g.positions); });
    }
    {
        SCOPED_TRACE("headcount by team");
        expectGroupChart(chartOf(Dashboard::TeamChart), stats.byTeam, QStringLiteral("No team"));
    }
    {
        SCOPED_TRACE("headcount by product line");
        expectGroupChart(chartOf(Dashboard::ProductLineChart), stats.byProductLine, QString());
    }
    {
        SCOPED_TRACE("span of control");
        const int limit = doc->ruleSettings().spanOfControl;
        const QList<QBarSet *> sets = barSetsOf(chartOf(Dashboard::SpanChart));
        const QStringList bins = categoriesOf(chartOf(Dashboard::SpanChart), Qt::Horizontal);
        ASSERT_EQ(sets.size(), 2);
        EXPECT_EQ(int(sets[0]->sum() + sets[1]->sum()), stats.managers);
        EXPECT_EQ(int(sets[1]->sum()), int(std::count_if(stats.spans.begin(), stats.spans.end(),
                                                           [limit](int s) { return s > limit; })));
        ASSERT_EQ(bins.size(), stats.spans.empty() ? 1 : stats.spans.back()); // one bin per span below 30
        for (qsizetype b = 0; b < bins.size(); ++b) {
            const int span = bins.at(b).toInt();
            EXPECT_EQ(span, int(b) + 1);
            const int managers = int(std::count(stats.spans.begin(), stats.spans.end(), span));
            EXPECT_EQ(int(sets[span > limit ? 1 : 0]->at(b)), managers) << span;
            EXPECT_EQ(int(sets[span > limit ? 0 : 1]->at(b)), 0) << span;
        }
    }
    EXPECT_EQ(dash->chartView(Dashboard::CostChart)->isVisibleTo(dash), stats.hasCost);
    EXPECT_EQ(dash->chartView(Dashboard::RoleCostChart)->isVisibleTo(dash), stats.hasCost);
    if (stats.hasCost) {
        SCOPED_TRACE("monthly cost by team");
        QChart *chart = chartOf(Dashboard::CostChart);
        const QList<QBarSet *> sets = barSetsOf(chart);
        const QStringList teams = categoriesOf(chart, Qt::Vertical);
        ASSERT_EQ(sets.size(), 1);
        ASSERT_EQ(std::size_t(teams.size()), std::min<std::size_t>(stats.byTeam.size(), 12));
        for (qsizetype i = 0; i < teams.size(); ++i) {
            const auto g = std::find_if(stats.byTeam.begin(), stats.byTeam.end(), [&](const OrgStats::Group &t) {
                return (t.key.isEmpty() ? QStringLiteral("No team") : t.key) == teams.at(i);
            });
            ASSERT_NE(g, stats.byTeam.end()) << teams.at(i).toStdString();
            EXPECT_DOUBLE_EQ(sets[0]->at(i), g->monthlyCost) << teams.at(i).toStdString();
            if (i > 0) {
                EXPECT_LE(sets[0]->at(i - 1), sets[0]->at(i)); // the most expensive on top
            }
        }
        if (stats.byTeam.size() <= 12) {
            EXPECT_NEAR(sets[0]->sum(), stats.monthlyCost, 0.5);
        }
        EXPECT_TRUE(chart->title().contains(QLocale().toString(stats.monthlyCost, 'f', 0))) << chart->title().toStdString();
    }
    if (stats.hasCost) {
        SCOPED_TRACE("monthly cost by role");
        expectRoleChart(chartOf(Dashboard::RoleCostChart), stats.byRole, roles,
                        [](const OrgStats::Group &g) { return g.monthlyCost; });
    }
    {
        SCOPED_TRACE("problems by rule");
        const std::vector<Problem> problems = RuleEngine(roles, doc->ruleSettings()).check(org);
        const QStringList ids = RuleSettings::ruleIds();
        const QList<QBarSet *> sets = barSetsOf(chartOf(Dashboard::ProblemChart));
        ASSERT_EQ(sets.size(), 3); // errors, warnings, information
        for (QBarSet *set : sets)
            ASSERT_EQ(set->count(), ids.size());
        // One category per rule, each its (maybe elided) name.
        const QStringList names = categoriesOf(chartOf(Dashboard::ProblemChart), Qt::Vertical);
        ASSERT_EQ(names.size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QString shown = QString(names.at(ids.size() - 1 - i)).remove(QChar(0x200B));
            const QString full = RuleEngine::ruleName(ids.at(i));
            const qsizetype dots = shown.indexOf(QChar(0x2026));
            if (dots < 0) {
                EXPECT_EQ(shown, full);
            } else {
                EXPECT_TRUE(full.startsWith(shown.left(dots)) && full.endsWith(shown.mid(dots + 1)))
                    << shown.toStdString() << " / " << full.toStdString();
            }
        }
        int total = 0;
        for (qsizetype i = 0; i < ids.size(); ++i) { // the first rule on top: listed last
            const int n = int(std::count_if(problems.begin(), problems.end(),
                                            [&](const Problem &p) { return p.rule == ids.at(i); }));
            total += n;
            double shown = 0;
            for (QBarSet *set : sets)
                shown += set->at(ids.size() - 1 - i);
            EXPECT_EQ(int(shown), n) << ids.at(i).toStdString();
        }
        EXPECT_EQ(total, int(problems.size()));
    }
    {
        SCOPED_TRACE("headcount by scenario");
        const QList<QBarSet *> sets = barSetsOf(chartOf(Dashboard::ScenarioChart));
        const std::vector<Scenario> &scenarios = doc->plan().scenarios;
        ASSERT_EQ(sets.size(), 2);
        ASSERT_EQ(std::size_t(sets[0]->count()), scenarios.size());
        for (std::size_t i = 0; i < scenarios.size(); ++i) {
            int filled = 0, open = 0;
            for (const Position &p : scenarios[i].org.positions())
                if (OrgStats::inHeadcount(p))
                    (p.isOpen() ? open : filled) += 1;
            EXPECT_EQ(int(sets[0]->at(qsizetype(i))), filled) << scenarios[i].name.toStdString();
            EXPECT_EQ(int(sets[1]->at(qsizetype(i))), open) << scenarios[i].name.toStdString();
        }
    }
}

} // namespace

TEST_F(GuiEditor, DashboardRoleChartMatchesStatsAndFollowsEdits)
{
    openSmallOrg();
    window->dashboardDock()->show();
    window->dashboardDock()->raise();
    settle();
    expectDashboardMatchesStats(window->dashboard(), doc());
    QString e;
    ASSERT_TRUE(doc()->addOpenPosition(QStringLiteral("m1"), QStringLiteral("architect"), nullptr, &e)) << e.toStdString();
    settle();
    expectDashboardMatchesStats(window->dashboard(), doc());
    // A click on a bar filters the people list by the role's name.
    QChart *chart = window->dashboard()->chartView(Dashboard::RoleChart)->chart();
    QBarSet *set = qobject_cast<QAbstractBarSeries *>(chart->series().first())->barSets().first();
    Q_EMIT set->clicked(0); // the lowest rung on the bottom: programmer/engineer
    EXPECT_FALSE(window->peopleFilterEdit()->text().isEmpty());
    EXPECT_LT(window->peopleView()->model()->rowCount(), int(doc()->org().size()));
    const QString png = m_dir.filePath(QStringLiteral("roles.png"));
    EXPECT_TRUE(window->dashboard()->saveChart(Dashboard::RoleChart, png));
    EXPECT_TRUE(QImage(png).width() > 100);
    QDir charts(m_dir.filePath(QStringLiteral("charts")));
    ASSERT_TRUE(charts.mkpath(QStringLiteral(".")));
    EXPECT_GE(window->dashboard()->saveAll(charts.path()), 5);
    EXPECT_TRUE(QFileInfo::exists(charts.filePath(QStringLiteral("roleChart.png"))));
}

// Each chart of the dashboard shows what OrgStats / `stats` and the rule engine
// compute for the same org: the sample org has salaries, product lines, open
// positions, a technical partner and problems; then a second scenario, an edit
// and a higher span limit.
TEST_F(GuiEditor, EveryDashboardChartMatchesStats)
{
    QString error;
    ASSERT_TRUE(window->openFile(QStringLiteral(ORG_SAMPLES "/sample_org.csv"), false, &error)) << error.toStdString();
    settle();
    window->dashboardDock()->show();
    window->dashboardDock()->raise();
    settle();
    const OrgStats stats = OrgStats::compute(doc()->org(), doc()->roles());
    ASSERT_TRUE(stats.hasCost);
    ASSERT_FALSE(stats.byProductLine.empty());
    ASSERT_GT(stats.openPositions, 0);
    ASSERT_FALSE(doc()->problems().empty());
    expectDashboardMatchesStats(window->dashboard(), doc());

    QString e;
    ASSERT_TRUE(doc()->duplicateScenario(QString(), QStringLiteral("Reorg"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->switchScenario(QStringLiteral("Reorg"), &e));
    const QString root = doc()->org().position(doc()->org().roots().front()).id;
    ASSERT_TRUE(doc()->addOpenPosition(root, QStringLiteral("architect"), nullptr, &e)) << e.toStdString();
    RuleSettings s = doc()->ruleSettings();
    s.spanOfControl = 3;
    doc()->setRuleSettings(s);
    settle();
    expectDashboardMatchesStats(window->dashboard(), doc());
}

TEST_F(GuiEditor, RoleDesignerAddsUsesAndDeletesRoleWithReplacement)
{
    openSmallOrg();
    const int before = doc()->roles().size();
    withDialog(QStringLiteral("actionRoleDesigner"), [](QDialog *d) {
        auto *designer = qobject_cast<RoleDesigner *>(d);
        ASSERT_NE(designer, nullptr);
        QTableWidget *table = designer->table();
        ASSERT_GT(designer->rowOf(QStringLiteral("engineer")), 0);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("addRole")), Qt::LeftButton);
        const int row = table->rowCount() - 1;
        // The English name is being edited in place: finish that edit first.
        table->setCurrentCell(row, RoleDesigner::KeyColumn);
        table->item(row, RoleDesigner::KeyColumn)->setText(QStringLiteral("sre"));
        table->item(row, RoleDesigner::NameEnColumn)->setText(QStringLiteral("Site Reliability Engineer"));
        table->item(row, RoleDesigner::NameZhColumn)->setText(QStringLiteral("站点可靠性工程师"));
        table->item(row, RoleDesigner::RankColumn)->setText(QStringLiteral("2"));
        table->item(row, RoleDesigner::TechnicalColumn)->setCheckState(Qt::Checked);
        table->item(row, RoleDesigner::CostColumn)->setText(QStringLiteral("30000"));
        d->accept();
    });
    ASSERT_EQ(doc()->roles().size(), before + 1);
    const Role *sre = doc()->roles().find(QStringLiteral("sre"));
    ASSERT_NE(sre, nullptr);
    EXPECT_EQ(sre->nameEn, QStringLiteral("Site Reliability Engineer"));
    EXPECT_TRUE(sre->technical);
    EXPECT_EQ(sre->rank.value_or(-1), 2);
    EXPECT_DOUBLE_EQ(sre->costMidpoint(), 30000);

    QString e;
    ASSERT_TRUE(doc()->changeRole(QStringLiteral("e1"), QStringLiteral("sre"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->changeRole(QStringLiteral("e2"), QStringLiteral("sre"), &e)) << e.toStdString();
    // Another scenario uses the role too, and stays current while the designer runs in the first one.
    const QString first = doc()->currentScenarioName();
    ASSERT_TRUE(doc()->duplicateScenario(QString(), QStringLiteral("Other"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->switchScenario(QStringLiteral("Other"), &e));
    ASSERT_TRUE(doc()->changeRole(QStringLiteral("m1"), QStringLiteral("sre"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->switchScenario(first, &e));
    settle();

    withDialog(QStringLiteral("actionRoleDesigner"), [](QDialog *d) {
        auto *designer = qobject_cast<RoleDesigner *>(d);
        ASSERT_NE(designer, nullptr);
        const int row = designer->rowOf(QStringLiteral("sre"));
        ASSERT_GE(row, 0);
        EXPECT_FALSE(designer->deleteRole(row)); // in use: a replacement is required
        EXPECT_TRUE(designer->deleteRole(row, QStringLiteral("architect")));
        d->accept();
    });
    EXPECT_EQ(doc()->roles().find(QStringLiteral("sre")), nullptr);
    const Org &o = doc()->org();
    EXPECT_EQ(o.position(o.find(QStringLiteral("e1"))).role, QStringLiteral("architect"));
    EXPECT_EQ(o.position(o.find(QStringLiteral("e2"))).role, QStringLiteral("architect"));
    EXPECT_EQ(doc()->currentScenarioName(), first);
    const Org &other = doc()->plan().scenarios.at(1).org;
    EXPECT_EQ(other.position(other.find(QStringLiteral("m1"))).role, QStringLiteral("architect"));
    EXPECT_EQ(other.position(other.find(QStringLiteral("e1"))).role, QStringLiteral("architect"));
    // One undo step brings the role and its positions back.
    window->action(QStringLiteral("actionUndo"))->trigger();
    settle();
    ASSERT_NE(doc()->roles().find(QStringLiteral("sre")), nullptr);
    EXPECT_EQ(doc()->org().position(doc()->org().find(QStringLiteral("e1"))).role, QStringLiteral("sre"));
    EXPECT_EQ(other.position(other.find(QStringLiteral("m1"))).role, QStringLiteral("sre"));
}

TEST_F(GuiEditor, ScenarioSwitcherAndCompare)
{
    openSmallOrg();
    QComboBox *combo = window->scenarioCombo();
    ASSERT_EQ(combo->count(), 1);
    withDialog(QStringLiteral("actionDuplicateScenario"), [](QDialog *d) {
        auto *input = qobject_cast<QInputDialog *>(d);
        ASSERT_NE(input, nullptr);
        input->setTextValue(QStringLiteral("Reorg"));
        input->accept();
    });
    ASSERT_EQ(combo->count(), 2);
    EXPECT_EQ(combo->currentText(), QStringLiteral("Reorg"));
    EXPECT_EQ(doc()->currentScenarioName(), QStringLiteral("Reorg"));
    window->dashboard()->refresh();
    {
        QChart *chart = window->dashboard()->chartView(Dashboard::ScenarioChart)->chart();
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first());
        ASSERT_NE(axis, nullptr);
        ASSERT_EQ(axis->count(), 2);
        EXPECT_EQ(axis->categories().at(1), QStringLiteral("▸ Reorg"));
    }
    QString e;
    doc()->setMovesCarryTeam(false); // a plain move: no team change to compare
    ASSERT_TRUE(doc()->move(QStringLiteral("e1"), QStringLiteral("m2"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->addOpenPosition(QStringLiteral("m2"), QStringLiteral("engineer"), nullptr, &e));
    settle();
    const QString first = combo->itemText(0);
    combo->setCurrentIndex(0);
    Q_EMIT combo->activated(0);
    settle();
    EXPECT_EQ(doc()->currentScenario(), 0);
    EXPECT_EQ(managerOf(QStringLiteral("e1")), QStringLiteral("m1"));

    ScenarioCompareDialog compare(doc(), window.get());
    compare.setScenarios(first, QStringLiteral("Reorg"));
    QTableWidget *changes = compare.changesTable();
    ASSERT_EQ(changes->rowCount(), 2);
    QStringList kinds;
    for (int r = 0; r < changes->rowCount(); ++r)
        kinds << changes->item(r, 0)->text();
    EXPECT_TRUE(kinds.contains(QStringLiteral("Moved")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("Added")));
    EXPECT_TRUE(compare.summary().contains(QStringLiteral("(+1)"))) << compare.summary().toStdString();

    // Rename and delete through the document keep the combo in step.
    ASSERT_TRUE(doc()->renameScenario(QStringLiteral("Reorg"), QStringLiteral("Plan B"), &e));
    settle();
    EXPECT_EQ(combo->itemText(1), QStringLiteral("Plan B"));
    ASSERT_TRUE(doc()->deleteScenario(QStringLiteral("Plan B"), &e));
    settle();
    EXPECT_EQ(combo->count(), 1);
}

// Not a check: with ORG_DIALOG_SHOTS set, saves pictures of the dashboard and the role designer.
TEST_F(GuiEditor, DashboardPictures)
{
    const QString dir = qEnvironmentVariable("ORG_DIALOG_SHOTS");
    if (dir.isEmpty())
        GTEST_SKIP() << "set ORG_DIALOG_SHOTS to write pictures of the dashboard";
    QString error;
    ASSERT_TRUE(window->openFile(QStringLiteral(ORG_SAMPLES "/sample_org.csv"), false, &error)) << error.toStdString();
    settle();
    Dashboard *dash = window->dashboard();
    window->dashboardDock()->setFloating(true);
    window->dashboardDock()->resize(1300, 620);
    window->dashboardDock()->show();
    dash->refresh();
    QTest::qWait(300);
    EXPECT_TRUE(window->dashboardDock()->grab().save(dir + QStringLiteral("/dashboard.png")));
    window->action(QStringLiteral("actionLanguage_zh_CN"))->trigger();
    settle();
    dash->refresh();
    QTest::qWait(200);
    window->dashboardDock()->grab().save(dir + QStringLiteral("/dashboard-zh.png"));
    window->action(QStringLiteral("actionLanguage_en"))->trigger();
    settle();
    // A reorg to compare: two moves (one also changes team), a new position,
    // a removed one and a role change.
    QString e;
    const QString first = doc()->currentScenarioName();
    ASSERT_TRUE(doc()->duplicateScenario(QString(), QStringLiteral("2027 Q1 reorg"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->switchScenario(QStringLiteral("2027 Q1 reorg"), &e));
    ASSERT_TRUE(doc()->move(QStringLiteral("T009"), QStringLiteral("T004"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->setField(QStringLiteral("T009"), QStringLiteral("team"), QStringLiteral("搜索"), &e));
    ASSERT_TRUE(doc()->setField(QStringLiteral("T009"), QStringLiteral("product_line"), QStringLiteral("Search"), &e));
    ASSERT_TRUE(doc()->move(QStringLiteral("T036"), QStringLiteral("T007"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->setField(QStringLiteral("T036"), QStringLiteral("team"), QStringLiteral("数据平台"), &e));
    ASSERT_TRUE(doc()->addOpenPosition(QStringLiteral("T003"), QStringLiteral("architect"), nullptr, &e));
    ASSERT_TRUE(doc()->removePosition(QStringLiteral("T016"), false, &e)) << e.toStdString();
    ASSERT_TRUE(doc()->changeRole(QStringLiteral("T008"), QStringLiteral("architect"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->switchScenario(first, &e));
    settle();
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        window->action(QStringLiteral("actionLanguage_") + lang)->trigger();
        settle();
        const QString suffix = lang == QLatin1String("en") ? QString() : QStringLiteral("-zh");
        QHash<QString, int> usage;
        RoleDesigner designer(doc()->roles(), usage, window.get());
        designer.show();
        QTest::qWait(200);
        EXPECT_TRUE(designer.grab().save(dir + QStringLiteral("/role-designer") + suffix + QStringLiteral(".png")));
        ScenarioCompareDialog compare(doc(), window.get());
        compare.setScenarios(first, QStringLiteral("2027 Q1 reorg"));
        compare.show();
        QTest::qWait(300);
        EXPECT_TRUE(compare.grab().save(dir + QStringLiteral("/compare-dialog") + suffix + QStringLiteral(".png")));
    }
    window->action(QStringLiteral("actionLanguage_en"))->trigger();
    settle();
}

TEST_F(GuiEditor, DashboardMarksSpanLimitAndTeamBarFiltersPeople)
{
    openWideOrg(16);
    window->dashboardDock()->show();
    window->dashboardDock()->raise();
    Dashboard *dash = window->dashboard();
    dash->refresh();
    auto spanSets = [dash] {
        QChart *chart = dash->chartView(Dashboard::SpanChart)->chart();
        return qobject_cast<QAbstractBarSeries *>(chart->series().first())->barSets();
    };
    // One manager with 16 direct reports: in the "above the limit" set, at 16.
    QList<QBarSet *> sets = spanSets();
    ASSERT_EQ(sets.size(), 2);
    ASSERT_EQ(sets[1]->count(), 16);
    EXPECT_EQ(int(sets[1]->at(15)), 1);
    EXPECT_EQ(int(sets[0]->sum()), 0);
    // Raising the limit moves it to the "within" set.
    RuleSettings s = doc()->ruleSettings();
    s.spanOfControl = 20;
    doc()->setRuleSettings(s);
    dash->refresh();
    sets = spanSets();
    EXPECT_EQ(int(sets[0]->at(15)), 1);
    EXPECT_EQ(int(sets[1]->sum()), 0);
    // A team bar filters the people list to that team.
    QChart *teams = dash->chartView(Dashboard::TeamChart)->chart();
    QBarSet *filled = qobject_cast<QAbstractBarSeries *>(teams->series().first())->barSets().first();
    auto *axis = qobject_cast<QBarCategoryAxis *>(teams->axes(Qt::Vertical).first());
    ASSERT_NE(axis, nullptr);
    const int index = int(axis->categories().indexOf(QStringLiteral("T1")));
    ASSERT_GE(index, 0);
    Q_EMIT filled->clicked(index);
    EXPECT_EQ(window->peopleFilterEdit()->text(), QStringLiteral("T1"));
    EXPECT_EQ(window->peopleView()->model()->rowCount(), 5); // e1, e4, e7, e10, e13
}

namespace {

/// The card mark the compare view should draw for a kind of ScenarioDiff change.
CardChange markOf(ScenarioDiff::Kind kind)
{
    switch (kind) {
    case ScenarioDiff::Kind::Added: return CardChange::Added;
    case ScenarioDiff::Kind::Removed: return CardChange::Removed;
    case ScenarioDiff::Kind::Moved: return CardChange::Moved;
    case ScenarioDiff::Kind::RoleChanged: return CardChange::RoleChanged;
    case ScenarioDiff::Kind::TeamChanged: return CardChange::TeamChanged;
    }
    return {};
}

/// Distance from a point to the outline of a rectangle.
double distanceToBorder(const QRectF &r, const QPointF &p)
{
    const double dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const double dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy); // outside
    return std::min({p.x() - r.left(), r.right() - p.x(), p.y() - r.top(), r.bottom() - p.y()});
}

/// True when a pixel within `radius` of `at` has roughly the colour `c`.
bool colourNear(const QImage &img, QPoint at, const QColor &c, int radius = 2)
{
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint q = at + QPoint(dx, dy);
            if (!img.rect().contains(q))
                continue;
            const QColor p = img.pixelColor(q);
            if (std::abs(p.red() - c.red()) + std::abs(p.green() - c.green()) + std::abs(p.blue() - c.blue()) < 60)
                return true;
        }
    return false;
}

} // namespace

// The compare view draws the second scenario with exactly the changes that
// ScenarioDiff (the CLI's `diff`) reports: the set of marked cards and their
// kinds, one arrow per move from the old manager's card to the moved card, the
// removed position as a ghost under its old manager.
TEST_F(GuiEditor, CompareViewMarksExactlyWhatDiffReports)
{
    openSmallOrg();
    const QString first = doc()->currentScenarioName();
    QString e;
    ASSERT_TRUE(doc()->duplicateScenario(QString(), QStringLiteral("Reorg"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->switchScenario(QStringLiteral("Reorg"), &e));
    // A move that also changes role and team, a plain move, an add, a remove and a role change.
    ASSERT_TRUE(doc()->move(QStringLiteral("e1"), QStringLiteral("m2"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->changeRole(QStringLiteral("e1"), QStringLiteral("architect"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->setField(QStringLiteral("e1"), QStringLiteral("team"), QStringLiteral("B"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->move(QStringLiteral("m1"), QStringLiteral("c"), &e)) << e.toStdString();
    QString added;
    ASSERT_TRUE(doc()->addOpenPosition(QStringLiteral("m2"), QStringLiteral("engineer"), &added, &e)) << e.toStdString();
    ASSERT_TRUE(doc()->removePosition(QStringLiteral("e2"), false, &e)) << e.toStdString();
    ASSERT_TRUE(doc()->changeRole(QStringLiteral("m2"), QStringLiteral("tech_director"), &e)) << e.toStdString();
    ASSERT_TRUE(doc()->switchScenario(first, &e));
    settle();

    ScenarioCompareDialog compare(doc(), window.get());
    compare.setScenarios(first, QStringLiteral("Reorg"));
    compare.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&compare));
    QCoreApplication::processEvents();
    ChartScene *scene = compare.compareChart()->scene();
    scene->ensureLayout();

    // What `diff` reports, as marks per position id.
    const Org &a = doc()->plan().scenarios.at(0).org;
    const Org &b = doc()->plan().scenarios.at(1).org;
    const ScenarioDiff diff = ScenarioDiff::compute(a, b, doc()->roles());
    std::map<QString, int> expected;
    std::vector<const ScenarioDiff::Change *> moves;
    for (const ScenarioDiff::Change &c : diff.changes) {
        expected[c.position] |= int(markOf(c.kind));
        if (c.kind == ScenarioDiff::Kind::Moved)
            moves.push_back(&c);
    }
    // The edits above are really there (so the comparison below is not vacuous).
    ASSERT_EQ(expected[QStringLiteral("e1")], int(CardChange::Moved | CardChange::RoleChanged | CardChange::TeamChanged));
    ASSERT_EQ(expected[QStringLiteral("m1")], int(CardChange::Moved));
    ASSERT_EQ(expected[added], int(CardChange::Added));
    ASSERT_EQ(expected[QStringLiteral("e2")], int(CardChange::Removed));
    ASSERT_EQ(expected[QStringLiteral("m2")], int(CardChange::RoleChanged));
    ASSERT_EQ(moves.size(), 2u);

    // What the chart marks: exactly those positions, with exactly those kinds.
    std::map<QString, int> shown;
    const QHash<QString, CardHighlight> &marks = scene->highlights();
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        shown[it.key()] = int(it->changes.toInt());
    EXPECT_EQ(shown, expected);
    EXPECT_TRUE(marks.value(QStringLiteral("m2")).roleNote.contains(QStringLiteral("Technical Manager")));
    EXPECT_TRUE(marks.value(QStringLiteral("m2")).roleNote.contains(QStringLiteral("Technical Director")));

    // Every marked card is on the chart; the removed one under its old manager.
    const Org &drawn = scene->document()->org();
    for (const auto &[id, kinds] : expected)
        EXPECT_FALSE(scene->cardRect(id).isNull()) << id.toStdString();
    const Org::Vertex ghost = drawn.find(QStringLiteral("e2"));
    ASSERT_NE(ghost, Org::npos);
    ASSERT_NE(drawn.manager(ghost), Org::npos);
    EXPECT_EQ(drawn.position(drawn.manager(ghost)).id, QStringLiteral("m2"));
    EXPECT_EQ(drawn.size(), b.size() + 1);

    // One arrow per move, from the old manager's card to the moved card.
    const std::vector<ChangeArrow *> &arrows = scene->arrows();
    ASSERT_EQ(arrows.size(), moves.size());
    for (const ScenarioDiff::Change *m : moves) {
        SCOPED_TRACE(m->position.toStdString());
        const auto it = std::find_if(arrows.begin(), arrows.end(),
                                     [m](const ChangeArrow *x) { return x->toId() == m->position; });
        ASSERT_NE(it, arrows.end());
        const ChangeArrow *arrow = *it;
        EXPECT_EQ(arrow->fromId(), m->from);
        EXPECT_TRUE(arrow->isVisible());
        const QRectF from = scene->cardRect(m->from), to = scene->cardRect(m->position);
        ASSERT_FALSE(from.isNull());
        ASSERT_FALSE(to.isNull());
        EXPECT_LT(distanceToBorder(from, arrow->start()), 1.0);
        EXPECT_LT(distanceToBorder(to, arrow->end()), 1.0);
        EXPECT_LT(QLineF(arrow->path().pointAtPercent(0), arrow->start()).length(), 1.0);
        EXPECT_LT(QLineF(arrow->path().pointAtPercent(1), arrow->end()).length(), 1.0);
    }

    // The marks are painted: each marked card's first outline has its colour,
    // an unchanged card (the CEO) has none of them.
    const QRectF bounds = scene->layoutResult().bounds.adjusted(-40, -40, 40, 40);
    QImage image(bounds.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), bounds.size()), bounds);
    }
    auto pixel = [&](const QPointF &scenePoint) { return (scenePoint - bounds.topLeft()).toPoint(); };
    for (const auto &[id, kinds] : expected) {
        SCOPED_TRACE(id.toStdString());
        CardChange firstMark{};
        for (CardChange c : ChartScene::changeOrder())
            if (kinds & int(c)) {
                firstMark = c;
                break;
            }
        const QRectF r = scene->cardRect(id);
        bool found = false;
        for (qreal x = r.center().x() - 20; x <= r.center().x() + 20 && !found; x += 4)
            found = colourNear(image, pixel(QPointF(x, r.bottom() + 5)), ChartScene::changeColor(firstMark));
        EXPECT_TRUE(found);
    }
    const QRectF ceo = scene->cardRect(QStringLiteral("c"));
    for (CardChange c : ChartScene::changeOrder())
        for (qreal x = ceo.center().x() - 20; x <= ceo.center().x() + 20; x += 4)
            EXPECT_FALSE(colourNear(image, pixel(QPointF(x, ceo.bottom() + 5)), ChartScene::changeColor(c), 1));

    // Choosing a change in the table selects its card (here the ghost).
    QTableWidget *changes = compare.changesTable();
    ASSERT_EQ(changes->rowCount(), int(diff.changes.size()));
    for (int r = 0; r < changes->rowCount(); ++r)
        if (changes->item(r, 0)->data(Qt::UserRole).toString() == QStringLiteral("e2"))
            changes->setCurrentCell(r, 0);
    EXPECT_EQ(scene->selectedIds(), QStringList{QStringLiteral("e2")});

    // The delta charts per team add up to the diff's deltas (team A lost one,
    // team B gained one).
    ASSERT_FALSE(diff.byTeam.empty());
    double headcountSum = 0, costSum = 0;
    for (const ScenarioDiff::Delta &d : diff.byTeam) {
        headcountSum += d.headcountDelta();
        costSum += d.costDelta();
    }
    for (auto which : {ScenarioCompareDialog::HeadcountDeltaChart, ScenarioCompareDialog::CostDeltaChart}) {
        QChart *chart = compare.deltaChart(which)->chart();
        ASSERT_EQ(chart->series().size(), 1);
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().first());
        ASSERT_NE(series, nullptr);
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
        ASSERT_NE(axis, nullptr);
        EXPECT_EQ(std::size_t(axis->count()), diff.byTeam.size());
        double sum = 0;
        for (QBarSet *set : series->barSets())
            sum += set->sum();
        EXPECT_NEAR(sum, which == ScenarioCompareDialog::CostDeltaChart ? costSum : headcountSum, 0.01);
    }
    // Nothing here may edit the plan.
    EXPECT_EQ(doc()->plan().scenarios.at(1).org.size(), b.size());
}

// Undoing a rule-settings or role-catalogue change back to the saved state
// leaves the plan unmodified: the flag follows the undo stack's clean state.
TEST_F(GuiEditor, UndoOfSettingsBackToSavedStateIsNotModified)
{
    openSmallOrg();
    QString e;
    ASSERT_TRUE(doc()->saveAs(m_dir.filePath(QStringLiteral("saved.orgplan")), &e)) << e.toStdString();
    settle();
    ASSERT_FALSE(doc()->isModified());
    ASSERT_FALSE(window->isWindowModified());

    withDialog(QStringLiteral("actionRuleSettings"), [](QDialog *d) {
        auto *span = d->findChild<QSpinBox *>(QStringLiteral("spanOfControl"));
        ASSERT_NE(span, nullptr);
        span->setValue(span->value() + 5);
        d->accept();
    });
    EXPECT_EQ(doc()->ruleSettings().spanOfControl, RuleSettings().spanOfControl + 5);
    EXPECT_TRUE(doc()->isModified());
    EXPECT_TRUE(window->isWindowModified());
    window->action(QStringLiteral("actionUndo"))->trigger();
    settle();
    EXPECT_EQ(doc()->ruleSettings().spanOfControl, RuleSettings().spanOfControl);
    EXPECT_FALSE(doc()->isModified());
    EXPECT_FALSE(window->isWindowModified());

    const int roles = doc()->roles().size();
    withDialog(QStringLiteral("actionRoleDesigner"), [](QDialog *d) {
        auto *designer = qobject_cast<RoleDesigner *>(d);
        ASSERT_NE(designer, nullptr);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("addRole")), Qt::LeftButton);
        QTableWidget *table = designer->table();
        const int row = table->rowCount() - 1;
        table->setCurrentCell(row, RoleDesigner::KeyColumn);
        table->item(row, RoleDesigner::KeyColumn)->setText(QStringLiteral("sre"));
        table->item(row, RoleDesigner::NameEnColumn)->setText(QStringLiteral("Site Reliability Engineer"));
        table->item(row, RoleDesigner::NameZhColumn)->setText(QStringLiteral("站点可靠性工程师"));
        d->accept();
    });
    ASSERT_EQ(doc()->roles().size(), roles + 1);
    EXPECT_TRUE(doc()->isModified());
    EXPECT_TRUE(window->isWindowModified());
    window->action(QStringLiteral("actionUndo"))->trigger();
    settle();
    EXPECT_EQ(doc()->roles().size(), roles);
    EXPECT_FALSE(doc()->isModified());
    EXPECT_FALSE(window->isWindowModified());
    // Redo makes it modified again; saving then undoing differs from the file.
    window->action(QStringLiteral("actionRedo"))->trigger();
    settle();
    EXPECT_TRUE(doc()->isModified());
}

// The compare dialog and the dashboard count monthly cost the same way
// (OrgStats: technical partners' cost included, their headcount not): on the
// sample org, which has a technical partner, both show OrgStats' total.
TEST_F(GuiEditor, CompareAndDashboardShowTheSameCost)
{
    QString error;
    ASSERT_TRUE(window->openFile(QStringLiteral(ORG_SAMPLES "/sample_org.csv"), false, &error)) << error.toStdString();
    settle();
    const Org &org = doc()->org();
    ASSERT_TRUE(std::any_of(org.positions().begin(), org.positions().end(),
                            [](const Position &p) { return !OrgStats::inHeadcount(p); }));
    const OrgStats stats = OrgStats::compute(org, doc()->roles());
    ASSERT_TRUE(stats.hasCost);
    const QString total = QLocale().toString(stats.monthlyCost, 'f', 0);

    window->dashboardDock()->show();
    window->dashboard()->refresh();
    QChart *cost = window->dashboard()->chartView(Dashboard::CostChart)->chart();
    EXPECT_TRUE(cost->title().contains(total)) << cost->title().toStdString();
    double bars = 0;
    for (QBarSet *set : qobject_cast<QAbstractBarSeries *>(cost->series().first())->barSets())
        bars += set->sum();
    EXPECT_NEAR(bars, stats.monthlyCost, 0.5);

    QString e;
    ASSERT_TRUE(doc()->duplicateScenario(QString(), QStringLiteral("Copy"), &e)) << e.toStdString();
    ScenarioCompareDialog compare(doc(), window.get());
    compare.setScenarios(doc()->currentScenarioName(), QStringLiteral("Copy"));
    const Org &current = doc()->org(); // the scenarios grew: `org` is gone
    const ScenarioDiff diff = ScenarioDiff::compute(current, current, doc()->roles());
    EXPECT_DOUBLE_EQ(diff.costA, stats.monthlyCost);
    EXPECT_TRUE(compare.summary().contains(total + QStringLiteral(" → ") + total)) << compare.summary().toStdString();
    // Headcount in the summary leaves the partner out, as the status bar does.
    EXPECT_EQ(diff.headcountA, stats.positions - int(std::count_if(current.positions().begin(), current.positions().end(),
                                                                  [](const Position &p) { return !OrgStats::inHeadcount(p); })));
}
