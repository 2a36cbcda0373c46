// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <array>

class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace org {
class Document;
struct ScenarioDiff;
} // namespace org

namespace org::ui {

class CompareChart;

/// Compare scenarios: pick two scenarios of the plan and see what changed from
/// the first to the second (by default from the plan's first scenario, the one
/// compared against, to the scenario being edited, so changes read forwards) (ScenarioDiff: moved, added, removed, role-changed
/// and team-changed positions). The second scenario's chart shows the changes
/// on its cards (CompareChart, with a legend); beside it the changes are
/// listed (choosing a row centres its card) with the headcount and
/// monthly-cost deltas per team and per role, and two bar charts show the
/// deltas per team. Cost and headcount are counted as the dashboard counts
/// them (OrgStats).
class ScenarioCompareDialog final : public QDialog
{
    Q_OBJECT
public:
    enum DeltaChart { HeadcountDeltaChart, CostDeltaChart, DeltaChartCount };

    explicit ScenarioCompareDialog(const Document *doc, QWidget *parent = nullptr);
    ~ScenarioCompareDialog() override;

    /// Chooses the two scenarios by name and recomputes.
    void setScenarios(const QString &before, const QString &after);
    QTableWidget *changesTable() const { return m_changes; }
    QTableWidget *teamTable() const { return m_teams; }
    CompareChart *compareChart() const { return m_chart; }
    QChartView *deltaChart(DeltaChart chart) const { return m_deltaCharts.at(std::size_t(chart)); }
    QString summary() const;

private:
    void recompute();
    void fillDeltaCharts(const ScenarioDiff &diff);

    const Document *m_doc;
    QComboBox *m_before, *m_after;
    QLabel *m_summary;
    CompareChart *m_chart;
    QTabWidget *m_tabs;
    QTableWidget *m_changes, *m_teams, *m_roles;
    std::array<QChartView *, DeltaChartCount> m_deltaCharts{};
};

} // namespace org::ui
