// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QLineEdit;
class QMainWindow;
class QSortFilterProxyModel;
class QTableView;

namespace org { class Document; }

namespace org::ui {

class ChartScene;
class PeopleModel;

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

} // namespace org::ui
