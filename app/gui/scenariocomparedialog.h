// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace org { class Document; }

namespace org::ui {

/// Compare scenarios: pick two scenarios of the plan and list what changed
/// from the first to the second (ScenarioDiff: moved, added, removed,
/// role-changed and team-changed positions) with the headcount and monthly-cost
/// deltas, in total and per team.
class ScenarioCompareDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ScenarioCompareDialog(const Document *doc, QWidget *parent = nullptr);

    /// Chooses the two scenarios by name and recomputes.
    void setScenarios(const QString &before, const QString &after);
    QTableWidget *changesTable() const { return m_changes; }
    QString summary() const;

private:
    void recompute();

    const Document *m_doc;
    QComboBox *m_before, *m_after;
    QLabel *m_summary;
    QTableWidget *m_changes, *m_teams, *m_roles;
};

} // namespace org::ui
