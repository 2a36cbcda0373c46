// SPDX-License-Identifier: MIT
// File → Apply changes…: a change file is previewed like the compare view, OK applies
// it as one undo step through Document::applyChanges, Cancel and bad files change nothing.
#include "applychangesdialog.h"
#include "chartscene.h"
#include "comparechart.h"
#include "edit/document.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace org;
using namespace org::ui;

namespace {

class ApplyChanges : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = std::make_unique<MainWindow>();
        window->resize(1200, 800);
        QString error;
        ASSERT_TRUE(window->openFile(QStringLiteral(ORG_SAMPLES "/sample_org.csv"), false, &error))
            << error.toStdString();
        ASSERT_TRUE(dir.isValid());
    }
    Document *doc() const { return window->document(); }
    QString write(const QString &name, const QByteArray &text) const
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return path;
    }
    QString managerOf(const QString &id) const
    {
        const Org::Vertex m = doc()->org().manager(doc()->find(id));
        return m == Org::npos ? QString() : doc()->org().position(m).id;
    }
    QString roleOf(const QString &id) const { return doc()->org().position(doc()->find(id)).role; }
    /// Runs `fn` on the dialog once it is up (run() opens it modally).
    void onDialog(std::function<void(ApplyChangesDialog *)> fn)
    {
        QTimer::singleShot(0, window.get(), [fn] {
            auto *d = qobject_cast<ApplyChangesDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(d, nullptr);
            fn(d);
        });
    }

    std::unique_ptr<MainWindow> window;
    QTemporaryDir dir;
};

const QByteArray kReorg = "id,manager_id,role\n"
                          "T005,T003,\n"       // moved, keeps its role
                          "T006,T001,tech_director\n"
                          "N001,T003,engineer\n"; // new

} // namespace

TEST_F(ApplyChanges, TheFileMenuOffersIt)
{
    QAction *action = window->findChild<QAction *>(QStringLiteral("actionApplyChanges"));
    ASSERT_NE(action, nullptr);
    bool inFileMenu = false;
    for (QAction *menu : window->menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(action))
            inFileMenu = menu->menu()->actions().contains(window->findChild<QAction *>(QStringLiteral("actionImport")));
    EXPECT_TRUE(inFileMenu);
}

