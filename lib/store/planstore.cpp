// SPDX-License-Identifier: MIT
// PlanStore's public functions. The parts: sqldatabase (connection, transactions),
// planschema (tables, migrations), planlocation (opening files and databases),
// positioncolumns (the stored fields of a position), planreader, planwriter and
// atomicfile (replacing a plan file); they report failures as StoreFailure.
#include "planstore.h"

#include "atomicfile.h"
#include "planlocation.h"
#include "planrows.h"
#include "planschema.h"
#include "sqldatabase.h"
#include "storefailure.h"
#include "tempfiles.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

namespace org {

using namespace storeimpl;

namespace {

QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

/// Refuses to write a plan file that cannot be written, before SQLite creates
/// any side file next to it, naming the cause.
void checkWritable(const QString &path, const FileAccess &a)
{
    if (a.readOnlyFileSystem)
        raiseKind(StoreError::ReadOnly, storeErrorMessage(StoreError::ReadOnly, path, {}, true, &a));
    if (a.folderErrno == ENOENT || a.folderErrno == ENOTDIR)
        raiseKind(StoreError::Other, PlanStore::tr("cannot save %1: the folder %2 does not exist")
                                         .arg(path, QFileInfo(path).absolutePath()));
    if (a.folderErrno != 0) {
        const StoreError kind = a.folderErrno == EROFS ? StoreError::ReadOnly : StoreError::PermissionDenied;
        raiseKind(kind, storeErrorMessage(kind, path, QString::fromLocal8Bit(std::strerror(a.folderErrno)), true, &a));
    }
    if (a.exists && a.fileErrno != 0)
        raiseKind(StoreError::ReadOnly, storeErrorMessage(StoreError::ReadOnly, path, {}, true, &a));
}

/// Runs `f`, turning a StoreFailure into a status whose message names the cause
/// (for failures that came from SQL or the system: disk full, read-only, …).
template<class F>
StoreStatus guarded(const QString &location, bool writing, F &&f)
{
    try {
        f();
        return {};
    } catch (const StoreFailure &e) {
        if (!e.mapped)
            return StoreStatus::failure(e.message, e.kind);
        FileAccess access;
        const bool file = !PlanStore::isDatabaseUrl(location);
        if (file)
            access = probeFileAccess(location);
        const StoreError kind = file ? refineIoError(e.kind, access) : e.kind;
        return StoreStatus::failure(storeErrorMessage(kind, location, e.detail, writing, file ? &access : nullptr),
                                    kind);
    }
}

/// Failures after which a plan file may still be read read-only.
bool readOnlyMayHelp(StoreError kind)
{
    return kind == StoreError::Io || kind == StoreError::DiskFull || kind == StoreError::ReadOnly
           || kind == StoreError::PermissionDenied;
}

/// Removes temporary files that dead processes left next to a plan, where we may.
void removeStaleTemps(const QString &path, const FileAccess &a)
{
    if (!a.readOnlyFileSystem && a.folderErrno == 0)
        TempPaths::removeStale(path);
}

} // namespace

bool PlanStore::isDatabaseUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool PlanStore::exists(const QString &location)
{
    if (!isDatabaseUrl(location))
        return QFileInfo::exists(location);
    bool found = false;
    guarded(location, false, [&] {
        SqlDatabase c(QStringLiteral("QPSQL"));
        openPg(c, location);
        found = hasPlanTables(c.db());
    });
    return found;
}

std::optional<int> PlanStore::fileSchemaVersion(const QString &path, QString *error)
{
    std::optional<int> version;
    const StoreStatus st = guarded(path, false, [&] {
        checkSqliteFile(path);
        SqlDatabase c(QStringLiteral("QSQLITE"));
        openSqliteReadOnly(c, path, probeFileAccess(path));
        if (!hasPlanTables(c.db()))
            raise(tr("%1 is not an OrgDesigner plan (no plan tables)").arg(path));
        version = readSchemaVersion(c.db());
        if (!version)
            raise(tr("%1 is not an OrgDesigner plan (no schema version)").arg(path));
    });
    if (!st && error)
        *error = st.error;
    return st ? version : std::nullopt;
}

StoreStatus PlanStore::load(const QString &location, Plan &plan, Access access)
{
    if (isDatabaseUrl(location))
        return guarded(location, false, [&] {
            SqlDatabase c(QStringLiteral("QPSQL"));
            openLocation(c, location, false);
            readPlan(c.db(), plan);
        });
    return guarded(location, false, [&] {
        const FileAccess a = probeFileAccess(location);
        if (!a.exists)
            raise(tr("%1 does not exist").arg(location));
        removeStaleTemps(location, a);
        if (access == Access::Auto && a.writable()) {
            try {
                SqlDatabase c(QStringLiteral("QSQLITE"));
                openLocation(c, location, false);
                readPlan(c.db(), plan);
                return;
            } catch (const StoreFailure &e) {
                if (!e.mapped || !readOnlyMayHelp(e.kind))
                    throw;
                // e.g. a full disk: SQLite cannot make its -shm file; read without one
            }
        }
        const FileAccess now = probeFileAccess(location);
        try {
            SqlDatabase c(QStringLiteral("QSQLITE"));
            openSqliteReadOnly(c, location, now);
            ensureCurrentSchema(c.db(), location, true);
            readPlan(c.db(), plan);
            return;
        } catch (const StoreFailure &e) {
            if (!e.mapped || !readOnlyMayHelp(e.kind) || immutableIsSafe(location, now) || walSize(location) > 0)
                throw;
        }
        // Last resort when SQLite cannot even make its -shm file (a full disk, a
        // file size limit): read the main file as immutable, and make sure that
        // no checkpoint changed it meanwhile (everything committed is in it: the
        // -wal is empty).
        const auto before = fileStamp(location);
        SqlDatabase c(QStringLiteral("QSQLITE"));
        openSqliteReadOnly(c, location, now, true);
        ensureCurrentSchema(c.db(), location, true);
        Plan read;
        readPlan(c.db(), read);
        if (fileStamp(location) != before || walSize(location) > 0)
            raiseKind(StoreError::Busy, tr("%1 changed while it was being read; try again").arg(location));
        plan = std::move(read);
    });
}

StoreStatus PlanStore::save(Plan &plan, const QString &location, const QString &author)
{
    return guarded(location, true, [&] {
        if (plan.scenarios.empty())
            raise(tr("a plan needs at least one scenario"));
        if (!isDatabaseUrl(location)) {
            const FileAccess a = probeFileAccess(location);
            checkWritable(location, a);
            removeStaleTemps(location, a);
        }
        SqlDatabase c(isDatabaseUrl(location) ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"));
        openLocation(c, location, true);
        if (!isDatabaseUrl(location)) {
            // A save reads and writes pages all over a large plan (the rows it changes,
            // their lines, the walks up in verifyChanges()): with SQLite's default 2 MB
            // cache it read many of them twice and spilled changed pages to the WAL
            // before the commit wrote them again. Pages are only taken as used.
            execSql(c.db(), QStringLiteral("PRAGMA cache_size=-65536")); // KiB
        }
        NextBaseline next;
        {
            SqlDatabase::TransactionScopeGuard tx(c.db());
            stampApplicationId(c.db());
            SaveScope scope;
            next = writePlan(c.db(), plan, author.isEmpty() ? currentUser() : author, false, &scope);
            verifyChanges(c.db(), scope);
            tx.commit();
        }
        if (!isDatabaseUrl(location))
            fixSideFilePermissions(location);
        for (std::size_t i = 0; i < plan.scenarios.size(); ++i)
            plan.scenarios[i].storeId = next.rows->scenarios.value(qsizetype(i));
        plan.baseline = next.takeOver(std::move(plan.baseline));
    });
}

StoreStatus PlanStore::replace(Plan &plan, const QString &location)
{
    return guarded(location, true, [&] {
        if (plan.scenarios.empty())
            raise(tr("a plan needs at least one scenario"));
        const QString author = currentUser();
        NextBaseline next;
        if (isDatabaseUrl(location)) {
            SqlDatabase c(QStringLiteral("QPSQL"));
            openLocation(c, location, true);
            SqlDatabase::TransactionScopeGuard tx(c.db());
            next = writePlan(c.db(), plan, author, true);
            verifyOrg(c.db());
            tx.commit();
        } else {
            const QFileInfo target(location);
            {
                FileAccess a = probeFileAccess(location);
                a.fileErrno = 0; // the file is replaced by a rename: only the folder must be writable
                checkWritable(location, a);
                removeStaleTemps(location, a);
            }
            AtomicFileReplace file(location);
            {
                SqlDatabase c(QStringLiteral("QSQLITE"));
                openSqlite(c, file.tempPath(), true);
                configureSqlite(c.db());
                {
                    SqlDatabase::TransactionScopeGuard tx(c.db());
                    createSchema(c.db());
                    next = writePlan(c.db(), plan, author, true);
                    verifyOrg(c.db());
                    tx.commit();
                }
                // Fold the WAL into the file so that the rename moves everything.
                execSql(c.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            } // the last connection closes: SQLite removes the -wal file
            file.syncTemp();
            // Fold the old plan's WAL into it too, so that no stale WAL can pair with the new file.
            if (target.exists()) {
                QFile f(location);
                if (f.open(QIODevice::ReadOnly) && f.read(16).startsWith(QByteArrayLiteral("SQLite format 3"))) {
                    f.close();
                    guarded(location, true, [&] {
                        SqlDatabase old(QStringLiteral("QSQLITE"));
                        old.db().setDatabaseName(location);
                        if (old.db().open()) {
                            QSqlQuery q(old.db());
                            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                        }
                    });
                    fixSideFilePermissions(location);
                }
            }
            file.commit();
        }
        for (std::size_t i = 0; i < plan.scenarios.size(); ++i)
            plan.scenarios[i].storeId = next.rows->scenarios.value(qsizetype(i));
        plan.baseline = next.takeOver(std::move(plan.baseline));
    });
}

} // namespace org
