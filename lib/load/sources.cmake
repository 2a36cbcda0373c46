# SPDX-License-Identifier: MIT
# Opening an input file by content: CSV, XLSX (io) or a saved plan (store).
target_sources(org_load PRIVATE load/orgloader.h load/orgloader.cpp)
