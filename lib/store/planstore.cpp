// SPDX-License-Identifier: MIT
#include "planstore.h"
#include "tempfiles.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace org {

namespace {

QAtomicInt g_connectionCounter;

const QString kReportsTo = QStringLiteral("reports_to");
const QString kDotted = QStringLiteral("dotted_line");

/// A QSqlDatabase under a unique connection name, removed again on destruction.
class Connection final
{
public:
    explicit Connection(const QString &driver)
        : m_name(QStringLiteral("orgplan-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
    {
        m_db = QSqlDatabase::addDatabase(driver, m_name);
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

/// Thrown inside the store to unwind to the public function with a message.
/// `mapped`: the message is rebuilt from `kind` and `detail` by guarded(),
/// which knows the location and can look at the file system for the cause.
struct StoreFailure
{
    QString message;
    StoreError kind = StoreError::Other;
    QString detail;
    bool mapped = false;
};

[[noreturn]] void raise(const QString &message, bool conflict = false)
{
    throw StoreFailure{message, conflict ? StoreError::Conflict : StoreError::Other, {}, false};
}

[[noreturn]] void raiseKind(StoreError kind, const QString &message)
{
    throw StoreFailure{message, kind, {}, false};
}

QString sqlError(const QSqlError &e)
{
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.driverText().trimmed();
    return text;
}

/// An SQL error, classified by its cause (disk full, read-only, busy, …).
[[noreturn]] void raiseSql(const QSqlError &e)
{
    const StoreError kind = classifySqlError(e);
    throw StoreFailure{PlanStore::tr("database error: %1").arg(sqlError(e)), kind, sqlError(e),
                       kind != StoreError::Other};
}

void exec(QSqlQuery &q)
{
    if (!q.exec())
        raiseSql(q.lastError());
}

void execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        raiseSql(q.lastError());
}

QSqlQuery prepare(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        raiseSql(q.lastError());
    return q;
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

/// A write transaction, rolled back on destruction unless committed. It takes
/// the write lock at its start, so that what it reads (and checks before
/// COMMIT) is what it commits over: BEGIN IMMEDIATE on SQLite; on PostgreSQL
/// the plan tables are locked against other writers (readers go on).
class WriteTransaction final
{
public:
    enum Lock { LockTables, NoTables };
    explicit WriteTransaction(QSqlDatabase &db, Lock lock = LockTables) : m_db(db)
    {
        if (isPostgres(db)) {
            execSql(db, QStringLiteral("BEGIN"));
            m_active = true;
            if (lock == LockTables) {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("LOCK TABLE meta, roles, scenarios, positions, edges"
                                           " IN SHARE ROW EXCLUSIVE MODE"))) {
                    const QSqlError e = q.lastError();
                    q.exec(QStringLiteral("ROLLBACK"));
                    m_active = false;
                    raiseSql(e);
                }
            }
        } else {
            execSql(db, QStringLiteral("BEGIN IMMEDIATE"));
            m_active = true;
        }
    }
    ~WriteTransaction()
    {
        if (m_active) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    void commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT")))
            raiseSql(q.lastError()); // the destructor rolls back
        m_active = false;
    }

private:
    QSqlDatabase &m_db;
    bool m_active = false;
};

// The current schema (2), in SQL that SQLite and PostgreSQL both accept.
const char *const kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE roles (ord INTEGER NOT NULL, key TEXT PRIMARY KEY, name_en TEXT, name_zh TEXT,"
    " rank INTEGER, technical INTEGER NOT NULL, color TEXT, duties_en TEXT, duties_zh TEXT,"
    " aliases TEXT, monthly_cost DOUBLE PRECISION)",
    "CREATE TABLE scenarios (id BIGINT PRIMARY KEY, name TEXT NOT NULL UNIQUE, ord INTEGER NOT NULL,"
    " custom_fields TEXT NOT NULL)",
    "CREATE TABLE positions (scenario_id BIGINT NOT NULL, id TEXT NOT NULL, ord BIGINT NOT NULL,"
    " name TEXT, role TEXT, title TEXT, team TEXT, product_line TEXT, email TEXT,"
    " salary DOUBLE PRECISION, assistant INTEGER NOT NULL, custom TEXT NOT NULL,"
    " version BIGINT NOT NULL, changed_by TEXT, PRIMARY KEY (scenario_id, id))",
    "CREATE TABLE edges (scenario_id BIGINT NOT NULL, report_id TEXT NOT NULL,"
    " manager_id TEXT NOT NULL, kind TEXT NOT NULL, ord BIGINT NOT NULL)",
    "CREATE INDEX edges_by_report ON edges (scenario_id, report_id)",
};

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString &text)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

/// The stored form of one position's content (everything but its order), for
/// change detection and "what changed" in conflict messages.
struct RowContent
{
    QString name, role, title, team, productLine, email, custom, manager, dotted;
    QVariant salary;
    bool assistant = false;

