# SPDX-License-Identifier: MIT
target_sources(orgeditor PRIVATE
    gui/placeholder.cpp
)
