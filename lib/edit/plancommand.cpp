// SPDX-License-Identifier: MIT
#include "plancommand.h"

namespace org {

PlanCommand::PlanCommand(Document *doc, QUndoCommand *parent)
    : TextedCommand(parent), m_doc(doc), m_scenario(doc->currentScenario())
{
}

Org &PlanCommand::org()
{
    return m_doc->mutableOrg(m_scenario);
}

CommandSubject PlanCommand::subject(const QString &id) const
{
    const Org &o = m_doc->plan().scenarios[std::size_t(m_scenario)].org;
    return CommandSubject::of(o, o.find(id));
}

void PlanCommand::finish()
{
    m_doc->revalidate();
    m_doc->commandDone();
}

void PlanCommand::finish(const QStringList &ids)
{
    // IncrementalChecker::update() takes one changed position at a time; the
    // others keep what it last saw of them until their own turn.
    for (const QString &id : ids)
        m_doc->revalidate(id);
    m_doc->commandDone();
}

void PlanCommand::finish(const QString &id)
{
    m_doc->revalidate(id);
    m_doc->commandDone();
}

} // namespace org
