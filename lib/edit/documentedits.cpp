// SPDX-License-Identifier: MIT
// Document: the edits (validate, then push the matching command).
#include "document.h"

#include "addpositioncommand.h"
#include "changerolecommand.h"
#include "dottedlinecommand.h"
#include "markassistantcommand.h"
#include "movepositioncommand.h"
#include "removepositioncommand.h"
#include "renamepositioncommand.h"
#include "settingscommands.h"
#include "setfieldcommand.h"

namespace org {

namespace {
/// The two ends of a change in several scenarios (its commands switch to the
/// scenario they change): the first remembers the scenario shown, the last
/// shows it again, so that undo and redo both end where the user is.
class KeepScenarioCommand final : public TextedCommand
{
public:
    KeepScenarioCommand(Document *doc, bool first, std::shared_ptr<QString> shown)
        : m_doc(doc), m_first(first), m_shown(std::move(shown))
    {
    }
    QString describe() const override { return text(); }
    int scenario() const override { return Neutral; }
    void redo() override { m_first ? remember() : show(); }
    void undo() override { m_first ? show() : remember(); }

private:
    void remember() { *m_shown = m_doc->currentScenarioName(); }
    void show() { m_doc->switchScenario(*m_shown); }
    Document *m_doc;
    bool m_first;
    std::shared_ptr<QString> m_shown;
};
} // namespace

// --- edits --------------------------------------------------------------------------

QString Document::unknownRole(const RoleCatalogue &roles, const QString &key)
{
    return tr("unknown role \"%1\"; valid roles: %2").arg(key, roles.keys().join(QStringLiteral(", ")));
}

bool Document::findOrFail(const QString &id, Org::Vertex &v, QString *error) const
{
    v = org().find(id);
    if (v == Org::npos)
        return fail(error, tr("there is no position \"%1\"").arg(id));
    return true;
}

bool Document::move(const QString &id, const QString &newManager, QString *error)
{
    const QString why = MovePositionCommand::refusal(org(), id, newManager);
    if (!why.isEmpty())
        return fail(error, why);
    const Org::Vertex m = org().manager(org().find(id));
    if ((m == Org::npos && newManager.isEmpty()) || (m != Org::npos && org().position(m).id == newManager))
        return true;
    m_undo->push(new MovePositionCommand(this, id, newManager, m_movesCarryTeam));
    return true;
}

bool Document::moveAll(const QStringList &ids, const QString &newManager, QString *error)
{
    const Org::Vertex target = newManager.isEmpty() ? Org::npos : org().find(newManager);
    QStringList todo;
    for (const QString &id : ids) {
        if (id == newManager)
            continue;
        const QString why = MovePositionCommand::refusal(org(), id, newManager);
        if (!why.isEmpty())
            return fail(error, why);
        if (org().manager(org().find(id)) != target && !todo.contains(id))
            todo << id;
    }
    if (todo.size() == 1)
        return move(todo.first(), newManager, error);
    if (todo.isEmpty())
        return true;
    const int count = int(todo.size());
    const CommandSubject to = CommandSubject::of(org(), target);
    beginStep([this, count, to] {
        return to.id.isEmpty() ? tr("Move %n positions to the top", nullptr, count)
                               : tr("Move %n positions to %1", nullptr, count).arg(to.label(m_plan.roles));
    });
    for (const QString &id : std::as_const(todo))
        m_undo->push(new MovePositionCommand(this, id, newManager, m_movesCarryTeam));
    m_undo->endMacro();
    return true;
}

bool Document::changeRole(const QString &id, const QString &roleKey, QString *error)
{
    Org::Vertex v;
    if (!findOrFail(id, v, error))
        return false;
    const int r = m_plan.roles.match(roleKey);
    if (r < 0)
        return fail(error, unknownRole(m_plan.roles, roleKey));
    const QString key = m_plan.roles.at(r).key;
    if (org().position(v).role != key)
        m_undo->push(new ChangeRoleCommand(this, id, key));
    return true;
}

bool Document::addPosition(Position p, const QString &manager, QString *error)
{
    if (p.id.trimmed().isEmpty())
        p.id = uniqueId();
    p.id = p.id.trimmed();
    if (org().find(p.id) != Org::npos)
        return fail(error, tr("duplicate id \"%1\"").arg(p.id));
    if (!manager.isEmpty() && org().find(manager) == Org::npos)
        return fail(error, tr("there is no position \"%1\"").arg(manager));
    if (!p.role.isEmpty()) {
        const int r = m_plan.roles.match(p.role);
        if (r < 0)
            return fail(error, unknownRole(m_plan.roles, p.role));
        p.role = m_plan.roles.at(r).key;
    }
    m_undo->push(new AddPositionCommand(this, std::move(p), manager));
    return true;
}

bool Document::addNewPosition(Position p, const QString &manager, QString *newId, QString *error)
{
    const Org::Vertex mv = manager.isEmpty() ? Org::npos : org().find(manager);
    if (p.role.isEmpty())
        p.role = m_plan.roles.roleBelow(mv == Org::npos ? QStringLiteral("cto") : org().position(mv).role);
    if (mv != Org::npos) {
        p.team = org().position(mv).team;
        p.productLine = org().position(mv).productLine;
    }
    const QString id = p.id;
    if (!addPosition(std::move(p), manager, error))
        return false;
    if (newId)
        *newId = id;
    return true;
}

bool Document::addReport(const QString &manager, const QString &name, const QString &roleKey, const QString &title,
                         QString *newId, QString *error)
{
    Position p;
    p.id = uniqueId(QStringLiteral("p-"));
    p.name = name.trimmed();
    p.role = roleKey;
    p.title = title.trimmed();
    return addNewPosition(std::move(p), manager, newId, error);
}

bool Document::addOpenPosition(const QString &manager, const QString &roleKey, QString *newId, QString *error)
{
    Position p;
    p.id = uniqueId();
    p.role = roleKey;
    return addNewPosition(std::move(p), manager, newId, error);
}

bool Document::removePosition(const QString &id, bool withSubtree, QString *error)
{
    Org::Vertex v;
    if (!findOrFail(id, v, error))
        return false;
    m_undo->push(new RemovePositionCommand(this, id, withSubtree));
    return true;
}

bool Document::removePositions(const QStringList &ids, bool withSubtree, QString *error)
{
    Org::Vertex v;
    for (const QString &id : ids)
        if (!findOrFail(id, v, error))
            return false;
    if (ids.size() == 1)
        return removePosition(ids.first(), withSubtree, error);
    const int count = int(ids.size());
    beginStep([count] { return tr("Delete %n positions", nullptr, count); });
    for (const QString &id : ids)
        if (org().find(id) != Org::npos) // not inside a subtree removed before
            m_undo->push(new RemovePositionCommand(this, id, withSubtree));
    m_undo->endMacro();
    return true;
}

bool Document::rename(const QString &id, const QString &name, QString *error)
{
    Org::Vertex v;
    if (!findOrFail(id, v, error))
        return false;
    if (org().position(v).name != name.trimmed())
        m_undo->push(new RenamePositionCommand(this, id, name));
    return true;
}

bool Document::setField(const QString &id, const QString &field, const QString &value, QString *error)
{
    Org::Vertex v;
    if (!findOrFail(id, v, error))
        return false;
    const QString why = SetFieldCommand::refusal(org(), field, value);
    if (!why.isEmpty())
        return fail(error, why);
    m_undo->push(new SetFieldCommand(this, id, field, value));
    return true;
}

bool Document::addDottedLine(const QString &report, const QString &manager, QString *error)
{
    Org::Vertex r, m;
    if (!findOrFail(report, r, error) || !findOrFail(manager, m, error))
        return false;
    if (r == m)
        return fail(error, tr("%1 cannot report to itself").arg(report));
    for (Org::Vertex d : org().dottedManagers(r))
        if (d == m)
            return true;
    m_undo->push(new DottedLineCommand(this, DottedLineCommand::Add, report, manager));
    return true;
}

bool Document::removeDottedLine(const QString &report, const QString &manager, QString *error)
{
    Org::Vertex r, m;
    if (!findOrFail(report, r, error) || !findOrFail(manager, m, error))
        return false;
    for (Org::Vertex d : org().dottedManagers(r)) {
        if (d == m) {
            m_undo->push(new DottedLineCommand(this, DottedLineCommand::Remove, report, manager));
            return true;
        }
    }
    return fail(error, tr("%1 has no dotted line to %2").arg(report, manager));
}

bool Document::setAssistant(const QString &id, bool assistant, QString *error)
{
    Org::Vertex v;
    if (!findOrFail(id, v, error))
        return false;
    if (org().position(v).assistant != assistant)
        m_undo->push(new MarkAssistantCommand(this, id, assistant));
    return true;
}

bool Document::changeRoles(const RoleCatalogue &roles, const QHash<QString, QString> &replacements, QString *error)
{
    for (auto it = replacements.cbegin(); it != replacements.cend(); ++it)
        if (!roles.find(it.value()))
            return fail(error, unknownRole(roles, it.value()));
    const RoleCatalogue before = m_plan.roles;
    beginStep([] { return tr("Edit roles"); });
    if (replacements.isEmpty()) {
        m_undo->push(new RoleCatalogueCommand(this, before, roles));
    } else {
        // The new roles plus the replaced ones while their positions change role.
        RoleCatalogue both = roles;
        for (auto it = replacements.cbegin(); it != replacements.cend(); ++it)
            if (const Role *r = before.find(it.key()))
                both.upsert(*r);
        const auto shown = std::make_shared<QString>();
        m_undo->push(new KeepScenarioCommand(this, true, shown));
        m_undo->push(new RoleCatalogueCommand(this, before, both));
        // Every scenario: each change-role command remembers its scenario for undo and redo.
        const int current = m_current;
        for (int s = 0; s < int(m_plan.scenarios.size()); ++s) {
            const Org &o = m_plan.scenarios[std::size_t(s)].org;
            QStringList ids;
            for (const Position &p : o.positions())
                if (replacements.contains(p.role) && p.role != replacements.value(p.role))
                    ids << p.id;
            if (ids.isEmpty())
                continue;
            activate(s);
            for (const QString &id : std::as_const(ids))
                m_undo->push(new ChangeRoleCommand(this, id, replacements.value(org().position(find(id)).role)));
        }
        activate(current);
        m_undo->push(new RoleCatalogueCommand(this, both, roles));
        m_undo->push(new KeepScenarioCommand(this, false, shown));
    }
    m_undo->endMacro();
    return true;
}

void Document::changeRuleSettings(const RuleSettings &settings)
{
    if (!(settings == m_plan.settings))
        m_undo->push(new RuleSettingsCommand(this, m_plan.settings, settings));
}

} // namespace org
