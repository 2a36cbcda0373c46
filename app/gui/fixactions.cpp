// SPDX-License-Identifier: MIT
#include "fixactions.h"

#include "chartview.h"
#include "edit/document.h"
#include "fixalldialog.h"
#include "fixpreview.h"
#include "i18n/language.h"
#include "rules/ruleengine.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStackedWidget>

#include <algorithm>

namespace org::ui {

namespace {

/// How the card menu's questions name a position: its name, or "Open position (Technical Manager)".
QString who(const Org &org, Org::Vertex v)
{
    const Position &p = org.position(v);
    return p.isOpen() ? RuleEngine::shortName(org, v) : p.name;
}

QString roleName(const RoleCatalogue &roles, const QString &key)
{
    const Role *r = roles.find(key);
    return r ? r->displayName(org::language()) : key;
}

} // namespace

FixActions::FixActions(Document *doc, ChartView *view, FixPreview *preview, QStackedWidget *stack, QWidget *window)
    : QObject(window), m_doc(doc), m_view(view), m_preview(preview), m_stack(stack), m_window(window),
      m_menu(new QMenu(window))
{
    m_menu->setObjectName(QStringLiteral("fixMenu"));
    m_menu->setToolTipsVisible(true);
    connect(m_menu, &QMenu::hovered, this, [this](QAction *a) {
        if (a == m_previewed || m_confirming)
            return;
        if (const Fix *f = fixOf(a)) {
            this->preview(*f);
            m_previewed = a;
        } else {
            clearPreview();
        }
    });
    connect(m_menu, &QMenu::aboutToHide, this, [this] {
        if (!m_confirming)
            clearPreview();
    });
    m_menu->installEventFilter(this);
    // An edit made elsewhere while a menu is open makes its fixes stale.
    connect(doc, &Document::problemsChanged, m_menu, &QMenu::close);
}

bool FixActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::Leave && !m_confirming)
        clearPreview(); // the pointer left the menu: back to the chart
    return QObject::eventFilter(watched, event);
}

FixEngine FixActions::engine() const
{
    return FixEngine(m_doc->roles(), m_doc->ruleSettings());
}

std::vector<std::size_t> FixActions::problemsAt(const QString &id) const
{
    std::vector<std::size_t> out;
    const Org::Vertex v = m_doc->find(id);
    if (v == Org::npos)
        return out;
    const std::vector<Problem> &problems = m_doc->problems();
    for (std::size_t i = 0; i < problems.size(); ++i)
        if (problems[i].anchor == v)
            out.push_back(i);
    return out;
}

const Fix *FixActions::fixOf(const QAction *action) const
{
    for (const auto &[a, fix] : m_entries)
        if (a == action)
            return &fix;
    return nullptr;
}

void FixActions::popupFixes(const std::vector<std::size_t> &problems, const QPoint &globalPos)
{
    m_menu->close();
    m_menu->clear();
    m_entries.clear();
    m_previewed = nullptr;
    const FixEngine fixes = engine();
    const RuleEngine rules(m_doc->roles(), m_doc->ruleSettings());
    const Org &org = m_doc->org();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (std::size_t i : problems) {
        if (i >= m_doc->problems().size())
            continue;
        const Problem &p = m_doc->problems()[i];
        // A header per problem: the rule and the position it is about.
        QString title = RuleEngine::ruleName(p.rule);
        if (p.anchor != Org::npos && int(p.anchor) < org.size())
            title += QStringLiteral(" — ") + RuleEngine::shortName(org, p.anchor);
        QAction *header = m_menu->addAction(title);
        header->setEnabled(false);
        header->setToolTip(rules.message(p, org));
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        const std::vector<Fix> found = fixes.fixesFor(org, p, m_doc->problems());
        if (found.empty())
            m_menu->addAction(tr("No fix repairs this problem without a new error"))->setEnabled(false);
        addFixEntries(found);
        m_menu->addSeparator();
    }
    QApplication::restoreOverrideCursor();
    if (m_entries.empty() && problems.empty())
        m_menu->addAction(tr("Select a problem to see its fixes"))->setEnabled(false);
    // Inside the window: the Fix button sits at its right edge, and the outcomes
    // are the menu's right column.
    QPoint at = globalPos;
    const int right = m_window->mapToGlobal(QPoint(m_window->width(), 0)).x();
    at.setX(std::max(m_window->mapToGlobal(QPoint(0, 0)).x(), std::min(at.x(), right - m_menu->sizeHint().width())));
    m_menu->popup(at);
}

void FixActions::addFixEntries(const std::vector<Fix> &fixes)
{
    for (const Fix &f : fixes) {
        const QString outcome = FixEngine::outcomeText(f.outcome);
        // Name left, outcome right (the column of shortcuts).
        QAction *a = m_menu->addAction(f.name + QLatin1Char('\t') + outcome);
        a->setStatusTip(f.name + QStringLiteral(": ") + outcome);
        m_entries.emplace_back(a, f);
        connect(a, &QAction::triggered, this, [this, a] {
            if (const Fix *fix = fixOf(a)) {
                const Fix chosen = *fix; // the menu may be refilled meanwhile
                choose(chosen);
            }
        });
    }
}

