// SPDX-License-Identifier: MIT
#include "store/csvexporter.h"
#include "store/planstore.h"
#include "storetestutil.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace org;
using namespace org::test;

namespace {

const char *const kSample =
    "id,name,manager_id,role,title,team,product_line,salary,email,assistant,dotted_line,level,note\n"
    "ceo,Li Na,,ceo,Chief Executive,Exec,,90000,li@example.com,,,L9,\"a, quoted \"\"note\"\"\"\n"
    "cto,Wang Wei,ceo,cto,CTO,Tech,,70000,,,,L8,\n"
    "pa,Zhao Min,ceo,staff,Assistant,Exec,,12000,,yes,,L3,\n"
    "m1,张伟,cto,tech_manager,Engineering Manager,Pay,Payments,40000,,,,L6,\"multi\nline\"\n"
    "e1,,m1,engineer,,Pay,Payments,,,,cto,L4,open seat\n"
    "e2,Chen Jie,m1,programmer,Developer,Pay,Payments,20000.5,,,,L3,\n";

} // namespace

TEST(PlanStore, RoundTripKeepsEverything)
{
    TempFiles tmp;
    const Org org = orgFromCsv(QString::fromUtf8(kSample));
    ASSERT_EQ(org.size(), 6);
    Plan plan = planOf(org);
    plan.settings.spanOfControl = 9;
    plan.settings.disabled.insert(QStringLiteral("peer-manager"));
    Role custom = sreRole(QStringLiteral("运维工程师"));
    custom.color = QColor(0x12, 0x34, 0x56);
    plan.roles.upsert(custom);
    Org second = org;
    second.setManager(second.find(QStringLiteral("e2")), second.find(QStringLiteral("cto")));
    plan.scenarios.push_back({QStringLiteral("2027 Q1 reorg"), second, 0});

    const QString path = tmp.path(QStringLiteral("a.orgplan"));
    ASSERT_TRUE(PlanStore::replace(plan, path).ok);
    Plan back;
    const StoreStatus st = PlanStore::load(path, back);
    ASSERT_TRUE(st.ok) << st.error.toStdString();
    ASSERT_EQ(back.scenarios.size(), 2u);
    EXPECT_EQ(back.scenarios[0].name, defaultScenarioName());
    EXPECT_EQ(back.scenarios[1].name, QStringLiteral("2027 Q1 reorg"));
    EXPECT_TRUE(back.scenarios[0].org == org);
    EXPECT_TRUE(back.scenarios[1].org == second);
    EXPECT_EQ(back.settings, plan.settings);
    ASSERT_NE(back.roles.find(QStringLiteral("sre")), nullptr);
    EXPECT_EQ(back.roles.find(QStringLiteral("sre"))->nameZh, custom.nameZh);
    EXPECT_EQ(back.roles.find(QStringLiteral("sre"))->color, custom.color);
    EXPECT_EQ(PlanStore::fileSchemaVersion(path), PlanStore::schemaVersion);
}

TEST(PlanStore, IncrementalSavesKeepReportOrder)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("b.orgplan"));
    Plan loaded = writtenAndLoaded(planOf(orgFromCsv(QString::fromUtf8(kSample))), path);
    ASSERT_EQ(loaded.scenarios.size(), 1u);
    Org &o = loaded.scenarios[0].org;
    o.setManager(o.find(QStringLiteral("e1")), o.find(QStringLiteral("cto")));
    Position p = o.position(o.find(QStringLiteral("cto")));
    p.role = QStringLiteral("tech_director");
    o.setPosition(o.find(QStringLiteral("cto")), p);
    o.removePosition(o.find(QStringLiteral("pa")));
    Position n;
    n.id = QStringLiteral("new");
    n.role = QStringLiteral("architect");
    o.setManager(o.addPosition(n), o.find(QStringLiteral("m1")));
    const Org expected = o; // `o` dangles once the scenario list grows
    loaded.scenarios.push_back({QStringLiteral("copy"), expected, 0});
    const StoreStatus st = PlanStore::save(loaded, path);
    ASSERT_TRUE(st.ok) << st.error.toStdString();
    Plan again;
    ASSERT_TRUE(PlanStore::load(path, again).ok);
    ASSERT_EQ(again.scenarios.size(), 2u);
    EXPECT_TRUE(again.scenarios[0].org == expected) << test::dump(again.scenarios[0].org) << "\n---\n" << test::dump(expected);
    EXPECT_TRUE(again.scenarios[1].org == expected) << test::dump(again.scenarios[1].org);
    const Org &a = again.scenarios[0].org;
    EXPECT_EQ(a.reports(a.find(QStringLiteral("cto"))), expected.reports(expected.find(QStringLiteral("cto"))));
    // Saving again without changes writes nothing and still succeeds.
    EXPECT_TRUE(PlanStore::save(again, path).ok);
}

