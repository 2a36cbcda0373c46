// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "actionset.h"
#include "applychangesdialog.h"
#include "chartscene.h"
#include "chartview.h"
#include "dashboard.h"
#include "docks.h"
#include "edit/document.h"
#include "editactions.h"
#include "exportdialog.h"
#include "filecontroller.h"
#include "fixactions.h"
#include "fixpreview.h"
#include "historyview.h"
#include "i18n/language.h"
#include "languagechange.h"
#include "peopledock.h"
#include "peoplemodel.h"
#include "problemmodel.h"
#include "problemsdock.h"
#include "propertypanel.h"
#include "rolepalette.h"
#include "rules/stats.h"
#include "scenariobar.h"
#include "undocontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace org::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_doc(new Document(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_scene = new ChartScene(m_doc, this);
    m_view = new ChartView(m_scene, this);
    m_view->setObjectName(QStringLiteral("chartView"));
    // The chart, and in its place while a fix is hovered, the fix's preview.
    auto *centre = new QStackedWidget(this);
    centre->setObjectName(QStringLiteral("chartStack"));
    m_fixPreview = new FixPreview(m_doc, centre);
    centre->addWidget(m_view);
    centre->addWidget(m_fixPreview);
    setCentralWidget(centre);

    m_actions = new ActionSet(this);
    createDocks();
    m_actions->buildMenus(menuBar(), {m_peopleDock, m_rolesDock, m_propertiesDock, m_problemsDock, m_dashboardDock,
                                      m_forecastDock, m_historyDock});
    m_files = new FileController(m_doc, this, m_actions->recentMenu());
    m_edits = new EditActions(m_doc, m_scene, m_view, this);
    m_fixes = new FixActions(m_doc, m_view, m_fixPreview, centre, this);
    m_scenarios = new ScenarioBar(m_doc, this, m_actions->get("actionDeleteScenario"),
                                  m_actions->get("actionCompareScenarios"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("chartSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    m_search->setMinimumWidth(180);
    QToolBar *toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_actions->buildToolBar(toolBar, m_scenarios->label(), m_scenarios->combo(), m_search);
    addAsOfControl(toolBar);
    m_view->setContextMenu(m_actions->buildContextMenu(this));
    // The chart's shortcuts work while the chart has the focus.
    m_view->addActions({m_actions->get("actionDelete"), m_actions->get("actionRename"), m_actions->get("actionCollapse")});
    connectActions();
    m_undoController = new UndoController(m_doc, m_actions->get("actionUndo"), m_actions->get("actionRedo"),
                                          m_undoView, this);

    m_headcountLabel = new QLabel(this);
    m_openLabel = new QLabel(this);
    m_errorsLabel = new QLabel(this);
    m_warningsLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    for (QLabel *l : {m_headcountLabel, m_openLabel, m_errorsLabel, m_warningsLabel, m_zoomLabel})
        statusBar()->addPermanentWidget(l);

    const auto showMessage = [this](const QString &text, int ms) { statusBar()->showMessage(text, ms); };
    connect(m_files, &FileController::statusMessage, this, showMessage);
    connect(m_files, &FileController::error, this, &MainWindow::reportError);
    connect(m_edits, &EditActions::error, this, &MainWindow::reportError);
    connect(m_fixes, &FixActions::error, this, &MainWindow::reportError);
    connect(m_fixes, &FixActions::statusMessage, this, showMessage);
    connect(m_problemsDock, &ProblemsDock::fixRequested, m_fixes,
            [this](int index, const QPoint &at) { m_fixes->popupFixes({std::size_t(index)}, at); });
    connect(m_problemsDock, &ProblemsDock::fixAllRequested, m_fixes, &FixActions::fixAllErrors);
    connect(m_view, &ChartView::badgeClicked, m_fixes,
            [this](const QString &id, const QPoint &at) { m_fixes->popupFixes(m_fixes->problemsAt(id), at); });
    connect(m_scenarios, &ScenarioBar::error, this, &MainWindow::reportError);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!search(m_search->text()) && !m_search->text().isEmpty())
            statusBar()->showMessage(tr("No position matches \"%1\".").arg(m_search->text()), 5000);
    });
    connect(m_scene, &ChartScene::selectionChanged, this, [this] {
        m_properties->setPosition(m_scene->currentId(), int(m_scene->selectedIds().size()));
        m_peopleDock->syncFromScene();
        updateActions();
    });
    connect(m_view, &ChartView::refused, this, [this](const QString &why) { statusBar()->showMessage(why, 8000); });
    connect(m_view, &ChartView::zoomChanged, this, [this] { updateZoomStatus(); });
    connect(m_properties, &PropertyPanel::refused, this, &MainWindow::reportError);
    connect(m_properties, &PropertyPanel::addDottedLineRequested, m_edits, &EditActions::addDottedLine);
    connect(m_doc, &Document::problemsChanged, this, [this] { updateStatus(); });
    connect(m_doc, &Document::orgReset, this, [this] {
        m_headcountStale = true;
        updateStatus();
        updateActions();
        QTimer::singleShot(0, m_view, [this] { m_view->showOpened(); });
    });
    // Every edit step ends with problemsChanged(), which updates the status bar:
    // the position signals before it recount the positions they name (a removal
    // shifts the vertices: one recount of the org).
    connect(m_doc, &Document::positionRemoved, this, [this] { m_headcountStale = true; });
    connect(m_doc, &Document::positionAdded, this, [this](const QString &id) { countPosition(id); });
    connect(m_doc, &Document::positionChanged, this, [this](const QString &id) {
        countPosition(id);
        updateActions();
    });
    connect(m_doc, &Document::positionsChanged, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            countPosition(id);
        updateActions();
    });
    connect(m_doc, &Document::modifiedChanged, this, [this] { updateTitle(); });
    connect(m_doc, &Document::locationChanged, this, [this] { updateTitle(); });
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, [this] { updateActions(); });

    readSettings();
    retranslateUi();
    onLanguageChange(this, [this] { retranslateUi(); });
}

