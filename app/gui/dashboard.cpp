// SPDX-License-Identifier: MIT
#include "dashboard.h"

#include "edit/document.h"
#include "languagechange.h"
#include "problemmodel.h"
#include "render/cardpainter.h"
#include "i18n/language.h"
#include "rules/ruleengine.h"
#include "rules/stats.h"
#include "timecharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHBoxLayout>
#include <QPushButton>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QList>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>

namespace org::ui {

namespace {
constexpr int kMaxTeams = 12;
constexpr int kMaxSpanBins = 30;
constexpr int kMaxColumns = 4;
constexpr int kChartMinWidth = 440;   ///< a column of the dashboard's grid
constexpr int kChartMinHeight = 300;
constexpr int kCategoryAxisRoom = 70; ///< a chart's width left of and beside its plot

/// The smallest step of 1, 2 or 5 × 10ⁿ (at least 1) that splits `max` in at most `ticks` steps.
double wholeStep(double max, int ticks)
{
    const double raw = std::max(1.0, max / ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10 * magnitude;
}

/// A value axis from 0 with a tick at every multiple of a whole step (never
/// two ticks with the same label); `headroom` (≥ 1) leaves room for value labels.
QValueAxis *wholeAxis(double max, double headroom, int ticks, const QString &format)
{
    auto *axis = new QValueAxis;
    const double step = wholeStep(max * headroom, ticks);
    axis->setRange(0, std::max(step, std::ceil(max * headroom / step) * step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(format);
    return axis;
}

/// A value axis of counts.
QValueAxis *countAxis(double max, double headroom = 1.0)
{
    return wholeAxis(max, headroom, 5, QStringLiteral("%d"));
}

/// A value axis for money: whole numbers, nice steps, about four ticks.
QValueAxis *moneyAxis(double max, double headroom)
{
    return wholeAxis(max, headroom, 4, QStringLiteral("%.0f"));
}

/// Problems' colours, as on the cards' badges and in the problems list: errors
/// red, warnings amber, information blue.
QColor severityColor(Severity severity)
{
    const CardStyle style;
    switch (severity) {
    case Severity::Error: return style.errorBadge;
    case Severity::Warning: return style.warningBadge;
    case Severity::Info: break;
    }
    return {0x25, 0x63, 0xeb};
}

/// Adds a horizontal bar series to `chart` with its categories on the left
/// and `values` along the bottom.
void addHorizontalSeries(QChart *chart, QAbstractBarSeries *series, const QStringList &categories,
                         QValueAxis *values)
{
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(values);
}

/// Puts a filled/open pair of bar sets into a stacked series on `chart`, with
/// the categories on one axis and the counts on the other.
void addFilledOpenSeries(QChart *chart, QAbstractBarSeries *series, QBarSet *filled, QBarSet *open,
                         const QStringList &categories, double max, double barWidth, bool horizontal)
{
    series->append(filled);
    series->append(open);
    series->setBarWidth(barWidth);
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *counts = countAxis(max);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(counts, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(counts);
}

QBarSet *makeSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color.darker(115));
    return set;
}
} // namespace

Dashboard::Dashboard(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("dashboard"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    m_saveAll = new QPushButton(this);
    m_saveAll->setObjectName(QStringLiteral("saveAllCharts"));
    connect(m_saveAll, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Save Charts as PNG"));
        if (dir.isEmpty())
            return;
        const int shown = int(std::count_if(m_views.begin(), m_views.end(), [](QChartView *v) { return !v->isHidden(); }));
        if (saveAll(dir) < shown)
            QMessageBox::warning(this, tr("Save Charts as PNG"), tr("Could not write every chart to \"%1\".").arg(dir));
    });
    bar->addWidget(m_saveAll);
    bar->addStretch();
    outer->addLayout(bar);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    m_grid = new QGridLayout(page);
    m_grid->setContentsMargins(4, 4, 4, 4);
    m_grid->setSpacing(6);
    static const char *const names[ChartCount] = {"roleChart", "teamChart", "productLineChart", "spanChart",
                                                  "costChart", "roleCostChart", "problemChart", "scenarioChart"};
    for (int i = 0; i < ChartCount; ++i) {
        auto *view = new QChartView(page);
        view->setObjectName(QString::fromLatin1(names[i]));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(kChartMinWidth, kChartMinHeight);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, i, view](const QPoint &pos) {
            QMenu menu(this);
            QAction *save = menu.addAction(tr("Save Chart as PNG…"));
            if (menu.exec(view->mapToGlobal(pos)) == save)
                saveChartDialog(Chart(i));
        });
        m_views[std::size_t(i)] = view;
    }
    m_timeCharts = new TimeCharts(m_doc, page); // over time: placed below the others
    placeCharts();
    scroll->setWidget(page);
    outer->addWidget(scroll);

