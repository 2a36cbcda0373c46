# SPDX-License-Identifier: MIT
# libFuzzer targets (clang; the asan preset builds them): the CSV importer, the XLSX reader and
# the plan loader. `fuzz.*` tests run each target once over its seed corpus and the inputs
# that once crashed it (tests/fuzz/regressions), so every crash found stays a regression test;
# .ci/run then fuzzes each for a fixed time.
if(ORG_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "ORG_BUILD_FUZZERS needs clang (libFuzzer): use the asan preset")
    endif()
    # Coverage feedback from the code under test: every library of lib/.
    foreach(lib IN LISTS ORG_LIB_TARGETS)
        target_compile_options(${lib} PRIVATE -fsanitize=fuzzer-no-link)
    endforeach()
    foreach(kind csv xlsx plan)
        add_executable(fuzz_${kind} fuzz/fuzz_${kind}.cpp fuzz/fuzzutil.h)
        target_link_libraries(fuzz_${kind} PRIVATE orgcore)
        target_compile_options(fuzz_${kind} PRIVATE -fsanitize=fuzzer)
        target_link_options(fuzz_${kind} PRIVATE -fsanitize=fuzzer)
        set_target_properties(fuzz_${kind} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
        add_test(NAME fuzz.${kind}.corpusAndRegressions
            COMMAND fuzz_${kind} -runs=0
                    ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${kind}
                    ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/regressions/${kind})
        set_tests_properties(fuzz.${kind}.corpusAndRegressions PROPERTIES
            LABELS fuzz ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 300)
    endforeach()
endif()
