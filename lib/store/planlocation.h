// SPDX-License-Identifier: MIT
#pragma once

#include "storeerror.h"

#include <QString>

#include <utility>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
QT_END_NAMESPACE

/// Opening a plan location (internal to lib/store): an SQLite plan file, read-write or
/// read-only, or a PostgreSQL database URL.
namespace org::storeimpl {

class SqlDatabase;

/// Checks that a file looks like an intact SQLite database before SQLite touches it.
void checkSqliteFile(const QString &path);
/// SQLite creates a plan's -wal and -shm files with the plan's permissions: a
/// read-only plan (0444) gets read-only side files, which keep blocking writes
/// after the plan itself is made writable again. Side files that we own get
/// the owner's write permission (and the plan's other write bits) back.
void fixSideFilePermissions(const QString &path);
/// Size and modification time (ns) of a file, to notice a change.
std::pair<qint64, qint64> fileStamp(const QString &path);
/// Size of the plan's -wal file (0 when there is none).
qint64 walSize(const QString &path);
/// Reading with SQLite's `immutable` flag creates no -wal/-shm files and takes
/// no locks. Safe only when everything committed is in the main file (no WAL
/// content) and nobody can be writing it meanwhile: a read-only folder or
/// file system (no writer can create its -wal), a file without write bits, or
/// a full disk.
bool immutableIsSafe(const QString &path, const FileAccess &a);

/// Opens an SQLite plan file read-write (`create`: a new, empty file).
void openSqlite(SqlDatabase &c, const QString &path, bool create);
/// Opens a plan file for reading only: through SQLite's `mode=ro`, and with
/// `immutable=1` where that is safe (see immutableIsSafe), so that a plan in a
/// read-only folder, on a read-only or full disk, or without write permission
/// can still be read, and no side file is created where it can be avoided.
void openSqliteReadOnly(SqlDatabase &c, const QString &path, const FileAccess &access, bool immutable = false);
/// WAL and full syncs, set only once the file is known to be a plan.
void configureSqlite(QSqlDatabase &db);
/// Connects to a postgresql:// URL.
void openPg(SqlDatabase &c, const QString &location);
/// Opens a location for reading or writing, with the current schema (migrated
/// when older). `create`: a missing file or an empty database gets the schema.
void openLocation(SqlDatabase &c, const QString &location, bool create);

} // namespace org::storeimpl
