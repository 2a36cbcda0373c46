// SPDX-License-Identifier: MIT
// Input limits: only regular files are read, and only up to the documented size.
#include "io/inputfile.h"
#include "load/orgloader.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace org;
using test::TempFiles;

namespace {

QString firstError(const LoadResult &r)
{
    return r.errors.empty() ? QString() : r.errors.front().toString();
}

} // namespace

TEST(InputFile, DevicesFifosAndDirectoriesAreRefusedByName)
{
    QElapsedTimer timer;
    timer.start();
    LoadResult r = OrgLoader::load(QStringLiteral("/dev/zero"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(firstError(r).startsWith(QStringLiteral("/dev/zero: "))) << firstError(r).toStdString();
    EXPECT_TRUE(firstError(r).contains(QStringLiteral("not a regular file"))) << firstError(r).toStdString();

    TempFiles tmp;
    const QString fifo = tmp.path(QStringLiteral("pipe.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    r = OrgLoader::load(fifo); // must not wait for a writer
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors.front().file, fifo);
    EXPECT_TRUE(firstError(r).contains(QStringLiteral("not a regular file"))) << firstError(r).toStdString();

    const QString dir = tmp.path(QStringLiteral("folder.xlsx"));
    ASSERT_TRUE(QDir().mkpath(dir));
    r = OrgLoader::load(dir);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(firstError(r).contains(QStringLiteral("directory"))) << firstError(r).toStdString();
    EXPECT_LT(timer.elapsed(), 5000);
}

TEST(InputFile, FilesAboveTheLimitAreRefusedBeforeReading)
{
    TempFiles tmp;
    // Sparse files: the size is there, the disk blocks are not.
    for (const char *name : {"huge.csv", "huge.xlsx"}) {
        const QString path = tmp.path(QLatin1String(name));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QLatin1String(name).endsWith(QLatin1String("xlsx")) ? "PK\x03\x04" : "id,name,role\n");
        ASSERT_TRUE(f.resize(InputFile::kMaxCsvBytes + 1));
        f.close();
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = OrgLoader::load(path);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.errors.front().file, path);
        EXPECT_TRUE(firstError(r).contains(QStringLiteral("2 GiB"))) << firstError(r).toStdString();
        EXPECT_LT(timer.elapsed(), 2000);
    }
}

TEST(InputFile, ReadsNoMoreThanTheLimit)
{
    TempFiles tmp;
    const QString path = tmp.write(QStringLiteral("small.csv"), QByteArray(1000, 'x'));
    QByteArray bytes;
    QString error;
    EXPECT_TRUE(InputFile::read(path, 1000, bytes, &error));
    EXPECT_EQ(bytes.size(), 1000);
    EXPECT_FALSE(InputFile::read(path, 999, bytes, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("999 bytes"))) << error.toStdString();
    EXPECT_TRUE(bytes.isEmpty());
    EXPECT_FALSE(InputFile::read(tmp.path(QStringLiteral("missing.csv")), 1000, bytes, &error));
    EXPECT_EQ(error, QStringLiteral("no such file"));
}
