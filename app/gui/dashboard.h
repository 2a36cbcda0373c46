// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <array>

class QChart;
class QChartView;
class QPushButton;
class QTimer;

namespace org { class Document; }

namespace org::ui {

/// The dashboard (DESIGN.md §7): charts of the current org — headcount by role
/// (ladder order, highest rung on top), headcount by team (filled and open
/// positions stacked), span-of-control histogram with the limit marked,
/// monthly cost by team (when there is cost data), problems by rule and the
/// headcount of every scenario of the plan (filled and open).
/// Follows the Document; rebuilds only while visible. Clicking a role or team
/// bar asks for the people list to be filtered (filterRequested). Each chart's
/// context menu saves it as PNG.
class Dashboard final : public QWidget
{
    Q_OBJECT
public:
    enum Chart { RoleChart, TeamChart, SpanChart, CostChart, ProblemChart, ScenarioChart, ChartCount };

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
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void retranslate();
    void saveChartDialog(Chart chart);
    QChart *newChart(Chart chart, const QString &title);

    Document *m_doc;
    std::array<QChartView *, ChartCount> m_views{};
    QTimer *m_timer;
    QPushButton *m_saveAll;
    bool m_dirty = true;
};

} // namespace org::ui
