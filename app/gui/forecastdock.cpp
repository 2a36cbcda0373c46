// SPDX-License-Identifier: MIT
#include "forecastdock.h"

#include "edit/document.h"
#include "fix/fixengine.h"
#include "languagechange.h"
#include "model/plandate.h"
#include "rules/ruleengine.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace org::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kQuarterRole = Qt::UserRole + 1;
constexpr int kRuleRole = Qt::UserRole + 2;
} // namespace

ForecastDock::ForecastDock(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("forecastPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("forecastTree"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QDate q = item->data(0, kQuarterRole).toDate();
        if (q.isValid())
            Q_EMIT quarterActivated(q);
        const QString id = item->data(0, kIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT positionActivated(id);
    });
    // Every edit (undo stack), not problemsChanged: the forecast does not depend on the
    // toolbar's date, and a new date must not rebuild the list under the user's click.
    m_refresh = new DeferredRefresh(this, 80, [this] { refresh(); });
    m_refresh->scheduleOn(m_doc, &Document::orgReset, &Document::settingsChanged, &Document::scenariosChanged);
    m_refresh->scheduleOn(m_doc->undoStack(), &QUndoStack::indexChanged);
    retranslate();
    onLanguageChange(this, [this] { retranslate(); });
}

QWidget *ForecastDock::fixButton(QTreeWidgetItem *item) const
{
    return item ? m_tree->itemWidget(item, 1) : nullptr;
}

void ForecastDock::retranslate()
{
    m_tree->setHeaderLabels({tr("Quarter and problems"), tr("Fix")});
    scheduleRefresh();
}

void ForecastDock::refresh()
{
    m_refresh->done();
    const Org &org = m_doc->org();
    const RoleCatalogue &roles = m_doc->roles();
    const RuleEngine engine(roles, m_doc->ruleSettings());
    const auto [from, to] = Forecast::defaultRange(org, QDate::currentDate());
    m_quarters = Forecast::compute(org, roles, &engine, from, to);
    // Fixes are offered on the whole plan, for the problem of the same rule and anchor there.
    const std::vector<Problem> whole = engine.check(org);
    const FixEngine fixer(roles, m_doc->ruleSettings());

    m_tree->clear();
    const QLocale locale;
    int started = 0;
    for (const Forecast::Quarter &q : m_quarters) {
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, tr("%1 — headcount %2, open %3, monthly cost %4 %5")
                            .arg(PlanDate::quarterLabel(q.start), locale.toString(q.headcount),
                                 locale.toString(q.openPositions), locale.toString(q.monthlyCost, 'f', 0),
                                 roles.currency()));
        top->setData(0, kQuarterRole, q.start);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const Problem &p : q.started) {
            ++started;
            auto *item = new QTreeWidgetItem(top);
            item->setText(0, Forecast::startedText(p, org, engine, q.start));
            item->setToolTip(0, engine.message(p, org));
            item->setData(0, kIdRole, p.anchor != Org::npos ? org.position(p.anchor).id : QString());
            item->setData(0, kQuarterRole, q.start);
            item->setData(0, kRuleRole, p.rule);
            item->setForeground(0, p.severity == Severity::Error ? QColor(0xb9, 0x1c, 0x1c)
                                   : p.severity == Severity::Warning ? QColor(0xb4, 0x53, 0x09)
                                                                     : palette().color(QPalette::Text));
            for (const Problem &w : whole) {
                if (w.rule != p.rule || w.anchor != p.anchor || w.productLine != p.productLine)
                    continue;
                const std::vector<Fix> fixes = fixer.fixesFor(org, w, whole);
                if (fixes.empty())
                    break;
                auto *button = new QPushButton(tr("Fix"), m_tree);
                button->setObjectName(QStringLiteral("forecastFix"));
                button->setToolTip(fixes.front().name);
                const Fix fix = fixes.front();
                connect(button, &QPushButton::clicked, this, [this, fix] {
                    QString why;
                    if (!m_doc->applyFix(fix, &why))
                        Q_EMIT error(why);
                });
                m_tree->setItemWidget(item, 1, button);
                break;
            }
        }
        for (const Problem &p : q.stopped) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(0, Forecast::stoppedText(p, org, engine, q.start));
            item->setData(0, kIdRole, p.anchor != Org::npos ? org.position(p.anchor).id : QString());
            item->setData(0, kQuarterRole, q.start);
            item->setData(0, kRuleRole, p.rule);
            item->setForeground(0, QColor(0x04, 0x78, 0x57));
        }
        top->setExpanded(!q.started.empty() || !q.stopped.empty());
    }
    m_summary->setText(m_quarters.empty()
                           ? tr("No quarters to forecast.")
                           : tr("%1 – %2: %n problem(s) start in these quarters. Double-click a row to see the "
                                "org as of its quarter.",
                                nullptr, started)
                                 .arg(PlanDate::quarterLabel(m_quarters.front().start),
                                      PlanDate::quarterLabel(m_quarters.back().start)));
}

} // namespace org::ui
