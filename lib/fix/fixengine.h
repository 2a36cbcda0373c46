// SPDX-License-Identifier: MIT
#pragma once

#include "model/org.h"
#include "model/rolecatalogue.h"
#include "model/problem.h"
#include "rules/rulesettings.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace org {

/// One step of a fix, by position id (so that it can be replayed on another
/// copy of the org, or through the Document as an undoable command).
struct FixEdit
{
    enum class Kind {
        Add,            ///< a new open position `id` with role `value` under `manager`
        Move,           ///< `id` reports to `manager` (empty: a root)
        SetRole,        ///< `id` takes the role `value`
        SetTeam,        ///< `id` gets the team `value`
        SetProductLine, ///< `id` gets the product line `value`
    };
    Kind kind = Kind::Add;
    QString id{};
    QString manager{};
    QString value{};
    QString team{};        ///< Add
    QString productLine{}; ///< Add
    QString title{};       ///< Add

    /// The open position an Add edit creates (no custom fields).
    Position newPosition() const;
    bool operator==(const FixEdit &) const = default;
};

/// What a fix does to the org, measured on a trial copy.
struct FixOutcome
{
    std::vector<Problem> resolved;   ///< problems of the org before (its vertices) that are gone
    std::vector<Problem> introduced; ///< problems of the org after (its vertices) that are new
    int errorsBefore = 0, errorsAfter = 0;
    int warningsBefore = 0, warningsAfter = 0;
    int openPositionsAdded = 0;
    int headcountDelta = 0;
    double monthlyCostDelta = 0;
    int introducedErrors() const;
};

/// A repair of one problem: a list of edits (one undo step in the Document)
/// and its outcome.
struct Fix
{
    QString kind{};     ///< stable id: "insert-director", "promote", "split-team", …
    QString rule{};     ///< the rule of the problem it repairs
    QString anchor{};   ///< id of the problem's anchor
    QString name{};     ///< what it does, in the UI language ("Insert an open …")
    std::vector<FixEdit> edits{};
    FixOutcome outcome{};
};

/// Finds the fixes of rule problems (DESIGN §4) and tries each on a copy of
/// the org: a fix is offered only when it resolves its problem, introduces no
/// error, never removes or renames a filled position and adds only open
/// positions. Fixes come best first (fewest problems left, then fewest edits).
class FixEngine final
{
    Q_DECLARE_TR_FUNCTIONS(FixEngine)
public:
    FixEngine(RoleCatalogue roles, RuleSettings settings);

    /// The fixes of one problem, as RuleEngine::check(org) reported it.
    std::vector<Fix> fixesFor(const Org &org, const Problem &problem) const;
    /// The same, given `current` = RuleEngine::check(org) with this engine's roles and
    /// settings (a Document's problems, say), so that the org is not checked again.
    std::vector<Fix> fixesFor(const Org &org, const Problem &problem, const std::vector<Problem> &current) const;

    /// The first fix of the first error (in `problems`, as check() gives them)
    /// that has one; nullopt when no error can be fixed.
    std::optional<Fix> nextErrorFix(const Org &org, const std::vector<Problem> &problems) const;

    /// Applies the fixes of nextErrorFix() one after another until no error
    /// can be fixed (at most `maxFixes`). Returns the fixes applied.
    std::vector<Fix> fixAllErrors(Org &org, int maxFixes = 10000) const;

    /// Applies edits to an org; false (org unchanged) when one cannot apply.
    static bool apply(Org &org, const std::vector<FixEdit> &edits, QString *error = nullptr);

    /// "−1 error, +1 open position, +35,000/month", in the UI language.
    static QString outcomeText(const FixOutcome &outcome);

private:
    std::vector<Fix> candidates(const Org &org, const Problem &problem) const;
    bool evaluate(const Org &org, const std::vector<Problem> &before, const Problem &problem, Fix &fix) const;

    RoleCatalogue m_roles;
    RuleSettings m_settings;
};

} // namespace org
