# SPDX-License-Identifier: MIT
target_sources(org_render PRIVATE
    render/cardpainter.h render/cardpainter.cpp
    render/changemarks.h render/changemarks.cpp
    render/chartpainter.h render/chartpainter.cpp
    render/pagesplitter.h render/pagesplitter.cpp
    render/chartexporter.h render/chartexporter.cpp render/exportimage.cpp render/exportpaged.cpp)
target_link_libraries(org_render PUBLIC Qt6::Gui Qt6::Svg)
