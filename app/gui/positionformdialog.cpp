// SPDX-License-Identifier: MIT
#include "positionformdialog.h"

#include "edit/document.h"
#include "i18n/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace org::ui {

void PositionFormDialog::addRoleCombo(const QString &first)
{
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    if (!first.isEmpty())
        m_role->addItem(first);
    for (const Role &r : m_doc->roles().roles())
        m_role->addItem(r.displayName(org::language()), r.key);
}

void PositionFormDialog::setForm(const QString &intro, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(intro, this));
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace org::ui