MainWindow::~MainWindow()
{
    // The Document (a child) outlives this object's members: stop its signals first.
    m_doc->undoStack()->disconnect(this);
    m_doc->disconnect(this);
    delete m_doc;
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions->get(name);
}

PeopleModel *MainWindow::peopleModel() const { return m_peopleDock->model(); }
QTableView *MainWindow::peopleView() const { return m_peopleDock->view(); }
QLineEdit *MainWindow::peopleFilterEdit() const { return m_peopleDock->filterEdit(); }
ProblemModel *MainWindow::problemModel() const { return m_problemsDock->model(); }
SeverityFilterModel *MainWindow::problemFilter() const { return m_problemsDock->filter(); }
QTableView *MainWindow::problemsView() const { return m_problemsDock->view(); }
QComboBox *MainWindow::scenarioCombo() const { return m_scenarios->combo(); }

bool MainWindow::openFile(const QString &path, bool interactive, QString *error)
{
    return m_files->openFile(path, interactive, error);
}

bool MainWindow::importWithPreview(const QString &path)
{
    return m_files->importWithPreview(path);
}

void MainWindow::connectActions()
{
    auto on = [this](const char *name, auto &&slot) { connect(m_actions->get(name), &QAction::triggered, this, slot); };
    on("actionNew", [this] { m_files->newPlan(); });
    on("actionOpen", [this] { m_files->openDialog(); });
    on("actionSave", [this] { m_files->save(); });
    on("actionSaveAs", [this] { m_files->saveAs(); });
    on("actionImport", [this] { m_files->importWithPreview(); });
    on("actionApplyChanges", [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Apply Changes"), QString(),
                                                          tr("Change files (*.csv *.txt);;All files (*)"));
        if (!file.isEmpty())
            ApplyChangesDialog::run(m_doc, file, this);
    });
    on("actionExportCsv", [this] { m_files->exportCsv(); });
    on("actionExportChart", [this] { exportChart(); });
    on("actionPrint", [this] { printChart(false); });
    on("actionPrintPreview", [this] { printChart(true); });
    on("actionQuit", [this] { close(); });
    on("actionAddReport", [this] { m_edits->addReport(); });
    on("actionAddOpen", [this] { m_edits->addOpenPosition(); });
    on("actionEditSelection", [this] { m_edits->editSelection(); });
    on("actionMovesCarryTeam", [this](bool checked) {
        m_doc->setMovesCarryTeam(checked);
        QSettings().setValue(QStringLiteral("edit/movesCarryTeam"), checked);
    });
    on("actionFill", [this] { m_edits->fillOpenPosition(); });
    on("actionDelete", [this] { m_edits->deleteSelected(false); });
    on("actionDeleteSubtree", [this] { m_edits->deleteSelected(true); });
    on("actionRename", [this] { m_view->editName(m_scene->currentId()); });
    on("actionAddDotted", [this] { m_edits->addDottedLine(); });
    on("actionInsertManagerAbove", [this] { m_fixes->insertManagerAbove(m_scene->currentId()); });
    on("actionSplitTeam", [this] { m_fixes->splitTeam(m_scene->currentId()); });
    on("actionFixAllErrors", [this] { m_fixes->fixAllErrors(); });
    on("actionRemoveDotted", [this] { m_edits->removeDottedLine(); });
    on("actionAssistant", [this](bool checked) { m_edits->setAssistant(checked); updateActions(); });
    on("actionSelectAll", [this] { m_edits->selectAll(); });
    on("actionRuleSettings", [this] { m_edits->editRuleSettings(); });
    on("actionRoleDesigner", [this] { m_edits->editRoles(); });
    on("actionNewScenario", [this] { m_scenarios->newScenario(false); });
    on("actionDuplicateScenario", [this] { m_scenarios->newScenario(true); });
    on("actionRenameScenario", [this] { m_scenarios->renameScenario(); });
    on("actionDeleteScenario", [this] { m_scenarios->deleteScenario(); });
    on("actionCompareScenarios", [this] { m_scenarios->compareScenarios(); });
    on("actionFind", [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    on("actionZoomIn", [this] { m_view->zoomIn(); });
    on("actionZoomOut", [this] { m_view->zoomOut(); });
    on("actionFit", [this] { m_view->fitToWindow(); });
    on("actionActualSize", [this] { m_view->actualSize(); });
    on("actionCollapse", [this] { toggleCollapse(); });
    on("actionExpandAll", [this] { m_scene->expandAll(); });
    on("actionAbout", [this] {
        QMessageBox::about(this, tr("About OrgDesigner"),
                           tr("<h3>OrgDesigner %1</h3><p>Design technical organisations: reporting lines, "
                              "roles, open positions and the rules of a healthy engineering ladder.</p>")
                               .arg(QStringLiteral(ORG_VERSION)));
    });
    connect(m_actions->get("actionLeftRight"), &QAction::toggled, this, [this](bool on) {
        m_scene->setOrientation(on ? Orientation::LeftRight : Orientation::TopDown);
        QTimer::singleShot(0, m_view, [this] { m_view->showStart(); });
    });
    connect(m_actions->get("actionCompact"), &QAction::toggled, this, [this](bool on) { m_scene->setCompact(on); });
    connect(m_actions->get("actionMinimap"), &QAction::toggled, m_view, &ChartView::setMinimapVisible);
    for (QAction *a : m_actions->languageGroup()->actions())
        connect(a, &QAction::triggered, this, [this, a] { setLanguage(a->data().toString()); });
}

void MainWindow::createDocks()
{
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    m_peopleDock = new PeopleDock(m_doc, m_scene, this);
    connect(m_peopleDock, &PeopleDock::positionActivated, m_view, [this](const QString &id) { m_view->centerOnId(id); });
    m_palette = new RolePalette(m_doc, this);
    m_rolesDock = addDock(this, m_palette, "rolesDock", Qt::LeftDockWidgetArea);
    m_properties = new PropertyPanel(m_doc, this);
    m_propertiesDock = addDock(this, m_properties, "propertiesDock", Qt::RightDockWidgetArea);
    // Each step appends or updates its rows (QUndoView's model resets on every step).
    m_undoView = new HistoryView(m_doc->undoStack(), this);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_historyDock = addDock(this, m_undoView, "historyDock", Qt::RightDockWidgetArea);
    m_problemsDock = new ProblemsDock(m_doc, this);
    connect(m_problemsDock, &ProblemsDock::positionActivated, m_view, [this](const QString &id) { m_view->centerOnId(id); });
    // Dashboard, a tab beside the problems.
    m_dashboard = new Dashboard(m_doc, this);
    m_dashboardDock = addDock(this, m_dashboard, "dashboardDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_problemsDock, m_dashboardDock);
    m_problemsDock->raise();
    connect(m_dashboard, &Dashboard::filterRequested, this, [this](const QString &text) {
        m_peopleDock->show();
        m_peopleDock->raise();
        m_peopleDock->filterEdit()->setText(text);
    });

    // The dashboard opens large: while its tab is up, the bottom area takes most
    // of the window's height (its charts need room to be read, and the chart and
    // the people list it filters stay in sight); the problems get their strip back.
    connect(m_dashboardDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_dashboardDock->isFloating())
            resizeDocks({m_dashboardDock}, {height() * 62 / 100}, Qt::Vertical);
    });
    connect(m_problemsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_problemsDock->isFloating() && !m_dashboardDock->isVisible())
            resizeDocks({m_problemsDock}, {200}, Qt::Vertical);
    });
    createTimeTools();
}

