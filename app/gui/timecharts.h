// SPDX-License-Identifier: MIT
#pragma once

#include "rules/stats.h"

#include <QWidget>

#include <array>

class QChart;
class QChartView;
class QTimer;

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

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    QChart *newChart(Chart chart, const QString &title);
    Document *m_doc;
    std::array<QChartView *, ChartCount> m_views{};
    QTimer *m_timer;
    bool m_dirty = true;
};

/// The dashboard's OrgStats: of the whole plan, or as of the Document's date
/// (the positions there that day, OrgAsOf::ActiveOnly).
OrgStats dashboardStats(const Document &doc);

} // namespace org::ui
