# SPDX-License-Identifier: MIT
# The UI language: setLanguage() installs the translations embedded under :/i18n.
target_sources(org_i18n PRIVATE i18n/language.h i18n/language.cpp
    i18n/translator.h i18n/translator.cpp)
target_link_libraries(org_i18n PUBLIC Qt6::Core)

# The .ts files are refreshed by hand (see translations/README.md) and compiled to .qm at
# build time, then embedded under :/i18n. qt_add_resources on a static library makes an
# object library whose objects propagate to every executable that links org_i18n
# (through orgcore), so no Q_INIT_RESOURCE is needed.
qt_add_lrelease(org_i18n
    TS_FILES ${PROJECT_SOURCE_DIR}/translations/orgdesigner_zh_CN.ts
             ${PROJECT_SOURCE_DIR}/translations/orgdesigner_en.ts
    QM_FILES_OUTPUT_VARIABLE org_qm_files)
qt_add_resources(org_i18n orgcore_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${org_qm_files})
