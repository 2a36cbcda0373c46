// SPDX-License-Identifier: MIT
#include "addreportdialog.h"

#include "edit/document.h"
#include "i18n/language.h"
#include "rules/ruleengine.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace org::ui {

AddReportDialog::AddReportDialog(Document *doc, const QString &manager, QWidget *parent)
    : PositionFormDialog(doc, parent), m_manager(manager)
{
    setObjectName(QStringLiteral("addReportDialog"));
    setWindowTitle(tr("Add Report"));
    const Org &org = doc->org();
    const Org::Vertex mv = manager.isEmpty() ? Org::npos : org.find(manager);
    const QString below =
        doc->roles().roleBelow(mv == Org::npos ? QStringLiteral("cto") : org.position(mv).role);

    addRoleCombo();
    m_role->setCurrentIndex(std::max(0, m_role->findData(below)));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Empty: an open position"));

    auto *form = new QFormLayout;
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Name:"), m_name);
    setForm(mv == Org::npos ? tr("A new position at the top of the chart.")
                            : tr("A new position reporting to %1.").arg(RuleEngine::shortName(org, mv)),
            form);
    m_name->setFocus();
}

bool AddReportDialog::apply(QString *newId, QString *error)
{
    return m_doc->addReport(m_manager, m_name->text(), m_role->currentData().toString(), m_title->text(), newId,
                            error);
}

} // namespace org::ui
