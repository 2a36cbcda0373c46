// SPDX-License-Identifier: MIT
// Document::applyChanges: a change file (bulk reorg) as one undo step.
#include "document.h"

#include "addpositioncommand.h"
#include "changerolecommand.h"
#include "movepositioncommand.h"
#include "renamepositioncommand.h"
#include "setfieldcommand.h"

#include <QHash>

namespace org {

namespace {

/// A position as the changes see it while they are checked (nothing is applied yet).
struct Draft
{
    Org::Vertex manager = Org::npos;
    QString role, team, productLine, name;
};

} // namespace

bool Document::applyChanges(const std::vector<PositionChange> &changes, QString *error, int *errorLine)
{
    const Org &o = org();
    // Check every row against the org as the rows before it leave it: the
    // manager array is copied (flat, cheap) and new positions appended to it.
    std::vector<Org::Vertex> parent = o.managerArray();
    QHash<QString, Org::Vertex> added;
    QHash<Org::Vertex, Draft> drafts;
    std::vector<QString> roleKeys(changes.size());
    auto resolve = [&](const QString &id) {
        const Org::Vertex v = o.find(id);
        return v != Org::npos ? v : added.value(id, Org::npos);
    };
    auto draftOf = [&](Org::Vertex v) -> Draft & {
        auto it = drafts.find(v);
        if (it == drafts.end()) {
            const Position &p = o.position(v);
            it = drafts.insert(v, Draft{o.manager(v), p.role, p.team, p.productLine, p.name});
        }
        return *it;
    };
    auto reject = [&](const PositionChange &c, const QString &message) {
        if (errorLine)
            *errorLine = c.line;
        return fail(error, message);
    };
    int effective = 0;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const PositionChange &c = changes[i];
        if (c.role && !c.role->isEmpty()) {
            const int r = m_plan.roles.match(*c.role);
            if (r < 0)
                return reject(c, unknownRole(m_plan.roles, *c.role));
            roleKeys[i] = m_plan.roles.at(r).key;
        }
        Org::Vertex v = resolve(c.id);
        const bool isNew = v == Org::npos;
        if (isNew) {
            if (roleKeys[i].isEmpty())
                return reject(c, tr("the new position \"%1\" needs a role").arg(c.id));
            v = Org::Vertex(parent.size());
            parent.push_back(Org::npos);
            added.insert(c.id, v);
            drafts.insert(v, Draft{Org::npos, {}, {}, {}, {}});
        }
        Draft &d = v < Org::Vertex(o.size()) ? draftOf(v) : drafts[v];
        bool changed = isNew;
        if (c.manager) {
            const Org::Vertex m = c.manager->isEmpty() ? Org::npos : resolve(*c.manager);
            if (!c.manager->isEmpty() && m == Org::npos)
                return reject(c, tr("there is no position \"%1\"").arg(*c.manager));
            if (m == v)
                return reject(c, tr("%1 cannot report to itself").arg(c.id));
            for (Org::Vertex u = m; u != Org::npos; u = parent[u])
                if (u == v)
                    return reject(c, tr("cannot move %1 under %2: %2 already reports to %1, so this would "
                                        "form a reporting cycle")
                                         .arg(c.id, *c.manager));
            changed = changed || d.manager != m;
            parent[v] = d.manager = m;
        }
        auto set = [&](QString &field, const std::optional<QString> &value) {
            if (value && field != *value) {
                field = *value;
                changed = true;
            }
        };
        if (!roleKeys[i].isEmpty())
            set(d.role, roleKeys[i]);
        set(d.team, c.team);
        set(d.productLine, c.productLine);
        set(d.name, c.name);
        effective += changed;
    }
    if (effective == 0)
        return true;

    // Apply: one command per changed column, as the editor would push them.
    m_undo->beginMacro(tr("Apply %n changes", nullptr, effective));
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const PositionChange &c = changes[i];
        const Org::Vertex v = org().find(c.id);
        if (v == Org::npos) {
            Position p;
            p.id = c.id;
            p.name = c.name.value_or(QString());
            p.role = roleKeys[i];
            p.team = c.team.value_or(QString());
            p.productLine = c.productLine.value_or(QString());
            m_undo->push(new AddPositionCommand(this, std::move(p), c.manager.value_or(QString())));
            continue;
        }
        if (c.manager) {
            const Org::Vertex m = org().manager(v);
            const QString current = m == Org::npos ? QString() : org().position(m).id;
            if (current != *c.manager)
                m_undo->push(new MovePositionCommand(this, c.id, *c.manager)); // never carries team or line
        }
        const Position &p = org().position(v);
        if (!roleKeys[i].isEmpty() && p.role != roleKeys[i])
            m_undo->push(new ChangeRoleCommand(this, c.id, roleKeys[i]));
        if (c.team && org().position(v).team != *c.team)
            m_undo->push(new SetFieldCommand(this, c.id, QStringLiteral("team"), *c.team));
        if (c.productLine && org().position(v).productLine != *c.productLine)
            m_undo->push(new SetFieldCommand(this, c.id, QStringLiteral("product_line"), *c.productLine));
        if (c.name && org().position(v).name != *c.name)
            m_undo->push(new RenamePositionCommand(this, c.id, *c.name));
    }
    m_undo->endMacro();
    return true;
}

} // namespace org
