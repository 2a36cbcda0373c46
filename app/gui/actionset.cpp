// SPDX-License-Identifier: MIT
#include "actionset.h"

#include "mainwindow.h" // MainWindow::tr: the texts keep their translation context

#include "i18n/language.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace org::ui {

namespace {

QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

/// One action: object name, shortcut, theme icon (with a fallback) and whether it is checkable.
struct Spec
{
    const char *name;
    QKeySequence shortcut;
    const char *icon = nullptr;
    QStyle::StandardPixmap fallback = QStyle::SP_CustomBase;
    bool checkable = false;
};

} // namespace

ActionSet::ActionSet(QWidget *parent) : QObject(parent)
{
    using S = QStyle;
    const Spec specs[] = {
        {"actionNew", QKeySequence::New, "document-new", S::SP_FileIcon},
        {"actionOpen", QKeySequence::Open, "document-open", S::SP_DialogOpenButton},
        {"actionSave", QKeySequence::Save, "document-save", S::SP_DialogSaveButton},
        // Explicit: QKeySequence::SaveAs is empty on some platforms (KDE, Windows).
        {"actionSaveAs", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {"actionImport", QKeySequence(Qt::CTRL | Qt::Key_I), "document-import", S::SP_ArrowDown},
        {"actionApplyChanges", {}},
        {"actionExportCsv", {}},
        {"actionExportChart", QKeySequence(Qt::CTRL | Qt::Key_E), "document-export", S::SP_ArrowUp},
        {"actionPrint", QKeySequence::Print, "document-print", S::SP_ComputerIcon},
        {"actionPrintPreview", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), "document-print-preview",
         S::SP_FileDialogContentsView},
        {"actionQuit", QKeySequence::Quit},
        {"actionAddReport", QKeySequence(Qt::Key_Insert), "list-add", S::SP_FileDialogNewFolder},
        {"actionAddOpen", QKeySequence(Qt::SHIFT | Qt::Key_Insert)},
        {"actionEditSelection", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
        {"actionMovesCarryTeam", {}, nullptr, S::SP_CustomBase, true},
        {"actionFill", QKeySequence(Qt::CTRL | Qt::Key_Return)},
        {"actionDelete", QKeySequence::Delete, "edit-delete", S::SP_TrashIcon},
        {"actionDeleteSubtree", QKeySequence(Qt::SHIFT | Qt::Key_Delete)},
        {"actionRename", QKeySequence(Qt::Key_F2)},
        {"actionInsertManagerAbove", {}},
        {"actionSplitTeam", {}},
        {"actionFixAllErrors", {}},
        {"actionAddDotted", {}},
        {"actionRemoveDotted", {}},
        {"actionRuleSettings", {}},
        {"actionNewScenario", {}},
        {"actionDuplicateScenario", {}, "edit-copy", S::SP_FileDialogNewFolder},
        {"actionRenameScenario", {}},
        {"actionDeleteScenario", {}},
        {"actionCompareScenarios", {}, "view-list-details", S::SP_FileDialogDetailedView},
        {"actionRoleDesigner", {}},
        {"actionAssistant", {}, nullptr, S::SP_CustomBase, true},
        {"actionSelectAll", QKeySequence::SelectAll},
        {"actionFind", QKeySequence::Find, "edit-find", S::SP_FileDialogContentsView},
        {"actionZoomIn", QKeySequence::ZoomIn, "zoom-in", S::SP_ArrowUp},
        {"actionZoomOut", QKeySequence::ZoomOut, "zoom-out", S::SP_ArrowDown},
        {"actionFit", QKeySequence(Qt::CTRL | Qt::Key_0), "zoom-fit-best", S::SP_TitleBarMaxButton},
        {"actionActualSize", QKeySequence(Qt::CTRL | Qt::Key_1), "zoom-original", S::SP_TitleBarNormalButton},
        {"actionLeftRight", QKeySequence(Qt::CTRL | Qt::Key_L), nullptr, S::SP_CustomBase, true},
        {"actionCompact", QKeySequence(Qt::CTRL | Qt::Key_K), nullptr, S::SP_CustomBase, true},
        {"actionCollapse", QKeySequence(Qt::Key_Space)},
        {"actionExpandAll", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space)},
        {"actionMinimap", QKeySequence(Qt::CTRL | Qt::Key_M), nullptr, S::SP_CustomBase, true},
        {"actionAbout", {}},
    };
    for (const Spec &s : specs)
        make(s.name, s.shortcut, s.icon ? themed(s.icon, s.fallback) : QIcon(), s.checkable);
    get("actionZoomIn")->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    get("actionMinimap")->setChecked(true);

    // Undo and redo: texts and state come from the UndoController.
    make("actionUndo", QKeySequence(Qt::CTRL | Qt::Key_Z), themed("edit-undo", QStyle::SP_ArrowBack));
    make("actionRedo", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), themed("edit-redo", QStyle::SP_ArrowForward))
        ->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_languageGroup = new QActionGroup(this);
    for (const QString &lang : org::supportedLanguages()) {
        auto *a = new QAction(lang == QLatin1String("zh_CN") ? QStringLiteral("简体中文") : QStringLiteral("English"),
                              m_languageGroup);
        a->setObjectName(QStringLiteral("actionLanguage_") + lang);
        a->setData(lang);
        a->setCheckable(true);
        a->setChecked(lang == org::language());
        m_actions.insert(a->objectName(), a);
    }
}

