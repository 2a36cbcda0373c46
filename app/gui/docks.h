// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMainWindow;
class QSortFilterProxyModel;
class QTableView;

namespace org { class Document; }

namespace org::ui {

class ChartScene;
class PeopleModel;
class ProblemModel;
class SeverityFilterModel;

/// A dock with a fixed object name around `content`, added to `window` in `area`.
QDockWidget *addDock(QMainWindow *window, QWidget *content, const char *objectName, Qt::DockWidgetArea area);

/// The people list: a filter field over a sortable table of every position.
/// Its selection follows the chart's and selects on the chart in turn.
class PeopleDock final : public QDockWidget
{
    Q_OBJECT
public:
    PeopleDock(Document *doc, ChartScene *scene, QMainWindow *window);

    PeopleModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// Selects the rows of the chart's selection (called when it changes).
    void syncFromScene();
    void retranslate();

Q_SIGNALS:
    /// A row was double-clicked: show that position.
    void positionActivated(const QString &id);

private:
    void syncToScene();

    ChartScene *m_scene;
    PeopleModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    bool m_syncing = false;
};

/// The problems of the current scenario, filtered by severity.
class ProblemsDock final : public QDockWidget
{
    Q_OBJECT
public:
    ProblemsDock(Document *doc, QMainWindow *window);

    ProblemModel *model() const { return m_model; }
    SeverityFilterModel *filter() const { return m_filterModel; }
    QTableView *view() const { return m_view; }
    /// Texts, and the title with the number of problems.
    void retranslate();

Q_SIGNALS:
    /// A problem was clicked: show the position it is about.
    void positionActivated(const QString &id);

private:
    void updateTitle();
    Document *m_doc;
    ProblemModel *m_model;
    SeverityFilterModel *m_filterModel;
    QLabel *m_severityLabel;
    QComboBox *m_severity;
    QTableView *m_view;
};

} // namespace org::ui
