// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QSharedData>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace org {

/// Where the hiring of an open position stands. Keys ("planned", …) are those
/// of files and JSON; None is a filled position or an open one without a status.
enum class HiringStatus : std::uint8_t { None, Planned, Approved, Interviewing, Offer };

/// The fields of a position that most positions leave empty: contact, pay,
/// planning dates and the extra columns of the file. Position keeps them apart
/// (allocated only for a position that has any), so that a million positions
/// without them cost no memory for them.
struct PositionDetails : QSharedData
{
    QString email;
    std::optional<double> salary;  ///< monthly
    QStringList custom;            ///< values of Org::customFields(), same order
    QDate startDate;               ///< first day (open: planned start); invalid = always there
    QDate endDate;                 ///< planned departure (last day); invalid = none
    HiringStatus status = HiringStatus::None; ///< open positions only
    std::optional<double> budget;  ///< budgeted monthly cost of an open position

    bool operator==(const PositionDetails &o) const
    {
        return email == o.email && salary == o.salary && custom == o.custom && startDate == o.startDate
            && endDate == o.endDate && status == o.status && budget == o.budget;
    }
};

/// A node of the org: a seat in the organisation, filled by a person or open.
/// An open position (vacancy) has an empty name and still counts as planned
/// headcount everywhere.
///
/// The fields every position has are members; the rarer ones (email, salary,
/// custom fields, start and end date, hiring status, budget) are read and set
/// through functions and live in a PositionDetails that is shared between
/// copies (copy on write) and allocated by the first setter given a value.
/// A Position is a value: copies compare equal and never affect each other.
struct Position
{
    QString id;                    ///< unique within an org, never empty
    QString name;                  ///< person's name; empty = open position
    QString role;                  ///< role key from the RoleCatalogue
    QString title;                 ///< free-text job title from HR data
    QString team;
    QString productLine;
    bool assistant = false;        ///< drawn beside its manager, not below

    const QString &email() const { return details().email; }
    /// Monthly salary; nullopt = not known.
    std::optional<double> salary() const { return details().salary; }
    /// Values of Org::customFields(), same order (may be shorter: missing = empty).
    const QStringList &custom() const { return details().custom; }
    /// First day (open: planned start); invalid = always there.
    QDate startDate() const { return details().startDate; }
    /// Planned departure (last day); invalid = none.
    QDate endDate() const { return details().endDate; }
    /// Open positions only.
    HiringStatus status() const { return details().status; }
    /// Budgeted monthly cost of an open position; nullopt = none.
    std::optional<double> budget() const { return details().budget; }

    void setEmail(QString email) { if (m_details || !email.isEmpty()) edit().email = std::move(email); }
    void setSalary(std::optional<double> salary) { if (m_details || salary) edit().salary = salary; }
    void setCustom(QStringList custom) { if (m_details || !custom.isEmpty()) edit().custom = std::move(custom); }
    void setStartDate(QDate date) { if (m_details || date.isValid()) edit().startDate = date; }
    void setEndDate(QDate date) { if (m_details || date.isValid()) edit().endDate = date; }
    void setStatus(HiringStatus status) { if (m_details || status != HiringStatus::None) edit().status = status; }
    void setBudget(std::optional<double> budget) { if (m_details || budget) edit().budget = budget; }

    bool isOpen() const { return name.isEmpty(); }
    /// True when the position is part of the org on `date`: started by then (no
    /// start date: always) and not ended before it. An invalid date: always true.
    bool isActiveOn(QDate date) const
    {
        if (!date.isValid() || !m_details)
            return true;
        return (!m_details->startDate.isValid() || m_details->startDate <= date)
            && (!m_details->endDate.isValid() || m_details->endDate >= date);
    }
    bool operator==(const Position &o) const
    {
        return id == o.id && name == o.name && role == o.role && title == o.title && team == o.team
            && productLine == o.productLine && assistant == o.assistant
            && (m_details == o.m_details || details() == o.details());
    }

private:
    const PositionDetails &details() const
    {
        static const PositionDetails none;
        return m_details ? *m_details : none;
    }
    PositionDetails &edit()
    {
        if (!m_details)
            m_details.reset(new PositionDetails);
        return *m_details; // detaches when shared with a copy
    }

    QSharedDataPointer<PositionDetails> m_details; ///< null: every detail empty
};

} // namespace org