QAction *ActionSet::make(const char *name, const QKeySequence &shortcut, const QIcon &icon, bool checkable)
{
    auto *a = new QAction(icon, QString(), this);
    a->setObjectName(QString::fromLatin1(name));
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    a->setCheckable(checkable);
    m_actions.insert(a->objectName(), a);
    return a;
}

void ActionSet::buildMenus(QMenuBar *bar, const QList<QDockWidget *> &docks)
{
    auto add = [this](QMenu *menu, std::initializer_list<const char *> names) {
        for (const char *n : names) {
            if (n)
                menu->addAction(get(n));
            else
                menu->addSeparator();
        }
    };
    m_fileMenu = bar->addMenu(QString());
    add(m_fileMenu, {"actionNew", "actionOpen"});
    m_recentMenu = m_fileMenu->addMenu(QString());
    add(m_fileMenu, {"actionSave", "actionSaveAs", nullptr, "actionImport", "actionApplyChanges", "actionExportCsv", "actionExportChart",
                     nullptr, "actionPrintPreview", "actionPrint", nullptr, "actionQuit"});
    m_editMenu = bar->addMenu(QString());
    add(m_editMenu, {"actionUndo", "actionRedo", nullptr, "actionAddReport", "actionAddOpen", "actionFill",
                     "actionRename", "actionEditSelection", "actionDelete", "actionDeleteSubtree", nullptr,
                     "actionInsertManagerAbove", "actionSplitTeam", "actionFixAllErrors", nullptr,
                     "actionMovesCarryTeam", nullptr, "actionAddDotted",
                     "actionRemoveDotted", "actionAssistant", nullptr, "actionSelectAll", "actionFind", nullptr,
                     "actionRoleDesigner", "actionRuleSettings"});
    m_scenarioMenu = bar->addMenu(QString());
    add(m_scenarioMenu, {"actionNewScenario", "actionDuplicateScenario", "actionRenameScenario",
                         "actionDeleteScenario", nullptr, "actionCompareScenarios"});
    m_viewMenu = bar->addMenu(QString());
    add(m_viewMenu, {"actionZoomIn", "actionZoomOut", "actionFit", "actionActualSize", nullptr, "actionLeftRight",
                     "actionCompact", "actionCollapse", "actionExpandAll", "actionMinimap", nullptr});
    m_panelsMenu = m_viewMenu->addMenu(QString());
    for (QDockWidget *d : docks)
        m_panelsMenu->addAction(d->toggleViewAction());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addAction(get("actionAbout"));
}

