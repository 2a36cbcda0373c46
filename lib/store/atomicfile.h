// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace org::storeimpl {

/// Replaces a file atomically (internal to lib/store): the new content is written to
/// a temporary file in the same folder (TempPaths::pathFor, registered for removal on
/// SIGTERM/SIGINT), which is synced, renamed over the target, and then the folder is
/// synced, so a crash at any moment leaves the old or the new file. The temporary file
/// and its SQLite side files are removed on every way out unless committed. System
/// calls interrupted by a signal (EINTR) are retried; failures throw StoreFailure.
///
/// Usage: `AtomicFileReplace r(path); write(r.tempPath()); r.syncTemp(); r.commit();`
class AtomicFileReplace final
{
public:
    /// Picks the temporary path and removes any leftover file there.
    explicit AtomicFileReplace(const QString &target);
    ~AtomicFileReplace();
    Q_DISABLE_COPY(AtomicFileReplace)

    const QString &tempPath() const { return m_temp; }
    /// Flushes the temporary file to the disk (fsync).
    void syncTemp();
    /// Renames the temporary file over the target, then syncs the folder.
    void commit();

private:
    QString m_target;
    QString m_temp;
    int m_handle = -1;
    bool m_committed = false;
};

} // namespace org::storeimpl
