// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace org {

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

    bool isOpen() const { return name.isEmpty(); }
    bool operator==(const Position &) const = default;
};

} // namespace org
