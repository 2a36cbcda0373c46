# SPDX-License-Identifier: MIT
# Google Benchmark programs; only with -DORG_BUILD_BENCHMARKS=ON.
if(ORG_BUILD_BENCHMARKS)
    find_package(benchmark REQUIRED)
    add_executable(layout_bench bench/layout_bench.cpp)
    target_link_libraries(layout_bench PRIVATE orgcore benchmark::benchmark)
    # Issue 17: incremental validation, a drag offscreen, apply of 10,000 moves.
    add_executable(scale_bench bench/scale_bench.cpp)
    target_link_libraries(scale_bench PRIVATE orgcore benchmark::benchmark)
    # Issue 17, the editor: open 1M to the first paint, panning, a drag through the scene.
    add_executable(editor_bench bench/editor_bench.cpp)
    target_link_libraries(editor_bench PRIVATE orgeditor benchmark::benchmark)
endif()
