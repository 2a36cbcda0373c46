// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "backgroundtask.h"
#include "chartscene.h"
#include "chartview.h"
#include "dashboard.h"
#include "edit/document.h"
#include "exportdialog.h"
#include "i18n/language.h"
#include "importdialog.h"
#include "peoplemodel.h"
#include "problemmodel.h"
#include "propertypanel.h"
#include "roledesigner.h"
#include "rolepalette.h"
#include "rulesettingsdialog.h"
#include "scenariocomparedialog.h"
#include "rules/ruleengine.h"
#include "rules/stats.h"
#include "store/csvexporter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

#include <memory>

namespace org::ui {

namespace {
constexpr int kMaxRecent = 8;

QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

QString displayName(const Org &org, Org::Vertex v)
{
    const Position &p = org.position(v);
    return p.isOpen() ? RuleEngine::shortName(org, v) : p.name;
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_doc(new Document(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_scene = new ChartScene(m_doc, this);
    m_view = new ChartView(m_scene, this);
    m_view->setObjectName(QStringLiteral("chartView"));
    setCentralWidget(m_view);

    createActions();
    createDocks();
    createMenus();

    m_headcountLabel = new QLabel(this);
    m_openLabel = new QLabel(this);
    m_errorsLabel = new QLabel(this);
    m_warningsLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    for (QLabel *l : {m_headcountLabel, m_openLabel, m_errorsLabel, m_warningsLabel, m_zoomLabel})
        statusBar()->addPermanentWidget(l);

    connect(m_scene, &ChartScene::selectionChanged, this, [this] {
        m_properties->setPosition(m_scene->currentId(), int(m_scene->selectedIds().size()));
        syncPeopleSelection();
        updateActions();
    });
    connect(m_view, &ChartView::refused, this, [this](const QString &why) { statusBar()->showMessage(why, 8000); });
    connect(m_view, &ChartView::zoomChanged, this, [this] { updateStatus(); });
    connect(m_properties, &PropertyPanel::refused, this, [this](const QString &why) { reportError(why); });
    connect(m_properties, &PropertyPanel::addDottedLineRequested, this, [this](const QString &id) { addDottedLine(id); });
    connect(m_doc, &Document::problemsChanged, this, [this] { updateStatus(); });
    connect(m_doc, &Document::orgReset, this, [this] {
        updateStatus();
        updateActions();
        QTimer::singleShot(0, m_view, [this] { m_view->showStart(); });
    });
    connect(m_doc, &Document::positionAdded, this, [this] { updateStatus(); });
    connect(m_doc, &Document::positionRemoved, this, [this] { updateStatus(); });
    connect(m_doc, &Document::positionChanged, this, [this] { updateStatus(); updateActions(); });
    connect(m_doc, &Document::modifiedChanged, this, [this] { updateTitle(); });
    connect(m_doc, &Document::locationChanged, this, [this] { updateTitle(); });
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, [this] { updateActions(); });

    readSettings();
    retranslateUi();
    updateActions();
    updateStatus();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The Document (a child) outlives this object's members: stop its signals first.
    m_doc->undoStack()->disconnect(this);
    m_doc->disconnect(this);
    delete m_doc;
}

QAction *MainWindow::makeAction(const char *name, const QKeySequence &shortcut, const QIcon &icon)
{
    auto *a = new QAction(icon, QString(), this);
    a->setObjectName(QString::fromLatin1(name));
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    m_actions.insert(a->objectName(), a);
    return a;
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createActions()
{
    connect(makeAction("actionNew", QKeySequence::New, themed("document-new", QStyle::SP_FileIcon)),
            &QAction::triggered, this, &MainWindow::newPlan);
    connect(makeAction("actionOpen", QKeySequence::Open, themed("document-open", QStyle::SP_DialogOpenButton)),
            &QAction::triggered, this, &MainWindow::openDialog);
    connect(makeAction("actionSave", QKeySequence::Save, themed("document-save", QStyle::SP_DialogSaveButton)),
            &QAction::triggered, this, &MainWindow::save);
    connect(makeAction("actionSaveAs", QKeySequence::SaveAs), &QAction::triggered, this, &MainWindow::saveAs);
    connect(makeAction("actionImport", QKeySequence(Qt::CTRL | Qt::Key_I), themed("document-import", QStyle::SP_ArrowDown)),
            &QAction::triggered, this, [this] { importWithPreview(); });
    connect(makeAction("actionExportCsv"), &QAction::triggered, this, &MainWindow::exportCsv);
    connect(makeAction("actionExportChart", QKeySequence(Qt::CTRL | Qt::Key_E), themed("document-export", QStyle::SP_ArrowUp)),
            &QAction::triggered, this, &MainWindow::exportChart);
    connect(makeAction("actionPrint", QKeySequence::Print, themed("document-print", QStyle::SP_ComputerIcon)),
            &QAction::triggered, this, [this] { printChart(false); });
    connect(makeAction("actionPrintPreview", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                       themed("document-print-preview", QStyle::SP_FileDialogContentsView)),
            &QAction::triggered, this, [this] { printChart(true); });
    connect(makeAction("actionQuit", QKeySequence::Quit), &QAction::triggered, this, &QWidget::close);

    QAction *undo = m_doc->undoStack()->createUndoAction(this);
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setIcon(themed("edit-undo", QStyle::SP_ArrowBack));
    m_actions.insert(undo->objectName(), undo);
    QAction *redo = m_doc->undoStack()->createRedoAction(this);
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(themed("edit-redo", QStyle::SP_ArrowForward));
    m_actions.insert(redo->objectName(), redo);

    connect(makeAction("actionAddReport", QKeySequence(Qt::Key_Insert), themed("list-add", QStyle::SP_FileDialogNewFolder)),
            &QAction::triggered, this, &MainWindow::addReport);
    connect(makeAction("actionAddOpen", QKeySequence(Qt::SHIFT | Qt::Key_Insert)), &QAction::triggered, this,
            &MainWindow::addOpenPosition);
    connect(makeAction("actionFill", QKeySequence(Qt::CTRL | Qt::Key_Return)), &QAction::triggered, this,
            &MainWindow::fillOpenPosition);
    connect(makeAction("actionDelete", QKeySequence::Delete, themed("edit-delete", QStyle::SP_TrashIcon)),
            &QAction::triggered, this, [this] { deleteSelected(false); });
    connect(makeAction("actionDeleteSubtree", QKeySequence(Qt::SHIFT | Qt::Key_Delete)), &QAction::triggered,
            this, [this] { deleteSelected(true); });
    connect(makeAction("actionRename", QKeySequence(Qt::Key_F2)), &QAction::triggered, this,
            [this] { m_view->editName(m_scene->currentId()); });
    connect(makeAction("actionAddDotted"), &QAction::triggered, this, [this] { addDottedLine(); });
    connect(makeAction("actionRemoveDotted"), &QAction::triggered, this, &MainWindow::removeDottedLine);
    connect(makeAction("actionRuleSettings"), &QAction::triggered, this, &MainWindow::editRuleSettings);
    connect(makeAction("actionNewScenario"), &QAction::triggered, this, [this] { newScenario(false); });
    connect(makeAction("actionDuplicateScenario", {}, themed("edit-copy", QStyle::SP_FileDialogNewFolder)), &QAction::triggered, this, [this] { newScenario(true); });
    connect(makeAction("actionRenameScenario"), &QAction::triggered, this, &MainWindow::renameScenario);
    connect(makeAction("actionDeleteScenario"), &QAction::triggered, this, &MainWindow::deleteScenario);
    connect(makeAction("actionCompareScenarios", {}, themed("view-list-details", QStyle::SP_FileDialogDetailedView)), &QAction::triggered, this, &MainWindow::compareScenarios);
    connect(makeAction("actionRoleDesigner"), &QAction::triggered, this, &MainWindow::editRoles);
    QAction *assistant = makeAction("actionAssistant");
    assistant->setCheckable(true);
    connect(assistant, &QAction::triggered, this, &MainWindow::toggleAssistant);
    connect(makeAction("actionSelectAll", QKeySequence::SelectAll), &QAction::triggered, this, [this] {
        QStringList ids;
        for (const Position &p : m_doc->org().positions())
            ids << p.id;
        m_scene->setSelection(ids);
    });
    connect(makeAction("actionFind", QKeySequence::Find, themed("edit-find", QStyle::SP_FileDialogContentsView)),
            &QAction::triggered, this, [this] {
                m_search->setFocus();
                m_search->selectAll();
            });

    connect(makeAction("actionZoomIn", QKeySequence::ZoomIn, themed("zoom-in", QStyle::SP_ArrowUp)),
            &QAction::triggered, m_view, &ChartView::zoomIn);
    m_actions.value(QStringLiteral("actionZoomIn"))->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(makeAction("actionZoomOut", QKeySequence::ZoomOut, themed("zoom-out", QStyle::SP_ArrowDown)),
            &QAction::triggered, m_view, &ChartView::zoomOut);
    connect(makeAction("actionFit", QKeySequence(Qt::CTRL | Qt::Key_0), themed("zoom-fit-best", QStyle::SP_TitleBarMaxButton)),
            &QAction::triggered, m_view, &ChartView::fitToWindow);
    connect(makeAction("actionActualSize", QKeySequence(Qt::CTRL | Qt::Key_1), themed("zoom-original", QStyle::SP_TitleBarNormalButton)),
            &QAction::triggered, m_view, &ChartView::actualSize);
    QAction *leftRight = makeAction("actionLeftRight", QKeySequence(Qt::CTRL | Qt::Key_L));
    leftRight->setCheckable(true);
    connect(leftRight, &QAction::toggled, this, [this](bool on) {
        m_scene->setOrientation(on ? Orientation::LeftRight : Orientation::TopDown);
        QTimer::singleShot(0, m_view, [this] { m_view->showStart(); });
    });
    QAction *compact = makeAction("actionCompact", QKeySequence(Qt::CTRL | Qt::Key_K));
    compact->setCheckable(true);
    connect(compact, &QAction::toggled, this, [this](bool on) { m_scene->setCompact(on); });
    connect(makeAction("actionCollapse", QKeySequence(Qt::Key_Space)), &QAction::triggered, this,
            &MainWindow::toggleCollapse);
    connect(makeAction("actionExpandAll", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space)), &QAction::triggered,
            m_scene, &ChartScene::expandAll);
    QAction *minimap = makeAction("actionMinimap", QKeySequence(Qt::CTRL | Qt::Key_M));
    minimap->setCheckable(true);
    minimap->setChecked(true);
    connect(minimap, &QAction::toggled, m_view, &ChartView::setMinimapVisible);
    connect(makeAction("actionAbout"), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About OrgDesigner"),
                           tr("<h3>OrgDesigner %1</h3><p>Design technical organisations: reporting lines, "
                              "roles, open positions and the rules of a healthy engineering ladder.</p>")
                               .arg(QStringLiteral(ORG_VERSION)));
    });

