# SPDX-License-Identifier: MIT
target_sources(org_render PRIVATE
    render/cardpainter.h render/cardpainter.cpp
    render/chartexporter.h render/chartexporter.cpp)
target_link_libraries(org_render PUBLIC Qt6::Gui Qt6::Svg)
