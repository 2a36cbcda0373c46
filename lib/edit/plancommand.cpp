// SPDX-License-Identifier: MIT
#include "plancommand.h"

namespace org {

PlanCommand::PlanCommand(Document *doc, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_scenario(doc->currentScenario())
{
}

Org &PlanCommand::org()
{
    return m_doc->mutableOrg(m_scenario);
}

void PlanCommand::finish()
{
    m_doc->revalidate();
}

void PlanCommand::finish(const QString &id)
{
    m_doc->revalidate(id);
}

} // namespace org
