// SPDX-License-Identifier: MIT
#pragma once

#include "model/org.h"
#include "model/problem.h"
#include "model/rolecatalogue.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace org {

class RuleEngine;

/// The plan quarter by quarter: headcount, open positions, monthly cost and the
/// problems that start and stop, each quarter evaluated as of its first day
/// (OrgAsOf). What `orgdesigner-cli forecast` prints and the Forecast panel lists.
class Forecast final
{
    Q_DECLARE_TR_FUNCTIONS(Forecast)
public:
    /// One quarter of the forecast.
    struct Quarter
    {
        QDate start;                  ///< first day of the quarter
        int headcount = 0;            ///< filled positions that count (no technical partners)
        int openPositions = 0;        ///< open positions that count
        double monthlyCost = 0;       ///< OrgStats::costOf over every position active that day
        std::vector<Problem> problems;///< every problem that day (anchors in the original org)
        std::vector<Problem> started; ///< not there the quarter before
        std::vector<Problem> stopped; ///< there the quarter before, gone now
        /// Headcount (filled + open, no partners) and cost per role key that day.
        std::vector<std::pair<QString, int>> headcountByRole;
        std::vector<std::pair<QString, double>> costByRole;
    };

    /// Quarters from the one of `from` to the one of `to`. "Started" in the first
    /// quarter compares with the quarter before it. Without `engine` (nullptr)
    /// only the figures are computed, no problems (the dashboard's charts).
    static std::vector<Quarter> compute(const Org &org, const RoleCatalogue &roles, const RuleEngine *engine,
                                        QDate from, QDate to);

    /// The default range: from the quarter of `today` to the later of two years on
    /// and the quarter of the last start or end date of the plan.
    static std::pair<QDate, QDate> defaultRange(const Org &org, QDate today);

    /// The identity of a problem across quarters: rule, anchor and product line.
    static QString problemKey(const Problem &p, const Org &org);

    /// One line for people: "Payments passes 20 technical people in 2027 Q3 → a
    /// Technical Director is needed by then", in the UI language.
    static QString startedText(const Problem &p, const Org &org, const RuleEngine &engine, QDate quarter);
    /// "… stops in 2028 Q1".
    static QString stoppedText(const Problem &p, const Org &org, const RuleEngine &engine, QDate quarter);
};

} // namespace org