TEST(PlanStore, MigratesSchema1)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("v1.orgplan"));
    // The layout of OrgDesigner 0.1 plans: one org, the manager in a column.
    execRaw(path, {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO meta VALUES ('schema_version', '1'), ('rule_settings', 'span=7')"),
        QStringLiteral("CREATE TABLE roles (ord INTEGER NOT NULL, key TEXT PRIMARY KEY, name_en TEXT, name_zh TEXT,"
                       " rank INTEGER, technical INTEGER NOT NULL, color TEXT, duties_en TEXT, duties_zh TEXT,"
                       " aliases TEXT, monthly_cost DOUBLE PRECISION)"),
        QStringLiteral("CREATE TABLE positions (id TEXT PRIMARY KEY, ord INTEGER, name TEXT, role TEXT, title TEXT,"
                       " team TEXT, product_line TEXT, email TEXT, salary REAL, manager_id TEXT, assistant INTEGER)"),
        QStringLiteral("INSERT INTO positions VALUES ('b', 1, 'Bo', 'tech_manager', 'EM', 'T', 'PL', '', 30000, 'a', 0)"),
        QStringLiteral("INSERT INTO positions VALUES ('a', 0, 'Ann', 'cto', 'CTO', 'T', '', '', NULL, NULL, 0)"),
        QStringLiteral("INSERT INTO positions VALUES ('c', 2, '', 'engineer', '', 'T', 'PL', '', NULL, 'b', 0)"),
    });
    Plan plan;
    const StoreStatus st = PlanStore::load(path, plan);
    ASSERT_TRUE(st.ok) << st.error.toStdString();
    ASSERT_EQ(plan.scenarios.size(), 1u);
    const Org &o = plan.scenarios[0].org;
    ASSERT_EQ(o.size(), 3);
    EXPECT_EQ(o.position(0).id, QStringLiteral("a"));
    EXPECT_EQ(o.manager(o.find(QStringLiteral("b"))), o.find(QStringLiteral("a")));
    EXPECT_EQ(o.manager(o.find(QStringLiteral("c"))), o.find(QStringLiteral("b")));
    EXPECT_TRUE(o.position(o.find(QStringLiteral("c"))).isOpen());
    EXPECT_EQ(o.position(1).salary(), 30000.0);
    EXPECT_EQ(PlanStore::fileSchemaVersion(path), 3); // (the first save writes schema 4)
    // A migrated plan saves like any other.
    plan.scenarios.push_back({QStringLiteral("next"), o, 0});
    EXPECT_TRUE(PlanStore::save(plan, path).ok);
    EXPECT_EQ(PlanStore::fileSchemaVersion(path), PlanStore::schemaVersion);
}