void ActionSet::buildToolBar(QToolBar *bar, QWidget *scenarioLabel, QWidget *scenarioCombo, QWidget *search)
{
    m_toolBar = bar;
    for (const char *n : {"actionNew", "actionOpen", "actionSave", "", "actionUndo", "actionRedo", "",
                          "actionAddReport", "actionDelete", "", "actionZoomOut", "actionZoomIn", "actionFit", "",
                          "actionExportChart", "actionPrintPreview", ""}) {
        if (*n)
            bar->addAction(get(n));
        else
            bar->addSeparator();
    }
    bar->addWidget(scenarioLabel);
    bar->addWidget(scenarioCombo);
    bar->addActions({get("actionDuplicateScenario"), get("actionCompareScenarios")});
    bar->addSeparator();
    bar->addWidget(search);
}

QMenu *ActionSet::buildContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->addActions({get("actionAddReport"), get("actionAddOpen"), get("actionFill"), get("actionRename"),
                      get("actionEditSelection")});
    menu->addSeparator();
    menu->addActions({get("actionInsertManagerAbove"), get("actionSplitTeam")});
    menu->addSeparator();
    menu->addActions({get("actionAddDotted"), get("actionRemoveDotted"), get("actionAssistant"), get("actionCollapse")});
    menu->addSeparator();
    menu->addActions({get("actionDelete"), get("actionDeleteSubtree")});
    return menu;
}

