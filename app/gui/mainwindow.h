// SPDX-License-Identifier: MIT
#pragma once

#include "positioncache.h"

#include <QMainWindow>

#include <cstdint>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolBar;
namespace org::ui { class UndoController; }

namespace org { class Document; }

namespace org::ui {

class ActionSet;
class AsOfControl;
class ChartScene;
class ChartView;
class Dashboard;
class EditActions;
class FileController;
class FixActions;
class FixPreview;
class ForecastDock;
class HistoryView;
class PeopleDock;
class PeopleModel;
class ProblemModel;
class ProblemsDock;
class PropertyPanel;
class RolePalette;
class ScenarioBar;
class SeverityFilterModel;

/// The editor window: the chart in the centre; docks for the people list, the
/// role palette, the property panel, the problems and the undo history;
/// menus and a toolbar with shortcuts (ActionSet); a status bar with
/// headcount, open positions and problem counts. Owns one Document; every
/// edit goes through it (EditActions), files through a FileController and
/// scenarios through a ScenarioBar. Window layout and the language are kept
/// in QSettings.
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
    /// One-click fixes (menus, preview, fix all, card menu edits).
    FixActions *fixActions() const { return m_fixes; }
    FixPreview *fixPreview() const { return m_fixPreview; }
    ProblemsDock *problemsDock() const { return m_problemsDock; }
    PeopleModel *peopleModel() const;
    ProblemModel *problemModel() const;
    SeverityFilterModel *problemFilter() const;
    QTableView *problemsView() const;
    QTableView *peopleView() const;
    RolePalette *rolePalette() const { return m_palette; }
    PropertyPanel *propertyPanel() const { return m_properties; }
    Dashboard *dashboard() const { return m_dashboard; }
    QDockWidget *dashboardDock() const { return m_dashboardDock; }
    /// Planning over time: the toolbar's date control and the Forecast panel.
    AsOfControl *asOfControl() const { return m_asOf; }
    ForecastDock *forecast() const { return m_forecast; }
    QDockWidget *forecastDock() const { return m_forecastDock; }
    /// The people list's filter field (the dashboard's bars set it).
    QLineEdit *peopleFilterEdit() const;
    QComboBox *scenarioCombo() const;
    /// An action by object name ("actionUndo", "actionDelete"…).
    QAction *action(const QString &name) const;
    /// Status-bar texts, for tests: headcount, open, errors, warnings.
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createDocks();
    void defaultDockSizes();
    void connectActions();
    void retranslateUi();
    void updateActions();
    void updateStatus();
    /// The zoom in the status bar (zoomChanged: nothing else is counted again).
    void updateZoomStatus();
    void updateTitle();
    void readSettings();
    void writeSettings();
    void reportError(const QString &message);
    void setLanguage(const QString &lang);
    void exportChart();
    void printChart(bool preview);
    void toggleCollapse();
    // mainwindowtime.cpp
    void createTimeTools();
    void addAsOfControl(QToolBar *toolBar);
    void retranslateTimeTools();

    Document *m_doc;
    ChartScene *m_scene;
    ChartView *m_view;
    ActionSet *m_actions;
    FileController *m_files;
    EditActions *m_edits;
    FixPreview *m_fixPreview;
    FixActions *m_fixes;
    ScenarioBar *m_scenarios;
    PeopleDock *m_peopleDock;
    ProblemsDock *m_problemsDock;
    RolePalette *m_palette;
    PropertyPanel *m_properties;
    Dashboard *m_dashboard;
    HistoryView *m_undoView;
    UndoController *m_undoController = nullptr;
    QLineEdit *m_search;
    QDockWidget *m_rolesDock, *m_propertiesDock, *m_historyDock, *m_dashboardDock;
    QLabel *m_headcountLabel, *m_openLabel, *m_errorsLabel, *m_warningsLabel, *m_zoomLabel;
    AsOfControl *m_asOf = nullptr;
    ForecastDock *m_forecast = nullptr;
    QDockWidget *m_forecastDock = nullptr;
    int m_searchIndex = -1;
    QString m_lastSearch;
    /// Headcount and open positions in the status bar, counted again only after
    /// positions were added, removed or changed (a move or a re-check keeps them).
    int m_headcount = 0, m_openPositions = 0;
    bool m_headcountStale = true;
    bool m_defaultDocks = false; ///< nothing remembered: lay the docks out when first shown
    /// Per position what it adds to the status bar (1: headcount, 2: an open position
    /// in it): an edit recounts the positions it changed, not the org.
    PositionCache<std::uint8_t> m_counted;
    /// Recounts one changed or appended position, or marks the counts stale.
    void countPosition(const QString &id);
};

} // namespace org::ui