TEST(PlanStore, RefusesNewerSchemaWithoutTouchingIt)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("new.orgplan"));
    Plan plan = planOf(orgFromCsv(QString::fromUtf8(kSample)));
    ASSERT_TRUE(PlanStore::replace(plan, path).ok);
    execRaw(path, {QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")});
    expectRefusedAsIs(path, plan, QStringLiteral("newer version"));
}

TEST(PlanStore, RefusesTruncatedCorruptedAndForeignFiles)
{
    TempFiles tmp;
    Plan plan = planOf(orgFromCsv(QString::fromUtf8(kSample)));
    const QString good = tmp.path(QStringLiteral("good.orgplan"));
    ASSERT_TRUE(PlanStore::replace(plan, good).ok);
    QFile f(good);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    f.close();
    ASSERT_GT(bytes.size(), 8192);

    QByteArray corrupted = bytes;
    for (qsizetype i = 4096; i < 4096 + 4000; ++i)
        corrupted[i] = char(0xA5);
    const std::vector<std::pair<QString, QByteArray>> cases{
        {QStringLiteral("truncated-odd.orgplan"), bytes.left(bytes.size() / 2 + 17)},
        {QStringLiteral("truncated-page.orgplan"), bytes.left(4096)},
        {QStringLiteral("truncated-header.orgplan"), bytes.left(50)},
        {QStringLiteral("corrupted.orgplan"), corrupted},
        {QStringLiteral("csv.orgplan"), QByteArray("id,name\n1,a\n")},
        {QStringLiteral("empty.orgplan"), QByteArray()},
        {QStringLiteral("binary.orgplan"), QByteArray(5000, '\x01')},
    };
    for (const auto &[name, content] : cases)
        expectRefusedAsIs(tmp.write(name, content), plan, QString());
    // An SQLite database that is not a plan.
    const QString foreign = tmp.path(QStringLiteral("foreign.orgplan"));
    execRaw(foreign, {QStringLiteral("CREATE TABLE t (x INTEGER)")});
    expectRefusedAsIs(foreign, plan, QStringLiteral("not an OrgDesigner plan"));
    // A missing file.
    Plan p;
    EXPECT_FALSE(PlanStore::load(tmp.path(QStringLiteral("missing.orgplan")), p).ok);
    EXPECT_FALSE(QFile::exists(tmp.path(QStringLiteral("missing.orgplan"))));
}

// Every plan carries our SQLite application id (the MIME magic of .orgplan files), whether it
// was written whole or saved incrementally over a plan from before the id; a database of
// another application is refused by name and left alone.
TEST(PlanStore, StampsApplicationIdAndRefusesOtherApplications)
{
    TempFiles tmp;
    const auto appIdOf = [](const QString &path) {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(72);
        EXPECT_EQ(head.size(), 72);
        return qint32((quint32(quint8(head[68])) << 24) | (quint32(quint8(head[69])) << 16)
                      | (quint32(quint8(head[70])) << 8) | quint32(quint8(head[71])));
    };
    Plan plan = planOf(orgFromCsv(QString::fromUtf8(kSample)));
    const QString whole = tmp.path(QStringLiteral("whole.orgplan"));
    ASSERT_TRUE(PlanStore::replace(plan, whole).ok);
    EXPECT_EQ(appIdOf(whole), PlanStore::applicationId);
    EXPECT_EQ(PlanStore::applicationId, 0x4F726744);

    const QString incremental = tmp.path(QStringLiteral("incremental.orgplan"));
    Plan second = planOf(orgFromCsv(QString::fromUtf8(kSample)));
    ASSERT_TRUE(PlanStore::save(second, incremental).ok);
    EXPECT_EQ(appIdOf(incremental), PlanStore::applicationId);
    // A plan from before the id (0) still opens, and its next save stamps it.
    execRaw(incremental, {QStringLiteral("PRAGMA application_id=0")});
    ASSERT_EQ(appIdOf(incremental), 0);
    Plan old;
    ASSERT_TRUE(PlanStore::load(incremental, old).ok);
    ASSERT_TRUE(PlanStore::save(old, incremental).ok);
    EXPECT_EQ(appIdOf(incremental), PlanStore::applicationId);

    const QString foreign = tmp.path(QStringLiteral("foreign.orgplan"));
    ASSERT_TRUE(QFile::copy(whole, foreign));
    execRaw(foreign, {QStringLiteral("PRAGMA application_id=1234")});
    expectRefusedAsIs(foreign, plan, QStringLiteral("another application"));
}

TEST(PlanStore, ReplaceOverwritesAtomically)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("r.orgplan"));
    Plan a = planOf(orgFromCsv(QString::fromUtf8(kSample)));
    ASSERT_TRUE(PlanStore::replace(a, path).ok);
    Plan b = planOf(orgFromCsv(QStringLiteral("id,name,manager_id,role\n1,X,,cto\n")));
    ASSERT_TRUE(PlanStore::replace(b, path).ok);
    Plan back;
    ASSERT_TRUE(PlanStore::load(path, back).ok);
    EXPECT_TRUE(back.scenarios[0].org == b.scenarios[0].org);
    const QStringList leftovers = QDir(tmp.path(QString())).entryList(QStringList{QStringLiteral("*.tmp")},
                                                                      QDir::Files | QDir::Hidden);
    EXPECT_TRUE(leftovers.isEmpty());
}

