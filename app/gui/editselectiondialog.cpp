// SPDX-License-Identifier: MIT
#include "editselectiondialog.h"

#include "edit/document.h"
#include "i18n/language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace org::ui {

namespace {

/// The value every position has, or an empty string when they differ.
QString shared(const Org &org, const QStringList &ids, QString Position::*field)
{
    QString value;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString &v = org.position(org.find(ids[i])).*field;
        if (i == 0)
            value = v;
        else if (v != value)
            return {};
    }
    return value;
}

} // namespace

EditSelectionDialog::EditSelectionDialog(Document *doc, const QStringList &ids, QWidget *parent)
    : PositionFormDialog(doc, parent)
{
    setObjectName(QStringLiteral("editSelectionDialog"));
    setWindowTitle(tr("Edit Selection"));
    const Org &org = doc->org();
    for (const QString &id : ids)
        if (org.find(id) != Org::npos)
            m_ids << id;
    m_sharedTeam = shared(org, m_ids, &Position::team);
    m_sharedProductLine = shared(org, m_ids, &Position::productLine);

    m_team = new QLineEdit(m_sharedTeam, this);
    m_team->setObjectName(QStringLiteral("teamEdit"));
    m_productLine = new QLineEdit(m_sharedProductLine, this);
    m_productLine->setObjectName(QStringLiteral("productLineEdit"));
    for (QLineEdit *e : {m_team, m_productLine})
        e->setPlaceholderText(tr("(different values: leave as they are)"));
    addRoleCombo(tr("(leave as it is)"));

    auto *form = new QFormLayout;
    form->addRow(tr("Team:"), m_team);
    form->addRow(tr("Product line:"), m_productLine);
    form->addRow(tr("Role:"), m_role);
    setForm(tr("%n selected position(s). Empty or unchanged fields stay as they are.", nullptr, int(m_ids.size())),
            form);
}

std::optional<QString> EditSelectionDialog::changed(const QLineEdit *edit, const QString &shared) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty() || text == shared)
        return std::nullopt;
    return text;
}

bool EditSelectionDialog::apply(QString *error)
{
    const std::optional<QString> role =
        m_role->currentIndex() > 0 ? std::optional<QString>(m_role->currentData().toString()) : std::nullopt;
    return m_doc->editPositions(m_ids, changed(m_team, m_sharedTeam), changed(m_productLine, m_sharedProductLine),
                                role, error);
}

} // namespace org::ui