    m_languageGroup = new QActionGroup(this);
    for (const QString &lang : org::supportedLanguages()) {
        auto *a = new QAction(lang == QLatin1String("zh_CN") ? QStringLiteral("简体中文") : QStringLiteral("English"),
                              m_languageGroup);
        a->setObjectName(QStringLiteral("actionLanguage_") + lang);
        a->setData(lang);
        a->setCheckable(true);
        a->setChecked(lang == org::language());
        m_actions.insert(a->objectName(), a);
        connect(a, &QAction::triggered, this, [this, lang] { setLanguage(lang); });
    }
}

void MainWindow::createDocks()
{
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    // People list.
    m_people = new PeopleModel(m_doc, this);
    m_peopleFilter = new QSortFilterProxyModel(this);
    m_peopleFilter->setSourceModel(m_people);
    m_peopleFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_peopleFilter->setFilterKeyColumn(-1);
    m_peopleFilter->setSortCaseSensitivity(Qt::CaseInsensitive);
    auto *peopleBox = new QWidget(this);
    auto *pl = new QVBoxLayout(peopleBox);
    pl->setContentsMargins(4, 4, 4, 4);
    m_peopleSearch = new QLineEdit(peopleBox);
    m_peopleSearch->setObjectName(QStringLiteral("peopleFilter"));
    m_peopleSearch->setClearButtonEnabled(true);
    m_peopleView = new QTableView(peopleBox);
    m_peopleView->setObjectName(QStringLiteral("peopleView"));
    m_peopleView->setModel(m_peopleFilter);
    m_peopleView->setSortingEnabled(true);
    m_peopleView->sortByColumn(-1, Qt::AscendingOrder);
    m_peopleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peopleView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_peopleView->setDragEnabled(true);
    m_peopleView->setDragDropMode(QAbstractItemView::DragOnly);
    m_peopleView->verticalHeader()->hide();
    m_peopleView->verticalHeader()->setDefaultSectionSize(m_peopleView->fontMetrics().height() + 8);
    m_peopleView->horizontalHeader()->setStretchLastSection(true);
    m_peopleView->setWordWrap(false);
    m_peopleView->setAlternatingRowColors(true);
    pl->addWidget(m_peopleSearch);
    pl->addWidget(m_peopleView);
    connect(m_peopleSearch, &QLineEdit::textChanged, m_peopleFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_peopleView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_syncingSelection)
            return;
        QStringList ids;
        for (const QModelIndex &i : m_peopleView->selectionModel()->selectedRows())
            ids << i.data(PeopleModel::IdRole).toString();
        const QString current = m_peopleView->currentIndex().data(PeopleModel::IdRole).toString();
        m_syncingSelection = true;
        m_scene->setSelection(ids, ids.contains(current) ? current : QString());
        m_syncingSelection = false;
    });
    connect(m_peopleView, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        m_view->centerOnId(i.data(PeopleModel::IdRole).toString());
    });
    m_peopleDock = new QDockWidget(this);
    m_peopleDock->setObjectName(QStringLiteral("peopleDock"));
    m_peopleDock->setWidget(peopleBox);
    addDockWidget(Qt::LeftDockWidgetArea, m_peopleDock);

    // Role palette.
    m_palette = new RolePalette(m_doc, this);
    m_rolesDock = new QDockWidget(this);
    m_rolesDock->setObjectName(QStringLiteral("rolesDock"));
    m_rolesDock->setWidget(m_palette);
    addDockWidget(Qt::LeftDockWidgetArea, m_rolesDock);

    // Property panel.
    m_properties = new PropertyPanel(m_doc, this);
    m_propertiesDock = new QDockWidget(this);
    m_propertiesDock->setObjectName(QStringLiteral("propertiesDock"));
    m_propertiesDock->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);

    // History.
    m_undoView = new QUndoView(m_doc->undoStack(), this);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);

    // Problems.
    m_problems = new ProblemModel(m_doc, this);
    m_problemFilter = new SeverityFilterModel(this);
    m_problemFilter->setSourceModel(m_problems);
    auto *problemsBox = new QWidget(this);
    auto *prl = new QVBoxLayout(problemsBox);
    prl->setContentsMargins(4, 4, 4, 4);
    auto *filterRow = new QHBoxLayout;
    m_severityLabel = new QLabel(problemsBox);
    m_severityCombo = new QComboBox(problemsBox);
    m_severityCombo->setObjectName(QStringLiteral("severityFilter"));
    for (const char *id : {"", "error", "warning", "info"})
        m_severityCombo->addItem(QString(), QString::fromLatin1(id));
    filterRow->addWidget(m_severityLabel);
    filterRow->addWidget(m_severityCombo);
    filterRow->addStretch();
    m_problemsView = new QTableView(problemsBox);
    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setModel(m_problemFilter);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsView->setWordWrap(false);
    m_problemsView->setAlternatingRowColors(true);
    m_problemsView->setColumnWidth(ProblemModel::SeverityColumn, 110);
    m_problemsView->setColumnWidth(ProblemModel::RuleColumn, 230);
    m_problemsView->setColumnWidth(ProblemModel::PositionColumn, 160);
    prl->addLayout(filterRow);
    prl->addWidget(m_problemsView);
    connect(m_severityCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_problemFilter->setSeverity(m_severityCombo->currentData().toString()); });
    const auto goToProblem = [this](const QModelIndex &i) {
        const QString id = i.sibling(i.row(), 0).data(ProblemModel::AnchorIdRole).toString();
        if (!id.isEmpty())
            m_view->centerOnId(id);
    };
    connect(m_problemsView, &QTableView::clicked, this, goToProblem);
    connect(m_problemsView, &QTableView::activated, this, goToProblem);
    m_problemsDock = new QDockWidget(this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(problemsBox);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);

    // Dashboard, a tab beside the problems.
    m_dashboard = new Dashboard(m_doc, this);
    m_dashboardDock = new QDockWidget(this);
    m_dashboardDock->setObjectName(QStringLiteral("dashboardDock"));
    m_dashboardDock->setWidget(m_dashboard);
    addDockWidget(Qt::BottomDockWidgetArea, m_dashboardDock);
    tabifyDockWidget(m_problemsDock, m_dashboardDock);
    m_problemsDock->raise();
    connect(m_dashboard, &Dashboard::filterRequested, this, [this](const QString &text) {
        m_peopleDock->show();
        m_peopleDock->raise();
        m_peopleSearch->setText(text);
    });

    resizeDocks({m_peopleDock, m_propertiesDock}, {420, 320}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {200}, Qt::Vertical);
    resizeDocks({m_peopleDock, m_rolesDock}, {420, 220}, Qt::Vertical);
    resizeDocks({m_propertiesDock, m_historyDock}, {440, 180}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    auto a = [this](const char *name) { return m_actions.value(QString::fromLatin1(name)); };
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({a("actionNew"), a("actionOpen")});
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addActions({a("actionSave"), a("actionSaveAs")});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({a("actionImport"), a("actionExportCsv"), a("actionExportChart")});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({a("actionPrintPreview"), a("actionPrint")});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a("actionQuit"));

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({a("actionUndo"), a("actionRedo")});
    m_editMenu->addSeparator();
    m_editMenu->addActions({a("actionAddReport"), a("actionAddOpen"), a("actionFill"), a("actionRename"),
                            a("actionDelete"), a("actionDeleteSubtree")});
    m_editMenu->addSeparator();
    m_editMenu->addActions({a("actionAddDotted"), a("actionRemoveDotted"), a("actionAssistant")});
    m_editMenu->addSeparator();
    m_editMenu->addActions({a("actionSelectAll"), a("actionFind")});
    m_editMenu->addSeparator();
    m_editMenu->addActions({a("actionRoleDesigner"), a("actionRuleSettings")});

    m_scenarioMenu = menuBar()->addMenu(QString());
    m_scenarioMenu->addActions({a("actionNewScenario"), a("actionDuplicateScenario"), a("actionRenameScenario"),
                                a("actionDeleteScenario")});
    m_scenarioMenu->addSeparator();
    m_scenarioMenu->addAction(a("actionCompareScenarios"));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({a("actionZoomIn"), a("actionZoomOut"), a("actionFit"), a("actionActualSize")});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({a("actionLeftRight"), a("actionCompact"), a("actionCollapse"), a("actionExpandAll"),
                            a("actionMinimap")});
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(QString());
    for (QDockWidget *d : {m_peopleDock, m_rolesDock, m_propertiesDock, m_problemsDock, m_dashboardDock, m_historyDock})
        m_panelsMenu->addAction(d->toggleViewAction());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(a("actionAbout"));

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->addActions({a("actionNew"), a("actionOpen"), a("actionSave")});
    m_toolBar->addSeparator();
    m_toolBar->addActions({a("actionUndo"), a("actionRedo")});
    m_toolBar->addSeparator();
    m_toolBar->addActions({a("actionAddReport"), a("actionDelete")});
    m_toolBar->addSeparator();
    m_toolBar->addActions({a("actionZoomOut"), a("actionZoomIn"), a("actionFit")});
    m_toolBar->addSeparator();
    m_toolBar->addActions({a("actionExportChart"), a("actionPrintPreview")});
    m_toolBar->addSeparator();
    m_scenarioLabel = new QLabel(m_toolBar);
    m_toolBar->addWidget(m_scenarioLabel);
    m_scenarioCombo = new QComboBox(m_toolBar);
    m_scenarioCombo->setObjectName(QStringLiteral("scenarioCombo"));
    m_scenarioCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenarioCombo->setMinimumContentsLength(12);
    m_toolBar->addWidget(m_scenarioCombo);
    m_toolBar->addActions({a("actionDuplicateScenario"), a("actionCompareScenarios")});
    connect(m_scenarioCombo, &QComboBox::activated, this, [this](int index) {
        QString error;
        if (index != m_doc->currentScenario() && !m_doc->switchScenario(m_scenarioCombo->itemText(index), &error))
            reportError(error);
        rebuildScenarioCombo();
    });
    connect(m_doc, &Document::scenariosChanged, this, &MainWindow::rebuildScenarioCombo);
    connect(m_doc, &Document::currentScenarioChanged, this, &MainWindow::rebuildScenarioCombo);
    connect(m_doc, &Document::orgReset, this, &MainWindow::rebuildScenarioCombo);
    rebuildScenarioCombo();
    m_toolBar->addSeparator();
    m_search = new QLineEdit(m_toolBar);
    m_search->setObjectName(QStringLiteral("chartSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    m_search->setMinimumWidth(180);
    m_toolBar->addWidget(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!search(m_search->text()) && !m_search->text().isEmpty())
            statusBar()->showMessage(tr("No position matches \"%1\".").arg(m_search->text()), 5000);
    });

    m_contextMenu = new QMenu(this);
    m_contextMenu->addActions({a("actionAddReport"), a("actionAddOpen"), a("actionFill"), a("actionRename")});
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({a("actionAddDotted"), a("actionRemoveDotted"), a("actionAssistant"), a("actionCollapse")});
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({a("actionDelete"), a("actionDeleteSubtree")});
    m_view->setContextMenu(m_contextMenu);
    // The chart's shortcuts work while the chart has the focus.
    m_view->addActions({a("actionDelete"), a("actionRename"), a("actionCollapse")});
}

