// SPDX-License-Identifier: MIT
// The layout JSON's numbers: the fast path must write exactly what
// std::to_chars writes for the value rounded to hundredths.
#include "jsonnumber.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace {

std::string fast(double v)
{
    char buf[64];
    return std::string(buf, org::cli::putNumber(buf, v));
}

std::string reference(double v)
{
    char buf[64];
    return std::string(buf, std::to_chars(buf, buf + sizeof buf, std::round(v * 100) / 100).ptr);
}

} // namespace

TEST(JsonNumber, SameTextAsToChars)
{
    for (double v : {0.0, -0.0, 0.001, -0.001, 0.004999, 0.005, 0.015, 0.1, 0.5, 1.0, 9.99, 10.0, 100.0, 1000.0,
                     10000.0, 100000.0, 1000000.0, 3000000.0, 1e7, 12345600.0, 1e8, 123456789.125, 1e11, 1e12, 1e13,
                     -1e6, -12.5, -0.01, 2.675, 1.005, 4503599627370496.0, 1e300, -1e300})
        EXPECT_EQ(fast(v), reference(v)) << v;
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> unit(0, 1);
    for (int i = 0; i < 2000000; ++i) {
        // Magnitudes from 10^-3 to 10^13, both signs; every third one on a multiple of 0.005 or 1.
        const double scale = std::pow(10.0, -3 + 16 * unit(rng));
        double v = unit(rng) * scale * (rng() % 2 ? 1 : -1);
        if (i % 3 == 1)
            v = std::round(v * 200) / 200;
        else if (i % 3 == 2)
            v = std::round(v);
        ASSERT_EQ(fast(v), reference(v)) << v;
    }
}
