// SPDX-License-Identifier: MIT
#pragma once

#include "rules/stats.h"

#include "deferredrefresh.h"

#include <QWidget>

#include <array>

class QChart;
class QGridLayout;
class QChartView;
class QPushButton;

namespace org { class Document; }

namespace org::ui {

/// The dashboard (DESIGN.md §7): charts of the current org — headcount by role
/// (ladder order, highest rung on top, each bar in its role's colour),
/// headcount by team and by product line (filled and open positions stacked),
/// span-of-control histogram with the limit marked, monthly cost by team and
/// by role (when there is cost data), problems by rule and the headcount of
/// every scenario of the plan (filled and open). The figures are OrgStats'
/// (the same as `orgdesigner-cli stats`) and the RuleEngine's problems.
/// Follows the Document; rebuilds only while visible. Clicking a role, team or
/// product-line bar asks for the people list to be filtered (filterRequested).
/// Each chart's context menu saves it as PNG.
class Dashboard final : public QWidget
{
    Q_OBJECT
public:
    enum Chart {
        RoleChart,
        TeamChart,
        ProductLineChart,
        SpanChart,
        CostChart,      ///< monthly cost by team
        RoleCostChart,  ///< monthly cost by role
        ProblemChart,
        ScenarioChart,
        ChartCount
    };

    explicit Dashboard(Document *doc, QWidget *parent = nullptr);

    QChartView *chartView(Chart chart) const { return m_views.at(std::size_t(chart)); }
    /// Rebuilds every chart now.
    void refresh();
    /// Writes one chart as PNG; false when writing fails.
    bool saveChart(Chart chart, const QString &path) const;
    /// Writes every shown chart as "<dir>/<chart>.png" (roleChart.png …); the number written.
    int saveAll(const QString &dir) const;

Q_SIGNALS:
    /// A bar was clicked: filter the people list by this text (role name or team).
    void filterRequested(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRefresh() { m_refresh->schedule(); }
    int columns() const;
    void placeCharts();
    void retranslate();
    void saveChartDialog(Chart chart);
    QChart *newChart(Chart chart, const QString &title);
    /// Headcount per group (team or product line): filled and open positions stacked.
    void fillGroupChart(Chart chart, const QString &title, const std::vector<OrgStats::Group> &groups,
                        const QColor &filledColor, const QColor &openColor, const QString &noneName);
    /// One bar per role in the role's colour (ladder order, the highest rung on
    /// top); `value` gives each group's bar. Clicking a bar filters by the role.
    void fillRoleChart(Chart chart, const QString &title, const std::vector<OrgStats::Group> &byRole,
                       double (*value)(const OrgStats::Group &), bool money);

    Document *m_doc;
    std::array<QChartView *, ChartCount> m_views{};
    DeferredRefresh *m_refresh = nullptr;
    QGridLayout *m_grid;
    QWidget *m_timeCharts = nullptr;
    int m_columns = 0;
    QPushButton *m_saveAll;
};

} // namespace org::ui
