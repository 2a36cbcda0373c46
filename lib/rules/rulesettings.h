// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace org {

/// Thresholds and switches of the rules (DESIGN.md §4), stored in the plan and
/// edited in the rule-settings dialog. Defaults are those of the design.
struct RuleSettings
{
    int directorHeadcount = 20;   ///< director-required fires above this uncovered headcount
    int directorProductLines = 2; ///< director-recommended fires at this many product lines
    int spanOfControl = 15;       ///< span-of-control fires above this many direct reports
    int architectMinPositions = 8;///< product-line-architect fires from this many positions
    int narrowSpan = 3;           ///< narrow-span fires below this many direct reports
    QSet<QString> disabled;       ///< rule ids switched off

    bool isEnabled(const QString &rule) const { return !disabled.contains(rule); }
    bool operator==(const RuleSettings &) const = default;

    /// All rule ids, in the order of DESIGN.md §4.
    static QStringList ruleIds();
    /// "key=value;…" form for storage; fromString() reads it back (unknown keys ignored).
    QString toString() const;
    static RuleSettings fromString(const QString &text);
};

} // namespace org
