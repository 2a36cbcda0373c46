// SPDX-License-Identifier: MIT
#pragma once

#include "model/org.h"
#include "model/problem.h"

#include <QDate>

#include <vector>

namespace org {

class RuleEngine;

/// The org as of a date: the positions that count on that day (Position::isActiveOn:
/// started by then, no start date = always, and not ended before it), as an Org of
/// their own that rules, stats and the chart read like any other.
///
/// Design choice for chains through positions that are not there yet or any more:
/// - A position that has left (end date before the day) is gone; its reports move up
///   to the nearest manager above it that is still there (what happens on a departure).
/// - A position that has not started yet but has started positions below it (an open
///   manager planned for next quarter whose engineers join now) stays in the tree
///   with KeepChains, as a *placeholder*: the chart keeps the reporting line the plan
///   intends, but the placeholder counts for nothing. It is no headcount, no technical
///   headcount and no product-line position; it does not cover its subtree even when it
///   is a tech director (a director who has not started covers nobody); no rule fires
///   at it. It is still one of its own manager's direct reports (a planned seat).
///   Without KeepChains (stats) placeholders are left out and their reports move up.
/// An invalid date means "the whole plan": every position, as today.
struct OrgAsOf
{
    enum Mode { KeepChains, ActiveOnly };

    Org org;                             ///< the view
    std::vector<Org::Vertex> source;     ///< view vertex → vertex of the original org
    std::vector<char> placeholder;       ///< view vertex is a not-yet-started link (KeepChains)
    std::vector<Org::Vertex> toView;     ///< original vertex → view vertex, or npos

    /// The view of `org` on `date` (see the class comment).
    static OrgAsOf at(const Org &org, QDate date, Mode mode = KeepChains);

    /// The rules evaluated on `date`: problems of the view (none at placeholders)
    /// with their anchor and other vertex mapped back to `org`.
    static std::vector<Problem> check(const RuleEngine &engine, const Org &org, QDate date);

    /// True for positions of `org` that count on `date` (every one for an invalid date).
    static std::vector<char> activeMask(const Org &org, QDate date);
};

} // namespace org
