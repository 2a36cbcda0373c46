// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;
class QUndoView;

namespace org { class Document; }

namespace org::ui {

class ChartScene;
class Dashboard;
class ChartView;
class PeopleModel;
class ProblemModel;
class PropertyPanel;
class RolePalette;
class SeverityFilterModel;

/// The editor window: the chart in the centre; docks for the people list, the
/// role palette, the property panel, the problems and the undo history;
/// menus and a toolbar with shortcuts; a status bar with headcount, open
/// positions and problem counts. Owns one Document; every edit goes through
/// it. Window layout, recent files and the language are kept in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a plan, CSV or XLSX (a CSV without a role column infers roles from
    /// titles). `interactive`: errors and recovery prompts as dialogs.
    bool openFile(const QString &path, bool interactive = true, QString *error = nullptr);
    /// Shows the import preview for a file (empty: ask for one); true when imported.
    bool importWithPreview(const QString &path = {});
    /// Selects and centres the next position matching `text` (name, id, title, team).
    bool search(const QString &text);

    Document *document() const { return m_doc; }
    ChartScene *scene() const { return m_scene; }
    ChartView *chartView() const { return m_view; }
    PeopleModel *peopleModel() const { return m_people; }
    ProblemModel *problemModel() const { return m_problems; }
    SeverityFilterModel *problemFilter() const { return m_problemFilter; }
    QTableView *problemsView() const { return m_problemsView; }
    QTableView *peopleView() const { return m_peopleView; }
    RolePalette *rolePalette() const { return m_palette; }
    PropertyPanel *propertyPanel() const { return m_properties; }
    Dashboard *dashboard() const { return m_dashboard; }
    QDockWidget *dashboardDock() const { return m_dashboardDock; }
    /// The people list's filter field (the dashboard's bars set it).
    QLineEdit *peopleFilterEdit() const { return m_peopleSearch; }
    QComboBox *scenarioCombo() const { return m_scenarioCombo; }
    /// An action by object name ("actionUndo", "actionDelete"…).
    QAction *action(const QString &name) const;
    /// Status-bar texts, for tests: headcount, open, errors, warnings.
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslateUi();
    void updateActions();
    void updateStatus();
    void updateTitle();
    void syncPeopleSelection();
    void readSettings();
    void writeSettings();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    bool maybeSave();
    void reportError(const QString &message);
    void setLanguage(const QString &lang);

    void newPlan();
    void openDialog();
    bool save();
    bool saveAs();
    void exportCsv();
    void exportChart();
    void printChart(bool preview);
    void addReport();
    void addOpenPosition();
    void fillOpenPosition();
    void deleteSelected(bool withSubtree);
    void addDottedLine(const QString &reportId = {});
    void removeDottedLine();
    void toggleAssistant(bool on);
    void toggleCollapse();
    void editRuleSettings();
    void editRoles();
    void rebuildScenarioCombo();
    void newScenario(bool duplicate);
    void renameScenario();
    void deleteScenario();
    void compareScenarios();

    QAction *makeAction(const char *name, const QKeySequence &shortcut = {}, const QIcon &icon = {});

    Document *m_doc;
    ChartScene *m_scene;
    ChartView *m_view;
    PeopleModel *m_people;
    QSortFilterProxyModel *m_peopleFilter;
    QTableView *m_peopleView;
    QLineEdit *m_peopleSearch;
    RolePalette *m_palette;
    PropertyPanel *m_properties;
    ProblemModel *m_problems;
    SeverityFilterModel *m_problemFilter;
    QTableView *m_problemsView;
    QComboBox *m_severityCombo;
    QComboBox *m_scenarioCombo;
    QLabel *m_scenarioLabel;
    QLabel *m_severityLabel;
    QUndoView *m_undoView;
    QLineEdit *m_search;
    QDockWidget *m_peopleDock, *m_rolesDock, *m_propertiesDock, *m_problemsDock, *m_historyDock, *m_dashboardDock;
    Dashboard *m_dashboard;
    QToolBar *m_toolBar;
    QMenu *m_fileMenu, *m_recentMenu, *m_editMenu, *m_viewMenu, *m_languageMenu, *m_helpMenu, *m_panelsMenu, *m_scenarioMenu;
    QMenu *m_contextMenu;
    QLabel *m_headcountLabel, *m_openLabel, *m_errorsLabel, *m_warningsLabel, *m_zoomLabel;
    QHash<QString, QAction *> m_actions;
    QActionGroup *m_languageGroup;
    QStringList m_recentFiles;
    bool m_syncingSelection = false;
    int m_searchIndex = -1;
    QString m_lastSearch;
};

} // namespace org::ui
