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
    if (size > 1 && (data[0] & 2)) {
        // UTF-8 is read in pieces: cut into pieces of 1-64 bytes, and decoded whole
        // (pieceBytes 0), the same bytes give the same org or the same errors.
        ImportOptions cut = options;
        cut.pieceBytes = 1 + (data[1] & 63);
        ImportOptions whole = options;
        whole.pieceBytes = 0;
        const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
        const ImportResult a = CsvImporter(RoleCatalogue::defaults(), cut).importBytes(bytes, QStringLiteral("fuzz.csv"));
        const ImportResult b = CsvImporter(RoleCatalogue::defaults(), whole).importBytes(bytes, QStringLiteral("fuzz.csv"));
        if (a.ok() != b.ok() || (a.ok() && !(*a.org == *b.org)) || a.errors.size() != b.errors.size()
            || a.encoding != b.encoding || a.delimiter != b.delimiter || a.header != b.header)
            __builtin_trap();
        for (std::size_t i = 0; i < a.errors.size(); ++i)
            if (a.errors[i].line != b.errors[i].line || a.errors[i].message != b.errors[i].message)
                __builtin_trap();
    }
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