void MainWindow::retranslateUi()
{
    auto set = [this](const char *name, const QString &text, const QString &tip = {}) {
        if (QAction *a = m_actions.value(QString::fromLatin1(name))) {
            a->setText(text);
            a->setStatusTip(tip);
            QString plain = text;
            plain.remove(QLatin1Char('&'));
            a->setToolTip(a->shortcut().isEmpty() ? plain
                                                  : plain + QStringLiteral(" (") + a->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
        }
    };
    set("actionNew", tr("&New"), tr("Start an empty plan"));
    set("actionOpen", tr("&Open…"), tr("Open a plan, CSV or Excel file"));
    set("actionSave", tr("&Save"), tr("Save the plan"));
    set("actionSaveAs", tr("Save &As…"), tr("Save the plan under a new name"));
    set("actionImport", tr("&Import CSV or Excel…"), tr("Import an org with a preview of columns and errors"));
    set("actionExportCsv", tr("Export &CSV…"), tr("Write the positions as CSV"));
    set("actionExportChart", tr("&Export Chart…"), tr("Export the chart as PNG, SVG or PDF"));
    set("actionPrint", tr("&Print…"));
    set("actionPrintPreview", tr("Print Pre&view…"));
    set("actionQuit", tr("&Quit"));
    m_actions.value(QStringLiteral("actionUndo"))->setToolTip(tr("Undo (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Z).toString(QKeySequence::NativeText)));
    m_actions.value(QStringLiteral("actionRedo"))->setToolTip(tr("Redo (%1)").arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toString(QKeySequence::NativeText)));
    set("actionAddReport", tr("Add &Report"), tr("Add a person reporting to the selected position"));
    set("actionAddOpen", tr("Add &Open Position"), tr("Add an open position under the selected position"));
    set("actionFill", tr("&Fill Open Position…"), tr("Give the open position a person's name"));
    set("actionDelete", tr("&Delete"), tr("Delete the selected positions; their reports move up"));
    set("actionDeleteSubtree", tr("Delete with &Reports"), tr("Delete the selected positions and everyone below them"));
    set("actionRename", tr("Re&name"), tr("Edit the name on the card"));
    set("actionAddDotted", tr("Add Dotted-Line &Report…"), tr("Add a dotted-line report (matrix or technical partner)"));
    set("actionRemoveDotted", tr("Remove Dotted-Line Report…"));
    set("actionAssistant", tr("&Assistant"), tr("Mark the position as its manager's assistant"));
    set("actionSelectAll", tr("Select &All"));
    set("actionNewScenario", tr("&New Scenario…"), tr("Add a scenario with an empty org"));
    set("actionDuplicateScenario", tr("&Duplicate Scenario…"), tr("Copy the current scenario under a new name"));
    set("actionRenameScenario", tr("&Rename Scenario…"));
    set("actionDeleteScenario", tr("De&lete Scenario"), tr("Delete the current scenario (clears the undo history)"));
    set("actionCompareScenarios", tr("&Compare Scenarios…"), tr("List what changed between two scenarios"));
    set("actionRoleDesigner", tr("R&ole Designer…"), tr("Add and edit roles: names, rank, colour, cost and duties"));
    set("actionRuleSettings", tr("R&ule Settings…"), tr("Switch rules on or off and change their thresholds"));
    set("actionFind", tr("&Find…"));
    set("actionZoomIn", tr("Zoom &In"));
    set("actionZoomOut", tr("Zoom &Out"));
    set("actionFit", tr("&Fit to Window"));
    set("actionActualSize", tr("&Actual Size"));
    set("actionLeftRight", tr("&Left to Right"), tr("Managers left of their reports instead of above"));
    set("actionCompact", tr("&Compact Layout"), tr("Stack leaf reports in columns"));
    set("actionCollapse", tr("C&ollapse / Expand"), tr("Hide or show the reports of the selected position"));
    set("actionExpandAll", tr("E&xpand All"));
    set("actionMinimap", tr("&Minimap"));
    set("actionAbout", tr("&About OrgDesigner"));

    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_scenarioMenu->setTitle(tr("&Scenario"));
    m_scenarioLabel->setText(tr("Scenario:") + QLatin1Char(' '));
    m_scenarioCombo->setToolTip(tr("Switch to another scenario of the plan"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_search->setPlaceholderText(tr("Search people (Ctrl+F)"));
    m_peopleSearch->setPlaceholderText(tr("Filter by name, role, team…"));
    m_peopleDock->setWindowTitle(tr("People"));
    m_rolesDock->setWindowTitle(tr("Roles"));
    m_propertiesDock->setWindowTitle(tr("Properties"));
    m_problemsDock->setWindowTitle(tr("Problems"));
    m_historyDock->setWindowTitle(tr("History"));
    m_dashboardDock->setWindowTitle(tr("Dashboard"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_severityLabel->setText(tr("Show:"));
    const QStringList severities{tr("All problems"), tr("Errors"), tr("Warnings"), tr("Info")};
    for (int i = 0; i < severities.size(); ++i)
        m_severityCombo->setItemText(i, severities[i]);

    m_scene->setLanguage(org::language());
    m_people->retranslate();
    m_problems->refresh();
    m_palette->refresh();
    rebuildRecentMenu();
    updateStatus();
    updateTitle();
    updateActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &lang)
{
    if (!org::setLanguage(lang))
        return;
    QSettings().setValue(QStringLiteral("language"), lang);
    for (QAction *a : m_languageGroup->actions())
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
    m_actions.value(QStringLiteral("actionAddOpen"))->setEnabled(has || org.isEmpty());
    m_actions.value(QStringLiteral("actionFill"))->setEnabled(has && org.position(v).isOpen());
    m_actions.value(QStringLiteral("actionDelete"))->setEnabled(any);
    m_actions.value(QStringLiteral("actionDeleteSubtree"))->setEnabled(any);
    m_actions.value(QStringLiteral("actionRename"))->setEnabled(has);
    m_actions.value(QStringLiteral("actionAddDotted"))->setEnabled(has && org.size() > 1);
    m_actions.value(QStringLiteral("actionRemoveDotted"))->setEnabled(has && !org.dottedManagers(v).empty());
    QAction *assistant = m_actions.value(QStringLiteral("actionAssistant"));
    assistant->setEnabled(has && org.manager(v) != Org::npos);
    assistant->setChecked(has && org.position(v).assistant);
    m_actions.value(QStringLiteral("actionCollapse"))->setEnabled(has && org.reportCount(v) > 0);
    m_actions.value(QStringLiteral("actionSave"))->setEnabled(true);
}

void MainWindow::updateStatus()
{
    const Org &org = m_doc->org();
    int headcount = 0, open = 0;
    for (const Position &p : org.positions()) {
        if (!OrgStats::inHeadcount(p))
            continue;
        ++headcount;
        open += p.isOpen();
    }
    int errors = 0, warnings = 0;
    for (const Problem &p : m_doc->problems()) {
        errors += p.severity == Severity::Error;
        warnings += p.severity == Severity::Warning;
    }
    m_headcountLabel->setText(tr("Headcount: %1").arg(headcount));
    m_openLabel->setText(tr("Open positions: %1").arg(open));
    m_errorsLabel->setText(tr("Errors: %1").arg(errors));
    m_errorsLabel->setStyleSheet(errors ? QStringLiteral("color: #b91c1c; font-weight: bold;") : QString());
    m_warningsLabel->setText(tr("Warnings: %1").arg(warnings));
    m_warningsLabel->setStyleSheet(warnings ? QStringLiteral("color: #a16207;") : QString());
    m_zoomLabel->setText(tr("Zoom: %1 %").arg(qRound(m_view->zoom() * 100)));
    m_problemsDock->setWindowTitle(m_doc->problems().empty() ? tr("Problems")
                                                            : tr("Problems (%1)").arg(m_doc->problems().size()));
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

void MainWindow::syncPeopleSelection()
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    QItemSelection sel;
    for (const QString &id : m_scene->selectedIds()) {
        const int row = m_people->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex i = m_peopleFilter->mapFromSource(m_people->index(row, 0));
        if (i.isValid())
            sel.select(i, i.siblingAtColumn(PeopleModel::ColumnCount - 1));
    }
    m_peopleView->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    const int row = m_people->rowOf(m_scene->currentId());
    if (row >= 0) {
        const QModelIndex i = m_peopleFilter->mapFromSource(m_people->index(row, 0));
        m_peopleView->selectionModel()->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
        if (m_scene->selectedIds().size() == 1)
            m_peopleView->scrollTo(i);
    }
    m_syncingSelection = false;
}

// --- files -----------------------------------------------------------------------

void MainWindow::reportError(const QString &message)
{
    statusBar()->showMessage(message, 8000);
    m_view->showToast(message);
}

bool MainWindow::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("The plan has changes that are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newPlan()
{
    if (!maybeSave())
        return;
    m_doc->setPlan(Plan{});
    updateTitle();
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString dir = m_recentFiles.isEmpty() ? QString() : QFileInfo(m_recentFiles.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open"), dir, tr("Plans and spreadsheets (*.orgplan *.csv *.xlsx);;Plans (*.orgplan);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path, bool interactive, QString *error)
{
    QString err;
    bool ok = false;
    const OrgLoader::Kind kind = QFileInfo::exists(path) ? OrgLoader::detect(path) : OrgLoader::Kind::Csv;
    if (kind == OrgLoader::Kind::Plan) {
        ok = m_doc->open(path, &err);
        if (ok && interactive && Document::hasNewerAutosave(path)) {
            const auto answer = QMessageBox::question(
                this, tr("Recover changes"),
                tr("OrgDesigner found changes to \"%1\" that were not saved (autosave). Recover them?")
                    .arg(QFileInfo(path).fileName()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer == QMessageBox::Yes) {
                QString recoverError;
                if (!m_doc->recoverAutosave(&recoverError))
                    reportError(recoverError);
            } else {
                m_doc->discardAutosave();
            }
        }
    } else {
        // Read and import off the UI thread (the same code path as Document::importFile);
        // the document changes only on success. Cancel stops the importer.
        LoadOptions options;
        options.roles = m_doc->roles();
        options.inferRolesWithoutRoleColumn = true;
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        options.cancel = cancel.get();
        auto loaded = std::make_shared<std::optional<LoadedOrg>>();
        auto message = std::make_shared<QString>();
        const bool done = runInBackground(
            this, tr("Importing %1…").arg(QFileInfo(path).fileName()),
            [loaded, message, cancel, path, options] { *loaded = Document::readImport(path, options, message.get()); },
            cancel.get());
        if (!done)
            return false;
        if (*loaded) {
            m_doc->setImported(std::move(**loaded));
            ok = true;
        } else {
            err = *message;
        }
    }
    if (!ok) {
        if (error)
            *error = err;
        if (interactive)
            QMessageBox::warning(this, tr("Cannot open the file"), err);
        return false;
    }
    addRecentFile(path);
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

bool MainWindow::importWithPreview(const QString &path)
{
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(this, tr("Import CSV or Excel"), QString(),
                                            tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"));
        if (file.isEmpty())
            return false;
    }
    ImportDialog dialog(m_doc->roles(), this);
    dialog.setFile(file);
    if (dialog.exec() != QDialog::Accepted || !dialog.importedOrg())
        return false;
    if (!maybeSave())
        return false;
    m_doc->setImported(LoadedOrg{*dialog.importedOrg(), m_doc->roles(), {}, {}});
    addRecentFile(file);
    updateTitle();
    return true;
}

bool MainWindow::save()
{
    if (m_doc->location().isEmpty())
        return saveAs();
    QString error;
    if (!m_doc->save(&error)) {
        QMessageBox::warning(this, tr("Cannot save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved"), 3000);
    updateTitle();
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Plan As"), m_doc->location(),
                                                tr("Plans (*.orgplan)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".orgplan"), Qt::CaseInsensitive))
        path += QStringLiteral(".orgplan");
    QString error;
    if (!m_doc->saveAs(path, &error)) {
        QMessageBox::warning(this, tr("Cannot save"), error);
        return false;
    }
    addRecentFile(path);
    updateTitle();
    return true;
}

void MainWindow::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!CsvExporter::writeFile(m_doc->org(), path, &error))
        QMessageBox::warning(this, tr("Export CSV"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 4000);
}

void MainWindow::exportChart()
{
    LayoutOptions layout;
    layout.orientation = m_scene->orientation();
    layout.compact = m_scene->isCompact();
    ExportDialog dialog(m_doc, m_scene->currentId(), layout, this);
    const QString base = m_doc->location().isEmpty() ? QStringLiteral("org-chart")
                                                     : QFileInfo(m_doc->location()).completeBaseName();
    const QString dir = m_doc->location().isEmpty() ? QDir::homePath() : QFileInfo(m_doc->location()).absolutePath();
    dialog.setFileName(QDir(dir).filePath(base + QStringLiteral(".pdf")));
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

void MainWindow::addRecentFile(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    m_recentFiles.removeAll(abs);
    m_recentFiles.prepend(abs);
    while (m_recentFiles.size() > kMaxRecent)
        m_recentFiles.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), m_recentFiles);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &file : std::as_const(m_recentFiles)) {
        QAction *a = m_recentMenu->addAction(QFileInfo(file).fileName());
        a->setToolTip(file);
        a->setStatusTip(file);
        connect(a, &QAction::triggered, this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
    }
    if (!m_recentFiles.isEmpty()) {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Clear List")), &QAction::triggered, this, [this] {
            m_recentFiles.clear();
            QSettings().setValue(QStringLiteral("recentFiles"), m_recentFiles);
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!m_recentFiles.isEmpty());
}

void MainWindow::readSettings()
{
    QSettings s;
    m_recentFiles = s.value(QStringLiteral("recentFiles")).toStringList();
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                              : QRect(0, 0, 1600, 1000);
        resize(std::min(1600, screen.width() * 19 / 20), std::min(1000, screen.height() * 19 / 20));
    }
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_actions.value(QStringLiteral("actionLeftRight"))->setChecked(s.value(QStringLiteral("chart/leftRight"), false).toBool());
    m_actions.value(QStringLiteral("actionCompact"))->setChecked(s.value(QStringLiteral("chart/compact"), true).toBool());
    m_actions.value(QStringLiteral("actionMinimap"))->setChecked(s.value(QStringLiteral("chart/minimap"), true).toBool());
}

void MainWindow::writeSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("chart/leftRight"), m_actions.value(QStringLiteral("actionLeftRight"))->isChecked());
    s.setValue(QStringLiteral("chart/compact"), m_actions.value(QStringLiteral("actionCompact"))->isChecked());
    s.setValue(QStringLiteral("chart/minimap"), m_actions.value(QStringLiteral("actionMinimap"))->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

// --- edits -------------------------------------------------------------------------

void MainWindow::addReport()
{
    const QString manager = m_doc->find(m_scene->currentId()) == Org::npos ? QString() : m_scene->currentId();
    QString id, error;
    if (!m_doc->addReport(manager, tr("New person"), {}, {}, &id, &error)) {
        reportError(error);
        return;
    }
    m_view->centerOnId(id);
    m_view->editName(id);
}

void MainWindow::addOpenPosition()
{
    const QString manager = m_doc->find(m_scene->currentId()) == Org::npos ? QString() : m_scene->currentId();
    QString newId, error;
    if (!m_doc->addOpenPosition(manager, {}, &newId, &error)) {
        reportError(error);
        return;
    }
    m_view->centerOnId(newId);
}

void MainWindow::fillOpenPosition()
{
    const QString id = m_scene->currentId();
    const Org::Vertex v = m_doc->find(id);
    if (v == Org::npos || !m_doc->org().position(v).isOpen())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Fill Open Position"), tr("Name of the person:"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    QString error;
    if (!m_doc->rename(id, name, &error))
        reportError(error);
}

void MainWindow::deleteSelected(bool withSubtree)
{
    const QStringList ids = m_scene->selectedIds();
    QString error;
    if (!ids.isEmpty() && !m_doc->removePositions(ids, withSubtree, &error))
        reportError(error);
}

void MainWindow::addDottedLine(const QString &reportId)
{
    const Org &org = m_doc->org();
    QString report = reportId.isEmpty() ? m_scene->currentId() : reportId;
    QString manager;
    const QStringList sel = m_scene->selectedIds();
    if (reportId.isEmpty() && sel.size() == 2) {
        // Two cards selected: the other one gets a dotted line to the current one.
        manager = m_scene->currentId();
        report = sel.first() == manager ? sel.last() : sel.first();
    } else {
        if (org.find(report) == Org::npos)
            return;
        QStringList items;
        QStringList ids;
        for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
            const Position &p = org.position(v);
            if (p.id == report)
                continue;
            items << displayName(org, v) + QStringLiteral(" (") + p.id + QLatin1Char(')');
            ids << p.id;
        }
        bool ok = false;
        const QString choice = QInputDialog::getItem(
            this, tr("Add Dotted-Line Report"),
            tr("%1 also reports (dotted line) to:").arg(displayName(org, org.find(report))), items, 0, true, &ok);
        if (!ok)
            return;
        const int i = items.indexOf(choice);
        manager = i >= 0 ? ids[i] : choice.trimmed();
    }
    QString error;
    if (!m_doc->addDottedLine(report, manager, &error))
        reportError(error);
}

void MainWindow::removeDottedLine()
{
    const Org &org = m_doc->org();
    const QString id = m_scene->currentId();
    const Org::Vertex v = org.find(id);
    if (v == Org::npos)
        return;
    const std::vector<Org::Vertex> managers = org.dottedManagers(v);
    if (managers.empty())
        return;
    QString manager = org.position(managers.front()).id;
    if (managers.size() > 1) {
        QStringList items;
        for (Org::Vertex m : managers)
            items << displayName(org, m) + QStringLiteral(" (") + org.position(m).id + QLatin1Char(')');
        bool ok = false;
        const QString choice = QInputDialog::getItem(this, tr("Remove Dotted-Line Report"),
                                                     tr("Remove the dotted line to:"), items, 0, false, &ok);
        if (!ok)
            return;
        manager = org.position(managers[std::size_t(items.indexOf(choice))]).id;
    }
    QString error;
    if (!m_doc->removeDottedLine(id, manager, &error))
        reportError(error);
}

void MainWindow::toggleAssistant(bool on)
{
    const QString id = m_scene->currentId();
    if (id.isEmpty())
        return;
    QString error;
    if (!m_doc->setAssistant(id, on, &error))
        reportError(error);
    updateActions();
}

void MainWindow::editRuleSettings()
{
    RuleSettingsDialog dialog(m_doc->ruleSettings(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_doc->changeRuleSettings(dialog.settings());
}

void MainWindow::editRoles()
{
    // Positions per role in every scenario: a role in use anywhere needs a replacement.
    QHash<QString, int> usage;
    for (const Scenario &sc : m_doc->plan().scenarios)
        for (const Position &p : sc.org.positions())
            ++usage[p.role];
    RoleDesigner dialog(m_doc->roles(), usage, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_doc->changeRoles(dialog.catalogue(), dialog.replacements(), &error))
        reportError(error);
}

void MainWindow::rebuildScenarioCombo()
{
    const QSignalBlocker block(m_scenarioCombo);
    const QStringList names = m_doc->scenarioNames();
    if (names != [this] {
            QStringList items;
            for (int i = 0; i < m_scenarioCombo->count(); ++i)
                items << m_scenarioCombo->itemText(i);
            return items;
        }()) {
        m_scenarioCombo->clear();
        m_scenarioCombo->addItems(names);
    }
    m_scenarioCombo->setCurrentIndex(m_doc->currentScenario());
    if (QAction *del = m_actions.value(QStringLiteral("actionDeleteScenario")))
        del->setEnabled(names.size() > 1);
    if (QAction *cmp = m_actions.value(QStringLiteral("actionCompareScenarios")))
        cmp->setEnabled(names.size() > 1);
}

void MainWindow::newScenario(bool duplicate)
{
    const QString current = m_doc->currentScenarioName();
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, duplicate ? tr("Duplicate Scenario") : tr("New Scenario"), tr("Name of the new scenario:"),
        QLineEdit::Normal, duplicate ? tr("%1 (copy)").arg(current) : QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    QString error;
    const bool done = duplicate ? m_doc->duplicateScenario(QString(), name, &error) : m_doc->createScenario(name, &error);
    if (!done || !m_doc->switchScenario(name, &error))
        reportError(error);
    rebuildScenarioCombo();
}

void MainWindow::renameScenario()
{
    const QString current = m_doc->currentScenarioName();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Scenario"), tr("New name of the scenario:"),
                                               QLineEdit::Normal, current, &ok).trimmed();
    if (!ok || name.isEmpty() || name == current)
        return;
    QString error;
    if (!m_doc->renameScenario(current, name, &error))
        reportError(error);
    rebuildScenarioCombo();
}

void MainWindow::deleteScenario()
{
    const QString current = m_doc->currentScenarioName();
    if (QMessageBox::question(this, tr("Delete Scenario"),
                              tr("Delete the scenario \"%1\"? This cannot be undone and clears the undo history.")
                                  .arg(current),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_doc->deleteScenario(current, &error))
        reportError(error);
    rebuildScenarioCombo();
}

void MainWindow::compareScenarios()
{
    ScenarioCompareDialog dialog(m_doc, this);
    dialog.exec();
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