    m_refresh = new DeferredRefresh(this, 50, [this] { refresh(); });
    m_refresh->scheduleOn(m_doc, &Document::orgReset, &Document::problemsChanged, &Document::settingsChanged,
                          &Document::scenariosChanged, &Document::positionChanged,
                          &Document::positionsChanged);
    retranslate();
    onLanguageChange(this, [this] {
        retranslate();
        scheduleRefresh();
    });
}

void Dashboard::retranslate()
{
    m_saveAll->setText(tr("Save Charts as PNG…"));
    m_saveAll->setToolTip(tr("Write every chart as a PNG image into a folder (right-click a chart to save only that one)"));
}

int Dashboard::columns() const
{
    return std::clamp(width() / (kChartMinWidth + 6), 1, kMaxColumns);
}

void Dashboard::placeCharts()
{
    // As many columns as charts of a readable width fit; a new chart is one
    // more entry in Chart and names[] and finds its place here.
    const int cols = columns();
    if (cols == m_columns)
        return;
    m_columns = cols;
    for (QChartView *view : m_views)
        m_grid->removeWidget(view);
    int row = 0, col = 0;
    for (int i = 0; i < ChartCount; ++i) {
        // The problems chart takes two columns: whole rule names beside its bars.
        const int span = i == ProblemChart ? std::min(2, cols) : 1;
        if (col + span > cols) {
            ++row;
            col = 0;
        }
        m_grid->addWidget(m_views[std::size_t(i)], row, col, 1, span);
        col += span;
    }
    m_grid->removeWidget(m_timeCharts);
    m_grid->addWidget(m_timeCharts, row + 1, 0, 1, cols);
}

void Dashboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeCharts();
    // The span histogram's bins and the rule names follow the charts' width.
    scheduleRefresh();
}

QChart *Dashboard::newChart(Chart chart, const QString &title)
{
    return replaceChart(chartView(chart), title);
}

