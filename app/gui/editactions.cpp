// SPDX-License-Identifier: MIT
#include "editactions.h"

#include "mainwindow.h" // MainWindow::tr: the texts keep their translation context

#include "addreportdialog.h"
#include "chartscene.h"
#include "chartview.h"
#include "edit/document.h"
#include "editselectiondialog.h"
#include "roledesigner.h"
#include "rules/ruleengine.h"
#include "rulesettingsdialog.h"

#include <QInputDialog>

namespace org::ui {

namespace {
/// "Name (id)", or the short name of an open position, for pick lists.
QString pickName(const Org &org, Org::Vertex v)
{
    const Position &p = org.position(v);
    return (p.isOpen() ? RuleEngine::shortName(org, v) : p.name) + QStringLiteral(" (") + p.id + QLatin1Char(')');
}
} // namespace

EditActions::EditActions(Document *doc, ChartScene *scene, ChartView *view, QWidget *window)
    : QObject(window), m_doc(doc), m_scene(scene), m_view(view), m_window(window)
{
}

QString EditActions::currentManager() const
{
    return m_doc->find(m_scene->currentId()) == Org::npos ? QString() : m_scene->currentId();
}

bool EditActions::attempt(const std::function<bool(QString *)> &edit)
{
    QString message;
    if (edit(&message))
        return true;
    Q_EMIT error(message);
    return false;
}

void EditActions::addReport()
{
    AddReportDialog dialog(m_doc, currentManager(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString id;
    if (attempt([&](QString *message) { return dialog.apply(&id, message); }))
        m_view->centerOnId(id);
}

void EditActions::editSelection()
{
    const QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    EditSelectionDialog dialog(m_doc, ids, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    attempt([&](QString *message) { return dialog.apply(message); });
}

void EditActions::addOpenPosition()
{
    QString id;
    if (attempt([&](QString *message) { return m_doc->addOpenPosition(currentManager(), {}, &id, message); }))
        m_view->centerOnId(id);
}

void EditActions::fillOpenPosition()
{
    const QString id = m_scene->currentId();
    const Org::Vertex v = m_doc->find(id);
    if (v == Org::npos || !m_doc->org().position(v).isOpen())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, MainWindow::tr("Fill Open Position"), MainWindow::tr("Name of the person:"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    attempt([&](QString *message) { return m_doc->rename(id, name, message); });
}

void EditActions::deleteSelected(bool withSubtree)
{
    const QStringList ids = m_scene->selectedIds();
    if (!ids.isEmpty())
        attempt([&](QString *message) { return m_doc->removePositions(ids, withSubtree, message); });
}

void EditActions::addDottedLine(const QString &reportId)
{
    const Org &org = m_doc->org();
    QString report = reportId.isEmpty() ? m_scene->currentId() : reportId;
    QString manager;
    const QStringList sel = m_scene->selectedIds();
    if (reportId.isEmpty() && sel.size() == 2) {
        // Two cards selected: the other one gets a dotted line to the current one.
        manager = m_scene->currentId();
        report = sel.first() == manager ? sel.last() : sel.first();
    } else {
        const Org::Vertex r = org.find(report);
        if (r == Org::npos)
            return;
        QStringList items, ids;
        for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
            if (v == r)
                continue;
            items << pickName(org, v);
            ids << org.position(v).id;
        }
        const Position &p = org.position(r);
        const QString who = p.isOpen() ? RuleEngine::shortName(org, r) : p.name;
        bool ok = false;
        const QString choice = QInputDialog::getItem(m_window, MainWindow::tr("Add Dotted-Line Report"),
                                                     MainWindow::tr("%1 also reports (dotted line) to:").arg(who), items, 0, true, &ok);
        if (!ok)
            return;
        const int i = items.indexOf(choice);
        manager = i >= 0 ? ids[i] : choice.trimmed();
    }
    attempt([&](QString *message) { return m_doc->addDottedLine(report, manager, message); });
}

void EditActions::removeDottedLine()
{
    const Org &org = m_doc->org();
    const QString id = m_scene->currentId();
    const Org::Vertex v = org.find(id);
    if (v == Org::npos)
        return;
    const std::vector<Org::Vertex> managers = org.dottedManagers(v);
    if (managers.empty())
        return;
    QString manager = org.position(managers.front()).id;
    if (managers.size() > 1) {
        QStringList items;
        for (Org::Vertex m : managers)
            items << pickName(org, m);
        bool ok = false;
        const QString choice = QInputDialog::getItem(m_window, MainWindow::tr("Remove Dotted-Line Report"),
                                                     MainWindow::tr("Remove the dotted line to:"), items, 0, false, &ok);
        if (!ok)
            return;
        manager = org.position(managers[std::size_t(items.indexOf(choice))]).id;
    }
    attempt([&](QString *message) { return m_doc->removeDottedLine(id, manager, message); });
}

void EditActions::setAssistant(bool on)
{
    const QString id = m_scene->currentId();
    if (!id.isEmpty())
        attempt([&](QString *message) { return m_doc->setAssistant(id, on, message); });
}

void EditActions::selectAll()
{
    QStringList ids;
    for (const Position &p : m_doc->org().positions())
        ids << p.id;
    m_scene->setSelection(ids);
}

void EditActions::editRuleSettings()
{
    RuleSettingsDialog dialog(m_doc->ruleSettings(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_doc->changeRuleSettings(dialog.settings());
}

void EditActions::editRoles()
{
    // Positions per role in every scenario: a role in use anywhere needs a replacement.
    QHash<QString, int> usage;
    for (const Scenario &sc : m_doc->plan().scenarios)
        for (const Position &p : sc.org.positions())
            ++usage[p.role];
    RoleDesigner dialog(m_doc->roles(), usage, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    attempt([&](QString *message) { return m_doc->changeRoles(dialog.catalogue(), dialog.replacements(), message); });
}

} // namespace org::ui