TEST_F(ApplyChanges, PreviewMarksTheChangesAndTouchesNothing)
{
    const int size = doc()->org().size();
    const int steps = doc()->undoStack()->count();
    ApplyChangesDialog d(doc());
    ASSERT_TRUE(d.setFile(write(QStringLiteral("reorg.csv"), kReorg))) << d.errorText().toStdString();
    EXPECT_EQ(d.changes().size(), 3u);
    EXPECT_TRUE(d.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_TRUE(d.summary().contains(QStringLiteral("3 row"))) << d.summary().toStdString();
    // T005 and T006 change managers; T006 also its role.
    EXPECT_TRUE(d.summary().contains(QStringLiteral("2 moved"))) << d.summary().toStdString();
    EXPECT_TRUE(d.summary().contains(QStringLiteral("1 with another role"))) << d.summary().toStdString();
    EXPECT_TRUE(d.summary().contains(QStringLiteral("1 new"))) << d.summary().toStdString();
    // The chart is the org after the changes, marked as the compare view marks them.
    ChartScene *scene = d.compareChart()->scene();
    const auto &marks = scene->highlights();
    ASSERT_TRUE(marks.contains(QStringLiteral("T005")));
    EXPECT_TRUE(marks.value(QStringLiteral("T005")).changes.testFlag(CardChange::Moved));
    ASSERT_TRUE(marks.contains(QStringLiteral("N001")));
    EXPECT_TRUE(marks.value(QStringLiteral("N001")).changes.testFlag(CardChange::Added));
    EXPECT_TRUE(marks.value(QStringLiteral("T006")).changes.testFlag(CardChange::RoleChanged));
    EXPECT_FALSE(marks.contains(QStringLiteral("T004")));
    const Org &shown = scene->document()->org();
    EXPECT_EQ(shown.position(shown.manager(shown.find(QStringLiteral("T005")))).id, QStringLiteral("T003"));
    // The plan itself is as it was.
    EXPECT_EQ(doc()->org().size(), size);
    EXPECT_EQ(managerOf(QStringLiteral("T005")), QStringLiteral("T002"));
    EXPECT_EQ(doc()->undoStack()->count(), steps);
}

TEST_F(ApplyChanges, OkAppliesAsOneUndoStep)
{
    const int size = doc()->org().size();
    const int steps = doc()->undoStack()->count();
    onDialog([](ApplyChangesDialog *d) { d->buttons()->button(QDialogButtonBox::Ok)->click(); });
    EXPECT_TRUE(ApplyChangesDialog::run(doc(), write(QStringLiteral("reorg.csv"), kReorg), window.get()));
    EXPECT_EQ(managerOf(QStringLiteral("T005")), QStringLiteral("T003"));
    EXPECT_EQ(roleOf(QStringLiteral("T005")), QStringLiteral("architect"));
    EXPECT_EQ(managerOf(QStringLiteral("T006")), QStringLiteral("T001"));
    EXPECT_EQ(roleOf(QStringLiteral("T006")), QStringLiteral("tech_director"));
    EXPECT_EQ(managerOf(QStringLiteral("N001")), QStringLiteral("T003"));
    EXPECT_EQ(doc()->org().size(), size + 1);
    EXPECT_EQ(doc()->undoStack()->count(), steps + 1);
    doc()->undoStack()->undo();
    EXPECT_EQ(managerOf(QStringLiteral("T005")), QStringLiteral("T002"));
    EXPECT_EQ(managerOf(QStringLiteral("T006")), QStringLiteral("T002"));
    EXPECT_EQ(roleOf(QStringLiteral("T006")), QStringLiteral("tech_manager"));
    EXPECT_EQ(doc()->find(QStringLiteral("N001")), Org::npos);
    EXPECT_EQ(doc()->org().size(), size);
}

TEST_F(ApplyChanges, CancelChangesNothing)
{
    const int steps = doc()->undoStack()->count();
    onDialog([](ApplyChangesDialog *d) { d->buttons()->button(QDialogButtonBox::Cancel)->click(); });
    EXPECT_FALSE(ApplyChangesDialog::run(doc(), write(QStringLiteral("reorg.csv"), kReorg), window.get()));
    EXPECT_EQ(managerOf(QStringLiteral("T005")), QStringLiteral("T002"));
    EXPECT_EQ(doc()->find(QStringLiteral("N001")), Org::npos);
    EXPECT_EQ(doc()->undoStack()->count(), steps);
}

TEST_F(ApplyChanges, AnUnknownManagerNamesFileLineAndCulpritAndChangesNothing)
{
    const int steps = doc()->undoStack()->count();
    const QString path = write(QStringLiteral("bad.csv"), "id,manager_id\nT005,T003\nT006,NOPE42\n");
    {
        ApplyChangesDialog d(doc());
        EXPECT_FALSE(d.setFile(path));
        const QString e = d.errorText();
        EXPECT_TRUE(e.startsWith(path + QStringLiteral(":3:"))) << e.toStdString();
        EXPECT_TRUE(e.contains(QStringLiteral("NOPE42"))) << e.toStdString();
        EXPECT_FALSE(d.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        EXPECT_EQ(d.findChild<QLabel *>(QStringLiteral("applyError"))->text(), e);
        EXPECT_TRUE(d.changes().empty());
    }
    // Through the menu's path: even an OK (forced) applies nothing.
    onDialog([](ApplyChangesDialog *d) { d->accept(); });
    EXPECT_FALSE(ApplyChangesDialog::run(doc(), path, window.get()));
    EXPECT_EQ(managerOf(QStringLiteral("T005")), QStringLiteral("T002"));
    EXPECT_EQ(doc()->undoStack()->count(), steps);
}

TEST_F(ApplyChanges, ACycleAndAnUnreadableFileAreRefused)
{
    ApplyChangesDialog d(doc());
    // T002 under its own report T005: a reporting cycle.
    const QString cycle = write(QStringLiteral("cycle.csv"), "id,manager_id\nT002,T005\n");
    EXPECT_FALSE(d.setFile(cycle));
    EXPECT_TRUE(d.errorText().startsWith(cycle + QStringLiteral(":2:"))) << d.errorText().toStdString();
    EXPECT_TRUE(d.errorText().contains(QStringLiteral("T002"))) << d.errorText().toStdString();
    // No id column.
    const QString noId = write(QStringLiteral("noid.csv"), "manager_id,role\nT001,engineer\n");
    EXPECT_FALSE(d.setFile(noId));
    EXPECT_TRUE(d.errorText().startsWith(noId)) << d.errorText().toStdString();
    EXPECT_EQ(managerOf(QStringLiteral("T002")), QStringLiteral("T001"));
}
