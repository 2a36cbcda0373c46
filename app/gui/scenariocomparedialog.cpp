// SPDX-License-Identifier: MIT
#include "scenariocomparedialog.h"

#include "comparechart.h"
#include "docks.h"
#include "edit/document.h"
#include "i18n/language.h"
#include "rules/ruleengine.h"
#include "store/scenariodiff.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace org::ui {

namespace {
QString signedNumber(double value, int decimals = 0)
{
    const QString n = QLocale().toString(value, 'f', decimals);
    return value > 0 ? QStringLiteral("+") + n : n;
}

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpRowTable(t);
    return t;
}

constexpr int kMaxDeltaTeams = 8; ///< more teams changed: the rest in one "Other teams" bar
} // namespace

ScenarioCompareDialog::ScenarioCompareDialog(const Document *doc, QWidget *parent) : QDialog(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("scenarioCompareDialog"));
    setWindowTitle(tr("Compare Scenarios"));
    resize(1280, 860);
    auto *layout = new QVBoxLayout(this);
    auto *pick = new QHBoxLayout;
    m_before = new QComboBox(this);
    m_before->setObjectName(QStringLiteral("scenarioBefore"));
    m_after = new QComboBox(this);
    m_after->setObjectName(QStringLiteral("scenarioAfter"));
    const QStringList names = doc->scenarioNames();
    m_before->addItems(names);
    m_after->addItems(names);
    // Changes read forwards: from the scenario compared against (the plan's
    // first, "Current") to the one being edited; from the first, to the next.
    const int edited = doc->currentScenario();
    m_before->setCurrentIndex(edited > 0 ? 0 : edited);
    m_after->setCurrentIndex(edited > 0 ? edited : (names.size() > 1 ? 1 : 0));
    pick->addWidget(new QLabel(tr("From scenario:"), this));
    pick->addWidget(m_before, 1);
    pick->addWidget(new QLabel(tr("to scenario:"), this));
    pick->addWidget(m_after, 1);
    layout->addLayout(pick);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    // Top: the second scenario's chart beside the tables; bottom: the delta charts.
    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, vertical);
    m_chart = new CompareChart(top);
    m_tabs = new QTabWidget(top);
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_changes = makeTable(m_tabs, QStringLiteral("changesTable"));
    m_changes->setColumnCount(4);
    m_changes->setHorizontalHeaderLabels({tr("Change"), tr("Position"), tr("Before"), tr("After")});
    m_changes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_teams = makeTable(m_tabs, QStringLiteral("teamDeltaTable"));
    m_teams->setColumnCount(5);
    m_teams->setHorizontalHeaderLabels({tr("Team"), tr("Headcount before"), tr("Headcount after"),
                                        tr("Headcount change"), tr("Monthly cost change")});
    m_roles = makeTable(m_tabs, QStringLiteral("roleDeltaTable"));
    m_roles->setColumnCount(5);
    m_roles->setHorizontalHeaderLabels({tr("Role"), tr("Headcount before"), tr("Headcount after"),
                                        tr("Headcount change"), tr("Monthly cost change")});
    m_tabs->addTab(m_changes, tr("Changes"));
    m_tabs->addTab(m_teams, tr("By team"));
    m_tabs->addTab(m_roles, tr("By role"));
    top->addWidget(m_chart);
    top->addWidget(m_tabs);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 1);
    top->setSizes({850, 410});

    auto *charts = new QWidget(vertical);
    auto *chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    static const char *const chartNames[DeltaChartCount] = {"headcountDeltaChart", "costDeltaChart"};
    for (int i = 0; i < DeltaChartCount; ++i) {
        auto *view = new QChartView(charts);
        view->setObjectName(QString::fromLatin1(chartNames[i]));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        m_deltaCharts[std::size_t(i)] = view;
        chartRow->addWidget(view);
    }
    vertical->addWidget(top);
    vertical->addWidget(charts);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({580, 230});
    layout->addWidget(vertical, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_before, &QComboBox::currentIndexChanged, this, &ScenarioCompareDialog::recompute);
    connect(m_after, &QComboBox::currentIndexChanged, this, &ScenarioCompareDialog::recompute);
    // Choosing a change shows its card.
    connect(m_changes, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (const QTableWidgetItem *item = row >= 0 ? m_changes->item(row, 0) : nullptr)
            m_chart->showPosition(item->data(Qt::UserRole).toString());
    });
    recompute();
}

ScenarioCompareDialog::~ScenarioCompareDialog() = default;

