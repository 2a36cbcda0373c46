# SPDX-License-Identifier: MIT
target_sources(orgcore PRIVATE
    render/cardpainter.h render/cardpainter.cpp
    render/chartexporter.h render/chartexporter.cpp)
