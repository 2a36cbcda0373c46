// SPDX-License-Identifier: MIT
#include "planlocation.h"

#include "planschema.h"
#include "planstore.h"
#include "sqldatabase.h"
#include "storefailure.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <sys/stat.h>
#include <unistd.h>

namespace org::storeimpl {

namespace {

struct PgTarget
{
    QString user, password, host, db;
    int port = -1;
};

PgTarget parseUrl(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        raise(PlanStore::tr("\"%1\" is not a valid database URL (postgresql://user@host:port/dbname)")
                  .arg(location));
    PgTarget t;
    t.user = url.userName();
    t.password = url.password();
    t.host = url.host(QUrl::FullyDecoded);
    if (t.host.isEmpty()) // QUrl lower-cases and may refuse "%2Ftmp" hosts; take them raw
        t.host = QUrl::fromPercentEncoding(location.section(QLatin1Char('@'), 1).section(QLatin1Char('/'), 0, 0)
                                               .section(QLatin1Char(':'), 0, 0).toUtf8());
    t.port = url.port(-1);
    t.db = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        t.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (t.db.isEmpty())
        raise(PlanStore::tr("the database URL \"%1\" names no database").arg(location));
    return t;
}

/// SQLite's consistency check of the small plan tables (meta, roles, scenarios, with
/// their indexes), or of the whole file when it is not a plan. The two large tables are
/// not checked here: a load reads every row of positions and lines (and the positions'
/// index), a save reads and writes the pages it changes, and SQLite refuses a damaged
/// page it meets with SQLITE_CORRUPT. (A full quick_check of a 1,000,000-position plan
/// reads the whole file, about a second on every open.)
void quickCheck(QSqlDatabase &db, const QString &path)
{
    QStringList checks;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")))
            raiseSql(q.lastError());
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        if (q.lastError().isValid())
            raiseSql(q.lastError());
        const bool plan = tables.contains(QStringLiteral("positions")) && tables.contains(QStringLiteral("edges"));
        for (const QString &t : {QStringLiteral("meta"), QStringLiteral("roles"), QStringLiteral("scenarios")})
            if (plan && tables.contains(t))
                checks << QStringLiteral("PRAGMA quick_check(%1)").arg(t);
        if (!plan)
            checks << QStringLiteral("PRAGMA quick_check");
    }
    for (const QString &sql : std::as_const(checks)) {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            raiseSql(q.lastError());
        if (q.value(0).toString() != QLatin1String("ok"))
            raiseKind(StoreError::Corrupt, PlanStore::tr("%1 is corrupted (%2)").arg(path, q.value(0).toString()));
        q.finish();
    }
}

} // namespace

void checkSqliteFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        raise(PlanStore::tr("cannot open %1: %2").arg(path, f.errorString()));
    const QByteArray head = f.read(100);
    if (!head.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        raise(PlanStore::tr("%1 is not a plan (not an SQLite database)").arg(path));
    if (head.size() < 100)
        raise(PlanStore::tr("%1 is truncated or corrupted").arg(path));
    int pageSize = (quint8(head[16]) << 8) | quint8(head[17]);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || f.size() % pageSize != 0)
        raise(PlanStore::tr("%1 is truncated or corrupted").arg(path));
    const qint32 appId = qint32((quint32(quint8(head[68])) << 24) | (quint32(quint8(head[69])) << 16)
                                | (quint32(quint8(head[70])) << 8) | quint32(quint8(head[71])));
    if (appId != 0 && appId != PlanStore::applicationId)
        raise(PlanStore::tr("%1 is not a plan (an SQLite database of another application)").arg(path));
}

