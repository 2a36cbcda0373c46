# SPDX-License-Identifier: MIT
target_sources(org_layout PRIVATE layout/treelayout.h layout/treelayout.cpp
    layout/incrementallayout.h layout/incrementallayout.cpp layout/assistantroom.h)
target_link_libraries(org_layout PUBLIC Qt6::Gui)
