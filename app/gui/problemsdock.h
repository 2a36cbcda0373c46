// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QMainWindow;
class QPushButton;
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
    QPushButton *fixButton() const { return m_fix; }
    QPushButton *fixAllButton() const { return m_fixAll; }
    /// Index in Document::problems() of the selected problem, or -1.
    int selectedProblem() const;
    /// Texts, and the title with the number of problems.
    void retranslate();

Q_SIGNALS:
    /// A problem was clicked: show the position it is about.
    void positionActivated(const QString &id);
    /// The Fix button or the context menu of a problem: show the fixes of
    /// problem `index` (in Document::problems()) in a menu at `globalPos`.
    void fixRequested(int index, const QPoint &globalPos);
    /// "Fix All Errors…" was clicked.
    void fixAllRequested();

private:
    void updateTitle();
    void updateButtons();
    Document *m_doc;
    ProblemModel *m_model;
    SeverityFilterModel *m_filterModel;
    QLabel *m_severityLabel;
    QComboBox *m_severity;
    QTableView *m_view;
    QPushButton *m_fix;
    QPushButton *m_fixAll;
};

} // namespace org::ui
