// SPDX-License-Identifier: MIT
#pragma once

#include <charconv>
#include <cmath>

namespace org::cli {

/// Writes `value` rounded to 0.01 (plenty for px) at `at`, at most 32 characters; returns the end.
/// The text is std::to_chars's shortest form of the rounded double. Below 10^12 that
/// form is the hundredths themselves without trailing zeros (no shorter decimal is
/// as close, since 0.01 is far wider than the spacing of doubles there), written in
/// fixed notation unless an integer ends in four or more zeros (then "1e+06" can be
/// shorter): those, -0 and huge values go through std::to_chars itself. Four
/// numbers a card, a million cards: Ryu's general search was a tenth of the JSON.
inline char *putNumber(char *at, double value)
{
    const double hundredths = std::round(value * 100);
    const double rounded = hundredths / 100;
    if (std::abs(rounded) < 1e12 && !(rounded == 0 && std::signbit(rounded))) {
        auto k = static_cast<long long>(hundredths);
        const bool negative = k < 0;
        k = negative ? -k : k;
        const long long whole = k / 100;
        const int cents = int(k % 100);
        if (cents != 0 || whole % 10000 != 0 || whole == 0) {
            if (negative)
                *at++ = '-';
            at = std::to_chars(at, at + 20, whole).ptr;
            if (cents != 0) {
                *at++ = '.';
                *at++ = char('0' + cents / 10);
                if (cents % 10 != 0)
                    *at++ = char('0' + cents % 10);
            }
            return at;
        }
    }
    return std::to_chars(at, at + 32, rounded).ptr;
}

} // namespace org::cli
