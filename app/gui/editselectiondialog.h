// SPDX-License-Identifier: MIT
#pragma once

#include "positionformdialog.h"

#include <optional>

class QLineEdit;

namespace org::ui {

/// "Edit selection…": team, product line and role for several positions at
/// once. A field shows the value the selection shares (else it is empty); a
/// field left empty or unchanged leaves the positions as they are. apply()
/// makes one Document::editPositions() step.
class EditSelectionDialog final : public PositionFormDialog
{
    Q_OBJECT
public:
    EditSelectionDialog(Document *doc, const QStringList &ids, QWidget *parent = nullptr);

    QLineEdit *teamEdit() const { return m_team; }
    QLineEdit *productLineEdit() const { return m_productLine; }
    /// Applies the changed fields as one undo step; false with *error when refused.
    bool apply(QString *error);

private:
    /// The value when it differs from what every position shares, else nullopt.
    std::optional<QString> changed(const QLineEdit *edit, const QString &shared) const;

    QStringList m_ids;
    QLineEdit *m_team, *m_productLine;
    QString m_sharedTeam, m_sharedProductLine;
};

} // namespace org::ui