void FixActions::preview(const Fix &fix)
{
    if (!m_preview->showFix(fix)) {
        clearPreview();
        return;
    }
    m_stack->setCurrentWidget(m_preview);
    Q_EMIT statusMessage(fix.name + QStringLiteral(": ") + FixEngine::outcomeText(fix.outcome), 0);
}

void FixActions::clearPreview()
{
    m_previewed = nullptr;
    if (!isPreviewing())
        return;
    m_stack->setCurrentWidget(m_view);
    m_preview->clear();
    Q_EMIT statusMessage(QString(), 0);
}

bool FixActions::isPreviewing() const
{
    return m_stack->currentWidget() == m_preview;
}

bool FixActions::choose(const Fix &fix)
{
    preview(fix); // the chart shows what is being confirmed
    const QScopedValueRollback<bool> confirming(m_confirming, true);
    bool ok = false;
    if (m_confirm) {
        ok = m_confirm(fix);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Apply Fix"), fix.name, QMessageBox::Ok | QMessageBox::Cancel,
                        m_window);
        box.setObjectName(QStringLiteral("fixConfirmation"));
        box.setInformativeText(tr("Outcome: %1").arg(FixEngine::outcomeText(fix.outcome)) + QLatin1Char('\n')
                               + tr("Undo takes the whole fix back in one step."));
        box.button(QMessageBox::Ok)->setText(tr("Apply Fix"));
        box.setDefaultButton(QMessageBox::Ok);
        ok = box.exec() == QMessageBox::Ok;
    }
    m_confirming = false;
    clearPreview();
    if (!ok)
        return false;
    QString why;
    if (!m_doc->applyFix(fix, &why)) {
        Q_EMIT error(tr("The fix could not be applied: %1").arg(why));
        return false;
    }
    Q_EMIT statusMessage(tr("Fixed: %1 (%2)").arg(fix.name, FixEngine::outcomeText(fix.outcome)), 8000);
    return true;
}

void FixActions::fixAllErrors()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Org copy = m_doc->org();
    const std::vector<Fix> fixes = engine().fixAllErrors(copy);
    int left = 0;
    for (const Problem &p : RuleEngine(m_doc->roles(), m_doc->ruleSettings()).check(copy))
        left += p.severity == Severity::Error;
    QApplication::restoreOverrideCursor();
    if (fixes.empty()) {
        Q_EMIT error(left == 0 ? tr("There is no error to fix.")
                               : tr("No fix repairs the errors left without a new error."));
        return;
    }
    FixAllDialog dialog(fixes, left, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString why;
    const int n = int(fixes.size());
    if (!m_doc->applyFixes(fixes, tr("Fix all errors (%n fix(es))", nullptr, n), &why)) {
        Q_EMIT error(tr("The fixes could not be applied: %1").arg(why));
        return;
    }
    Q_EMIT statusMessage(tr("Applied %n fix(es): %1", nullptr, n).arg(FixEngine::outcomeText(FixAllDialog::total(fixes))),
                         8000);
}

void FixActions::insertManagerAbove(const QString &id)
{
    const Org::Vertex v = m_doc->find(id);
    if (v == Org::npos)
        return;
    const RoleCatalogue &roles = m_doc->roles();
    QStringList names;
    for (const Role &r : roles.roles())
        names << r.displayName(org::language());
    const QString above = roles.roleAbove(m_doc->org().position(v).role);
    QInputDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("insertManagerDialog"));
    dialog.setWindowTitle(tr("Insert Manager Above"));
    dialog.setLabelText(tr("An open position is inserted between %1 and its manager. Its role:")
                            .arg(who(m_doc->org(), v)));
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(false);
    if (!above.isEmpty())
        dialog.setTextValue(roleName(roles, above));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int index = int(names.indexOf(dialog.textValue()));
    if (index < 0)
        return;
    QString newId, why;
    if (!m_doc->insertManagerAbove(id, roles.at(index).key, &newId, &why)) {
        Q_EMIT error(why);
        return;
    }
    showNew(newId);
}

void FixActions::splitTeam(const QString &id)
{
    const Org::Vertex v = m_doc->find(id);
    if (v == Org::npos)
        return;
    const Org &org = m_doc->org();
    int reports = 0;
    for (Org::Vertex r : org.reports(v))
        reports += !org.position(r).assistant;
    QString newId, why;
    if (reports < 2) {
        m_doc->splitTeam(id, &newId, &why); // refused: says why
        Q_EMIT error(why);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Split Team"), tr("Split the team of %1?").arg(who(org, v)),
                    QMessageBox::Ok | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("splitTeamConfirmation"));
    box.setInformativeText(tr("%1 of its %2 direct reports move under a new open %3 position reporting to %4, "
                              "as a team of their own. Undo takes it back in one step.")
                               .arg((reports + 1) / 2)
                               .arg(reports)
                               .arg(roleName(m_doc->roles(), m_doc->roles().roleBelow(org.position(v).role)),
                                    who(org, v)));
    box.button(QMessageBox::Ok)->setText(tr("Split Team"));
    if (box.exec() != QMessageBox::Ok)
        return;
    if (!m_doc->splitTeam(id, &newId, &why)) {
        Q_EMIT error(why);
        return;
    }
    showNew(newId);
}

void FixActions::showNew(const QString &id)
{
    m_view->centerOnId(id);
}

} // namespace org::ui
