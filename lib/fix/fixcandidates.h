// SPDX-License-Identifier: MIT
#pragma once

#include "fixengine.h"

namespace org {

/// The fixes that may repair `problem`, not yet tried: FixEngine evaluates each on a
/// copy of the org and keeps those that work.
std::vector<Fix> fixCandidates(const Org &org, const RoleCatalogue &roles, const RuleSettings &settings,
                               const Problem &problem);

} // namespace org