void MainWindow::defaultDockSizes()
{
    resizeDocks({m_peopleDock, m_propertiesDock}, {320, 300}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {200}, Qt::Vertical);
    resizeDocks({m_peopleDock, m_rolesDock}, {420, 220}, Qt::Vertical);
    resizeDocks({m_propertiesDock, m_historyDock}, {440, 180}, Qt::Vertical);
}

void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    m_scenarios->retranslate();
    m_peopleDock->retranslate();
    m_problemsDock->retranslate();
    m_search->setPlaceholderText(tr("Search people (Ctrl+F)"));
    m_rolesDock->setWindowTitle(tr("Roles"));
    m_propertiesDock->setWindowTitle(tr("Properties"));
    m_historyDock->setWindowTitle(tr("History"));
    m_dashboardDock->setWindowTitle(tr("Dashboard"));
    retranslateTimeTools();
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_undoController->retranslate();
    m_scene->setLanguage(org::language());
    m_palette->refresh();
    m_files->rebuildRecentMenu();
    updateStatus();
    updateTitle();
    updateActions();
}

void MainWindow::setLanguage(const QString &lang)
{
    if (!org::setLanguage(lang))
        return;
    QSettings().setValue(QStringLiteral("language"), lang);
    for (QAction *a : m_actions->languageGroup()->actions())
        a->setChecked(a->data().toString() == lang);
    // Passing messages were written in the old language: drop them.
    statusBar()->clearMessage();
    m_view->hideToast();
    // LanguageChange reaches every widget; make sure this window is current even
    // when no translator changed (English → English).
    retranslateUi();
}

