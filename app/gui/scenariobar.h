// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QComboBox;
class QLabel;
class QWidget;

namespace org { class Document; }

namespace org::ui {

/// The scenarios of the open plan: the toolbar's "Scenario:" label and switch
/// combo, and the Scenario menu's new, duplicate, rename, delete and compare.
class ScenarioBar final : public QObject
{
    Q_OBJECT
public:
    /// `deleteAction` and `compareAction` are enabled only with two or more scenarios.
    ScenarioBar(Document *doc, QWidget *window, QAction *deleteAction, QAction *compareAction);

    QLabel *label() const { return m_label; }
    QComboBox *combo() const { return m_combo; }

    void newScenario(bool duplicate);
    void renameScenario();
    void deleteScenario();
    void compareScenarios();
    void retranslate();

Q_SIGNALS:
    void error(const QString &text);

private:
    void rebuild();

    Document *m_doc;
    QWidget *m_window;
    QAction *m_delete, *m_compare;
    QLabel *m_label;
    QComboBox *m_combo;
};

} // namespace org::ui
