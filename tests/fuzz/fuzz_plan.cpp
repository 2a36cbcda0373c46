// SPDX-License-Identifier: MIT
// libFuzzer target: bytes as a plan file (.orgplan, SQLite) through the plan loader: header
// checks, schema version and migrations, rows, edges, scenarios, roles and settings.
#include "fuzzutil.h"
#include "store/planstore.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace org;
    const QString path = fuzz::scratchFile(".orgplan", data, size);
    Plan plan;
    const StoreStatus st = PlanStore::load(path, plan);
    if (!st.ok && st.error.isEmpty())
        __builtin_trap(); // a refusal always says why
    if (st.ok && plan.scenarios.empty())
        __builtin_trap(); // a loaded plan has a scenario
    return 0;
}
