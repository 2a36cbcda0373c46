// SPDX-License-Identifier: MIT
// The fixture the GUI suites share: a main window on screen, a scratch folder
// for the files it opens, and the few steps every suite takes the same way.
#pragma once

#include "edit/document.h"
#include "mainwindow.h"

#include <QByteArray>
#include <QPoint>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <ostream>
#include <string>

class QDialog;

QT_BEGIN_NAMESPACE
/// Readable QStrings in GoogleTest's failure messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace org::ui::test {

/// Base of the GUI fixtures. SetUp() checks the scratch folder and shows a
/// 1400×900 main window with the chart's animation off; a suite that wants
/// another window calls showWindow() itself. The window is destroyed in TearDown().
class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override { window.reset(); }

    /// Creates and shows the main window and waits until it is exposed.
    void showWindow(QSize size = QSize(1400, 900), bool animated = false);
    /// Writes `bytes` to `name` in the scratch folder and returns its path.
    QString writeFile(const QString &name, const QByteArray &bytes);
    /// Opens `path` in the window (a fatal failure if it cannot) and settles.
    void openFile(const QString &path);
    /// Writes `csv` to org.csv in the scratch folder and opens it.
    void openCsv(const QByteArray &csv) { openFile(writeFile(QStringLiteral("org.csv"), csv)); }
    /// Lets pending events run and the chart lay itself out.
    virtual void settle();
    /// Where the centre of the card `id` is in the chart view's viewport.
    QPoint viewPos(const QString &id) const;
    /// Presses the left button on card `from` and moves in six steps onto card `to`
    /// (a drag in flight); returns the viewport to release on.
    QWidget *pressAndMoveOnto(const QString &from, const QString &to, Qt::KeyboardModifiers mods = {});
    /// A whole drag of card `from` onto card `to`: released where `to` is then (the
    /// view may scroll while a card is dragged), then settles. Returns where it released.
    QPoint dragCard(const QString &from, const QString &to, Qt::KeyboardModifiers mods = {});
    Document *doc() const { return window->document(); }
    /// The id of `id`'s manager, empty for a root.
    QString managerOf(const QString &id) const;
    /// How many rows of the problems panel show the rule named `ruleName`.
    int problemModelRows(const QString &ruleName) const;
    /// "Headcount: N · Open positions: M" as a full scan of the org counts them (the
    /// status bar's text starts with it).
    QString expectedStatusCounts() const;
    /// The manager the people list shows for `id`.
    QString managerInPeopleList(const QString &id) const;
    /// The chart's layout (incrementally kept) against a full TreeLayout of the org with
    /// the scene's options, within 1e-6 px; every shown card is found where it is drawn
    /// (the chart index followed). Fatal failures name `what`.
    void expectFullLayout(const std::string &what) const;
    /// Triggers an action that opens a modal dialog and runs `fill` on the dialog
    /// once it is up; expects the dialog to have come.
    void withDialog(const QString &actionName, const std::function<void(QDialog *)> &fill);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> window;
};

} // namespace org::ui::test
