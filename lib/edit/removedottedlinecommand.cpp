// SPDX-License-Identifier: MIT
#include "removedottedlinecommand.h"

namespace org {

RemoveDottedLineCommand::RemoveDottedLineCommand(Document *doc, const QString &report,
                                                 const QString &manager, QUndoCommand *parent)
    : PlanCommand(doc, parent), m_report(report), m_manager(manager)
{
    setText(tr("Remove dotted line from %1 to %2").arg(report, manager));
}

void RemoveDottedLineCommand::redo()
{
    Org &o = org();
    o.removeDottedLine(o.find(m_report), o.find(m_manager));
    Q_EMIT document()->dottedLinesChanged(m_report);
    finish();
}

void RemoveDottedLineCommand::undo()
{
    Org &o = org();
    o.addDottedLine(o.find(m_report), o.find(m_manager));
    Q_EMIT document()->dottedLinesChanged(m_report);
    finish();
}

} // namespace org
