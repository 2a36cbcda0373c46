# SPDX-License-Identifier: MIT
# Fixes: for a rule problem, the edits that repair it, tried on a copy of the org.
target_sources(org_fix PRIVATE fix/fixengine.h fix/fixengine.cpp fix/fixcandidates.h fix/fixcandidates.cpp)
