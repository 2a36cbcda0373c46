// SPDX-License-Identifier: MIT
#pragma once

#include "commandtext.h"

namespace org {

class Document;

/// Base of the commands that replace one plan-wide value (role catalogue, rule
/// settings): keeps the value before and after; redo applies the one, undo the
/// other. The modified flag is left to the undo stack, as for every command.
template <typename T>
class SwapCommand : public TextedCommand
{
public:
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }
    int scenario() const override { return PlanWide; }

protected:
    SwapCommand(Document *doc, T before, T after, QUndoCommand *parent)
        : TextedCommand(parent), m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    virtual void apply(const T &value) = 0;
    Document *m_doc;

private:
    T m_before, m_after;
};

} // namespace org
