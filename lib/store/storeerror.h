// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QSqlError;
QT_END_NAMESPACE

namespace org {

/// Why a store operation failed, so that the message names the cause.
enum class StoreError {
    None,
    Conflict,          ///< someone else changed the plan meanwhile (or the save would break the org)
    DiskFull,          ///< ENOSPC/EDQUOT/EFBIG, SQLITE_FULL, PostgreSQL 53100
    PermissionDenied,  ///< no permission for the file or its folder (EACCES/EPERM)
    ReadOnly,          ///< a read-only file or file system (EROFS, SQLITE_READONLY)
    Busy,              ///< locked by another program for too long (SQLITE_BUSY/LOCKED)
    Corrupt,           ///< the file is damaged (SQLITE_CORRUPT/NOTADB)
    Io,                ///< an I/O error whose cause is still to be found (see refineIoError)
    Other,
};

/// What the file system says about writing a plan file.
struct FileAccess
{
    bool exists = false;
    bool readOnlyFileSystem = false;  ///< the folder is on a read-only mount
    int fileErrno = 0;                ///< access(file, W_OK) failed with this errno (0: writable or missing)
    int folderErrno = 0;              ///< access(folder, W_OK|X_OK) failed with this errno
    bool diskFull = false;            ///< no free blocks for this user
    bool fileSizeLimited = false;     ///< RLIMIT_FSIZE is finite (ulimit -f)
    bool writable() const { return !readOnlyFileSystem && fileErrno == 0 && folderErrno == 0; }
};

/// Probes the file and its folder (no side effects).
FileAccess probeFileAccess(const QString &path);

/// The class of an SQL error from the QSQLITE or QPSQL driver.
StoreError classifySqlError(const QSqlError &error);

/// The class of an errno value from a file operation.
StoreError classifyErrno(int error);

/// Turns StoreError::Io into the probable cause for this file (full disk,
/// read-only folder…); other kinds are returned unchanged.
StoreError refineIoError(StoreError kind, const FileAccess &access);

/// The user-facing message for a failure of this kind while writing (or
/// reading) `location`. `detail` is the driver's or system's own text.
QString storeErrorMessage(StoreError kind, const QString &location, const QString &detail, bool writing,
                          const FileAccess *access = nullptr);

} // namespace org