    static RowContent of(const Org &org, Org::Vertex v, const std::vector<Org::Vertex> &dottedManagers)
    {
        const Position &p = org.position(v);
        RowContent r;
        r.name = p.name;
        r.role = p.role;
        r.title = p.title;
        r.team = p.team;
        r.productLine = p.productLine;
        r.email = p.email;
        r.salary = p.salary ? QVariant(*p.salary) : QVariant();
        r.assistant = p.assistant;
        r.custom = toJson(p.custom);
        const Org::Vertex m = org.manager(v);
        r.manager = m == Org::npos ? QString() : org.position(m).id;
        QStringList dotted;
        for (Org::Vertex d : dottedManagers)
            dotted << org.position(d).id;
        dotted.sort();
        r.dotted = dotted.join(QLatin1Char('\x1f'));
        return r;
    }
    size_t digest() const
    {
        const QString salaryText = salary.isValid() ? QString::number(salary.toDouble(), 'g', 17) : QString();
        const QString all = QStringList{name, role, title, team, productLine, email, custom, manager,
                                        dotted, salaryText, assistant ? QStringLiteral("1") : QString()}
                                .join(QLatin1Char('\x1e'));
        return qHash(all, 0);
    }
    /// Names of the fields that differ.
    QStringList diff(const RowContent &o) const
    {
        QStringList out;
        auto cmp = [&](const QString &a, const QString &b, const char *n) {
            if (a != b)
                out << QString::fromLatin1(n);
        };
        cmp(name, o.name, "name");
        cmp(role, o.role, "role");
        cmp(title, o.title, "title");
        cmp(team, o.team, "team");
        cmp(productLine, o.productLine, "product_line");
        cmp(email, o.email, "email");
        cmp(custom, o.custom, "custom fields");
        cmp(manager, o.manager, "manager");
        cmp(dotted, o.dotted, "dotted lines");
        if (salary != o.salary)
            out << QStringLiteral("salary");
        if (assistant != o.assistant)
            out << QStringLiteral("assistant");
        return out;
    }
};

// ---------------------------------------------------------------------------
// Opening

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

/// Checks that a file looks like an intact SQLite database before SQLite touches it.
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

/// SQLite creates a plan's -wal and -shm files with the plan's permissions: a
/// read-only plan (0444) gets read-only side files, which keep blocking writes
/// after the plan itself is made writable again. Side files that we own get
/// the owner's write permission (and the plan's other write bits) back.
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

/// Size and modification time (ns) of a file, to notice a change.
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

/// Reading with SQLite's `immutable` flag creates no -wal/-shm files and takes
/// no locks. Safe only when everything committed is in the main file (no WAL
/// content) and nobody can be writing it meanwhile: a read-only folder or
/// file system (no writer can create its -wal), a file without write bits, or
/// a full disk.
bool immutableIsSafe(const QString &path, const FileAccess &a)
{
    if (walSize(path) > 0)
        return false;
    if (a.readOnlyFileSystem || a.folderErrno != 0 || a.diskFull)
        return true;
    const QFileInfo info(path);
    return !(info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

void quickCheck(QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        raiseSql(q.lastError());
    if (q.value(0).toString() != QLatin1String("ok"))
        raiseKind(StoreError::Corrupt, PlanStore::tr("%1 is corrupted (%2)").arg(path, q.value(0).toString()));
    q.finish();
}

void openSqlite(Connection &c, const QString &path, bool create)
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

/// Opens a plan file for reading only: through SQLite's `mode=ro`, and with
/// `immutable=1` where that is safe (see immutableIsSafe), so that a plan in a
/// read-only folder, on a read-only or full disk, or without write permission
/// can still be read, and no side file is created where it can be avoided.
void openSqliteReadOnly(Connection &c, const QString &path, const FileAccess &access, bool immutable = false)
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

/// WAL and full syncs, set only once the file is known to be a plan.
void configureSqlite(QSqlDatabase &db)
{
    execSql(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    execSql(db, QStringLiteral("PRAGMA synchronous=FULL"));
}

/// Marks an SQLite file as ours (see PlanStore::applicationId); part of the caller's write.
void stampApplicationId(QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QSQLITE"))
        execSql(db, QStringLiteral("PRAGMA application_id=%1").arg(PlanStore::applicationId));
}

void openPg(Connection &c, const QString &location)
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

bool hasPlanTables(QSqlDatabase &db)
{
    return db.tables().contains(QStringLiteral("meta"));
}

std::optional<int> readSchemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next())
        return std::nullopt;
    bool ok = false;
    const int v = q.value(0).toString().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

void setMeta(QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery del = prepare(db, QStringLiteral("DELETE FROM meta WHERE key = ?"));
    del.addBindValue(key);
    exec(del);
    QSqlQuery ins = prepare(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    ins.addBindValue(key);
    ins.addBindValue(value);
    exec(ins);
}

void createSchema(QSqlDatabase &db)
{
    for (const char *sql : kSchema)
        execSql(db, QString::fromLatin1(sql));
    stampApplicationId(db);
    setMeta(db, QStringLiteral("schema_version"), QString::number(PlanStore::schemaVersion));
}

/// Schema 1 (OrgDesigner 0.1 plans): one org, positions with their manager
/// in a column, no scenarios, custom fields, dotted lines or versions.
void migrate1to2(QSqlDatabase &db)
{
    execSql(db, QStringLiteral("ALTER TABLE positions RENAME TO positions_v1"));
    execSql(db, QString::fromLatin1(kSchema[2]));
    execSql(db, QString::fromLatin1(kSchema[3]));
    execSql(db, QString::fromLatin1(kSchema[4]));
    execSql(db, QString::fromLatin1(kSchema[5]));
    QSqlQuery sc = prepare(db, QStringLiteral("INSERT INTO scenarios (id, name, ord, custom_fields) VALUES (1, ?, 0, '[]')"));
    sc.addBindValue(defaultScenarioName());
    exec(sc);
    execSql(db, QStringLiteral(
                    "INSERT INTO positions (scenario_id, id, ord, name, role, title, team, product_line,"
                    " email, salary, assistant, custom, version, changed_by)"
                    " SELECT 1, id, ord, name, role, title, team, product_line, email, salary,"
                    " COALESCE(assistant, 0), '[]', 1, NULL FROM positions_v1"));
    execSql(db, QStringLiteral(
                    "INSERT INTO edges (scenario_id, report_id, manager_id, kind, ord)"
                    " SELECT 1, id, manager_id, 'reports_to', ord FROM positions_v1"
                    " WHERE manager_id IS NOT NULL AND manager_id <> ''"));
    execSql(db, QStringLiteral("DROP TABLE positions_v1"));
}

/// Brings an open plan to the current schema (in one transaction), or refuses
/// a plan from a newer version. Never writes when nothing needs migrating.
void ensureCurrentSchema(QSqlDatabase &db, const QString &location, bool readOnly = false)
{
    if (!hasPlanTables(db))
        raise(PlanStore::tr("%1 is not an OrgDesigner plan (no plan tables)").arg(location));
    const std::optional<int> version = readSchemaVersion(db);
    if (!version)
        raise(PlanStore::tr("%1 is not an OrgDesigner plan (no schema version)").arg(location));
    if (*version > PlanStore::schemaVersion)
        raise(PlanStore::tr("%1 was written by a newer version of OrgDesigner (plan schema %2; "
                            "this version reads up to %3); update OrgDesigner to open it")
                  .arg(location, QString::number(*version), QString::number(PlanStore::schemaVersion)));
    if (*version == PlanStore::schemaVersion)
        return;
    if (*version < 1)
        raise(PlanStore::tr("%1 has an unknown plan schema %2").arg(location, QString::number(*version)));
    if (readOnly)
        raiseKind(StoreError::ReadOnly,
                  PlanStore::tr("%1 was written by an older version of OrgDesigner (plan schema %2) and must be "
                                "upgraded, but it cannot be written; copy it to a writable folder to open it")
                      .arg(location, QString::number(*version)));
    WriteTransaction tx(db, WriteTransaction::NoTables);
    int v = *version;
    if (v == 1) {
        migrate1to2(db);
        v = 2;
    }
    setMeta(db, QStringLiteral("schema_version"), QString::number(v));
    tx.commit();
}

/// Opens a location for reading or writing. `create`: a missing file or an
/// empty database gets the schema.
void openLocation(Connection &c, const QString &location, bool create)
{
    if (PlanStore::isDatabaseUrl(location)) {
        openPg(c, location);
        if (!hasPlanTables(c.db())) {
            if (!create)
                raise(PlanStore::tr("the database %1 holds no plan").arg(location));
            WriteTransaction tx(c.db(), WriteTransaction::NoTables);
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
        WriteTransaction tx(c.db(), WriteTransaction::NoTables);
        createSchema(c.db());
        tx.commit();
        return;
    }
    ensureCurrentSchema(c.db(), location);
    configureSqlite(c.db());
}

// ---------------------------------------------------------------------------
// Reading

RoleCatalogue readRoles(QSqlDatabase &db)
{
    QSqlQuery q = prepare(db, QStringLiteral(
                                  "SELECT key, name_en, name_zh, rank, technical, color, duties_en, duties_zh,"
                                  " aliases, monthly_cost FROM roles ORDER BY ord"));
    exec(q);
    RoleCatalogue roles;
    bool any = false;
    while (q.next()) {
        Role r;
        r.key = q.value(0).toString();
        r.nameEn = q.value(1).toString();
        r.nameZh = q.value(2).toString();
        if (!q.value(3).isNull())
            r.rank = q.value(3).toInt();
        r.technical = q.value(4).toInt() != 0;
        r.color = QColor::fromString(q.value(5).toString());
        r.dutiesEn = q.value(6).toString();
        r.dutiesZh = q.value(7).toString();
        r.aliases = fromJson(q.value(8).toString());
        r.monthlyCost = q.value(9).toDouble();
        roles.upsert(r);
        any = true;
    }
    return any ? roles : RoleCatalogue::defaults();
}

void readPlan(QSqlDatabase &db, Plan &out)
{
    Plan plan;
    auto baseline = std::make_shared<PlanBaseline>();
    plan.roles = readRoles(db);
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'rule_settings'")) && q.next())
            plan.settings = RuleSettings::fromString(q.value(0).toString());
    }
    QSqlQuery sq = prepare(db, QStringLiteral("SELECT id, name, custom_fields FROM scenarios ORDER BY ord, id"));
    exec(sq);
    while (sq.next()) {
        Scenario s;
        s.storeId = sq.value(0).toLongLong();
        s.name = sq.value(1).toString();
        s.org.setCustomFields(fromJson(sq.value(2).toString()));
        plan.scenarios.push_back(std::move(s));
    }
    if (plan.scenarios.empty())
        raise(PlanStore::tr("the plan has no scenario"));

    for (Scenario &s : plan.scenarios) {
        baseline->scenarios << s.storeId;
        auto &rows = baseline->rows[s.storeId];
        std::vector<qint64> versions;
        QSqlQuery pq = prepare(db, QStringLiteral(
                                       "SELECT id, name, role, title, team, product_line, email, salary,"
                                       " assistant, custom, version FROM positions WHERE scenario_id = ?"
                                       " ORDER BY ord, id"));
        pq.addBindValue(s.storeId);
        exec(pq);
        Org &org = s.org;
        while (pq.next()) {
            Position p;
            p.id = pq.value(0).toString();
            p.name = pq.value(1).toString();
            p.role = pq.value(2).toString();
            p.title = pq.value(3).toString();
            p.team = pq.value(4).toString();
            p.productLine = pq.value(5).toString();
            p.email = pq.value(6).toString();
            if (!pq.value(7).isNull())
                p.salary = pq.value(7).toDouble();
            p.assistant = pq.value(8).toInt() != 0;
            p.custom = fromJson(pq.value(9).toString());
            if (p.id.isEmpty() || org.find(p.id) != Org::npos)
                raise(PlanStore::tr("the plan is corrupted: empty or duplicate position id \"%1\"").arg(p.id));
            versions.push_back(pq.value(10).toLongLong());
            org.addPosition(std::move(p));
        }
        QSqlQuery eq = prepare(db, QStringLiteral(
                                       "SELECT report_id, manager_id, kind FROM edges WHERE scenario_id = ?"
                                       " ORDER BY ord"));
        eq.addBindValue(s.storeId);
        exec(eq);
        while (eq.next()) {
            const Org::Vertex r = org.find(eq.value(0).toString());
            const Org::Vertex m = org.find(eq.value(1).toString());
            if (r == Org::npos || m == Org::npos || r == m)
                raise(PlanStore::tr("the plan is corrupted: a line between \"%1\" and \"%2\" has an unknown end")
                          .arg(eq.value(0).toString(), eq.value(1).toString()));
            if (eq.value(2).toString() == kDotted)
                org.addDottedLine(r, m);
            else
                org.setManager(r, m);
        }
        const QStringList cycle = org.findCycle();
        if (!cycle.isEmpty())
            raise(PlanStore::tr("the plan is corrupted: reporting cycle %1").arg(cycle.join(QStringLiteral(" → "))));
        const auto dotted = dottedManagersByReport(org);
        for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v)
            rows.insert(org.position(v).id, {versions[v], RowContent::of(org, v, dotted[v]).digest()});
    }
    plan.baseline = std::move(baseline);
    out = std::move(plan);
}

// ---------------------------------------------------------------------------
// Writing

void writeSettingsAndRoles(QSqlDatabase &db, const Plan &plan)
{
    setMeta(db, QStringLiteral("rule_settings"), plan.settings.toString());
    execSql(db, QStringLiteral("DELETE FROM roles"));
    QSqlQuery q = prepare(db, QStringLiteral(
                                  "INSERT INTO roles (ord, key, name_en, name_zh, rank, technical, color,"
                                  " duties_en, duties_zh, aliases, monthly_cost) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    int ord = 0;
    for (const Role &r : plan.roles.roles()) {
        q.addBindValue(ord++);
        q.addBindValue(r.key);
        q.addBindValue(r.nameEn);
        q.addBindValue(r.nameZh);
        q.addBindValue(r.rank ? QVariant(*r.rank) : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(r.technical ? 1 : 0);
        q.addBindValue(r.color.name(QColor::HexArgb));
        q.addBindValue(r.dutiesEn);
        q.addBindValue(r.dutiesZh);
        q.addBindValue(toJson(r.aliases));
        q.addBindValue(r.monthlyCost);
        exec(q);
    }
}

/// Sibling order of every report under its manager (for exact child order).
std::vector<qint64> siblingOrder(const Org &org)
{
    std::vector<qint64> out(std::size_t(org.size()), 0);
    for (Org::Vertex m = 0; m < Org::Vertex(org.size()); ++m) {
        qint64 i = 0;
        for (Org::Vertex r : org.reports(m))
            out[r] = i++;
    }
    return out;
}

void bindContent(QSqlQuery &q, const RowContent &c)
{
    q.addBindValue(c.name);
    q.addBindValue(c.role);
    q.addBindValue(c.title);
    q.addBindValue(c.team);
    q.addBindValue(c.productLine);
    q.addBindValue(c.email);
    q.addBindValue(c.salary.isValid() ? c.salary : QVariant(QMetaType::fromType<double>()));
    q.addBindValue(c.assistant ? 1 : 0);
    q.addBindValue(c.custom);
}

void writeEdges(QSqlQuery &ins, qint64 sid, const Org &org, Org::Vertex v, qint64 sibling,
                const std::vector<Org::Vertex> &dottedManagers)
{
    const QString &id = org.position(v).id;
    const Org::Vertex m = org.manager(v);
    if (m != Org::npos) {
        ins.addBindValue(sid);
        ins.addBindValue(id);
        ins.addBindValue(org.position(m).id);
        ins.addBindValue(kReportsTo);
        ins.addBindValue(sibling);
        exec(ins);
    }
    qint64 i = 0;
    for (Org::Vertex d : dottedManagers) {
        ins.addBindValue(sid);
        ins.addBindValue(id);
        ins.addBindValue(org.position(d).id);
        ins.addBindValue(kDotted);
        ins.addBindValue(i++);
        exec(ins);
    }
}

/// Reads what another client stored for a position, for a conflict message.
QString describeConflict(QSqlDatabase &db, qint64 sid, const QString &id, const RowContent &mine, bool removedHere)
{
    QSqlQuery q = prepare(db, QStringLiteral(
                                  "SELECT name, role, title, team, product_line, email, salary, assistant,"
                                  " custom, changed_by, version FROM positions WHERE scenario_id = ? AND id = ?"));
    q.addBindValue(sid);
    q.addBindValue(id);
    exec(q);
    if (!q.next())
        return PlanStore::tr("position \"%1\" was removed by another user since the plan was loaded").arg(id);
    RowContent theirs;
    theirs.name = q.value(0).toString();
    theirs.role = q.value(1).toString();
    theirs.title = q.value(2).toString();
    theirs.team = q.value(3).toString();
    theirs.productLine = q.value(4).toString();
    theirs.email = q.value(5).toString();
    theirs.salary = q.value(6).isNull() ? QVariant() : QVariant(q.value(6).toDouble());
    theirs.assistant = q.value(7).toInt() != 0;
    theirs.custom = q.value(8).toString();
    const QString who = q.value(9).toString().isEmpty() ? PlanStore::tr("another user") : q.value(9).toString();
    const qint64 version = q.value(10).toLongLong();
    q.finish();
    QSqlQuery eq = prepare(db, QStringLiteral("SELECT manager_id, kind FROM edges WHERE scenario_id = ? AND report_id = ?"));
    eq.addBindValue(sid);
    eq.addBindValue(id);
    exec(eq);
    QStringList dotted;
    while (eq.next()) {
        if (eq.value(1).toString() == kDotted)
            dotted << eq.value(0).toString();
        else
            theirs.manager = eq.value(0).toString();
    }
    dotted.sort();
    theirs.dotted = dotted.join(QLatin1Char('\x1f'));
    QString what = removedHere ? QString() : theirs.diff(mine).join(QStringLiteral(", "));
    if (!theirs.manager.isEmpty() && mine.manager != theirs.manager)
        what += PlanStore::tr(" (their manager: %1)").arg(theirs.manager);
    if (mine.role != theirs.role)
        what += PlanStore::tr(" (their role: %1)").arg(theirs.role);
    if (what.isEmpty())
        return PlanStore::tr("position \"%1\" was changed by %2 since the plan was loaded (version %3)")
            .arg(id, who, QString::number(version));
    return PlanStore::tr("position \"%1\" was changed by %2 since the plan was loaded (version %3): %4")
        .arg(id, who, QString::number(version), what.trimmed());
}

/// Writes a plan into an open database whose schema is current: settings and
/// roles (last writer wins), scenarios, and the positions changed since the
/// plan's baseline, each guarded by its version. Throws on a conflict.
std::shared_ptr<PlanBaseline> writePlan(QSqlDatabase &db, Plan &plan, const QString &author, bool replaceAll)
{
    if (replaceAll) {
        execSql(db, QStringLiteral("DELETE FROM edges"));
        execSql(db, QStringLiteral("DELETE FROM positions"));
        execSql(db, QStringLiteral("DELETE FROM scenarios"));
    }
    writeSettingsAndRoles(db, plan);
    const PlanBaseline empty;
    const PlanBaseline &base = plan.baseline && !replaceAll ? *plan.baseline : empty;
    auto next = std::make_shared<PlanBaseline>();
    QStringList conflicts;

    // Scenarios removed here (present at load, gone now) disappear with their rows.
    QList<qint64> kept;
    for (const Scenario &s : plan.scenarios)
        if (s.storeId)
            kept << s.storeId;
    for (qint64 sid : base.scenarios) {
        if (kept.contains(sid))
            continue;
        for (const char *sql : {"DELETE FROM edges WHERE scenario_id = ?", "DELETE FROM positions WHERE scenario_id = ?",
                                "DELETE FROM scenarios WHERE id = ?"}) {
            QSqlQuery q = prepare(db, QString::fromLatin1(sql));
            q.addBindValue(sid);
            exec(q);
        }
    }
    qint64 nextId = 1;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT MAX(id) FROM scenarios")) && q.next() && !q.value(0).isNull())
            nextId = q.value(0).toLongLong() + 1;
    }
    // Park the names first so that swaps and renames never trip UNIQUE(name).
    for (const Scenario &s : plan.scenarios) {
        if (!s.storeId || replaceAll)
            continue;
        QSqlQuery q = prepare(db, QStringLiteral("UPDATE scenarios SET name = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("\x01renaming-%1").arg(s.storeId));
        q.addBindValue(s.storeId);
        exec(q);
    }
    std::vector<qint64> ids;
    for (std::size_t si = 0; si < plan.scenarios.size(); ++si) {
        const Scenario &s = plan.scenarios[si];
        qint64 sid = replaceAll ? 0 : s.storeId;
        bool exists = false;
        if (sid) {
            QSqlQuery q = prepare(db, QStringLiteral("UPDATE scenarios SET name = ?, ord = ?, custom_fields = ? WHERE id = ?"));
            q.addBindValue(s.name);
            q.addBindValue(int(si));
            q.addBindValue(toJson(s.org.customFields()));
            q.addBindValue(sid);
            exec(q);
            exists = q.numRowsAffected() > 0;
            if (!exists)
                conflicts << PlanStore::tr("scenario \"%1\" was deleted by another user since the plan was loaded").arg(s.name);
        } else {
            sid = nextId++;
            QSqlQuery q = prepare(db, QStringLiteral("INSERT INTO scenarios (id, name, ord, custom_fields) VALUES (?, ?, ?, ?)"));
            q.addBindValue(sid);
            q.addBindValue(s.name);
            q.addBindValue(int(si));
            q.addBindValue(toJson(s.org.customFields()));
            if (!q.exec()) {
                if (replaceAll || classifySqlError(q.lastError()) != StoreError::Conflict)
                    raiseSql(q.lastError());
                raise(PlanStore::tr("cannot add scenario \"%1\": %2").arg(s.name, sqlError(q.lastError())), true);
            }
        }
        ids.push_back(sid);
    }
    if (!conflicts.isEmpty())
        raise(conflicts.join(QLatin1Char('\n')), true);

    QSqlQuery insertPos = prepare(db, QStringLiteral(
        "INSERT INTO positions (scenario_id, id, ord, name, role, title, team, product_line, email, salary,"
        " assistant, custom, version, changed_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery updatePos = prepare(db, QStringLiteral(
        "UPDATE positions SET ord = ?, name = ?, role = ?, title = ?, team = ?, product_line = ?, email = ?,"
        " salary = ?, assistant = ?, custom = ?, version = ?, changed_by = ?"
        " WHERE scenario_id = ? AND id = ? AND version = ?"));
    QSqlQuery deletePos = prepare(db, QStringLiteral("DELETE FROM positions WHERE scenario_id = ? AND id = ? AND version = ?"));
    QSqlQuery deleteEdges = prepare(db, QStringLiteral("DELETE FROM edges WHERE scenario_id = ? AND report_id = ?"));
    QSqlQuery insertEdge = prepare(db, QStringLiteral(
        "INSERT INTO edges (scenario_id, report_id, manager_id, kind, ord) VALUES (?,?,?,?,?)"));
    QSqlQuery updateOrd = prepare(db, QStringLiteral("UPDATE positions SET ord = ? WHERE scenario_id = ? AND id = ?"));
    QSqlQuery updateSibling = prepare(db, QStringLiteral(
        "UPDATE edges SET ord = ? WHERE scenario_id = ? AND report_id = ? AND kind = 'reports_to'"));
    QSqlQuery findPos = prepare(db, QStringLiteral("SELECT 1 FROM positions WHERE scenario_id = ? AND id = ?"));

    for (std::size_t si = 0; si < plan.scenarios.size(); ++si) {
        const Org &org = plan.scenarios[si].org;
        const qint64 sid = ids[si];
        const auto baseRows = base.rows.value(plan.scenarios[si].storeId);
        auto &nextRows = next->rows[sid];
        next->scenarios << sid;
        // Current order fields in the database, to rewrite only what moved.
        QHash<QString, std::pair<qint64, qint64>> dbOrder; // id → (ord, sibling)
        if (plan.scenarios[si].storeId && !replaceAll) {
            QSqlQuery q = prepare(db, QStringLiteral(
                "SELECT p.id, p.ord, e.ord FROM positions p LEFT JOIN edges e ON e.scenario_id = p.scenario_id"
                " AND e.report_id = p.id AND e.kind = 'reports_to' WHERE p.scenario_id = ?"));
            q.addBindValue(sid);
            exec(q);
            while (q.next())
                dbOrder.insert(q.value(0).toString(), {q.value(1).toLongLong(),
                                                       q.value(2).isNull() ? -1 : q.value(2).toLongLong()});
        }
        const std::vector<qint64> sibling = siblingOrder(org);
        const auto dotted = dottedManagersByReport(org);
        QSet<QString> present;
        present.reserve(org.size());
        for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
            const QString &id = org.position(v).id;
            present.insert(id);
            const RowContent content = RowContent::of(org, v, dotted[v]);
            const size_t digest = content.digest();
            const auto it = baseRows.constFind(id);
            if (it == baseRows.constEnd()) {
                if (plan.scenarios[si].storeId && !replaceAll) {
                    // Added meanwhile by someone else? (Asked first: on PostgreSQL a failed
                    // INSERT would abort the whole transaction.)
                    findPos.addBindValue(sid);
                    findPos.addBindValue(id);
                    exec(findPos);
                    const bool taken = findPos.next();
                    findPos.finish();
                    if (taken) {
                        conflicts << PlanStore::tr("position \"%1\" was added by another user since the plan was loaded")
                                         .arg(id);
                        continue;
                    }
                }
                insertPos.addBindValue(sid);
                insertPos.addBindValue(id);
                insertPos.addBindValue(qint64(v));
                bindContent(insertPos, content);
                insertPos.addBindValue(qint64(1));
                insertPos.addBindValue(author);
                if (!insertPos.exec()) {
                    // Only a duplicate key is someone else's doing; a full disk is not.
                    if (replaceAll || classifySqlError(insertPos.lastError()) != StoreError::Conflict)
                        raiseSql(insertPos.lastError());
                    conflicts << PlanStore::tr("position \"%1\" was added by another user since the plan was loaded")
                                     .arg(id);
                    continue;
                }
                if (!replaceAll) {
                    deleteEdges.addBindValue(sid);
                    deleteEdges.addBindValue(id);
                    exec(deleteEdges);
                }
                writeEdges(insertEdge, sid, org, v, sibling[v], dotted[v]);
                nextRows.insert(id, {1, digest});
            } else if (it->digest != digest) {
                updatePos.addBindValue(qint64(v));
                bindContent(updatePos, content);
                updatePos.addBindValue(it->version + 1);
                updatePos.addBindValue(author);
                updatePos.addBindValue(sid);
                updatePos.addBindValue(id);
                updatePos.addBindValue(it->version);
                exec(updatePos);
                if (updatePos.numRowsAffected() != 1) {
                    conflicts << describeConflict(db, sid, id, content, false);
                    continue;
                }
                deleteEdges.addBindValue(sid);
                deleteEdges.addBindValue(id);
                exec(deleteEdges);
                writeEdges(insertEdge, sid, org, v, sibling[v], dotted[v]);
                nextRows.insert(id, {it->version + 1, digest});
            } else {
                nextRows.insert(id, *it);
                const auto o = dbOrder.value(id, {-2, -2});
                if (o.first != qint64(v)) {
                    updateOrd.addBindValue(qint64(v));
                    updateOrd.addBindValue(sid);
                    updateOrd.addBindValue(id);
                    exec(updateOrd);
                }
                if (org.manager(v) != Org::npos && o.second != sibling[v]) {
                    updateSibling.addBindValue(sibling[v]);
                    updateSibling.addBindValue(sid);
                    updateSibling.addBindValue(id);
                    exec(updateSibling);
                }
            }
        }
        for (auto it = baseRows.constBegin(); it != baseRows.constEnd(); ++it) {
            if (present.contains(it.key()))
                continue;
            deletePos.addBindValue(sid);
            deletePos.addBindValue(it.key());
            deletePos.addBindValue(it->version);
            exec(deletePos);
            if (deletePos.numRowsAffected() != 1) {
                conflicts << describeConflict(db, sid, it.key(), RowContent(), true);
                continue;
            }
            deleteEdges.addBindValue(sid);
            deleteEdges.addBindValue(it.key());
            exec(deleteEdges);
        }
    }
    if (!conflicts.isEmpty()) {
        QString text = PlanStore::tr("the plan was not saved because another user changed it meanwhile:");
        for (const QString &c : conflicts.mid(0, 20))
            text += QStringLiteral("\n  ") + c;
        if (conflicts.size() > 20)
            text += QStringLiteral("\n  …");
        raise(text, true);
    }
    return next;
}

/// Re-reads the whole plan as it is about to be committed (inside the write
/// transaction, after this save's own writes) and refuses it when it is no
/// longer a valid org: every scenario one forest (no cycle, every manager
/// exists, one manager per position), known roles, unique non-empty ids. Two
/// saves that each change different positions can pass their row-version
/// checks and still together make a cycle; the second one is refused here.
void verifyOrg(QSqlDatabase &db)
{
    QSet<QString> roleKeys;
    {
        QSqlQuery q = prepare(db, QStringLiteral("SELECT key FROM roles"));
        exec(q);
        while (q.next())
            roleKeys.insert(q.value(0).toString());
    }
    if (roleKeys.isEmpty())
        for (const QString &k : RoleCatalogue::defaults().keys())
            roleKeys.insert(k);
    struct Forest
    {
        QString name;
        QHash<QString, int> index;
        QStringList ids;
        std::vector<int> manager;
    };
    QHash<qint64, Forest> forests;
    {
        QSqlQuery q = prepare(db, QStringLiteral("SELECT id, name FROM scenarios"));
        exec(q);
        while (q.next())
            forests[q.value(0).toLongLong()].name = q.value(1).toString();
    }
    QStringList problems;
    auto note = [&](const QString &text) {
        if (problems.size() <= 20)
            problems << text;
    };
    {
        QSqlQuery q = prepare(db, QStringLiteral("SELECT scenario_id, id, role FROM positions"));
        exec(q);
        while (q.next()) {
            const qint64 sid = q.value(0).toLongLong();
            const auto f = forests.find(sid);
            const QString id = q.value(1).toString();
            if (f == forests.end()) {
                note(PlanStore::tr("position \"%1\" belongs to a scenario that no longer exists").arg(id));
                continue;
            }
            if (id.isEmpty() || f->index.contains(id)) {
                note(PlanStore::tr("scenario \"%1\": empty or duplicate position id \"%2\"").arg(f->name, id));
                continue;
            }
            const QString role = q.value(2).toString();
            if (!role.isEmpty() && !roleKeys.contains(role))
                note(PlanStore::tr("scenario \"%1\": position \"%2\" has the unknown role \"%3\"")
                         .arg(f->name, id, role));
            f->index.insert(id, int(f->ids.size()));
            f->ids << id;
            f->manager.push_back(-1);
        }
    }
    {
        QSqlQuery q = prepare(db, QStringLiteral("SELECT scenario_id, report_id, manager_id, kind FROM edges"));
        exec(q);
        while (q.next()) {
            const auto f = forests.find(q.value(0).toLongLong());
            const QString report = q.value(1).toString();
            const QString manager = q.value(2).toString();
            if (f == forests.end()) {
                note(PlanStore::tr("a line from \"%1\" belongs to a scenario that no longer exists").arg(report));
                continue;
            }
            const int r = f->index.value(report, -1);
            const int m = f->index.value(manager, -1);
            if (r < 0 || m < 0 || r == m) {
                note(PlanStore::tr("scenario \"%1\": the line from \"%2\" to \"%3\" has an unknown end")
                         .arg(f->name, report, manager));
                continue;
            }
            if (q.value(3).toString() != kReportsTo)
                continue;
            if (f->manager[std::size_t(r)] >= 0)
                note(PlanStore::tr("scenario \"%1\": position \"%2\" has more than one manager").arg(f->name, report));
            else
                f->manager[std::size_t(r)] = m;
        }
    }
    for (const Forest &f : std::as_const(forests)) {
        // 0 unseen, 1 on the current walk up, 2 known to reach a root
        std::vector<char> state(f.manager.size(), 0);
        for (std::size_t start = 0; start < f.manager.size(); ++start) {
            std::vector<int> walk;
            int v = int(start);
            while (v >= 0 && state[std::size_t(v)] == 0) {
                state[std::size_t(v)] = 1;
                walk.push_back(v);
                v = f.manager[std::size_t(v)];
            }
            if (v >= 0 && state[std::size_t(v)] == 1) {
                QStringList cycle;
                auto from = std::find(walk.begin(), walk.end(), v);
                for (auto it = from; it != walk.end(); ++it)
                    cycle << f.ids[*it];
                cycle << f.ids[v];
                note(PlanStore::tr("scenario \"%1\": reporting cycle %2").arg(f.name, cycle.join(QStringLiteral(" → "))));
            }
            for (int w : walk)
                state[std::size_t(w)] = 2;
        }
    }
    if (problems.isEmpty())
        return;
    QString text = PlanStore::tr("with the changes another user saved meanwhile, the org would no longer be "
                                 "valid; nothing was saved:");
    for (const QString &p : problems.mid(0, 20))
        text += QStringLiteral("\n  ") + p;
    if (problems.size() > 20)
        text += QStringLiteral("\n  …");
    raise(text, true);
}

/// An errno from a file operation on `path`, classified.
[[noreturn]] void raiseErrno(int error, const QString &message)
{
    const StoreError kind = classifyErrno(error);
    throw StoreFailure{message, kind, QString::fromLocal8Bit(std::strerror(error)), kind != StoreError::Other};
}

void syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDWR);
    if (fd < 0) {
        const int error = errno;
        raiseErrno(error, PlanStore::tr("cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0 && !directory)
        raiseErrno(error, PlanStore::tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
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

/// A temporary file registered for removal on SIGTERM/SIGINT (see TempPaths)
/// and removed on every way out unless kept.
struct TempFile
{
    QString path;
    int handle = -1;
    bool keep = false;
    explicit TempFile(QString p) : path(std::move(p)), handle(TempPaths::registerPath(path)) {}
    ~TempFile()
    {
        if (!keep)
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QString::fromLatin1(suffix));
        TempPaths::unregisterPath(handle);
    }
    TempFile(const TempFile &) = delete;
    TempFile &operator=(const TempFile &) = delete;
};

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
        Connection c(QStringLiteral("QPSQL"));
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
        Connection c(QStringLiteral("QSQLITE"));
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
            Connection c(QStringLiteral("QPSQL"));
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
                Connection c(QStringLiteral("QSQLITE"));
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
            Connection c(QStringLiteral("QSQLITE"));
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
        Connection c(QStringLiteral("QSQLITE"));
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
        Connection c(isDatabaseUrl(location) ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"));
        openLocation(c, location, true);
        std::shared_ptr<PlanBaseline> next;
        {
            WriteTransaction tx(c.db());
            stampApplicationId(c.db());
            next = writePlan(c.db(), plan, author.isEmpty() ? currentUser() : author, false);
            verifyOrg(c.db());
            tx.commit();
        }
        if (!isDatabaseUrl(location))
            fixSideFilePermissions(location);
        for (std::size_t i = 0; i < plan.scenarios.size(); ++i)
            plan.scenarios[i].storeId = next->scenarios.value(qsizetype(i));
        plan.baseline = std::move(next);
    });
}

StoreStatus PlanStore::replace(Plan &plan, const QString &location)
{
    return guarded(location, true, [&] {
        if (plan.scenarios.empty())
            raise(tr("a plan needs at least one scenario"));
        const QString author = currentUser();
        std::shared_ptr<PlanBaseline> next;
        if (isDatabaseUrl(location)) {
            Connection c(QStringLiteral("QPSQL"));
            openLocation(c, location, true);
            WriteTransaction tx(c.db());
            next = writePlan(c.db(), plan, author, true);
            verifyOrg(c.db());
            tx.commit();
        } else {
            const QFileInfo target(location);
            const QString dir = target.absolutePath();
            {
                FileAccess a = probeFileAccess(location);
                a.fileErrno = 0; // the file is replaced by a rename: only the folder must be writable
                checkWritable(location, a);
                removeStaleTemps(location, a);
            }
            TempFile temp(TempPaths::pathFor(location));
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(temp.path + QString::fromLatin1(suffix));
            {
                Connection c(QStringLiteral("QSQLITE"));
                openSqlite(c, temp.path, true);
                configureSqlite(c.db());
                {
                    WriteTransaction tx(c.db());
                    createSchema(c.db());
                    next = writePlan(c.db(), plan, author, true);
                    verifyOrg(c.db());
                    tx.commit();
                }
                // Fold the WAL into the file so that the rename moves everything.
                execSql(c.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            } // the last connection closes: SQLite removes the -wal file
            syncPath(temp.path, false);
            // Fold the old plan's WAL into it too, so that no stale WAL can pair with the new file.
            if (target.exists()) {
                QFile f(location);
                if (f.open(QIODevice::ReadOnly) && f.read(16).startsWith(QByteArrayLiteral("SQLite format 3"))) {
                    f.close();
                    guarded(location, true, [&] {
                        Connection old(QStringLiteral("QSQLITE"));
                        old.db().setDatabaseName(location);
                        if (old.db().open()) {
                            QSqlQuery q(old.db());
                            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                        }
                    });
                    fixSideFilePermissions(location);
                }
            }
            if (std::rename(QFile::encodeName(temp.path).constData(), QFile::encodeName(location).constData()) != 0) {
                const int error = errno;
                raiseErrno(error, tr("cannot replace %1: %2").arg(location, QString::fromLocal8Bit(std::strerror(error))));
            }
            temp.keep = true;
            syncPath(dir, true);
        }
        for (std::size_t i = 0; i < plan.scenarios.size(); ++i)
            plan.scenarios[i].storeId = next->scenarios.value(qsizetype(i));
        plan.baseline = std::move(next);
    });
}

} // namespace org