void ScenarioCompareDialog::setScenarios(const QString &before, const QString &after)
{
    m_before->setCurrentIndex(m_before->findText(before));
    m_after->setCurrentIndex(m_after->findText(after));
    recompute();
}

QString ScenarioCompareDialog::summary() const
{
    return m_summary->text();
}

void ScenarioCompareDialog::recompute()
{
    const Plan &plan = m_doc->plan();
    const int ia = m_before->currentIndex(), ib = m_after->currentIndex();
    if (ia < 0 || ib < 0 || ia >= int(plan.scenarios.size()) || ib >= int(plan.scenarios.size()))
        return;
    const Org &a = plan.scenarios[std::size_t(ia)].org;
    const Org &b = plan.scenarios[std::size_t(ib)].org;
    const RoleCatalogue &roles = m_doc->roles();
    const ScenarioDiff diff = ScenarioDiff::compute(a, b, roles);
    const QString lang = org::language();

    auto personIn = [](const Org &o, const QString &id) -> QString {
        if (id.isEmpty())
            return tr("(none)");
        const Org::Vertex v = o.find(id);
        return v == Org::npos ? id : RuleEngine::shortName(o, v);
    };
    auto roleName = [&](const QString &key) -> QString {
        if (key.isEmpty())
            return tr("(none)");
        const Role *r = roles.find(key);
        return r ? r->displayName(lang) : key;
    };
    auto plain = [](const QString &s) { return s.isEmpty() ? tr("(none)") : s; };

    const QSignalBlocker quiet(m_changes); // no card is centred while the table refills
    m_changes->setRowCount(int(diff.changes.size()));
    int row = 0;
    for (const ScenarioDiff::Change &c : diff.changes) {
        QString kind, from = c.from, to = c.to;
        const Org &where = c.kind == ScenarioDiff::Kind::Removed ? a : b;
        switch (c.kind) {
        case ScenarioDiff::Kind::Moved:
            kind = tr("Moved");
            from = personIn(a, c.from);
            to = personIn(b, c.to);
            break;
        case ScenarioDiff::Kind::Added:
            kind = tr("Added");
            from = QString();
            to = personIn(b, c.to);
            break;
        case ScenarioDiff::Kind::Removed:
            kind = tr("Removed");
            from = personIn(a, c.from);
            to = QString();
            break;
        case ScenarioDiff::Kind::RoleChanged:
            kind = tr("Role changed");
            from = roleName(c.from);
            to = roleName(c.to);
            break;
        case ScenarioDiff::Kind::TeamChanged:
            kind = tr("Team changed");
            from = plain(c.from);
            to = plain(c.to);
            break;
        }
        auto *kindItem = new QTableWidgetItem(kind);
        kindItem->setData(Qt::UserRole, c.position);
        m_changes->setItem(row, 0, kindItem);
        m_changes->setItem(row, 1, new QTableWidgetItem(personIn(where, c.position)));
        m_changes->setItem(row, 2, new QTableWidgetItem(from));
        m_changes->setItem(row, 3, new QTableWidgetItem(to));
        ++row;
    }
    m_changes->resizeColumnsToContents();

    auto fillDeltas = [](QTableWidget *table, const std::vector<ScenarioDiff::Delta> &deltas, const auto &label) {
        table->setRowCount(int(deltas.size()));
        int r = 0;
        for (const ScenarioDiff::Delta &d : deltas) {
            table->setItem(r, 0, new QTableWidgetItem(label(d.key)));
            table->setItem(r, 1, new QTableWidgetItem(QString::number(d.headcountA)));
            table->setItem(r, 2, new QTableWidgetItem(QString::number(d.headcountB)));
            table->setItem(r, 3, new QTableWidgetItem(signedNumber(d.headcountDelta())));
            table->setItem(r, 4, new QTableWidgetItem(signedNumber(d.costDelta())));
            ++r;
        }
        table->resizeColumnsToContents();
    };
    fillDeltas(m_teams, diff.byTeam, [](const QString &key) { return key.isEmpty() ? tr("No team") : key; });
    fillDeltas(m_roles, diff.byRole, roleName);

    m_chart->showChanges(a, b, roles, diff);
    fillDeltaCharts(diff);

    m_summary->setText(
        tr("%n change(s). Headcount %1 → %2 (%3); monthly cost %4 → %5 (%6).", nullptr, int(diff.changes.size()))
            .arg(diff.headcountA)
            .arg(diff.headcountB)
            .arg(signedNumber(diff.headcountB - diff.headcountA))
            .arg(QLocale().toString(diff.costA, 'f', 0), QLocale().toString(diff.costB, 'f', 0),
                 signedNumber(diff.costB - diff.costA)));
}

