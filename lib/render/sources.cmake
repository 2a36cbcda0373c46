# SPDX-License-Identifier: MIT
target_sources(orgcore PRIVATE
    render/cardpainter.h render/cardpainter.cpp
    render/changemarks.h render/changemarks.cpp
    render/chartpainter.h render/chartpainter.cpp
    render/pagesplitter.h render/pagesplitter.cpp
    render/chartexporter.h render/chartexporter.cpp render/exportimage.cpp render/exportpaged.cpp
    # The per-job language of the chart text (lib/i18n; listed here, next to its users).
    i18n/translator.h i18n/translator.cpp)