void ActionSet::retranslate()
{
    auto set = [this](const char *name, const QString &text, const QString &tip = {}) {
        QAction *a = get(name);
        a->setText(text);
        a->setStatusTip(tip);
        QString plain = text;
        plain.remove(QLatin1Char('&'));
        a->setToolTip(a->shortcut().isEmpty() ? plain
                                              : plain + QStringLiteral(" (") + a->shortcut().toString(QKeySequence::NativeText)
                                                    + QLatin1Char(')'));
    };
    set("actionNew", MainWindow::tr("&New"), MainWindow::tr("Start an empty plan"));
    set("actionOpen", MainWindow::tr("&Open…"), MainWindow::tr("Open a plan, CSV or Excel file"));
    set("actionSave", MainWindow::tr("&Save"), MainWindow::tr("Save the plan"));
    set("actionSaveAs", MainWindow::tr("Save &As…"), MainWindow::tr("Save the plan under a new name"));
    set("actionImport", MainWindow::tr("&Import CSV or Excel…"), MainWindow::tr("Import an org with a preview of columns and errors"));
    set("actionApplyChanges", MainWindow::tr("Appl&y Changes…"),
        MainWindow::tr("Apply a change file (CSV: id, manager_id, role, team, product_line, name) with a preview"));
    set("actionExportCsv", MainWindow::tr("Export &CSV…"), MainWindow::tr("Write the positions as CSV"));
    set("actionExportChart", MainWindow::tr("&Export Chart…"), MainWindow::tr("Export the chart as PNG, SVG or PDF"));
    set("actionPrint", MainWindow::tr("&Print…"));
    set("actionPrintPreview", MainWindow::tr("Print Pre&view…"));
    set("actionQuit", MainWindow::tr("&Quit"));
    set("actionAddReport", MainWindow::tr("Add &Report…"), MainWindow::tr("Add a position reporting to the selected one: role, title and name"));
    set("actionEditSelection", MainWindow::tr("&Edit Selection…"), MainWindow::tr("Set team, product line or role of the selected positions"));
    set("actionMovesCarryTeam", MainWindow::tr("&Moves Carry Team and Product Line"),
        MainWindow::tr("A moved position that shared its manager's team takes the new manager's team and product line"));
    set("actionAddOpen", MainWindow::tr("Add &Open Position"), MainWindow::tr("Add an open position under the selected position"));
    set("actionFill", MainWindow::tr("&Fill Open Position…"), MainWindow::tr("Give the open position a person's name"));
    set("actionDelete", MainWindow::tr("&Delete"), MainWindow::tr("Delete the selected positions; their reports move up"));
    set("actionDeleteSubtree", MainWindow::tr("Delete with &Reports"), MainWindow::tr("Delete the selected positions and everyone below them"));
    set("actionRename", MainWindow::tr("Re&name"), MainWindow::tr("Edit the name on the card"));
    set("actionInsertManagerAbove", MainWindow::tr("&Insert Manager Above…"),
        MainWindow::tr("Insert an open position between the selected position and its manager"));
    set("actionSplitTeam", MainWindow::tr("S&plit Team…"),
        MainWindow::tr("Move half of the direct reports under a new open manager, as a team of their own"));
    set("actionFixAllErrors", MainWindow::tr("Fi&x All Errors…"),
        MainWindow::tr("List every fix that repairs an error, then apply them as one step"));
    set("actionAddDotted", MainWindow::tr("Add Dotted-Line &Report…"), MainWindow::tr("Add a dotted-line report (matrix or technical partner)"));
    set("actionRemoveDotted", MainWindow::tr("Remove Dotted-Line Report…"));
    set("actionAssistant", MainWindow::tr("&Assistant"), MainWindow::tr("Mark the position as its manager's assistant"));
    set("actionSelectAll", MainWindow::tr("Select &All"));
    set("actionNewScenario", MainWindow::tr("&New Scenario…"), MainWindow::tr("Add a scenario with an empty org"));
    set("actionDuplicateScenario", MainWindow::tr("&Duplicate Scenario…"), MainWindow::tr("Copy the current scenario under a new name"));
    set("actionRenameScenario", MainWindow::tr("&Rename Scenario…"));
    set("actionDeleteScenario", MainWindow::tr("De&lete Scenario"), MainWindow::tr("Delete the current scenario (clears the undo history)"));
    set("actionCompareScenarios", MainWindow::tr("&Compare Scenarios…"), MainWindow::tr("List what changed between two scenarios"));
    set("actionRoleDesigner", MainWindow::tr("R&ole Designer…"), MainWindow::tr("Add and edit roles: names, rank, colour, cost and duties"));
    set("actionRuleSettings", MainWindow::tr("R&ule Settings…"), MainWindow::tr("Switch rules on or off and change their thresholds"));
    set("actionFind", MainWindow::tr("&Find…"));
    set("actionZoomIn", MainWindow::tr("Zoom &In"));
    set("actionZoomOut", MainWindow::tr("Zoom &Out"));
    set("actionFit", MainWindow::tr("&Fit to Window"));
    set("actionActualSize", MainWindow::tr("&Actual Size"));
    set("actionLeftRight", MainWindow::tr("&Left to Right"), MainWindow::tr("Managers left of their reports instead of above"));
    set("actionCompact", MainWindow::tr("&Compact Layout"), MainWindow::tr("Stack leaf reports in columns"));
    set("actionCollapse", MainWindow::tr("C&ollapse / Expand"), MainWindow::tr("Hide or show the reports of the selected position"));
    set("actionExpandAll", MainWindow::tr("E&xpand All"));
    set("actionMinimap", MainWindow::tr("&Minimap"));
    set("actionAbout", MainWindow::tr("&About OrgDesigner"));

    if (!m_fileMenu)
        return;
    m_fileMenu->setTitle(MainWindow::tr("&File"));
    m_recentMenu->setTitle(MainWindow::tr("Open &Recent"));
    m_editMenu->setTitle(MainWindow::tr("&Edit"));
    m_viewMenu->setTitle(MainWindow::tr("&View"));
    m_scenarioMenu->setTitle(MainWindow::tr("&Scenario"));
    m_panelsMenu->setTitle(MainWindow::tr("&Panels"));
    m_languageMenu->setTitle(MainWindow::tr("&Language"));
    m_helpMenu->setTitle(MainWindow::tr("&Help"));
    if (m_toolBar)
        m_toolBar->setWindowTitle(MainWindow::tr("Main toolbar"));
}

} // namespace org::ui