void MainWindow::updateActions()
{
    const Org &org = m_doc->org();
    const QString cur = m_scene->currentId();
    const Org::Vertex v = cur.isEmpty() ? Org::npos : org.find(cur);
    const bool has = v != Org::npos;
    const bool any = !m_scene->selectedIds().isEmpty();
    action(QStringLiteral("actionAddOpen"))->setEnabled(has || org.isEmpty());
    m_actions->get("actionFill")->setEnabled(has && org.position(v).isOpen());
    m_actions->get("actionDelete")->setEnabled(any);
    m_actions->get("actionDeleteSubtree")->setEnabled(any);
    m_actions->get("actionRename")->setEnabled(has);
    m_actions->get("actionInsertManagerAbove")->setEnabled(has);
    m_actions->get("actionSplitTeam")->setEnabled(has && org.reportCount(v) >= 2);
    m_actions->get("actionEditSelection")->setEnabled(any);
    m_actions->get("actionAddDotted")->setEnabled(has && org.size() > 1);
    m_actions->get("actionRemoveDotted")->setEnabled(has && !org.dottedManagers(v).empty());
    QAction *assistant = m_actions->get("actionAssistant");
    assistant->setEnabled(has && org.manager(v) != Org::npos);
    assistant->setChecked(has && org.position(v).assistant);
    m_actions->get("actionCollapse")->setEnabled(has && org.reportCount(v) > 0);
    m_actions->get("actionSave")->setEnabled(true);
}
namespace {
/// What a position adds to the status bar's counts (MainWindow::m_counted).
std::uint8_t statusCounts(const Position &p)
{
    const bool counted = OrgStats::inHeadcount(p);
    return std::uint8_t(counted) | std::uint8_t(counted && p.isOpen() ? 2 : 0);
}
} // namespace

