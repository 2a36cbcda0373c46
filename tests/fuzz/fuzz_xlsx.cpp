// SPDX-License-Identifier: MIT
// libFuzzer target: bytes as an Excel workbook (zip container, workbook, shared strings,
// sheet XML, cell references) through the XLSX reader and the importer.
#include "fuzzutil.h"
#include "io/xlsxreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace org;
    const QString path = fuzz::scratchFile(".xlsx", data, size);
    const CsvImporter importer(RoleCatalogue::defaults());
    const ImportResult result = XlsxReader::importFile(importer, path);
    if (result.ok() == !result.errors.empty())
        __builtin_trap(); // an org or errors, never both or neither
    return 0;
}
