// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace org { class Document; }

namespace org::ui {

class ChartScene;
class ChartView;

/// What the Edit menu does to the chart's selection: each asks what it needs
/// (a name, a dotted-line manager, the role designer…) and makes one
/// Document edit, so that every action is one undo step.
class EditActions final : public QObject
{
    Q_OBJECT
public:
    EditActions(Document *doc, ChartScene *scene, ChartView *view, QWidget *window);

    void addReport();
    void addOpenPosition();
    /// Team, product line and role of the selection (EditSelectionDialog), one step.
    void editSelection();
    void fillOpenPosition();
    void deleteSelected(bool withSubtree);
    /// `reportId` empty: the current card (or, with two selected, the other one).
    void addDottedLine(const QString &reportId = {});
    void removeDottedLine();
    void setAssistant(bool on);
    void selectAll();
    void editRuleSettings();
    void editRoles();

Q_SIGNALS:
    /// An edit was refused: status bar and toast.
    void error(const QString &text);

private:
    /// The current card's id when it exists, else empty (add as a root).
    QString currentManager() const;
    /// Runs an edit that may be refused (it sets the message); a refusal is
    /// reported (error()). True when the edit was made.
    bool attempt(const std::function<bool(QString *)> &edit);

    Document *m_doc;
    ChartScene *m_scene;
    ChartView *m_view;
    QWidget *m_window;
};

} // namespace org::ui
