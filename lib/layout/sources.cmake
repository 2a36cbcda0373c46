# SPDX-License-Identifier: MIT
target_sources(orgcore PRIVATE layout/treelayout.h layout/treelayout.cpp)
