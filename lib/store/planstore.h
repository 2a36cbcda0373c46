// SPDX-License-Identifier: MIT
#pragma once

#include "plan.h"
#include "storeerror.h"

#include <QCoreApplication>

#include <optional>

namespace org {

/// The outcome of a store operation: ok, or a message in the UI language.
/// `conflict` marks a save refused because someone else changed the same
/// positions, or because with their changes the org would no longer be one
/// forest (plans shared by several managers or edited by several processes).
/// `kind` names the cause of any failure (disk full, read-only, conflict…).
struct StoreStatus
{
    bool ok = true;
    bool conflict = false;
    QString error;
    StoreError kind = StoreError::None;
    explicit operator bool() const { return ok; }
    static StoreStatus failure(QString message, StoreError kind)
    {
        return {false, kind == StoreError::Conflict, std::move(message), kind};
    }
};

/// Reads and writes plans through Qt Sql: an SQLite file (`*.orgplan`) or a
/// shared PostgreSQL database (`postgresql://user[:password]@host[:port]/dbname`,
/// host may be a percent-encoded Unix socket folder, or `?host=/folder`).
///
/// Every save is one transaction (WAL, synchronous=FULL on SQLite), so a crash
/// or kill leaves the previous or the new plan, never a mix. Files written by a
/// newer schema, truncated/corrupted files and non-SQLite files are refused with
/// a clear message and are never written to. Older schemas are migrated forward
/// when opened. Saves are optimistic per position: a position changed by another
/// client since the load makes the save fail (StoreStatus::conflict) naming who
/// changed what, and nothing is written. Every write transaction also re-checks
/// the whole org it commits against the database (one forest: no cycle, every
/// manager exists; known roles; unique ids) and is refused as a conflict when
/// concurrent saves would together break it.
///
/// Usage: `Plan p; if (auto st = PlanStore::load(path, p); !st) fail(st.error);`
class PlanStore final
{
    Q_DECLARE_TR_FUNCTIONS(PlanStore)
public:
    /// Schema written by this version; files up to it are read (older ones migrated).
    static constexpr int schemaVersion = 4;
    /// SQLite's `PRAGMA application_id` of every plan file: "OrgD" (0x4F726744), the
    /// big-endian number at offset 68 that the MIME magic of application/x-orgdesigner-plan
    /// matches. Plans written before it carry 0 and are still read.
    static constexpr qint32 applicationId = 0x4F726744;

    /// True for postgresql:// (or postgres://) locations.
    static bool isDatabaseUrl(const QString &location);

    /// How load() opens a plan file.
    enum class Access {
        Auto,     ///< read-write when the file can be written, read-only otherwise
        ReadOnly, ///< never writes: no migration, no -wal/-shm files created where avoidable
    };

    /// Loads a plan from a file or database URL into `plan` (unchanged on failure).
    /// A plan that cannot be written (read-only file, folder or file system, full
    /// disk) is opened read-only, so it can still be read, validated and exported.
    static StoreStatus load(const QString &location, Plan &plan, Access access = Access::Auto);
    /// Saves a plan in place (creating the file or schema when missing). On
    /// success `plan`'s store ids and baseline are updated. `author` is recorded
    /// per changed position (default: the user's login name).
    static StoreStatus save(Plan &plan, const QString &location, const QString &author = {});
    /// Writes a complete new plan, replacing whatever was there. A file is written
    /// atomically: a temporary file in the same folder, fsync, rename over `path`,
    /// so a crash at any moment leaves the old or the new file. A database is
    /// replaced in one transaction. For `import --force`, "Save As" and autosave.
    static StoreStatus replace(Plan &plan, const QString &location);
    /// True when `location` already holds a plan (a file that exists, or a
    /// database with the plan tables).
    static bool exists(const QString &location);

    /// Schema version of a plan file, or nullopt (with `error`) when it is not a plan.
    static std::optional<int> fileSchemaVersion(const QString &path, QString *error = nullptr);
};

} // namespace org