void MainWindow::countPosition(const QString &id)
{
    if (m_headcountStale)
        return;
    const Org &org = m_doc->org();
    const Org::Vertex v = m_counted.follow(org, id);
    if (v == Org::npos) { // the vertices shifted: recount all
        m_headcountStale = true;
        return;
    }
    const std::uint8_t was = m_counted[v];
    const std::uint8_t now = statusCounts(org.position(v));
    m_headcount += (now & 1) - (was & 1);
    m_openPositions += (now >> 1) - (was >> 1);
    m_counted[v] = now;
}

void MainWindow::updateStatus()
{
    const Org &org = m_doc->org();
    if (m_headcountStale || m_counted.size() != std::size_t(org.size())) {
        m_headcount = m_openPositions = 0;
        m_counted.assign(std::size_t(org.size()));
        for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
            m_counted[v] = statusCounts(org.position(v));
            m_headcount += m_counted[v] & 1;
            m_openPositions += m_counted[v] >> 1;
        }
        m_headcountStale = false;
    }
    // Kept edit by edit by the Document: no scan of 200,000 problems per drag.
    const std::array<int, 3> &counts = m_doc->problemCounts();
    const int errors = counts[std::size_t(Severity::Error)];
    const int warnings = counts[std::size_t(Severity::Warning)];
    m_headcountLabel->setText(tr("Headcount: %1").arg(m_headcount));
    m_openLabel->setText(tr("Open positions: %1").arg(m_openPositions));
    m_errorsLabel->setText(tr("Errors: %1").arg(errors));
    m_actions->get("actionFixAllErrors")->setEnabled(errors > 0);
    // A style sheet set again re-polishes the label even when it is the same.
    const auto setSheet = [](QLabel *label, const QString &sheet) {
        if (label->styleSheet() != sheet)
            label->setStyleSheet(sheet);
    };
    setSheet(m_errorsLabel, errors ? QStringLiteral("color: #b91c1c; font-weight: bold;") : QString());
    m_warningsLabel->setText(tr("Warnings: %1").arg(warnings));
    setSheet(m_warningsLabel, warnings ? QStringLiteral("color: #a16207;") : QString());
    updateZoomStatus();
}

void MainWindow::updateZoomStatus()
{
    m_zoomLabel->setText(tr("Zoom: %1 %").arg(qRound(m_view->zoom() * 100)));
}

QString MainWindow::statusText() const
{
    return QStringList{m_headcountLabel->text(), m_openLabel->text(), m_errorsLabel->text(),
                       m_warningsLabel->text()}
        .join(QStringLiteral(" · "));
}

