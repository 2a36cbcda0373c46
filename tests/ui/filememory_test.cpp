// SPDX-License-Identifier: MIT
// What the editor remembers between uses (issue 15 item 7): the export dialog's
// choices, Save As's shortcut and suggested file, the scenario a plan reopens in.
#include "edit/document.h"
#include "exportdialog.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "uitestutil.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace org;
using namespace org::ui;

namespace {

const char *kOrg = "id,name,manager_id,role,team\n"
                   "c,Carol,,cto,\n"
                   "m,Mia,c,tech_manager,A\n"
                   "e,Eve,m,engineer,A\n";

class FileMemory : public test::MainWindowTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings s;
        s.remove(QStringLiteral("export"));
        s.remove(QStringLiteral("plans"));
        s.remove(QStringLiteral("recentFiles"));
        newWindow();
    }

    /// A fresh main window, as after a restart (settings persist in QSettings).
    void newWindow()
    {
        window.reset();
        showWindow(QSize(1200, 800), true);
    }
    QString writeCsv(const QString &name) { return writeFile(name, kOrg); }
    FileController *files() const { return window->findChild<FileController *>(); }
    QAction *action(const char *name) const { return window->findChild<QAction *>(QLatin1String(name)); }
};

} // namespace

TEST_F(FileMemory, ExportDialogRemembersItsChoicesAcrossUsesAndRestarts)
{
    QString error;
    ASSERT_TRUE(window->openFile(writeCsv(QStringLiteral("org.csv")), false, &error)) << error.toStdString();
    {
        ExportDialog dialog(doc(), QString(), LayoutOptions{}, window.get());
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
        ASSERT_TRUE(format);
        format->setCurrentIndex(format->findData(QStringLiteral("svg")));
        dialog.findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("组织架构 Q3"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        auto *page = dialog.findChild<QComboBox *>(QStringLiteral("page"));
        page->setCurrentIndex(page->findData(int(ExportOptions::Page::A3)));
        auto *orientation = dialog.findChild<QComboBox *>(QStringLiteral("orientation"));
        orientation->setCurrentIndex(orientation->findData(true));
        dialog.findChild<QCheckBox *>(QStringLiteral("legend"))->setChecked(false);
        dialog.findChild<QSpinBox *>(QStringLiteral("depth"))->setValue(2);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("scale"))->setValue(1.5);
        dialog.setFileName(m_dir.filePath(QStringLiteral("out/chart.svg")));
        QDir(m_dir.path()).mkpath(QStringLiteral("out"));
        ASSERT_TRUE(dialog.exportNow(&error)) << error.toStdString();
    }
    // A cancelled dialog changes nothing that is remembered.
    {
        ExportDialog dialog(doc(), QString(), LayoutOptions{}, window.get());
        dialog.findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("not exported"));
        dialog.reject();
    }
    newWindow(); // a restart
    ASSERT_TRUE(window->openFile(writeCsv(QStringLiteral("again.csv")), false, &error)) << error.toStdString();
    ExportDialog dialog(doc(), QString(), LayoutOptions{}, window.get());
    EXPECT_EQ(dialog.findChild<QComboBox *>(QStringLiteral("format"))->currentData().toString(), QStringLiteral("svg"));
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("title"))->text(), QStringLiteral("组织架构 Q3"));
    EXPECT_EQ(dialog.language(), QStringLiteral("zh_CN"));
    const ExportOptions o = dialog.options();
    EXPECT_EQ(o.title, QStringLiteral("组织架构 Q3"));
    EXPECT_EQ(o.page, ExportOptions::Page::A3);
    EXPECT_TRUE(o.landscape);
    EXPECT_FALSE(o.legend);
    EXPECT_EQ(o.layout.maxDepth, 2);
    EXPECT_DOUBLE_EQ(o.scale, 1.5);
    // The suggested file takes the remembered format, in the plan's folder or the last export's.
    dialog.suggestFileName(QString(), QStringLiteral("again"));
    EXPECT_EQ(dialog.fileName(), QDir(m_dir.filePath(QStringLiteral("out"))).filePath(QStringLiteral("again.svg")));
    dialog.suggestFileName(m_dir.path(), QStringLiteral("plan"));
    EXPECT_EQ(dialog.fileName(), QDir(m_dir.path()).filePath(QStringLiteral("plan.svg")));
}

