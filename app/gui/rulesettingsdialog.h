// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rulesettings.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QSpinBox;

namespace org::ui {

/// The rule-settings dialog: a switch per rule (names of RuleEngine::ruleName)
/// and the thresholds of DESIGN.md §4. settings() returns the edited copy;
/// the caller applies it (undoably) to the Document.
class RuleSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RuleSettingsDialog(const RuleSettings &settings, QWidget *parent = nullptr);

    RuleSettings settings() const;
    void setSettings(const RuleSettings &settings);

private:
    QHash<QString, QCheckBox *> m_enabled;
    QSpinBox *m_directorHeadcount, *m_directorProductLines, *m_span, *m_architect, *m_narrowSpan;
};

} // namespace org::ui
