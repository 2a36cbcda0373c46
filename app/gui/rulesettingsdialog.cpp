// SPDX-License-Identifier: MIT
#include "rulesettingsdialog.h"

#include "rules/ruleengine.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace org::ui {

RuleSettingsDialog::RuleSettingsDialog(const RuleSettings &settings, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("ruleSettingsDialog"));
    setWindowTitle(tr("Rule Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *rules = new QGroupBox(tr("Rules"), this);
    auto *rl = new QVBoxLayout(rules);
    for (const QString &id : RuleSettings::ruleIds()) {
        auto *box = new QCheckBox(RuleEngine::ruleName(id), rules);
        box->setObjectName(QStringLiteral("rule_") + id);
        rl->addWidget(box);
        m_enabled.insert(id, box);
    }
    layout->addWidget(rules);

    auto *limits = new QGroupBox(tr("Thresholds"), this);
    auto *form = new QFormLayout(limits);
    auto spin = [limits](const char *name, int min, int max) {
        auto *s = new QSpinBox(limits);
        s->setObjectName(QString::fromLatin1(name));
        s->setRange(min, max);
        return s;
    };
    m_directorHeadcount = spin("directorHeadcount", 1, 100000);
    m_directorProductLines = spin("directorProductLines", 2, 1000);
    m_span = spin("spanOfControl", 1, 100000);
    m_architect = spin("architectMinPositions", 1, 100000);
    m_narrowSpan = spin("narrowSpan", 1, 100000);
    form->addRow(tr("Tech director required above this technical headcount:"), m_directorHeadcount);
    form->addRow(tr("Tech director recommended from this many product lines:"), m_directorProductLines);
    form->addRow(tr("Most direct reports (span of control):"), m_span);
    form->addRow(tr("Architect needed from this many positions in a product line:"), m_architect);
    form->addRow(tr("Fewest direct reports of a manager (narrow span):"), m_narrowSpan);
    layout->addWidget(limits);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(RuleSettings{}); });
    layout->addWidget(buttons);
    setSettings(settings);
}

void RuleSettingsDialog::setSettings(const RuleSettings &s)
{
    for (auto it = m_enabled.cbegin(); it != m_enabled.cend(); ++it)
        it.value()->setChecked(s.isEnabled(it.key()));
    m_directorHeadcount->setValue(s.directorHeadcount);
    m_directorProductLines->setValue(s.directorProductLines);
    m_span->setValue(s.spanOfControl);
    m_architect->setValue(s.architectMinPositions);
    m_narrowSpan->setValue(s.narrowSpan);
}

RuleSettings RuleSettingsDialog::settings() const
{
    RuleSettings s;
    for (auto it = m_enabled.cbegin(); it != m_enabled.cend(); ++it)
        if (!it.value()->isChecked())
            s.disabled.insert(it.key());
    s.directorHeadcount = m_directorHeadcount->value();
    s.directorProductLines = m_directorProductLines->value();
    s.spanOfControl = m_span->value();
    s.architectMinPositions = m_architect->value();
    s.narrowSpan = m_narrowSpan->value();
    return s;
}

} // namespace org::ui
