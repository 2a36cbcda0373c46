// SPDX-License-Identifier: MIT
#include "atomicfile.h"

#include "planstore.h"
#include "storefailure.h"
#include "tempfiles.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace org::storeimpl {

namespace {

const char *const kSideSuffixes[] = {"", "-wal", "-shm", "-journal"};

void removeWithSideFiles(const QString &path)
{
    for (const char *suffix : kSideSuffixes)
        QFile::remove(path + QString::fromLatin1(suffix));
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// open(2), retried when a signal interrupts it.
int openRetrying(const QByteArray &path, int flags)
{
    int fd;
    do {
        fd = ::open(path.constData(), flags | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

/// fsync(2), retried when a signal interrupts it.
int fsyncRetrying(int fd)
{
    int rc;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    return rc;
}

/// Flushes a file (failures throw) or a folder (best effort: some file systems
/// cannot sync folders; only opening it must work).
void syncPath(const QString &path, bool directory)
{
    const int fd = openRetrying(QFile::encodeName(path), directory ? O_RDONLY | O_DIRECTORY : O_RDWR);
    if (fd < 0) {
        const int error = errno;
        raiseErrno(error, PlanStore::tr("cannot open %1: %2").arg(path, errnoText(error)));
    }
    const int rc = fsyncRetrying(fd);
    const int error = errno;
    ::close(fd); // never retried: Linux releases the descriptor even when close() reports EINTR
    if (rc != 0 && !directory)
        raiseErrno(error, PlanStore::tr("cannot write %1: %2").arg(path, errnoText(error)));
}

} // namespace

AtomicFileReplace::AtomicFileReplace(const QString &target)
    : m_target(target), m_temp(TempPaths::pathFor(target)), m_handle(TempPaths::registerPath(m_temp))
{
    removeWithSideFiles(m_temp);
}

AtomicFileReplace::~AtomicFileReplace()
{
    if (!m_committed)
        removeWithSideFiles(m_temp);
    TempPaths::unregisterPath(m_handle);
}

void AtomicFileReplace::syncTemp()
{
    syncPath(m_temp, false);
}

void AtomicFileReplace::commit()
{
    const QByteArray from = QFile::encodeName(m_temp);
    const QByteArray to = QFile::encodeName(m_target);
    int rc;
    do {
        rc = std::rename(from.constData(), to.constData());
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        const int error = errno;
        raiseErrno(error, PlanStore::tr("cannot replace %1: %2").arg(m_target, errnoText(error)));
    }
    m_committed = true;
    syncPath(QFileInfo(m_target).absolutePath(), true);
}

} // namespace org::storeimpl
