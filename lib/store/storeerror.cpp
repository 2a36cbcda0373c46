// SPDX-License-Identifier: MIT
#include "storeerror.h"

#include "planstore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace org {

FileAccess probeFileAccess(const QString &path)
{
    FileAccess a;
    const QFileInfo info(path);
    const QByteArray file = QFile::encodeName(info.absoluteFilePath());
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    a.exists = info.exists();
    struct statvfs vfs{};
    if (::statvfs(folder.constData(), &vfs) == 0) {
        a.readOnlyFileSystem = (vfs.f_flag & ST_RDONLY) != 0;
        a.diskFull = vfs.f_bavail == 0 && vfs.f_blocks > 0;
    }
    if (::access(folder.constData(), W_OK | X_OK) != 0)
        a.folderErrno = errno;
    if (a.exists && ::access(file.constData(), W_OK) != 0)
        a.fileErrno = errno;
    struct rlimit limit{};
    a.fileSizeLimited = ::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY;
    return a;
}

namespace {

using StoreErrorCode = std::pair<int, StoreError>;

/// SQLite primary result codes (the low byte of an extended code), by kind.
constexpr StoreErrorCode kSqliteCodes[] = {
    {3, StoreError::PermissionDenied}, {23, StoreError::PermissionDenied}, // SQLITE_PERM, SQLITE_AUTH
    {5, StoreError::Busy}, {6, StoreError::Busy},                          // SQLITE_BUSY, SQLITE_LOCKED
    {8, StoreError::ReadOnly}, {13, StoreError::DiskFull},                 // SQLITE_READONLY, SQLITE_FULL
    {10, StoreError::Io}, {14, StoreError::Io},                            // SQLITE_IOERR, SQLITE_CANTOPEN
    {11, StoreError::Corrupt}, {26, StoreError::Corrupt},                  // SQLITE_CORRUPT, SQLITE_NOTADB
    {19, StoreError::Conflict},                                            // SQLITE_CONSTRAINT
};

/// errno values, by kind.
constexpr StoreErrorCode kErrnoCodes[] = {
    {ENOSPC, StoreError::DiskFull}, {EDQUOT, StoreError::DiskFull}, {EFBIG, StoreError::DiskFull},
    {EACCES, StoreError::PermissionDenied}, {EPERM, StoreError::PermissionDenied}, {EROFS, StoreError::ReadOnly},
    {EBUSY, StoreError::Busy}, {EAGAIN, StoreError::Busy}, {EIO, StoreError::Io},
};

/// PostgreSQL SQLSTATEs, by kind; a two-character entry stands for its whole class.
constexpr std::pair<const char *, StoreError> kSqlStates[] = {
    {"53100", StoreError::DiskFull}, {"42501", StoreError::PermissionDenied}, {"25006", StoreError::ReadOnly},
    {"40001", StoreError::Conflict}, {"40P01", StoreError::Conflict}, {"23", StoreError::Conflict},
    {"55P03", StoreError::Busy}, {"55006", StoreError::Busy}, {"XX001", StoreError::Corrupt},
    {"XX002", StoreError::Corrupt}, {"58", StoreError::Io},
};

template <typename Table, typename Matches>
StoreError lookUp(const Table &table, Matches matches)
{
    for (const auto &[code, kind] : table)
        if (matches(code))
            return kind;
    return StoreError::Other;
}

} // namespace

StoreError classifySqlError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    bool numeric = false;
    const int n = code.toInt(&numeric);
    if (numeric && code.size() < 5) // SQLite result code (primary or extended)
        return lookUp(kSqliteCodes, [n](int c) { return c == (n & 0xff); });
    return lookUp(kSqlStates, [&code](const char *state) {
        const QLatin1String s(state);
        return s.size() == 2 ? code.startsWith(s) : code == s;
    });
}

StoreError classifyErrno(int error)
{
    return lookUp(kErrnoCodes, [error](int c) { return c == error; });
}

StoreError refineIoError(StoreError kind, const FileAccess &a)
{
    if (kind != StoreError::Io)
        return kind;
    if (a.readOnlyFileSystem)
        return StoreError::ReadOnly;
    if (a.diskFull || a.fileSizeLimited)
        return StoreError::DiskFull;
    if (a.folderErrno == EACCES || a.folderErrno == EPERM || a.fileErrno == EACCES || a.fileErrno == EPERM)
        return StoreError::PermissionDenied;
    if (a.folderErrno == EROFS || a.fileErrno == EROFS)
        return StoreError::ReadOnly;
    return kind;
}

QString storeErrorMessage(StoreError kind, const QString &location, const QString &detail, bool writing,
                          const FileAccess *access)
{
    const QString folder = QFileInfo(location).absolutePath();
    switch (kind) {
    case StoreError::DiskFull:
        return writing ? PlanStore::tr("cannot save %1: the disk is full (or the file size limit is reached); "
                                       "the plan was not changed")
                             .arg(location)
                       : PlanStore::tr("cannot read %1: the disk is full").arg(location);
    case StoreError::PermissionDenied:
        if (access && access->folderErrno && (access->folderErrno == EACCES || access->folderErrno == EPERM))
            return writing ? PlanStore::tr("cannot save %1: no permission to write in the folder %2")
                                 .arg(location, folder)
                           : PlanStore::tr("cannot read %1: no permission for the folder %2").arg(location, folder);
        return writing ? PlanStore::tr("cannot save %1: permission denied (%2)").arg(location, detail)
                       : PlanStore::tr("cannot read %1: permission denied (%2)").arg(location, detail);
    case StoreError::ReadOnly:
        if (access && access->readOnlyFileSystem)
            return PlanStore::tr("cannot save %1: it is on a read-only file system").arg(location);
        if (access && access->fileErrno)
            return PlanStore::tr("cannot save %1: the file is read-only").arg(location);
        if (access && access->folderErrno)
            return PlanStore::tr("cannot save %1: the folder %2 is read-only").arg(location, folder);
        return PlanStore::tr("cannot save %1: it is read-only (%2)").arg(location, detail);
    case StoreError::Busy:
        return writing ? PlanStore::tr("cannot save %1: it is locked by another program; try again (%2)")
                             .arg(location, detail)
                       : PlanStore::tr("cannot read %1: it is locked by another program; try again (%2)")
                             .arg(location, detail);
    case StoreError::Corrupt:
        return PlanStore::tr("%1 is corrupted (%2)").arg(location, detail);
    case StoreError::Conflict:
        return PlanStore::tr("the plan was not saved because another user changed it meanwhile: %1").arg(detail);
    case StoreError::Io:
        return writing ? PlanStore::tr("cannot save %1: input/output error (%2)").arg(location, detail)
                       : PlanStore::tr("cannot read %1: input/output error (%2)").arg(location, detail);
    case StoreError::None:
    case StoreError::Other:
        break;
    }
    return writing ? PlanStore::tr("cannot save %1: %2").arg(location, detail)
                   : PlanStore::tr("cannot read %1: %2").arg(location, detail);
}

} // namespace org
