// SPDX-License-Identifier: MIT
// Document::applyFix: a FixEngine fix as one undo step; fixes in bulk and the
// structural edits of the card menu (insert a manager above, split a team),
// built as FixEdit lists on the same machinery.
#include "document.h"

#include "fix/fixengine.h"

#include <QSet>
#include <QScopedValueRollback>

namespace org {

namespace {

/// "Xu Tao", or the id of an open position: how undo texts name a position.
QString who(const Position &p)
{
    return p.isOpen() ? p.id : p.name;
}

} // namespace

bool Document::applyFix(const Fix &fix, QString *error)
{
    return applyEdits(fix.name, fix.edits, error);
}

bool Document::applyFixes(const std::vector<Fix> &fixes, const QString &name, QString *error)
{
    if (fixes.empty())
        return fail(error, tr("there is no fix to apply"));
    std::vector<FixEdit> edits;
    for (const Fix &f : fixes)
        edits.insert(edits.end(), f.edits.begin(), f.edits.end());
    return applyEdits(name, edits, error);
}

bool Document::applyEdits(const QString &name, const std::vector<FixEdit> &edits, QString *error)
{
    // Try the edits on a copy first, so that a fix that cannot apply leaves no half step.
    Org trial = org();
    if (!FixEngine::apply(trial, edits, error))
        return false;
    // A fix's edits are exact (its outcome was computed with them): moves carry nothing.
    const QScopedValueRollback noCarry(m_movesCarryTeam, false);
    m_undo->beginMacro(name);
    bool ok = true;
    for (const FixEdit &e : edits) {
        switch (e.kind) {
        case FixEdit::Kind::Add:
            ok = addPosition(e.newPosition(), e.manager, error);
            break;
        case FixEdit::Kind::Move:
            ok = move(e.id, e.manager, error);
            break;
        case FixEdit::Kind::SetRole:
            ok = changeRole(e.id, e.value, error);
            break;
        case FixEdit::Kind::SetTeam:
            ok = setField(e.id, QStringLiteral("team"), e.value, error);
            break;
        case FixEdit::Kind::SetProductLine:
            ok = setField(e.id, QStringLiteral("product_line"), e.value, error);
            break;
        }
        if (!ok)
            break;
    }
    m_undo->endMacro();
    if (!ok) {
        m_undo->undo(); // the edits pushed so far
        return false;
    }
    return true;
}

bool Document::insertManagerAbove(const QString &id, const QString &roleKey, QString *newId, QString *error)
{
    Org::Vertex v;
    if (!findOrFail(id, v, error))
        return false;
    const Org &o = org();
    const Position &p = o.position(v);
    const QString role = roleKey.isEmpty() ? m_plan.roles.roleAbove(p.role) : roleKey;
    if (role.isEmpty())
        return fail(error, tr("no role ranks above %1's role \"%2\"; choose the role of the new manager")
                               .arg(who(p), p.role));
    if (!m_plan.roles.find(role))
        return fail(error, unknownRole(m_plan.roles, role));
    const Org::Vertex m = o.manager(v);
    FixEdit add;
    add.kind = FixEdit::Kind::Add;
    add.id = uniqueId();
    add.value = role;
    add.manager = m == Org::npos ? QString() : o.position(m).id;
    add.team = p.team;
    add.productLine = p.productLine;
    FixEdit move;
    move.kind = FixEdit::Kind::Move;
    move.id = id;
    move.manager = add.id;
    if (!applyEdits(tr("Insert a manager above %1").arg(who(p)), {add, move}, error))
        return false;
    if (newId)
        *newId = add.id;
    return true;
}

bool Document::splitTeam(const QString &id, QString *newId, QString *error)
{
    Org::Vertex v;
    if (!findOrFail(id, v, error))
        return false;
    const Org &o = org();
    const Position &p = o.position(v);
    std::vector<Org::Vertex> reports;
    for (Org::Vertex r : o.reports(v))
        if (!o.position(r).assistant)
            reports.push_back(r);
    if (reports.size() < 2)
        return fail(error, tr("%1 has fewer than two direct reports: there is no team to split").arg(who(p)));

    // The new team: "<team> 2", or the first number no position uses yet.
    QString team;
    if (!p.team.isEmpty()) {
        QSet<QString> used;
        for (const Position &x : o.positions())
            used.insert(x.team);
        for (int n = 2; team.isEmpty() || used.contains(team); ++n)
            team = p.team + QLatin1Char(' ') + QString::number(n);
    }
    FixEdit add;
    add.kind = FixEdit::Kind::Add;
    add.id = uniqueId();
    add.value = m_plan.roles.roleBelow(p.role);
    add.manager = id;
    add.team = team;
    add.productLine = p.productLine;
    std::vector<FixEdit> edits{add};
    const std::size_t moving = (reports.size() + 1) / 2;
    for (std::size_t i = reports.size() - moving; i < reports.size(); ++i) {
        FixEdit move;
        move.kind = FixEdit::Kind::Move;
        move.id = o.position(reports[i]).id;
        move.manager = add.id;
        edits.push_back(move);
        if (team.isEmpty())
            continue;
        // The moved part of the team becomes the new team, down its subtree.
        std::vector<Org::Vertex> stack{reports[i]};
        while (!stack.empty()) {
            const Org::Vertex x = stack.back();
            stack.pop_back();
            if (o.position(x).team != p.team)
                continue;
            FixEdit set;
            set.kind = FixEdit::Kind::SetTeam;
            set.id = o.position(x).id;
            set.value = team;
            edits.push_back(set);
            for (Org::Vertex c : o.reports(x))
                stack.push_back(c);
        }
    }
    if (!applyEdits(tr("Split the team of %1").arg(who(p)), edits, error))
        return false;
    if (newId)
        *newId = add.id;
    return true;
}

} // namespace org
