// SPDX-License-Identifier: MIT
#pragma once

#include "model/rolecatalogue.h"
#include "model/problem.h"
#include "rulesettings.h"

#include <QCoreApplication>

#include <vector>

namespace org {

/// Checks an org against the team-size and ladder rules of DESIGN.md §4.
/// check() is one linear pass over flat arrays (managers before reports), so a
/// full check of 100,000 positions takes milliseconds. Problems come sorted:
/// errors first, then by anchor, then in rule order.
class RuleEngine final
{
    Q_DECLARE_TR_FUNCTIONS(RuleEngine)
public:
    RuleEngine(RoleCatalogue roles, RuleSettings settings);

    std::vector<Problem> check(const Org &org) const;

    /// The problem explained in the UI language: what is wrong and how to fix it.
    QString message(const Problem &p, const Org &org) const;
    /// The rule's name as users see it ("Tech director required").
    static QString ruleName(const QString &ruleId);
    /// "Technical Manager Wang Wei", or "open Programmer position p7".
    QString describe(const Org &org, Org::Vertex v) const;

    /// The person's name, or the id of an open position.
    static QString shortName(const Org &org, Org::Vertex v);

    const RuleSettings &settings() const { return m_settings; }
    const RoleCatalogue &roles() const { return m_roles; }

private:
    RoleCatalogue m_roles;
    RuleSettings m_settings;
};

} // namespace org
