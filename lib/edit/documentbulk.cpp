// SPDX-License-Identifier: MIT
// Document::editPositions: team, product line and role of a selection as one step.
#include "document.h"

#include "changerolecommand.h"
#include "setfieldcommand.h"

namespace org {

bool Document::editPositions(const QStringList &ids, const std::optional<QString> &team,
                             const std::optional<QString> &productLine, const std::optional<QString> &roleKey,
                             QString *error)
{
    Org::Vertex v;
    for (const QString &id : ids)
        if (!findOrFail(id, v, error))
            return false;
    QString role;
    if (roleKey) {
        const int r = m_plan.roles.match(*roleKey);
        if (r < 0)
            return fail(error, unknownRole(m_plan.roles, *roleKey));
        role = m_plan.roles.at(r).key;
    }
    // What changes, checked before anything is pushed.
    struct Change { QString id, field, value; };
    std::vector<Change> changes;
    QStringList seen;
    for (const QString &id : ids) {
        if (seen.contains(id))
            continue;
        seen << id;
        const Position &p = org().position(find(id));
        if (team && p.team != team->trimmed())
            changes.push_back({id, QStringLiteral("team"), team->trimmed()});
        if (productLine && p.productLine != productLine->trimmed())
            changes.push_back({id, QStringLiteral("product_line"), productLine->trimmed()});
        if (roleKey && p.role != role)
            changes.push_back({id, QString(), role});
    }
    if (changes.empty())
        return true;
    const int count = int(seen.size());
    beginStep([count] { return tr("Edit %n positions", nullptr, count); });
    for (const Change &c : changes) {
        if (c.field.isEmpty())
            m_undo->push(new ChangeRoleCommand(this, c.id, c.value));
        else
            m_undo->push(new SetFieldCommand(this, c.id, c.field, c.value));
    }
    m_undo->endMacro();
    return true;
}

} // namespace org