void MainWindow::updateTitle()
{
    const QString loc = m_doc->location();
    const QString name = loc.isEmpty() ? tr("Untitled plan") : QFileInfo(loc).fileName();
    setWindowTitle(name + QStringLiteral("[*] — ") + tr("OrgDesigner"));
    setWindowModified(m_doc->isModified());
}

void MainWindow::reportError(const QString &message)
{
    statusBar()->showMessage(message, 8000);
    m_view->showToast(message);
}

void MainWindow::exportChart()
{
    LayoutOptions layout;
    layout.orientation = m_scene->orientation();
    layout.compact = m_scene->isCompact();
    ExportDialog dialog(m_doc, m_scene->currentId(), layout, this);
    const QString base = m_doc->location().isEmpty() ? QStringLiteral("org-chart")
                                                     : QFileInfo(m_doc->location()).completeBaseName();
    const QString dir = m_doc->location().isEmpty() ? QString() : QFileInfo(m_doc->location()).absolutePath();
    dialog.suggestFileName(dir, base); // in the remembered format
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(dialog.fileName()).fileName()), 4000);
}
void MainWindow::printChart(bool preview)
{
    LayoutOptions layout;
    layout.orientation = m_scene->orientation();
    layout.compact = m_scene->isCompact();
    ExportDialog dialog(m_doc, m_scene->currentId(), layout, this);
    dialog.setPage(ExportOptions::Page::A4, layout.orientation == Orientation::TopDown);
    if (preview)
        dialog.printPreview();
    else
        dialog.print();
}

void MainWindow::showEvent(QShowEvent *event)
{
    // The first start lays the docks out for the window's size when shown, the same
    // in every language (the docks' own size hints differ with their texts).
    if (m_defaultDocks) {
        m_defaultDocks = false;
        defaultDockSizes();
    }
    QMainWindow::showEvent(event);
}

void MainWindow::readSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                              : QRect(0, 0, 1600, 1000);
        resize(std::min(1600, screen.width() * 19 / 20), std::min(1000, screen.height() * 19 / 20));
    }
    m_defaultDocks = !restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_actions->get("actionLeftRight")->setChecked(s.value(QStringLiteral("chart/leftRight"), false).toBool());
    m_actions->get("actionCompact")->setChecked(s.value(QStringLiteral("chart/compact"), true).toBool());
    m_actions->get("actionMinimap")->setChecked(s.value(QStringLiteral("chart/minimap"), true).toBool());
    const bool carry = s.value(QStringLiteral("edit/movesCarryTeam"), true).toBool();
    m_actions->get("actionMovesCarryTeam")->setChecked(carry);
    m_doc->setMovesCarryTeam(carry);
}

void MainWindow::writeSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("chart/leftRight"), m_actions->get("actionLeftRight")->isChecked());
    s.setValue(QStringLiteral("chart/compact"), m_actions->get("actionCompact")->isChecked());
    s.setValue(QStringLiteral("chart/minimap"), m_actions->get("actionMinimap")->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::toggleCollapse()
{
    const QString id = m_scene->currentId();
    if (!id.isEmpty())
        m_scene->setCollapsed(id, !m_scene->isCollapsed(id));
}

bool MainWindow::search(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    const Org &org = m_doc->org();
    if (needle != m_lastSearch) {
        m_lastSearch = needle;
        m_searchIndex = -1;
    }
    const int n = org.size();
    for (int step = 1; step <= n; ++step) {
        const int i = (m_searchIndex + step) % n;
        const Position &p = org.position(Org::Vertex(i));
        if (p.name.contains(needle, Qt::CaseInsensitive) || p.id.compare(needle, Qt::CaseInsensitive) == 0
            || p.title.contains(needle, Qt::CaseInsensitive) || p.team.contains(needle, Qt::CaseInsensitive)) {
            m_searchIndex = i;
            m_view->centerOnId(p.id);
            return true;
        }
    }
    return false;
}

} // namespace org::ui
