// SPDX-License-Identifier: MIT
// The kinds of store failures, from SQLite result codes, PostgreSQL SQLSTATEs and errno.
#include "store/storeerror.h"

#include <QSqlError>

#include <gtest/gtest.h>

#include <cerrno>

using namespace org;

namespace {

StoreError ofCode(const char *code)
{
    return classifySqlError(QSqlError(QString(), QString(), QSqlError::StatementError, QLatin1String(code)));
}

} // namespace

TEST(StoreError, SqliteCodesPrimaryAndExtended)
{
    EXPECT_EQ(ofCode("5"), StoreError::Busy);
    EXPECT_EQ(ofCode("517"), StoreError::Busy); // SQLITE_BUSY_SNAPSHOT
    EXPECT_EQ(ofCode("6"), StoreError::Busy);
    EXPECT_EQ(ofCode("8"), StoreError::ReadOnly);
    EXPECT_EQ(ofCode("13"), StoreError::DiskFull);
    EXPECT_EQ(ofCode("3338"), StoreError::Io); // SQLITE_IOERR_FSYNC
    EXPECT_EQ(ofCode("14"), StoreError::Io);
    EXPECT_EQ(ofCode("11"), StoreError::Corrupt);
    EXPECT_EQ(ofCode("26"), StoreError::Corrupt);
    EXPECT_EQ(ofCode("2067"), StoreError::Conflict); // SQLITE_CONSTRAINT_UNIQUE
    EXPECT_EQ(ofCode("3"), StoreError::PermissionDenied);
    EXPECT_EQ(ofCode("23"), StoreError::PermissionDenied);
    EXPECT_EQ(ofCode("1"), StoreError::Other);
}

TEST(StoreError, PostgresStatesAndClasses)
{
    EXPECT_EQ(ofCode("53100"), StoreError::DiskFull);
    EXPECT_EQ(ofCode("42501"), StoreError::PermissionDenied);
    EXPECT_EQ(ofCode("25006"), StoreError::ReadOnly);
    EXPECT_EQ(ofCode("40001"), StoreError::Conflict);
    EXPECT_EQ(ofCode("40P01"), StoreError::Conflict);
    EXPECT_EQ(ofCode("23505"), StoreError::Conflict); // class 23: integrity constraint
    EXPECT_EQ(ofCode("55P03"), StoreError::Busy);
    EXPECT_EQ(ofCode("XX001"), StoreError::Corrupt);
    EXPECT_EQ(ofCode("58030"), StoreError::Io); // class 58: system error
    EXPECT_EQ(ofCode("42P01"), StoreError::Other);
    EXPECT_EQ(ofCode(""), StoreError::Other);
}

TEST(StoreError, Errno)
{
    EXPECT_EQ(classifyErrno(ENOSPC), StoreError::DiskFull);
    EXPECT_EQ(classifyErrno(EDQUOT), StoreError::DiskFull);
    EXPECT_EQ(classifyErrno(EFBIG), StoreError::DiskFull);
    EXPECT_EQ(classifyErrno(EACCES), StoreError::PermissionDenied);
    EXPECT_EQ(classifyErrno(EROFS), StoreError::ReadOnly);
    EXPECT_EQ(classifyErrno(EBUSY), StoreError::Busy);
    EXPECT_EQ(classifyErrno(EIO), StoreError::Io);
    EXPECT_EQ(classifyErrno(ENOENT), StoreError::Other);
}
