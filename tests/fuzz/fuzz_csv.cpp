// SPDX-License-Identifier: MIT
// libFuzzer target: CSV bytes through the importer (decoding, quoting, header aliases, roles,
// ids, cycles) and, when they make an org, through the rule engine and the stats.
#include "fuzzutil.h"
#include "io/csvimporter.h"
#include "rules/ruleengine.h"
#include "rules/stats.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace org;
    ImportOptions options;
    options.inferRoles = size > 0 && (data[0] & 1);
    const CsvImporter importer(RoleCatalogue::defaults(), options);
    const ImportResult result = importer.importBytes(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.csv"));
    if (result.ok() == !result.errors.empty())
        __builtin_trap(); // an import gives an org or errors, never both or neither
    if (result.ok()) {
        const RuleEngine engine(RoleCatalogue::defaults(), RuleSettings());
        for (const Problem &p : engine.check(*result.org))
            if (p.anchor >= Org::Vertex(result.org->size()) || engine.message(p, *result.org).isEmpty())
                __builtin_trap();
        if (OrgStats::compute(*result.org, RoleCatalogue::defaults()).monthlyCost < 0)
            __builtin_trap();
    }
    return 0;
}
