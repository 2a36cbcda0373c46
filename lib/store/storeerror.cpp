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

StoreError classifySqlError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    bool numeric = false;
    const int n = code.toInt(&numeric);
    if (numeric && code.size() < 5) { // SQLite result code (primary or extended)
        switch (n & 0xff) {
        case 3:  // SQLITE_PERM
        case 23: // SQLITE_AUTH
            return StoreError::PermissionDenied;
        case 5:  // SQLITE_BUSY
        case 6:  // SQLITE_LOCKED
            return StoreError::Busy;
        case 8:  // SQLITE_READONLY
            return StoreError::ReadOnly;
        case 10: // SQLITE_IOERR
        case 14: // SQLITE_CANTOPEN
            return StoreError::Io;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return StoreError::Corrupt;
        case 13: // SQLITE_FULL
            return StoreError::DiskFull;
        case 19: // SQLITE_CONSTRAINT
            return StoreError::Conflict;
        default:
            return StoreError::Other;
        }
    }
    // PostgreSQL SQLSTATE
    if (code == QLatin1String("53100"))
        return StoreError::DiskFull;
    if (code == QLatin1String("42501"))
        return StoreError::PermissionDenied;
    if (code == QLatin1String("25006"))
        return StoreError::ReadOnly;
    if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code.startsWith(QLatin1String("23")))
        return StoreError::Conflict;
    if (code == QLatin1String("55P03") || code == QLatin1String("55006"))
        return StoreError::Busy;
    if (code == QLatin1String("XX001") || code == QLatin1String("XX002"))
        return StoreError::Corrupt;
    if (code.startsWith(QLatin1String("58")))
        return StoreError::Io;
    return StoreError::Other;
}

StoreError classifyErrno(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return StoreError::DiskFull;
    case EACCES:
    case EPERM:
        return StoreError::PermissionDenied;
    case EROFS:
        return StoreError::ReadOnly;
    case EBUSY:
    case EAGAIN:
        return StoreError::Busy;
    case EIO:
        return StoreError::Io;
    default:
        return StoreError::Other;
    }
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
