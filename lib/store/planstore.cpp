// SPDX-License-Identifier: MIT
#include "planstore.h"

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

/// RAII transaction: rolled back on destruction unless committed.
class TransactionGuard final
{
public:
    explicit TransactionGuard(QSqlDatabase &db) : m_db(db), m_active(db.transaction()) {}
    ~TransactionGuard()
    {
        if (m_active)
            m_db.rollback();
    }
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;
    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase &m_db;
    bool m_active;
};

/// Thrown inside the store to unwind to the public function with a message.
struct StoreFailure
{
    QString message;
    bool conflict = false;
};

[[noreturn]] void raise(const QString &message, bool conflict = false)
{
    throw StoreFailure{message, conflict};
}

QString sqlError(const QSqlError &e)
{
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.driverText().trimmed();
    return text;
}

void exec(QSqlQuery &q)
{
    if (!q.exec())
        raise(PlanStore::tr("database error: %1").arg(sqlError(q.lastError())));
}

void execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        raise(PlanStore::tr("database error: %1").arg(sqlError(q.lastError())));
}

QSqlQuery prepare(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        raise(PlanStore::tr("database error: %1").arg(sqlError(q.lastError())));
    return q;
}

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

void openSqlite(Connection &c, const QString &path, bool create)
{
    if (!create)
        checkSqliteFile(path);
    QSqlDatabase &db = c.db();
    if (!db.isValid())
        raise(PlanStore::tr("the Qt SQLite driver (QSQLITE) is not installed"));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        raise(PlanStore::tr("cannot open %1: %2").arg(path, sqlError(db.lastError())));
    QSqlQuery q(db);
    if (!create) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()
            || q.value(0).toString() != QLatin1String("ok"))
            raise(PlanStore::tr("%1 is corrupted (%2)")
                      .arg(path, q.isActive() ? q.value(0).toString() : sqlError(q.lastError())));
        q.finish();
    }
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
    if (!db.open())
        raise(PlanStore::tr("cannot connect to %1: %2").arg(location, sqlError(db.lastError())));
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
void ensureCurrentSchema(QSqlDatabase &db, const QString &location)
{
    if (!hasPlanTables(db))
        raise(PlanStore::tr("%1 is not an OrgDesigner plan (no plan tables)").arg(location));
    const std::optional<int> version = readSchemaVersion(db);
    if (!version)
        raise(PlanStore::tr("%1 is not an OrgDesigner plan (no schema version)").arg(location));
    if (*version > PlanStore::schemaVersion)
        raise(PlanStore::tr("%1 was written by a newer version of OrgDesigner (plan schema %2; "
                            "this version reads up to %3); update OrgDesigner to open it")
                  .arg(location).arg(*version).arg(PlanStore::schemaVersion));
    if (*version == PlanStore::schemaVersion)
        return;
    if (*version < 1)
        raise(PlanStore::tr("%1 has an unknown plan schema %2").arg(location).arg(*version));
    TransactionGuard tx(db);
    if (!tx.isActive())
        raise(PlanStore::tr("database error: %1").arg(sqlError(db.lastError())));
    int v = *version;
    if (v == 1) {
        migrate1to2(db);
        v = 2;
    }
    setMeta(db, QStringLiteral("schema_version"), QString::number(v));
    if (!tx.commit())
        raise(PlanStore::tr("database error: %1").arg(sqlError(db.lastError())));
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
            TransactionGuard tx(c.db());
            createSchema(c.db());
            if (!tx.commit())
                raise(PlanStore::tr("database error: %1").arg(sqlError(c.db().lastError())));
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
        TransactionGuard tx(c.db());
        createSchema(c.db());
        if (!tx.commit())
            raise(PlanStore::tr("database error: %1").arg(sqlError(c.db().lastError())));
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
            .arg(id, who).arg(version);
    return PlanStore::tr("position \"%1\" was changed by %2 since the plan was loaded (version %3): %4")
        .arg(id, who).arg(version).arg(what.trimmed());
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
            if (!q.exec())
                raise(PlanStore::tr("cannot add scenario \"%1\": %2").arg(s.name, sqlError(q.lastError())), true);
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
                insertPos.addBindValue(sid);
                insertPos.addBindValue(id);
                insertPos.addBindValue(qint64(v));
                bindContent(insertPos, content);
                insertPos.addBindValue(qint64(1));
                insertPos.addBindValue(author);
                if (!insertPos.exec()) {
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

void syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDWR);
    if (fd < 0)
        raise(PlanStore::tr("cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0 && !directory)
        raise(PlanStore::tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
}

template<class F>
StoreStatus guarded(F &&f)
{
    try {
        f();
        return {};
    } catch (const StoreFailure &e) {
        return StoreStatus::failure(e.message, e.conflict);
    }
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
    guarded([&] {
        Connection c(QStringLiteral("QPSQL"));
        openPg(c, location);
        found = hasPlanTables(c.db());
    });
    return found;
}

std::optional<int> PlanStore::fileSchemaVersion(const QString &path, QString *error)
{
    std::optional<int> version;
    const StoreStatus st = guarded([&] {
        checkSqliteFile(path);
        Connection c(QStringLiteral("QSQLITE"));
        openSqlite(c, path, false);
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

StoreStatus PlanStore::load(const QString &location, Plan &plan)
{
    return guarded([&] {
        Connection c(isDatabaseUrl(location) ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"));
        openLocation(c, location, false);
        readPlan(c.db(), plan);
    });
}

StoreStatus PlanStore::save(Plan &plan, const QString &location, const QString &author)
{
    return guarded([&] {
        if (plan.scenarios.empty())
            raise(tr("a plan needs at least one scenario"));
        Connection c(isDatabaseUrl(location) ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"));
        openLocation(c, location, true);
        TransactionGuard tx(c.db());
        if (!tx.isActive())
            raise(tr("database error: %1").arg(sqlError(c.db().lastError())));
        stampApplicationId(c.db());
        auto next = writePlan(c.db(), plan, author.isEmpty() ? currentUser() : author, false);
        if (!tx.commit())
            raise(tr("cannot save %1: %2").arg(location, sqlError(c.db().lastError())));
        for (std::size_t i = 0; i < plan.scenarios.size(); ++i)
            plan.scenarios[i].storeId = next->scenarios.value(qsizetype(i));
        plan.baseline = std::move(next);
    });
}

StoreStatus PlanStore::replace(Plan &plan, const QString &location)
{
    return guarded([&] {
        if (plan.scenarios.empty())
            raise(tr("a plan needs at least one scenario"));
        const QString author = currentUser();
        std::shared_ptr<PlanBaseline> next;
        if (isDatabaseUrl(location)) {
            Connection c(QStringLiteral("QPSQL"));
            openLocation(c, location, true);
            TransactionGuard tx(c.db());
            next = writePlan(c.db(), plan, author, true);
            if (!tx.commit())
                raise(tr("cannot save %1: %2").arg(location, sqlError(c.db().lastError())));
        } else {
            const QFileInfo target(location);
            const QString dir = target.absolutePath();
            const QString temp = dir + QStringLiteral("/.%1.%2-%3.tmp")
                                           .arg(target.fileName())
                                           .arg(QCoreApplication::applicationPid())
                                           .arg(g_connectionCounter.fetchAndAddRelaxed(1));
            struct TempCleanup
            {
                QString path;
                bool keep = false;
                ~TempCleanup()
                {
                    if (!keep)
                        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                            QFile::remove(path + QString::fromLatin1(suffix));
                }
            } cleanup{temp};
            QFile::remove(temp);
            {
                Connection c(QStringLiteral("QSQLITE"));
                openSqlite(c, temp, true);
                configureSqlite(c.db());
                TransactionGuard tx(c.db());
                createSchema(c.db());
                next = writePlan(c.db(), plan, author, true);
                if (!tx.commit())
                    raise(tr("cannot save %1: %2").arg(location, sqlError(c.db().lastError())));
                // Fold the WAL into the file so that the rename moves everything.
                execSql(c.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            } // the last connection closes: SQLite removes the -wal file
            syncPath(temp, false);
            // Fold the old plan's WAL into it too, so that no stale WAL can pair with the new file.
            if (target.exists()) {
                QFile f(location);
                if (f.open(QIODevice::ReadOnly) && f.read(16).startsWith(QByteArrayLiteral("SQLite format 3"))) {
                    f.close();
                    guarded([&] {
                        Connection old(QStringLiteral("QSQLITE"));
                        old.db().setDatabaseName(location);
                        if (old.db().open()) {
                            QSqlQuery q(old.db());
                            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                        }
                    });
                }
            }
            if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(location).constData()) != 0)
                raise(tr("cannot replace %1: %2").arg(location, QString::fromLocal8Bit(std::strerror(errno))));
            cleanup.keep = true;
            syncPath(dir, true);
        }
        for (std::size_t i = 0; i < plan.scenarios.size(); ++i)
            plan.scenarios[i].storeId = next->scenarios.value(qsizetype(i));
        plan.baseline = std::move(next);
    });
}

} // namespace org
