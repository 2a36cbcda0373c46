// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QFormLayout;

namespace org { class Document; }

namespace org::ui {

/// Base of the small dialogs that edit positions through a form (Add Report,
/// Edit Selection): a box of the plan's roles, the form under a line that says
/// what it does, OK and Cancel. The subclass builds the form and applies it.
class PositionFormDialog : public QDialog
{
    Q_OBJECT
public:
    /// The role box: the subclass's first entry (if any), then the catalogue's roles (data: the key).
    QComboBox *roleCombo() const { return m_role; }

protected:
    PositionFormDialog(Document *doc, QWidget *parent) : QDialog(parent), m_doc(doc) {}
    /// Creates the role box ("roleCombo"): `first` when not empty, then the catalogue's roles.
    void addRoleCombo(const QString &first = QString());
    /// Lays the dialog out: `intro` on top, then `form`, then OK and Cancel.
    void setForm(const QString &intro, QFormLayout *form);

    Document *m_doc;
    QComboBox *m_role = nullptr;
};

} // namespace org::ui
