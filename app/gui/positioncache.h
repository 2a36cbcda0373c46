// SPDX-License-Identifier: MIT
#pragma once

#include "model/org.h"

#include <QString>

#include <cstddef>
#include <vector>

namespace org::ui {

/// One value per position of an org (indexed by vertex), kept up to date by the
/// edits that name positions instead of a scan of the org per edit (the status
/// bar's counts, the "As of" control's quarters). An edit of a position changed
/// in place, or of the one appended last, updates its entry alone (follow());
/// any other change — a removal renumbers the vertices — needs a refill
/// (assign()) from the whole org.
template <typename T>
class PositionCache final
{
public:
    std::size_t size() const { return m_values.size(); }
    T &operator[](Org::Vertex v) { return m_values[v]; }
    const T &operator[](Org::Vertex v) const { return m_values[v]; }

    /// Starts again with `n` entries of `value`, to be filled from the org.
    void assign(std::size_t n, const T &value = T{}) { m_values.assign(n, value); }

    /// The vertex of `id` whose entry may now be updated alone: the position changed
    /// in place, or it is the one just appended (its new entry holds T{}). Org::npos
    /// when the vertices shifted since the cache was filled (or `id` is gone): then
    /// assign() and read every position again.
    Org::Vertex follow(const Org &org, const QString &id)
    {
        const Org::Vertex v = org.find(id);
        const auto n = std::size_t(org.size());
        const bool inPlace = m_values.size() == n;
        const bool appended = m_values.size() + 1 == n && v + 1 == n;
        if (v == Org::npos || !(inPlace || appended))
            return Org::npos;
        m_values.resize(n);
        return v;
    }

private:
    std::vector<T> m_values;
};

} // namespace org::ui