void fixSideFilePermissions(const QString &path)
{
    const QByteArray plan = QFile::encodeName(path);
    struct stat planStat{};
    const bool havePlan = ::stat(plan.constData(), &planStat) == 0;
    for (const char *suffix : {"-wal", "-shm"}) {
        const QByteArray side = plan + suffix;
        struct stat st{};
        if (::lstat(side.constData(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid())
            continue;
        mode_t mode = st.st_mode & 07777;
        mode |= S_IRUSR | S_IWUSR;
        if (havePlan)
            mode |= planStat.st_mode & (S_IRGRP | S_IWGRP | S_IROTH | S_IWOTH);
        if (mode != (st.st_mode & 07777))
            ::chmod(side.constData(), mode);
    }
}

std::pair<qint64, qint64> fileStamp(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {-1, -1};
    return {qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

qint64 walSize(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() ? wal.size() : 0;
}

bool immutableIsSafe(const QString &path, const FileAccess &a)
{
    if (walSize(path) > 0)
        return false;
    if (a.readOnlyFileSystem || a.folderErrno != 0 || a.diskFull)
        return true;
    const QFileInfo info(path);
    return !(info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

void openSqlite(SqlDatabase &c, const QString &path, bool create)
{
    if (!create)
        checkSqliteFile(path);
    QSqlDatabase &db = c.db();
    if (!db.isValid())
        raise(PlanStore::tr("the Qt SQLite driver (QSQLITE) is not installed"));
    if (!create)
        fixSideFilePermissions(path);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        raiseSql(db.lastError());
    if (!create)
        quickCheck(db, path);
    fixSideFilePermissions(path);
}

void openSqliteReadOnly(SqlDatabase &c, const QString &path, const FileAccess &access, bool immutable)
{
    checkSqliteFile(path);
    QSqlDatabase &db = c.db();
    if (!db.isValid())
        raise(PlanStore::tr("the Qt SQLite driver (QSQLITE) is not installed"));
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                  + QStringLiteral("?mode=ro");
    if (immutable || immutableIsSafe(path, access))
        uri += QStringLiteral("&immutable=1");
    db.setDatabaseName(uri);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        raiseSql(db.lastError());
    quickCheck(db, path);
    fixSideFilePermissions(path);
}

void configureSqlite(QSqlDatabase &db)
{
    execSql(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    execSql(db, QStringLiteral("PRAGMA synchronous=FULL"));
}

void openPg(SqlDatabase &c, const QString &location)
{
    const PgTarget t = parseUrl(location);
    QSqlDatabase &db = c.db();
    if (!db.isValid())
        raise(PlanStore::tr("the Qt PostgreSQL driver (QPSQL) is not installed "
                            "(Debian package libqt6sql6-psql)"));
    db.setDatabaseName(t.db);
    if (!t.user.isEmpty())
        db.setUserName(t.user);
    if (!t.password.isEmpty())
        db.setPassword(t.password);
    if (!t.host.isEmpty())
        db.setHostName(t.host);
    if (t.port > 0)
        db.setPort(t.port);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db.open()) {
        const QSqlError e = db.lastError();
        if (classifySqlError(e) != StoreError::Other)
            raiseSql(e);
        raise(PlanStore::tr("cannot connect to %1: %2").arg(location, sqlError(e)));
    }
    execSql(db, QStringLiteral("SET client_min_messages TO WARNING"));
}

void openLocation(SqlDatabase &c, const QString &location, bool create)
{
    if (PlanStore::isDatabaseUrl(location)) {
        openPg(c, location);
        if (!hasPlanTables(c.db())) {
            if (!create)
                raise(PlanStore::tr("the database %1 holds no plan").arg(location));
            SqlDatabase::TransactionScopeGuard tx(c.db(), SqlDatabase::TransactionScopeGuard::NoTables);
            createSchema(c.db());
            tx.commit();
            return;
        }
        ensureCurrentSchema(c.db(), location);
        return;
    }
    const bool exists = QFileInfo::exists(location);
    if (!exists && !create)
        raise(PlanStore::tr("%1 does not exist").arg(location));
    openSqlite(c, location, !exists);
    if (!exists) {
        configureSqlite(c.db());
        SqlDatabase::TransactionScopeGuard tx(c.db(), SqlDatabase::TransactionScopeGuard::NoTables);
        createSchema(c.db());
        tx.commit();
        return;
    }
    ensureCurrentSchema(c.db(), location);
    configureSqlite(c.db());
}

} // namespace org::storeimpl
