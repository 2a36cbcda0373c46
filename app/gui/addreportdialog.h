// SPDX-License-Identifier: MIT
#pragma once

#include "positionformdialog.h"

class QLineEdit;

namespace org::ui {

/// "Add Report": asks for the new position's role (preselected: the rung below
/// the manager, RoleCatalogue::roleBelow), title and name (empty: an open
/// position). apply() adds it with Document::addReport(), one undo step.
class AddReportDialog final : public PositionFormDialog
{
    Q_OBJECT
public:
    /// `manager` empty: the new position is a root.
    AddReportDialog(Document *doc, const QString &manager, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *nameEdit() const { return m_name; }
    /// Adds the position; its id in *newId. False with *error when refused.
    bool apply(QString *newId, QString *error);

private:
    QString m_manager;
    QLineEdit *m_title, *m_name;
};

} // namespace org::ui
