# SPDX-License-Identifier: MIT
# The Debian package built from this build folder (label `packaging`; needs the whole build,
# so it runs after every target is built, as ctest does).
add_test(NAME packaging.DebianPackage
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/packaging/package_test.sh
            ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${PROJECT_VERSION})
set_tests_properties(packaging.DebianPackage PROPERTIES LABELS packaging TIMEOUT 600
    RUN_SERIAL TRUE)