void ScenarioCompareDialog::fillDeltaCharts(const ScenarioDiff &diff)
{
    // The teams that changed most first (headcount, then cost), at most
    // kMaxDeltaTeams of them; the rest add up in "Other teams".
    std::vector<ScenarioDiff::Delta> teams = diff.byTeam;
    std::stable_sort(teams.begin(), teams.end(), [](const ScenarioDiff::Delta &a, const ScenarioDiff::Delta &b) {
        if (std::abs(a.headcountDelta()) != std::abs(b.headcountDelta()))
            return std::abs(a.headcountDelta()) > std::abs(b.headcountDelta());
        return std::abs(a.costDelta()) > std::abs(b.costDelta());
    });
    if (teams.size() > std::size_t(kMaxDeltaTeams)) {
        ScenarioDiff::Delta other;
        other.key = tr("Other teams");
        for (std::size_t i = std::size_t(kMaxDeltaTeams) - 1; i < teams.size(); ++i) {
            other.headcountA += teams[i].headcountA;
            other.headcountB += teams[i].headcountB;
            other.costA += teams[i].costA;
            other.costB += teams[i].costB;
        }
        teams.resize(std::size_t(kMaxDeltaTeams) - 1);
        teams.push_back(other);
    }
    const QColor up(0x16, 0xa3, 0x4a), down(0xdc, 0x26, 0x26);
    for (int which = 0; which < DeltaChartCount; ++which) {
        const bool cost = which == CostDeltaChart;
        auto *chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setTitle(cost ? tr("Monthly cost change per team") : tr("Headcount change per team"));
        QChartView *view = m_deltaCharts[std::size_t(which)];
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
        if (teams.empty()) {
            chart->setTitle(chart->title() + QStringLiteral(": ") + tr("no change"));
            chart->legend()->hide();
            continue;
        }
        // Increases and decreases in two sets (green, red), stacked: one bar per team.
        auto *increase = new QBarSet(tr("Increase"));
        auto *decrease = new QBarSet(tr("Decrease"));
        increase->setColor(up);
        increase->setBorderColor(up.darker(115));
        decrease->setColor(down);
        decrease->setBorderColor(down.darker(115));
        QStringList categories;
        double low = 0, high = 0;
        for (const ScenarioDiff::Delta &d : teams) { // largest change on top: prepend
            const double value = cost ? d.costDelta() : double(d.headcountDelta());
            const QString team = d.key.isEmpty() ? tr("No team") : d.key;
            const QString amount = QLocale().toString(value, 'f', 0);
            categories.prepend(team + QStringLiteral("  ") + (value > 0 ? QStringLiteral("+") + amount : amount));
            increase->insert(0, std::max(0.0, value));
            decrease->insert(0, std::min(0.0, value));
            low = std::min(low, value);
            high = std::max(high, value);
        }
        auto *series = new QHorizontalStackedBarSeries;
        series->append(increase);
        series->append(decrease);
        series->setBarWidth(0.6);
        chart->addSeries(series);
        chart->legend()->hide(); // green and red speak for themselves; the labels carry the sign
        // QtCharts cuts long category labels (Chinese ones down to "…"): elide
        // them here, to two fifths of a chart (half the dialog wide, whether
        // shown yet or not), and keep them whole there.
        // A slightly smaller font: QtCharts hides labels that would overlap, and
        // CJK lines are tall.
        auto *axisY = new QBarCategoryAxis;
        QFont font = axisY->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        axisY->setLabelsFont(font);
        const QFontMetrics metrics(font);
        const int room = std::max(100, width() / 5);
        for (QString &name : categories) {
            const QString full = name;
            name = metrics.elidedText(full, Qt::ElideMiddle, room);
            while (categories.count(name) > 1)
                name += QChar(0x200B);
        }
        axisY->append(categories);
        axisY->setTruncateLabels(false);
        auto *axisX = new QValueAxis;
        const double pad = std::max(1.0, (high - low) * 0.1);
        axisX->setRange(low < 0 ? low - pad : 0.0, high > 0 ? high + pad : (low < 0 ? 0.0 : 1.0));
        axisX->setLabelFormat(QStringLiteral("%.0f"));
        axisX->applyNiceNumbers();
        if (cost)
            axisX->setTickCount(5);
        chart->addAxis(axisY, Qt::AlignLeft);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisY);
        series->attachAxis(axisX);
    }
}

} // namespace org::ui
