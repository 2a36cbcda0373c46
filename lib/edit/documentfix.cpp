// SPDX-License-Identifier: MIT
// Document::applyFix: a FixEngine fix as one undo step.
#include "document.h"

#include "fix/fixengine.h"

#include <QScopedValueRollback>

namespace org {

bool Document::applyFix(const Fix &fix, QString *error)
{
    // Try the edits on a copy first, so that a fix that cannot apply leaves no half step.
    Org trial = org();
    if (!FixEngine::apply(trial, fix.edits, error))
        return false;
    // A fix's edits are exact (its outcome was computed with them): moves carry nothing.
    const QScopedValueRollback noCarry(m_movesCarryTeam, false);
    m_undo->beginMacro(fix.name);
    bool ok = true;
    for (const FixEdit &e : fix.edits) {
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

} // namespace org
