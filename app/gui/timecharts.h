// SPDX-License-Identifier: MIT
#pragma once

#include "rules/stats.h"

#include "deferredrefresh.h"

#include <QWidget>

#include <array>

class QChart;
class QChartView;

namespace org { class Document; }

namespace org::ui {

/// The dashboard's charts of planning over time, below the others: headcount and
/// monthly cost per quarter stacked by role (in the roles' colours, the figures
/// of Forecast::compute, as `orgdesigner-cli forecast`), the hiring pipeline
/// (open positions by hiring status) and the layers chart (positions per layer
/// below the root, OrgStats). Evaluated as of the Document's date when one is set.
/// Follows the Document; rebuilds only while visible.
class TimeCharts final : public QWidget
{
    Q_OBJECT
public:
    enum Chart { QuarterHeadcountChart, QuarterCostChart, PipelineChart, LayersChart, ChartCount };

    explicit TimeCharts(Document *doc, QWidget *parent = nullptr);

    QChartView *chartView(Chart chart) const { return m_views.at(std::size_t(chart)); }
    /// Rebuilds every chart now.
    void refresh();

private:
    void scheduleRefresh() { m_refresh->schedule(); }
    QChart *newChart(Chart chart, const QString &title);
    Document *m_doc;
    std::array<QChartView *, ChartCount> m_views{};
    DeferredRefresh *m_refresh = nullptr;
};

/// The dashboard's OrgStats: of the whole plan, or as of the Document's date
/// (the positions there that day, OrgAsOf::ActiveOnly).
OrgStats dashboardStats(const Document &doc);

/// Shows a new empty chart in `view` in the dashboard's style (title, no animation,
/// no legend, 4 px margins) and deletes the chart it replaces; the view owns the new one.
QChart *replaceChart(QChartView *view, const QString &title);

} // namespace org::ui