void Dashboard::refresh()
{
    m_refresh->done();
    const OrgStats stats = dashboardStats(*m_doc); // as of the toolbar's date when one is set
    const QColor blue(0x00, 0x72, 0xb2), orange(0xe6, 0x9f, 0x00), red(0xd5, 0x5e, 0x00), green(0x00, 0x9e, 0x73);

    // Headcount by role: ladder order, the highest rung on top (a pyramid),
    // each role in its own colour.
    // The headcount's one rule (OrgStats::roleInHeadcount, as `stats` and the
    // status bar count): technical partners are not headcount.
    std::vector<OrgStats::Group> headcountByRole;
    std::copy_if(stats.byRole.begin(), stats.byRole.end(), std::back_inserter(headcountByRole),
                 [](const OrgStats::Group &g) { return OrgStats::roleInHeadcount(g.key); });
    fillRoleChart(RoleChart, tr("Headcount by role"), headcountByRole,
                  [](const OrgStats::Group &g) { return double(g.positions); }, false);

    // Headcount by team and by product line: filled and open positions stacked,
    // the largest on top; open positions in a lighter shade of the same colour.
    fillGroupChart(TeamChart, tr("Headcount by team"), stats.byTeam, green, QColor(0xa8, 0xdc, 0xcb), tr("No team"));
    fillGroupChart(ProductLineChart,
                   stats.byProductLine.empty() ? tr("Headcount by product line: no product lines set")
                                               : tr("Headcount by product line"),
                   stats.byProductLine, QColor(0xcc, 0x79, 0xa7), QColor(0xeb, 0xc9, 0xdc), QString());

    // Span of control: managers per number of direct reports; above the limit in red.
    {
        const int limit = m_doc->ruleSettings().spanOfControl;
        // The title names what is counted (managers), so the legend can be short.
        QChart *c = newChart(SpanChart, tr("Managers by span of control (limit %1)").arg(limit));
        auto *within = makeSet(tr("Within the limit"), blue);
        auto *above = makeSet(tr("Above the limit"), red);
        auto *x = new QBarCategoryAxis;
        c->addAxis(x, Qt::AlignBottom); // the chart's theme sets the labels' font
        const int maxSpan = stats.spans.empty() ? 0 : stats.spans.back();
        // Bins as wide as it takes for every label to fit under its bar.
        const QFontMetrics metrics(x->labelsFont());
        const int room = std::max(100, chartView(SpanChart)->width() - kCategoryAxisRoom);
        auto label = [](int from, int to) {
            return from == to ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to);
        };
        int width = std::max(1, (maxSpan + kMaxSpanBins - 1) / kMaxSpanBins);
        for (;;) {
            const int n = std::max(1, (maxSpan + width - 1) / width);
            const int widest = metrics.horizontalAdvance(label((n - 1) * width + 1, n * width));
            if (widest + 8 <= room / n || n == 1)
                break;
            width = width < 5 ? width + 1 : int(wholeStep(width + 1, 1));
        }
        const int bins = std::max(1, (maxSpan + width - 1) / width);
        std::vector<int> low(std::size_t(bins), 0), high(std::size_t(bins), 0);
        for (int s : stats.spans) {
            const std::size_t b = std::size_t(std::max(0, (s - 1) / width));
            (s > limit ? high : low)[b]++;
        }
        QStringList categories;
        double max = 0;
        for (int b = 0; b < bins; ++b) {
            const int from = b * width + 1, to = (b + 1) * width;
            categories << label(from, to);
            *within << low[std::size_t(b)];
            *above << high[std::size_t(b)];
            max = std::max(max, double(low[std::size_t(b)] + high[std::size_t(b)]));
        }
        auto *series = new QStackedBarSeries;
        series->append(within);
        series->append(above);
        c->addSeries(series);
        c->legend()->setVisible(true);
        c->legend()->setAlignment(Qt::AlignBottom);
        x->append(categories);
        x->setTitleText(tr("Direct reports"));
        auto *y = countAxis(max);
        c->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }

    // Monthly cost by team.
    {
        QChart *c = newChart(CostChart, stats.hasCost ? tr("Monthly cost by team (total %L1)").arg(stats.monthlyCost, 0, 'f', 0)
                                                      : tr("Monthly cost by team: no salaries or role costs"));
        chartView(CostChart)->setVisible(stats.hasCost);
        if (stats.hasCost) {
            std::vector<OrgStats::Group> teams = stats.byTeam;
            std::stable_sort(teams.begin(), teams.end(),
                             [](const OrgStats::Group &a, const OrgStats::Group &b) { return a.monthlyCost > b.monthlyCost; });
            auto *set = makeSet(tr("Monthly cost"), orange);
            QStringList categories, filters;
            QList<qreal> values;
            double other = 0, max = 0;
            for (std::size_t i = 0; i < teams.size(); ++i) {
                if (int(i) >= kMaxTeams) {
                    other += teams[i].monthlyCost;
                    continue;
                }
                categories.prepend(teams[i].key.isEmpty() ? tr("No team") : teams[i].key);
                filters.prepend(teams[i].key);
                values.prepend(teams[i].monthlyCost);
                max = std::max(max, teams[i].monthlyCost);
            }
            if (other > 0) // a note, not a bar that would dwarf every team
                c->setTitle(c->title() + QLatin1Char('\n')
                            + tr("The %L1 costliest of %L2 teams; the other teams: %L3")
                                  .arg(kMaxTeams)
                                  .arg(teams.size())
                                  .arg(other, 0, 'f', 0));
            set->append(values);
            auto *series = new QHorizontalBarSeries;
            series->append(set);
            series->setBarWidth(0.7);
            addHorizontalSeries(c, series, categories, moneyAxis(max, 1.1));
            connect(set, &QBarSet::clicked, this, [this, filters](int index) {
                if (index >= 0 && index < filters.size() && !filters.at(index).isEmpty())
                    Q_EMIT filterRequested(filters.at(index));
            });
        }
    }

    // Monthly cost by role, in the roles' colours.
    chartView(RoleCostChart)->setVisible(stats.hasCost);
    if (stats.hasCost)
        fillRoleChart(RoleCostChart, tr("Monthly cost by role"), stats.byRole,
                      [](const OrgStats::Group &g) { return g.monthlyCost; }, true);
    else
        newChart(RoleCostChart, tr("Monthly cost by role: no salaries or role costs"));

    // Problems by rule, in rule order (last on top), by severity in the
    // problems list's colours.
    {
        QChart *c = newChart(ProblemChart, tr("Problems by rule"));
        const QStringList ids = RuleSettings::ruleIds();
        const std::array<Severity, 3> severities{Severity::Error, Severity::Warning, Severity::Info};
        std::array<std::vector<int>, 3> counts;
        for (auto &v : counts)
            v.assign(std::size_t(ids.size()), 0);
        for (const Problem &p : m_doc->problems()) {
            const int i = int(ids.indexOf(p.rule));
            if (i >= 0)
                counts[std::size_t(p.severity)][std::size_t(i)]++;
        }

        auto *series = new QHorizontalStackedBarSeries;
        QStringList categories;
        double max = 0;
        for (qsizetype i = ids.size() - 1; i >= 0; --i) {
            categories << RuleEngine::ruleName(ids.at(i));
            int total = 0;
            for (const auto &v : counts)
                total += v[std::size_t(i)];
            max = std::max(max, double(total));
        }
        for (std::size_t k = 0; k < severities.size(); ++k) {
            auto *set = makeSet(ProblemModel::severityName(severities[k]), severityColor(severities[k]));
            set->setObjectName(severityId(severities[k]));
            for (qsizetype i = ids.size() - 1; i >= 0; --i)
                *set << counts[k][std::size_t(i)];
            series->append(set);
        }
        series->setBarWidth(0.7);
        c->addSeries(series);
        c->legend()->setVisible(true);
        c->legend()->setAlignment(Qt::AlignBottom);
        auto *y = new QBarCategoryAxis;
        y->append(categories);
        y->setTruncateLabels(false); // the whole rule names; the chart leaves them room
        auto *x = countAxis(max);
        c->addAxis(y, Qt::AlignLeft);
        c->addAxis(x, Qt::AlignBottom);
        series->attachAxis(y);
        series->attachAxis(x);
    }

    // Headcount of each scenario (technical partners not counted), filled and open
    // stacked; the current one is marked with "▸".
    {
        QChart *c = newChart(ScenarioChart, tr("Headcount by scenario"));
        auto *filled = makeSet(tr("Filled"), blue);
        auto *open = makeSet(tr("Open positions"), QColor(0xa6, 0xcb, 0xe3));
        QStringList categories;
        double max = 0;
        const std::vector<Scenario> &scenarios = m_doc->plan().scenarios;
        for (std::size_t i = 0; i < scenarios.size(); ++i) {
            int total = 0, vacant = 0;
            for (const Position &p : scenarios[i].org.positions()) {
                if (!OrgStats::inHeadcount(p))
                    continue;
                ++total;
                vacant += p.isOpen();
            }
            const bool current = int(i) == m_doc->currentScenario();
            categories << (current && scenarios.size() > 1 ? QStringLiteral("▸ ") + scenarios[i].name : scenarios[i].name);
            *filled << (total - vacant);
            *open << vacant;
            max = std::max(max, double(total));
        }
        auto *series = new QStackedBarSeries;
        addFilledOpenSeries(c, series, filled, open, categories, max, 0.6, false);
    }
}