TEST_F(FileMemory, SaveAsHasCtrlShiftSAndSuggestsAFileName)
{
    QAction *saveAs = action("actionSaveAs");
    ASSERT_TRUE(saveAs);
    EXPECT_EQ(saveAs->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    EXPECT_FALSE(saveAs->shortcut().isEmpty());

    // An imported CSV: "<csv base name>.orgplan" in the CSV's folder.
    QString error;
    const QString csv = writeCsv(QStringLiteral("Team Org.v2.csv"));
    ASSERT_TRUE(window->openFile(csv, false, &error)) << error.toStdString();
    QStringList asked;
    const QString plan = m_dir.filePath(QStringLiteral("chosen"));
    files()->setSaveFileDialog([&](QWidget *, const QString &, const QString &suggested, const QString &filter) {
        asked << suggested;
        EXPECT_TRUE(filter.contains(QLatin1String("*.orgplan")));
        return plan;
    });
    EXPECT_EQ(files()->suggestedSavePath(), m_dir.filePath(QStringLiteral("Team Org.v2.orgplan")));
    // The shortcut triggers Save As (through the window's shortcut map).
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
    QTest::keyClick(target, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.front(), m_dir.filePath(QStringLiteral("Team Org.v2.orgplan")));
    EXPECT_TRUE(QFileInfo::exists(plan + QStringLiteral(".orgplan")));
    EXPECT_EQ(doc()->location(), plan + QStringLiteral(".orgplan"));

    // A saved plan: its own file.
    saveAs->trigger();
    ASSERT_EQ(asked.size(), 2);
    EXPECT_EQ(asked.back(), plan + QStringLiteral(".orgplan"));

    // A new plan: the folder last used.
    action("actionNew")->trigger();
    EXPECT_EQ(files()->suggestedSavePath(), QFileInfo(plan).absolutePath());
}

TEST_F(FileMemory, APlanReopensInTheScenarioLastUsed)
{
    QString error;
    ASSERT_TRUE(window->openFile(writeCsv(QStringLiteral("org.csv")), false, &error)) << error.toStdString();
    ASSERT_TRUE(doc()->duplicateScenario(QString(), QStringLiteral("Reorg A"), &error)) << error.toStdString();
    ASSERT_TRUE(doc()->duplicateScenario(QString(), QStringLiteral("Reorg B"), &error)) << error.toStdString();
    ASSERT_TRUE(doc()->switchScenario(QStringLiteral("Reorg A")));
    const QString plan = m_dir.filePath(QStringLiteral("plan.orgplan"));
    files()->setSaveFileDialog([&](QWidget *, const QString &, const QString &, const QString &) { return plan; });
    ASSERT_TRUE(files()->saveAs());
    const QString first = doc()->scenarioNames().front();

    newWindow();
    ASSERT_TRUE(window->openFile(plan, false, &error)) << error.toStdString();
    EXPECT_EQ(doc()->currentScenarioName(), QStringLiteral("Reorg A"));

    // A switch alone (no edit, nothing to save) is remembered when the plan closes.
    ASSERT_TRUE(doc()->switchScenario(QStringLiteral("Reorg B")));
    ASSERT_FALSE(doc()->isModified()); // else closing would ask to save
    window->close();
    newWindow();
    ASSERT_TRUE(window->openFile(plan, false, &error)) << error.toStdString();
    EXPECT_EQ(doc()->currentScenarioName(), QStringLiteral("Reorg B"));

    // Back in the first scenario: nothing remembered, the plan opens in its first.
    ASSERT_TRUE(doc()->switchScenario(first));
    ASSERT_TRUE(files()->save());
    EXPECT_EQ(FileController::lastScenario(doc()->location()), QString());
    newWindow();
    ASSERT_TRUE(window->openFile(plan, false, &error)) << error.toStdString();
    EXPECT_EQ(doc()->currentScenarioName(), first);

    // A remembered scenario that no longer exists: the first one.
    ASSERT_TRUE(doc()->switchScenario(QStringLiteral("Reorg B")));
    ASSERT_TRUE(files()->save());
    EXPECT_EQ(FileController::lastScenario(doc()->location()), QStringLiteral("Reorg B"));
    ASSERT_TRUE(doc()->switchScenario(first));
    ASSERT_TRUE(doc()->deleteScenario(QStringLiteral("Reorg B")));
    // Saved without remembering (as another user of a shared plan would).
    ASSERT_TRUE(doc()->save(&error)) << error.toStdString();
    EXPECT_EQ(FileController::lastScenario(doc()->location()), QStringLiteral("Reorg B"));
    newWindow();
    ASSERT_TRUE(window->openFile(plan, false, &error)) << error.toStdString();
    EXPECT_EQ(doc()->currentScenarioName(), first);
}
