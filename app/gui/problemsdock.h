// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QMainWindow;
class QTableView;

namespace org { class Document; }

namespace org::ui {

class ProblemModel;
class SeverityFilterModel;

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
