// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace org {

/// Temporary files of atomic plan writes (`.NAME.PID-N.tmp` next to the plan,
/// plus SQLite's -wal/-shm/-journal beside them). They are registered while
/// they exist so that a signal handler can remove them (unlink only, see
/// unlinkRegistered()), and leftovers of processes that died anyway
/// (SIGKILL, power loss) are removed by removeStale() at the next open.
namespace TempPaths {

/// The temporary path for a new version of `plan` in the plan's folder.
QString pathFor(const QString &plan);

/// Registers `path` (and its SQLite side files) for removal on a signal.
/// Returns a handle for unregister(), or -1 when all slots are taken (the
/// file is then only removed at the next open).
int registerPath(const QString &path);
void unregisterPath(int handle);

/// Removes every registered file. Async-signal-safe: reads precomputed byte
/// paths and calls unlink() only. For SIGTERM/SIGINT handlers.
void unlinkRegistered() noexcept;

/// Removes `.NAME.PID-N.tmp*` files next to `plan` left by processes that are
/// no longer running. Returns how many files were removed.
int removeStale(const QString &plan);

} // namespace TempPaths
} // namespace org
