// SPDX-License-Identifier: MIT
#include "timecharts.h"

#include "edit/document.h"
#include "i18n/language.h"
#include "languagechange.h"
#include "model/plandate.h"
#include "rules/forecast.h"
#include "rules/orgasof.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace org::ui {

OrgStats dashboardStats(const Document &doc)
{
    if (!doc.asOf().isValid())
        return OrgStats::compute(doc.org(), doc.roles());
    return OrgStats::compute(OrgAsOf::at(doc.org(), doc.asOf(), OrgAsOf::ActiveOnly).org, doc.roles());
}

namespace {

QValueAxis *valueAxis(double max, bool money)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(1.0, max * 1.1));
    axis->setLabelFormat(money ? QStringLiteral("%.0f") : QStringLiteral("%d"));
    axis->applyNiceNumbers();
    return axis;
}

void attach(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, double max, bool money)
{
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = valueAxis(max, money);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

TimeCharts::TimeCharts(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("timeCharts"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    static const char *const names[ChartCount] = {"quarterHeadcountChart", "quarterCostChart", "hiringPipelineChart",
                                                  "layersChart"};
    for (int i = 0; i < ChartCount; ++i) {
        auto *view = new QChartView(this);
        view->setObjectName(QString::fromLatin1(names[i]));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(300, 260);
        m_views[std::size_t(i)] = view;
        grid->addWidget(view, 0, i);
    }
    m_refresh = new DeferredRefresh(this, 60, [this] { refresh(); });
    m_refresh->scheduleOn(m_doc, &Document::orgReset, &Document::problemsChanged, &Document::settingsChanged,
                          &Document::scenariosChanged, &Document::positionChanged,
                          &Document::positionsChanged);
    onLanguageChange(this, [this] { scheduleRefresh(); });
}

QChart *replaceChart(QChartView *view, const QString &title)
{
    auto *c = new QChart;
    c->setTitle(title);
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setVisible(false);
    c->setMargins(QMargins(4, 4, 4, 4));
    QChart *old = view->chart();
    view->setChart(c); // the view owns the new chart; the old one is ours to delete
    delete old;
    return c;
}

QChart *TimeCharts::newChart(Chart chart, const QString &title)
{
    return replaceChart(chartView(chart), title);
}

void TimeCharts::refresh()
{
    m_refresh->done();
    const Org &org = m_doc->org();
    const RoleCatalogue &roles = m_doc->roles();
    const QString lang = language();
    const auto [from, to] = Forecast::defaultRange(org, QDate::currentDate());
    // The quarters around the chosen date when there is one.
    const QDate first = m_doc->asOf().isValid() ? std::min(from, PlanDate::quarterStart(m_doc->asOf())) : from;
    const std::vector<Forecast::Quarter> quarters = Forecast::compute(org, roles, nullptr, first, std::max(to, first));
    QStringList categories;
    for (const Forecast::Quarter &q : quarters)
        categories << PlanDate::quarterLabel(q.start);

    // Headcount and cost per quarter, stacked by role in ladder order (lowest rung at the bottom).
    for (const bool money : {false, true}) {
        QChart *c = newChart(money ? QuarterCostChart : QuarterHeadcountChart,
                             money ? tr("Monthly cost per quarter by role (%1)").arg(roles.currency())
                                   : tr("Headcount per quarter by role"));
        auto *series = new QStackedBarSeries;
        double max = 0;
        std::vector<double> totals(quarters.size(), 0.0);
        for (auto it = roles.roles().rbegin(); it != roles.roles().rend(); ++it) {
            const Role &r = *it;
            QList<qreal> values;
            bool any = false;
            for (std::size_t i = 0; i < quarters.size(); ++i) {
                double v = 0;
                if (money) {
                    for (const auto &[key, cost] : quarters[i].costByRole)
                        if (key == r.key)
                            v = cost;
                } else {
                    for (const auto &[key, count] : quarters[i].headcountByRole)
                        if (key == r.key)
                            v = count;
                }
                any = any || v > 0;
                totals[i] += v;
                values << v;
            }
            if (!any)
                continue;
            auto *set = new QBarSet(r.displayName(lang));
            set->setColor(r.color.isValid() ? r.color : QColor(0x9c, 0xa3, 0xaf));
            set->setBorderColor(set->color().darker(115));
            set->append(values);
            series->append(set);
        }
        for (double t : totals)
            max = std::max(max, t);
        series->setBarWidth(0.7);
        attach(c, series, categories, max, money);
        c->legend()->setVisible(true);
        c->legend()->setAlignment(Qt::AlignRight);
    }

    // The hiring pipeline: open positions by status (as of the date when one is set).
    {
        QChart *c = newChart(PipelineChart, tr("Hiring pipeline: open positions by status"));
        const QDate asOf = m_doc->asOf();
        std::array<int, 5> counts{};
        for (const Position &p : org.positions())
            if (p.isOpen() && OrgStats::inHeadcount(p) && p.isActiveOn(asOf))
                ++counts[std::size_t(p.status())];
        auto *set = new QBarSet(tr("Open positions"));
        set->setColor(QColor(0x56, 0xb4, 0xe9));
        QStringList names{tr("No status")};
        QList<qreal> values{qreal(counts[0])};
        for (HiringStatus s : PlanDate::statuses()) {
            names << PlanDate::statusName(s);
            values << counts[std::size_t(s)];
        }
        set->append(values);
        set->setLabelColor(Qt::black);
        auto *series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        attach(c, series, names, *std::max_element(counts.begin(), counts.end()), false);
    }

    // Layers: positions per layer below the root.
    {
        const OrgStats stats = dashboardStats(*m_doc);
        QChart *c = newChart(LayersChart, tr("Positions per layer (%n layer(s))", nullptr, stats.layers));
        auto *set = new QBarSet(tr("Positions"));
        set->setColor(QColor(0x00, 0x9e, 0x73));
        QStringList layers;
        double max = 0;
        for (std::size_t i = 0; i < stats.positionsPerLayer.size(); ++i) {
            layers << QString::number(i);
            *set << stats.positionsPerLayer[i];
            max = std::max(max, double(stats.positionsPerLayer[i]));
        }
        set->setLabelColor(Qt::black);
        auto *series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        attach(c, series, layers, max, false);
    }
}

} // namespace org::ui
