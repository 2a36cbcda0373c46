// SPDX-License-Identifier: MIT
// The import reports how far it got (the editor's progress bar) and stops on cancel.
#include "io/csvimporter.h"
#include "model/rolecatalogue.h"

#include <gtest/gtest.h>

#include <atomic>

using namespace org;

namespace {

QByteArray chain(int rows)
{
    QByteArray csv = "id,name,manager_id,role\n0,Root,,cto\n";
    for (int i = 1; i < rows; ++i)
        csv += QByteArray::number(i) + ",P" + QByteArray::number(i) + ",0,engineer\n";
    return csv;
}

} // namespace

TEST(ImportProgress, RisesWithTheRowsRead)
{
    std::atomic<int> progress{0};
    ImportOptions options;
    options.progress = &progress;
    const CsvImporter importer(RoleCatalogue::defaults(), options);
    const int rows = int(CsvImporter::kCancelChunk) * 3 + 10;
    const ImportResult r = importer.importBytes(chain(rows), QStringLiteral("chain.csv"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.org->size(), rows);
    // Last looked at after 3 chunks of a bit more than 3 chunks of rows.
    EXPECT_GE(progress.load(), 90);
    EXPECT_LE(progress.load(), 100);
}

TEST(ImportProgress, ACancelledImportYieldsNothing)
{
    std::atomic<bool> cancel{true};
    ImportOptions options;
    options.cancel = &cancel;
    const CsvImporter importer(RoleCatalogue::defaults(), options);
    const ImportResult r = importer.importBytes(chain(int(CsvImporter::kCancelChunk) * 2), QStringLiteral("c.csv"));
    EXPECT_FALSE(r.ok());
    ASSERT_FALSE(r.errors.empty());
    EXPECT_TRUE(r.errors.front().message.contains(QStringLiteral("cancelled")));
}
