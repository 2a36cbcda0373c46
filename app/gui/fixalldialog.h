// SPDX-License-Identifier: MIT
#pragma once

#include "fix/fixengine.h"

#include <QDialog>

#include <vector>

class QLabel;
class QTreeWidget;

namespace org::ui {

/// "Fix all errors…": every fix that FixEngine::fixAllErrors applied to a copy
/// of the org, in order, each with its outcome, and the total. The caller
/// applies them (Document::applyFixes, one undo step) when it is accepted;
/// Cancel changes nothing.
class FixAllDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `errorsLeft`: the errors no fix could repair, in the copy after the last fix.
    FixAllDialog(std::vector<Fix> fixes, int errorsLeft, QWidget *parent = nullptr);

    const std::vector<Fix> &fixes() const { return m_fixes; }
    QTreeWidget *list() const { return m_list; }
    /// "Total: −3 errors, +3 open positions, …".
    QString totalText() const;
    /// The outcome of all fixes together: the first fix's before, the last one's after, the sums.
    static FixOutcome total(const std::vector<Fix> &fixes);

private:
    std::vector<Fix> m_fixes;
    QTreeWidget *m_list;
    QLabel *m_total;
};

} // namespace org::ui