void Dashboard::fillRoleChart(Chart chart, const QString &title, const std::vector<OrgStats::Group> &byRole,
                              double (*value)(const OrgStats::Group &), bool money)
{
    QChart *c = newChart(chart, title);
    const RoleCatalogue &roles = m_doc->roles();
    const QString lang = org::language();
    // QtCharts colours a whole bar set: one set per role, holding its value at
    // its own category and zeros elsewhere, stacked, gives one colour per bar.
    const int n = int(byRole.size());
    auto *series = new QHorizontalStackedBarSeries;
    QStringList categories;
    double max = 0;
    for (int i = 0; i < n; ++i) {
        const OrgStats::Group &g = byRole[std::size_t(n - 1 - i)]; // the highest rung last: on top
        const Role *r = roles.find(g.key);
        const QString name = r ? r->displayName(lang) : (g.key.isEmpty() ? tr("No role") : g.key);
        categories << name;
        const QColor color = r && r->color.isValid() ? r->color : QColor(0x9c, 0xa3, 0xaf);
        auto *set = makeSet(name, color);
        set->setLabelColor(Qt::black);
        QList<qreal> values(n, 0.0);
        values[i] = value(g);
        set->append(values);
        series->append(set);
        max = std::max(max, values[i]);
        connect(set, &QBarSet::clicked, this, [this, name](int) { Q_EMIT filterRequested(name); });
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(0.7);
    addHorizontalSeries(c, series, categories, money ? moneyAxis(max, 1.25) : countAxis(max));
}

void Dashboard::fillGroupChart(Chart chart, const QString &title, const std::vector<OrgStats::Group> &groups,
                               const QColor &filledColor, const QColor &openColor, const QString &noneName)
{
    QChart *c = newChart(chart, title);
    auto *filled = makeSet(tr("Filled"), filledColor);
    auto *open = makeSet(tr("Open positions"), openColor);
    QStringList categories, filters;
    QList<qreal> filledValues, openValues;
    int otherFilled = 0, otherOpen = 0;
    double max = 0;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const OrgStats::Group &g = groups[i];
        if (int(i) >= kMaxTeams) {
            otherFilled += g.positions - g.open;
            otherOpen += g.open;
            continue;
        }
        categories.prepend(g.key.isEmpty() ? noneName : g.key);
        filters.prepend(g.key);
        filledValues.prepend(g.positions - g.open);
        openValues.prepend(g.open);
        max = std::max(max, double(g.positions));
    }
    if (otherFilled + otherOpen > 0) {
        // The rest in a note, not as a bar: their sum would dwarf every team.
        c->setTitle(title + QLatin1Char('\n')
                    + (chart == TeamChart ? tr("The %L1 largest of %L2 teams; the other teams: %L3 positions")
                                          : tr("The %L1 largest of %L2 product lines; the others: %L3 positions"))
                          .arg(kMaxTeams)
                          .arg(groups.size())
                          .arg(otherFilled + otherOpen));
    }
    filled->append(filledValues);
    open->append(openValues);
    auto *series = new QHorizontalStackedBarSeries;
    addFilledOpenSeries(c, series, filled, open, categories, max, 0.7, true);
    for (QBarSet *set : {filled, open})
        connect(set, &QBarSet::clicked, this, [this, filters](int index) {
            if (index >= 0 && index < filters.size() && !filters.at(index).isEmpty())
                Q_EMIT filterRequested(filters.at(index));
        });
}

bool Dashboard::saveChart(Chart chart, const QString &path) const
{
    return chartView(chart)->grab().save(path, "PNG");
}

int Dashboard::saveAll(const QString &dir) const
{
    int written = 0;
    for (QChartView *view : m_views)
        if (!view->isHidden())
            written += view->grab().save(QDir(dir).filePath(view->objectName() + QStringLiteral(".png")), "PNG");
    return written;
}

void Dashboard::saveChartDialog(Chart chart)
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Chart as PNG"), chartView(chart)->objectName() + QStringLiteral(".png"),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    if (!saveChart(chart, path))
        QMessageBox::warning(this, tr("Save Chart as PNG"), tr("Could not write \"%1\".").arg(path));
}

} // namespace org::ui
