// SPDX-License-Identifier: MIT
#pragma once

#include "role.h"

#include <QHash>

#include <vector>

namespace org {

/// The roles a plan knows, in ladder order. Starts as the default catalogue of
/// DESIGN.md §2 and can be extended with custom roles (the role designer).
/// Lookups by any spelling (key, Chinese or English name, alias) are
/// case-insensitive and O(1).
class RoleCatalogue final
{
public:
    RoleCatalogue() = default;

    /// The built-in ladder: ceo, cto, tech_director … programmer, staff, tech_partner.
    static RoleCatalogue defaults();

    const std::vector<Role> &roles() const { return m_roles; }
    int size() const { return int(m_roles.size()); }
    const Role &at(int index) const { return m_roles.at(std::size_t(index)); }

    /// Index of the role with this key, or -1.
    int indexOfKey(const QString &key) const;
    /// Index of the role matching any spelling (key, names, aliases), or -1.
    int match(const QString &value) const;
    /// The role with this key, or nullptr.
    const Role *find(const QString &key) const;

    /// Adds a role or replaces the one with the same key.
    void upsert(const Role &role);
    /// Removes the role with this key; returns false when there is none.
    bool remove(const QString &key);

    /// Currency of the cost bands, salaries and budgets of the plan (ISO 4217
    /// code, "CNY" by default); shown beside every amount.
    const QString &currency() const { return m_currency; }
    void setCurrency(QString code) { m_currency = std::move(code); }

    /// All keys, in catalogue order ("ceo, cto, …"), for error messages.
    QStringList keys() const;

    /// A sensible role for a new report of a `managerRole` position: the highest
    /// technical rung ranked below it; else "engineer"; else the first role
    /// (empty for an empty catalogue).
    QString roleBelow(const QString &managerRole) const;
    /// The rung above a role (a manager inserted over it): the lowest technical
    /// rung ranked above it; empty when the role has no rank or none ranks above.
    QString roleAbove(const QString &role) const;

private:
    void reindex();

    std::vector<Role> m_roles;
    QHash<QString, int> m_bySpelling; ///< folded spelling → index
    QString m_currency = QStringLiteral("CNY");
};

/// Folds a spelling for matching: lower case, spaces, '-' and '_' removed.
QString foldSpelling(QStringView text);

} // namespace org
