// SPDX-License-Identifier: MIT
#include "scenariocomparedialog.h"

#include "edit/document.h"
#include "i18n/language.h"
#include "rules/ruleengine.h"
#include "store/scenariodiff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

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
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    return t;
}
} // namespace

ScenarioCompareDialog::ScenarioCompareDialog(const Document *doc, QWidget *parent) : QDialog(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("scenarioCompareDialog"));
    setWindowTitle(tr("Compare Scenarios"));
    resize(860, 560);
    auto *layout = new QVBoxLayout(this);
    auto *pick = new QHBoxLayout;
    m_before = new QComboBox(this);
    m_before->setObjectName(QStringLiteral("scenarioBefore"));
    m_after = new QComboBox(this);
    m_after->setObjectName(QStringLiteral("scenarioAfter"));
    const QStringList names = doc->scenarioNames();
    m_before->addItems(names);
    m_after->addItems(names);
    m_before->setCurrentIndex(doc->currentScenario());
    m_after->setCurrentIndex(names.size() > 1 ? (doc->currentScenario() + 1) % int(names.size()) : 0);
    pick->addWidget(new QLabel(tr("From scenario:"), this));
    pick->addWidget(m_before, 1);
    pick->addWidget(new QLabel(tr("to scenario:"), this));
    pick->addWidget(m_after, 1);
    layout->addLayout(pick);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_changes = makeTable(split, QStringLiteral("changesTable"));
    m_changes->setColumnCount(4);
    m_changes->setHorizontalHeaderLabels({tr("Change"), tr("Position"), tr("Before"), tr("After")});
    m_teams = makeTable(split, QStringLiteral("teamDeltaTable"));
    m_teams->setColumnCount(5);
    m_teams->setHorizontalHeaderLabels({tr("Team"), tr("Headcount before"), tr("Headcount after"),
                                        tr("Headcount change"), tr("Monthly cost change")});
    m_roles = makeTable(split, QStringLiteral("roleDeltaTable"));
    m_roles->setColumnCount(5);
    m_roles->setHorizontalHeaderLabels({tr("Role"), tr("Headcount before"), tr("Headcount after"),
                                        tr("Headcount change"), tr("Monthly cost change")});
    split->addWidget(m_changes);
    split->addWidget(m_teams);
    split->addWidget(m_roles);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 1);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_before, &QComboBox::currentIndexChanged, this, &ScenarioCompareDialog::recompute);
    connect(m_after, &QComboBox::currentIndexChanged, this, &ScenarioCompareDialog::recompute);
    recompute();
}

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
        m_changes->setItem(row, 0, new QTableWidgetItem(kind));
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

    m_summary->setText(
        tr("%n change(s). Headcount %1 → %2 (%3); monthly cost %4 → %5 (%6).", nullptr, int(diff.changes.size()))
            .arg(diff.headcountA)
            .arg(diff.headcountB)
            .arg(signedNumber(diff.headcountB - diff.headcountA))
            .arg(QLocale().toString(diff.costA, 'f', 0), QLocale().toString(diff.costB, 'f', 0),
                 signedNumber(diff.costB - diff.costA)));
}

} // namespace org::ui
