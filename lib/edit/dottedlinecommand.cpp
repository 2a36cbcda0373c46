// SPDX-License-Identifier: MIT
#include "dottedlinecommand.h"

namespace org {

DottedLineCommand::DottedLineCommand(Document *doc, Change change, const QString &report, const QString &manager,
                                     QUndoCommand *parent)
    : PlanCommand(doc, parent), m_change(change), m_report(report), m_manager(manager)
{
    m_reportWho = subject(report);
    m_managerWho = subject(manager);
    retext();
}

QString DottedLineCommand::describe() const
{
    return m_change == Add ? tr("Add dotted line from %1 to %2").arg(label(m_reportWho), label(m_managerWho))
                           : tr("Remove dotted line from %1 to %2").arg(label(m_reportWho), label(m_managerWho));
}

void DottedLineCommand::apply(bool add)
{
    Org &o = org();
    if (add)
        o.addDottedLine(o.find(m_report), o.find(m_manager));
    else
        o.removeDottedLine(o.find(m_report), o.find(m_manager));
    notifyDottedLines(m_report);
    finish(m_report); // dotted lines count for no rule: nothing to re-check but the report
}

} // namespace org
