// SPDX-License-Identifier: MIT
#pragma once

#include "position.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace org {

/// Dates and quarters of a hiring plan, and the keys of hiring statuses: the
/// strict forms read from files and command lines ("2027-07-01", "2027Q3").
class PlanDate final
{
    Q_DECLARE_TR_FUNCTIONS(PlanDate)
public:
    /// An ISO date (YYYY-MM-DD) or a quarter ("2027Q3", "2027-Q3", "2027 Q3",
    /// case-insensitive; its first day). nullopt for anything else, including
    /// impossible days such as 2027-02-30.
    static std::optional<QDate> parse(QStringView text);
    /// "2027Q3" for any day of the third quarter of 2027.
    static QString quarterKey(QDate date);
    /// "2027 Q3": a quarter for people (the same in both languages).
    static QString quarterLabel(QDate date) { return quarterKey(date).insert(4, QLatin1Char(' ')); }
    /// The first day of the quarter `date` falls in.
    static QDate quarterStart(QDate date);
    /// First days of every quarter from the one of `from` to the one of `to`
    /// (inclusive); empty when `to` is before `from`.
    static std::vector<QDate> quarters(QDate from, QDate to);
    /// ISO text of a date, empty for an invalid one (files, JSON, the plan).
    static QString toIso(QDate date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

    /// "planned", "approved", "interviewing", "offer"; empty for None.
    static QString statusKey(HiringStatus s);
    /// The status of a key or of its English or Chinese name (case-insensitive);
    /// None for an empty text, nullopt when the text is none of them.
    static std::optional<HiringStatus> parseStatus(QStringView text);
    /// The status as users see it, in the UI language ("Interviewing", "面试中").
    static QString statusName(HiringStatus s);
    /// Every status but None, in pipeline order.
    static std::vector<HiringStatus> statuses();
};

} // namespace org
