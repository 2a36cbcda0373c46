// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <benchmark/benchmark.h>

/// The main() of a benchmark program: a Qt application of type App on the
/// offscreen platform (unless the caller chose one), then the benchmarks asked for.
template <typename App>
int runBenchmarks(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    App app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
