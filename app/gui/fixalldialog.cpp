// SPDX-License-Identifier: MIT
#include "fixalldialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace org::ui {

FixAllDialog::FixAllDialog(std::vector<Fix> fixes, int errorsLeft, QWidget *parent)
    : QDialog(parent), m_fixes(std::move(fixes)), m_list(new QTreeWidget(this)), m_total(new QLabel(this))
{
    setObjectName(QStringLiteral("fixAllDialog"));
    setWindowTitle(tr("Fix All Errors"));
    auto *intro = new QLabel(tr("These fixes will be applied, in this order, as one step that Undo takes back:"), this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("fixAllList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Fix"), tr("Outcome")});
    for (const Fix &f : m_fixes) {
        auto *item = new QTreeWidgetItem(m_list, {f.name, FixEngine::outcomeText(f.outcome)});
        item->setToolTip(0, f.name);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_total->setObjectName(QStringLiteral("fixAllTotal"));
    m_total->setWordWrap(true);
    QString total = totalText();
    if (errorsLeft > 0)
        total += QLatin1Char('\n') + tr("%n error(s) will remain: no fix repairs them without a new error.", nullptr,
                                        errorsLeft);
    m_total->setText(total);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply %n fix(es)", nullptr, int(m_fixes.size())));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_fixes.empty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_total);
    layout->addWidget(buttons);
    resize(760, 420);
}

FixOutcome FixAllDialog::total(const std::vector<Fix> &fixes)
{
    FixOutcome t;
    if (fixes.empty())
        return t;
    t.errorsBefore = fixes.front().outcome.errorsBefore;
    t.warningsBefore = fixes.front().outcome.warningsBefore;
    t.errorsAfter = fixes.back().outcome.errorsAfter;
    t.warningsAfter = fixes.back().outcome.warningsAfter;
    for (const Fix &f : fixes) {
        t.openPositionsAdded += f.outcome.openPositionsAdded;
        t.headcountDelta += f.outcome.headcountDelta;
        t.monthlyCostDelta += f.outcome.monthlyCostDelta;
    }
    return t;
}

QString FixAllDialog::totalText() const
{
    return tr("Total: %1").arg(FixEngine::outcomeText(total(m_fixes)));
}

} // namespace org::ui
