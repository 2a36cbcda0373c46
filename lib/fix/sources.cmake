# SPDX-License-Identifier: MIT
# Fixes: for a rule problem, the edits that repair it, tried on a copy of the org.
target_sources(orgcore PRIVATE fix/fixengine.h fix/fixengine.cpp)
