// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace org {

/// Where the hiring of an open position stands. Keys ("planned", …) are those
/// of files and JSON; None is a filled position or an open one without a status.
enum class HiringStatus : std::uint8_t { None, Planned, Approved, Interviewing, Offer };

/// A node of the org: a seat in the organisation, filled by a person or open.
/// An open position (vacancy) has an empty name and still counts as planned
/// headcount everywhere.
struct Position
{
    QString id;                    ///< unique within an org, never empty
    QString name;                  ///< person's name; empty = open position
    QString role;                  ///< role key from the RoleCatalogue
    QString title;                 ///< free-text job title from HR data
    QString team;
    QString productLine;
    QString email;
    std::optional<double> salary;  ///< monthly
    QStringList custom;            ///< values of Org::customFields(), same order
    bool assistant = false;        ///< drawn beside its manager, not below
    QDate startDate;               ///< first day (open: planned start); invalid = always there
    QDate endDate;                 ///< planned departure (last day); invalid = none
    HiringStatus status = HiringStatus::None; ///< open positions only
    std::optional<double> budget;  ///< budgeted monthly cost of an open position

    bool isOpen() const { return name.isEmpty(); }
    /// True when the position is part of the org on `date`: started by then (no
    /// start date: always) and not ended before it. An invalid date: always true.
    bool isActiveOn(QDate date) const
    {
        return !date.isValid()
            || ((!startDate.isValid() || startDate <= date) && (!endDate.isValid() || endDate >= date));
    }
    bool operator==(const Position &) const = default;
};

} // namespace org
