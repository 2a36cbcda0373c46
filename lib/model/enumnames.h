// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <algorithm>
#include <iterator>

namespace org {

/// One row of a table of an enum's values: the value, its key (as files spell
/// it; may be empty) and its name for people (marked with QT_TRANSLATE_NOOP and
/// translated by the caller in that context). One row a value, so that keys,
/// names and the list of values cannot drift apart.
template <typename Enum>
struct EnumName
{
    Enum value;
    const char *key;
    const char *name;
};

/// The row of `value` in `table`, or nullptr when it has none.
template <typename Enum, std::size_t N>
const EnumName<Enum> *findEnumName(const EnumName<Enum> (&table)[N], Enum value)
{
    const auto *it = std::ranges::find(table, value, &EnumName<Enum>::value);
    return it == std::end(table) ? nullptr : it;
}

/// The key of `value` in `table`: a null QString when it has no row or an empty key.
template <typename Enum, std::size_t N>
QString enumKey(const EnumName<Enum> (&table)[N], Enum value)
{
    const EnumName<Enum> *row = findEnumName(table, value);
    return row && *row->key ? QString::fromLatin1(row->key) : QString();
}

} // namespace org