namespace {

bool exists(const QString &path)
{
    return QFileInfo::exists(path);
}

/// Permission bits of a file, or -1.
int modeOf(const QString &path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

// Issue 12: reading a plan that cannot be written works, and creates no
// -wal/-shm files (which SQLite would give the plan's read-only permissions).
TEST(PlanStore, ReadOnlyPlansAreReadWithoutSideFiles)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("ro.orgplan"));
    Plan plan = planOf(orgFromCsv(QString::fromUtf8(kSample)));
    ASSERT_TRUE(PlanStore::replace(plan, path).ok);
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray hash = fileHash(path);
    Plan back;
    StoreStatus st = PlanStore::load(path, back, PlanStore::Access::ReadOnly);
    ASSERT_TRUE(st.ok) << st.error.toStdString();
    EXPECT_TRUE(back.scenarios[0].org == plan.scenarios[0].org);
    EXPECT_FALSE(exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(exists(path + QStringLiteral("-shm")));
    EXPECT_EQ(fileHash(path), hash);

    if (::geteuid() != 0) { // root ignores permission bits
        st = PlanStore::load(path, back);
        ASSERT_TRUE(st.ok) << st.error.toStdString();
        EXPECT_FALSE(exists(path + QStringLiteral("-shm")));
        st = PlanStore::save(back, path);
        EXPECT_FALSE(st.ok);
        EXPECT_EQ(st.kind, StoreError::ReadOnly) << st.error.toStdString();
        EXPECT_TRUE(st.error.contains(QStringLiteral("read-only"))) << st.error.toStdString();
        EXPECT_FALSE(exists(path + QStringLiteral("-shm")));
        // A read-only folder: read, never called corrupted; saving names the folder.
        ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QString dir = QFileInfo(path).absolutePath();
        ASSERT_TRUE(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        st = PlanStore::load(path, back);
        EXPECT_TRUE(st.ok) << st.error.toStdString();
        st = PlanStore::save(back, path);
        EXPECT_EQ(st.kind, StoreError::PermissionDenied) << st.error.toStdString();
        EXPECT_TRUE(st.error.contains(QStringLiteral("folder"))) << st.error.toStdString();
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

// Schema 4 only adds the save id, which the first save writes: a schema-3 plan is read as
// it is (read-only or not: opening writes nothing), while an older one still needs its
// upgrade to be read where it cannot be written.
TEST(PlanStore, ASchema3PlanIsReadWithoutAnUpgrade)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("v3.orgplan"));
    Plan plan = planOf(orgFromCsv(QString::fromUtf8(kSample)));
    ASSERT_TRUE(PlanStore::replace(plan, path).ok);
    execRaw(path, {QStringLiteral("DELETE FROM meta WHERE key = 'save_id'"),
                   QStringLiteral("UPDATE meta SET value = '3' WHERE key = 'schema_version'")});
    const QByteArray hash = fileHash(path);
    Plan back;
    StoreStatus st = PlanStore::load(path, back, PlanStore::Access::ReadOnly);
    ASSERT_TRUE(st.ok) << st.error.toStdString();
    EXPECT_TRUE(back.scenarios[0].org == plan.scenarios[0].org);
    EXPECT_EQ(PlanStore::fileSchemaVersion(path), 3);
    EXPECT_EQ(fileHash(path), hash);
    st = PlanStore::load(path, back);
    ASSERT_TRUE(st.ok) << st.error.toStdString();
    EXPECT_EQ(PlanStore::fileSchemaVersion(path), 3);
    ASSERT_TRUE(PlanStore::save(back, path).ok);
    EXPECT_EQ(PlanStore::fileSchemaVersion(path), 4);

    execRaw(path, {QStringLiteral("UPDATE meta SET value = '2' WHERE key = 'schema_version'")});
    st = PlanStore::load(path, back, PlanStore::Access::ReadOnly);
    EXPECT_FALSE(st.ok);
    EXPECT_EQ(st.kind, StoreError::ReadOnly) << st.error.toStdString();
    EXPECT_TRUE(st.error.contains(QStringLiteral("older version"))) << st.error.toStdString();
}

// Issue 12: -wal/-shm files made while a plan was read-only (SQLite copies the
// plan's permissions) kept blocking writes after `chmod u+w`.
TEST(PlanStore, SideFilesNeverBlockLaterWrites)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan plan = planOf(orgFromCsv(QString::fromUtf8(kSample)));
    ASSERT_TRUE(PlanStore::replace(plan, path).ok);
    // Leftovers of an older version: read-only side files next to a read-only plan.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("side"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM positions")));
        ASSERT_TRUE(QFile::exists(path + QStringLiteral("-shm")));
        QFile::setPermissions(path + QStringLiteral("-shm"), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(path + QStringLiteral("-wal"), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        q.finish();
        // keep the files: a crash would leave them
        QFile::copy(path + QStringLiteral("-shm"), path + QStringLiteral(".shm-copy"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("side"));
    if (!exists(path + QStringLiteral("-shm"))) {
        QFile::copy(path + QStringLiteral(".shm-copy"), path + QStringLiteral("-shm"));
        QFile::setPermissions(path + QStringLiteral("-shm"), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    Plan back;
    StoreStatus st = PlanStore::load(path, back);
    ASSERT_TRUE(st.ok) << st.error.toStdString();
    for (const char *suffix : {"-wal", "-shm"})
        if (exists(path + QLatin1String(suffix))) {
            EXPECT_TRUE(modeOf(path + QLatin1String(suffix)) & S_IWUSR) << suffix << " is read-only";
        }
    // chmod u+w: saving works again.
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    Org &o = back.scenarios[0].org;
    Position p = o.position(o.find(QStringLiteral("e2")));
    p.title = QStringLiteral("Senior Developer");
    o.setPosition(o.find(QStringLiteral("e2")), p);
    st = PlanStore::save(back, path);
    ASSERT_TRUE(st.ok) << st.error.toStdString();
    for (const char *suffix : {"-wal", "-shm"})
        if (exists(path + QLatin1String(suffix))) {
            EXPECT_TRUE(modeOf(path + QLatin1String(suffix)) & S_IWUSR) << suffix << " is read-only";
        }
}

// Issue 12: temporary files of processes that died (SIGKILL, power loss) are
// removed at the next open; those of running processes are left alone.
// A plan saved into a folder that does not exist says so (not "permission denied").
TEST(PlanStore, SaveIntoAMissingFolderSaysTheFolderIsMissing)
{
    TempFiles tmp;
    Plan plan = planOf(orgFromCsv(QString::fromUtf8(kSample)));
    const QString path = tmp.path(QStringLiteral("no-such-folder/p.orgplan"));
    for (const bool whole : {false, true}) {
        const StoreStatus st = whole ? PlanStore::replace(plan, path) : PlanStore::save(plan, path);
        EXPECT_FALSE(st.ok);
        EXPECT_TRUE(st.error.contains(QStringLiteral("does not exist"))) << st.error.toStdString();
        EXPECT_FALSE(st.error.contains(QStringLiteral("permission"))) << st.error.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(tmp.path(QStringLiteral("no-such-folder"))));
}

TEST(PlanStore, StaleTemporaryFilesAreRemovedAtOpen)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    Plan plan = planOf(orgFromCsv(QString::fromUtf8(kSample)));
    ASSERT_TRUE(PlanStore::replace(plan, path).ok);
    const QString dead = tmp.write(QStringLiteral(".p.orgplan.2147483646-3.tmp"), "x");
    const QString deadWal = tmp.write(QStringLiteral(".p.orgplan.2147483646-3.tmp-wal"), "x");
    const QString alive = tmp.write(QStringLiteral(".p.orgplan.%1-0.tmp").arg(::getppid()), "x");
    const QString other = tmp.write(QStringLiteral(".q.orgplan.2147483646-3.tmp"), "x");
    Plan back;
    ASSERT_TRUE(PlanStore::load(path, back).ok);
    EXPECT_FALSE(exists(dead));
    EXPECT_FALSE(exists(deadWal));
    EXPECT_TRUE(exists(alive));
    EXPECT_TRUE(exists(other));
}

// Issue 12: a save re-checks the whole org in the database before it commits:
// crossing moves from two stale copies pass their row versions, not the check.
TEST(PlanStore, CrossingSavesCannotWriteACycle)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("p.orgplan"));
    TwoClients clients = twoClients(planOf(orgFromCsv(QString::fromUtf8(kSample))), path);
    expectCrossingMovesRefused(path, clients, QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("m1"));
}
