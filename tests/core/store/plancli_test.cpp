// SPDX-License-Identifier: MIT
// The plan commands of orgdesigner-cli, end to end.
#include "rules/ruleengine.h"
#include "store/planstore.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>

using namespace org;
using namespace org::test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// What `validate PLAN [--scenario NAME]` must exit with: 1 with rule errors, else 0.
int expectedValidateExit(const QString &plan, const QString &scenario = {})
{
    Plan p;
    const StoreStatus st = PlanStore::load(plan, p);
    if (!st) {
        ADD_FAILURE() << st.error.toStdString();
        return -100;
    }
    const int i = scenario.isEmpty() ? 0 : p.indexOf(scenario);
    if (i < 0) {
        ADD_FAILURE() << "no scenario " << scenario.toStdString();
        return -100;
    }
    const RuleEngine engine(p.roles, p.settings);
    for (const Problem &problem : engine.check(p.scenarios[std::size_t(i)].org))
        if (problem.severity == Severity::Error)
            return 1;
    return 0;
}

/// Temporary files of atomic writes left in a folder (`.NAME.PID-N.tmp…`).
QStringList tempLeftovers(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".*.tmp*")}, QDir::Files | QDir::Hidden | QDir::System);
}

/// CSV text of an org with `n` positions (a CTO, two managers, engineers).
QByteArray bigCsv(int n)
{
    QByteArray csv = "id,name,manager_id,role,title,team\n0,Root,,cto,Boss,T\n1,One,0,tech_manager,EM,T\n"
                     "2,Two,0,tech_manager,EM,T\n";
    for (int i = 3; i < n; ++i)
        csv += QByteArray::number(i) + ",Person " + QByteArray::number(i) + "," + QByteArray::number(1 + i % 2)
               + ",engineer,Engineer " + QByteArray::number(i) + ",T\n";
    return csv;
}

/// Runs the CLI with a file size limit (RLIMIT_FSIZE, SIGXFSZ ignored): every
/// write past `bytes` fails with EFBIG as on a full disk, also when run as root.
CliRun runCliWithFileSizeLimit(const QStringList &args, rlim_t bytes)
{
    return runCli(args, [bytes] {
        struct rlimit limit{bytes, bytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        ::signal(SIGXFSZ, SIG_IGN);
    });
}

} // namespace

// Acceptance: import each public CSV, copy a scenario, move a person, and the
// diff shows exactly that move with the headcount delta.
TEST(PlanCli, ImportCopyMoveDiffOnPublicData)
{
    TempFiles tmp;
    for (const QString &name : QDir(publicData(QString())).entryList({QStringLiteral("*.csv")})) {
        SCOPED_TRACE(name.toStdString());
        const QString plan = tmp.path(name + QStringLiteral(".orgplan"));
        CliRun r = runCli({QStringLiteral("import"), publicData(name), QStringLiteral("-o"), plan,
                           QStringLiteral("--infer-roles")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = runCli({QStringLiteral("scenarios"), plan, QStringLiteral("--copy"), QStringLiteral("Current"),
                    QStringLiteral("--as"), QStringLiteral("Reorg")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = runCli({QStringLiteral("scenarios"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonArray scenarios = json(r.out)[QStringLiteral("scenarios")].toArray();
        ASSERT_EQ(scenarios.size(), 2);
        EXPECT_EQ(scenarios[1].toObject()[QStringLiteral("name")].toString(), QStringLiteral("Reorg"));
        const int positions = scenarios[0].toObject()[QStringLiteral("positions")].toInt();
        EXPECT_EQ(scenarios[1].toObject()[QStringLiteral("positions")].toInt(), positions);

        // Move the last position under the first root (a leaf: never a cycle).
        Plan p;
        ASSERT_TRUE(PlanStore::load(plan, p).ok);
        const Org &o = p.scenarios[0].org;
        Org::Vertex leaf = Org::Vertex(o.size() - 1);
        while (o.reportCount(leaf) > 0 || o.manager(leaf) == o.roots().front())
            --leaf;
        const QString id = o.position(leaf).id;
        const QString from = o.position(o.manager(leaf)).id;
        const QString to = o.position(o.roots().front()).id;
        // --keep-team: a plain move, no team change in the diff.
        r = runCli({QStringLiteral("move"), plan, QStringLiteral("--scenario"), QStringLiteral("Reorg"), id,
                    QStringLiteral("--to"), to, QStringLiteral("--keep-team")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = runCli({QStringLiteral("diff"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject d = json(r.out);
        const QJsonArray changes = d[QStringLiteral("changes")].toArray();
        ASSERT_EQ(changes.size(), 1) << r.out.toStdString();
        const QJsonObject c = changes[0].toObject();
        EXPECT_EQ(c[QStringLiteral("kind")].toString(), QStringLiteral("moved"));
        EXPECT_EQ(c[QStringLiteral("position")].toString(), id);
        EXPECT_EQ(c[QStringLiteral("from")].toString(), from);
        EXPECT_EQ(c[QStringLiteral("to")].toString(), to);
        EXPECT_EQ(d[QStringLiteral("delta")][QStringLiteral("headcount")].toInt(), 0);
        // Text form too.
        r = runCli({QStringLiteral("diff"), plan, QStringLiteral("Current"), QStringLiteral("Reorg")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("moved"))) << r.out.toStdString();
        // Other commands read plans through OrgLoader.
        r = runCli({QStringLiteral("validate"), plan, QStringLiteral("--scenario"), QStringLiteral("Reorg")});
        EXPECT_EQ(r.exitCode, expectedValidateExit(plan, QStringLiteral("Reorg"))) << r.err.toStdString();
        r = runCli({QStringLiteral("stats"), plan});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
}

TEST(PlanCli, ImportNeverOverwritesWithoutForce)
{
    TempFiles tmp;
    const QString csv = tmp.write(QStringLiteral("a.csv"), "id,name,manager_id,role\n1,A,,cto\n2,B,1,engineer\n");
    const QString plan = tmp.path(QStringLiteral("a.orgplan"));
    ASSERT_EQ(runCli({QStringLiteral("import"), csv, QStringLiteral("-o"), plan}).exitCode, 0);
    const QByteArray before = fileBytes(plan);
    const QString other = tmp.write(QStringLiteral("b.csv"), "id,name,manager_id,role\n9,Z,,ceo\n");
    CliRun r = runCli({QStringLiteral("import"), other, QStringLiteral("-o"), plan});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--force"))) << r.err.toStdString();
    EXPECT_EQ(fileBytes(plan), before);
    r = runCli({QStringLiteral("import"), other, QStringLiteral("-o"), plan, QStringLiteral("--force"),
                QStringLiteral("--scenario"), QStringLiteral("Fresh")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("scenarios"), plan});
    EXPECT_TRUE(r.out.contains(QStringLiteral("Fresh: 1 position"))) << r.out.toStdString();
    // A broken input changes nothing either.
    const QByteArray now = fileBytes(plan);
    const QString bad = tmp.write(QStringLiteral("bad.csv"), "id,name,manager_id,role\n1,A,,nope\n");
    EXPECT_EQ(runCli({QStringLiteral("import"), bad, QStringLiteral("-o"), plan, QStringLiteral("--force")}).exitCode, 2);
    EXPECT_EQ(fileBytes(plan), now);
}

TEST(PlanCli, RefusesCyclesUnknownIdsAndBrokenPlans)
{
    TempFiles tmp;
    const QString csv = tmp.write(QStringLiteral("a.csv"), "id,name,manager_id,role\n1,A,,cto\n2,B,1,tech_manager\n3,C,2,engineer\n");
    const QString plan = tmp.path(QStringLiteral("a.orgplan"));
    ASSERT_EQ(runCli({QStringLiteral("import"), csv, QStringLiteral("-o"), plan}).exitCode, 0);
    CliRun r = runCli({QStringLiteral("move"), plan, QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("3")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cycle"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("(1)")) && r.err.contains(QStringLiteral("(3)"))) << r.err.toStdString();
    r = runCli({QStringLiteral("set-role"), plan, QStringLiteral("3"), QStringLiteral("Architect")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("set-role"), plan, QStringLiteral("3"), QStringLiteral("wizard")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("tech_manager"))) << r.err.toStdString();
    r = runCli({QStringLiteral("export-csv"), plan, QStringLiteral("-o"), tmp.path(QStringLiteral("out.csv"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(fileBytes(tmp.path(QStringLiteral("out.csv"))).contains("3,C,2,architect"));

    const QString truncated = tmp.write(QStringLiteral("t.orgplan"), fileBytes(plan).left(1000));
    for (const QString &cmd : {QStringLiteral("validate"), QStringLiteral("scenarios"), QStringLiteral("diff")}) {
        r = runCli({cmd, truncated});
        EXPECT_EQ(r.exitCode, 2) << cmd.toStdString();
        EXPECT_FALSE(r.err.isEmpty());
    }
    r = runCli({QStringLiteral("move"), truncated, QStringLiteral("3"), QStringLiteral("--to"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(fileBytes(truncated), fileBytes(plan).left(1000));
}

// Issue 12: two processes moving two leaves under each other at the same time
// each passed their row-version checks and together wrote a reporting cycle,
// after which the plan never opened again. Every save now re-checks the whole
// org inside its write transaction: one of the crossing moves lands, the other
// is refused (exit 2), and the plan always opens.
TEST(PlanCli, ConcurrentCrossingMovesNeverBreakThePlan)
{
    TempFiles tmp;
    const QString plan = tmp.path(QStringLiteral("p.orgplan"));
    CliRun r = runCli({QStringLiteral("import"), QStringLiteral(ORG_SAMPLES "/sample_org.csv"), QStringLiteral("-o"), plan});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    Plan before;
    ASSERT_TRUE(PlanStore::load(plan, before).ok);
    QStringList leaves;
    const Org &o = before.scenarios[0].org;
    for (Org::Vertex v = 0; v < Org::Vertex(o.size()) && leaves.size() < 5; ++v)
        if (o.reportCount(v) == 0 && o.manager(v) != Org::npos)
            leaves << o.position(v).id;
    ASSERT_EQ(leaves.size(), 5);

    for (int round = 0; round < 2; ++round) {
        SCOPED_TRACE(round);
        // 20 processes: leaf i under leaf i+1 and leaf i+1 under leaf i (pairs and a ring).
        std::vector<std::unique_ptr<QProcess>> procs;
        QStringList what;
        for (int k = 0; k < 20; ++k) {
            const QString a = leaves[k % 5], b = leaves[(k + 1) % 5];
            const bool forward = (k / 5) % 2 == 0;
            const QString id = forward ? a : b, to = forward ? b : a;
            auto p = std::make_unique<QProcess>();
            p->start(QStringLiteral(ORG_CLI_PATH), {QStringLiteral("move"), plan, id, QStringLiteral("--to"), to});
            what << id + QStringLiteral(" → ") + to;
            procs.push_back(std::move(p));
        }
        int landed = 0, refused = 0;
        for (std::size_t k = 0; k < procs.size(); ++k) {
            QProcess &p = *procs[k];
            ASSERT_TRUE(p.waitForFinished(120000)) << what[int(k)].toStdString();
            const QString err = QString::fromUtf8(p.readAllStandardError());
            ASSERT_EQ(p.exitStatus(), QProcess::NormalExit) << what[int(k)].toStdString() << ": " << err.toStdString();
            const int code = p.exitCode();
            if (code == 0 || code == 1) {
                ++landed;
            } else {
                ASSERT_EQ(code, 2) << what[int(k)].toStdString() << ": " << err.toStdString();
                // Refused for the cycle (seen at load or at save) or a changed row, nothing else.
                EXPECT_TRUE(err.contains(QStringLiteral("cycle")) || err.contains(QStringLiteral("another user"))) << what[int(k)].toStdString() << ": " << err.toStdString();
                ++refused;
            }
        }
        EXPECT_GE(landed, 1);
        std::printf("round %d: %d moves landed, %d refused\n", round, landed, refused);
        Plan after;
        const StoreStatus st = PlanStore::load(plan, after);
        ASSERT_TRUE(st.ok) << st.error.toStdString();
        EXPECT_TRUE(after.scenarios[0].org.findCycle().isEmpty());
        EXPECT_EQ(after.scenarios[0].org.size(), o.size());
        r = runCli({QStringLiteral("validate"), plan});
        EXPECT_EQ(r.exitCode, expectedValidateExit(plan)) << r.err.toStdString();
    }
}

// Issue 12: a full disk during `import --force` was reported as "another user
// changed it meanwhile". Simulated with a file size limit (works as root too).
TEST(PlanCli, FullDiskIsCalledAFullDisk)
{
    TempFiles tmp;
    const QString small = tmp.write(QStringLiteral("small.csv"), bigCsv(5));
    const QString big = tmp.write(QStringLiteral("big.csv"), bigCsv(3000));
    const QString plan = tmp.path(QStringLiteral("p.orgplan"));
    ASSERT_EQ(runCli({QStringLiteral("import"), small, QStringLiteral("-o"), plan}).exitCode, 0);
    const QByteArray before = fileBytes(plan);
    const QString folder = QFileInfo(plan).absolutePath();

    CliRun r = runCliWithFileSizeLimit({QStringLiteral("import"), big, QStringLiteral("-o"), plan,
                                        QStringLiteral("--force")}, 64 * 1024);
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("disk is full"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("another user"))) << r.err.toStdString();
    EXPECT_EQ(fileBytes(plan), before);
    EXPECT_EQ(tempLeftovers(folder), QStringList());

    // A save into the plan itself: SQLite cannot even make its -shm file.
    r = runCliWithFileSizeLimit({QStringLiteral("move"), plan, QStringLiteral("4"), QStringLiteral("--to"),
                                 QStringLiteral("2")}, 4096);
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("disk is full"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("corrupt"))) << r.err.toStdString();
    EXPECT_EQ(fileBytes(plan), before);

    // Reading needs no space: validate, stats and export still work.
    r = runCliWithFileSizeLimit({QStringLiteral("validate"), plan}, 4096);
    EXPECT_EQ(r.exitCode, expectedValidateExit(plan)) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("corrupt"))) << r.err.toStdString();
    r = runCliWithFileSizeLimit({QStringLiteral("stats"), plan}, 4096);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(fileBytes(plan), before);

    // Without the limit everything works again.
    r = runCli({QStringLiteral("move"), plan, QStringLiteral("4"), QStringLiteral("--to"), QStringLiteral("2")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

// Issue 12: SIGTERM during an import left the whole temporary plan behind.
TEST(PlanCli, SigtermDuringImportLeavesNoTemporaryFiles)
{
    TempFiles tmp;
    const QString folder = QFileInfo(tmp.path(QStringLiteral("x"))).absolutePath();
    int landed = 0;
    for (int attempt = 0; attempt < 4 && landed == 0; ++attempt) {
        const QString csv = tmp.write(QStringLiteral("big.csv"), bigCsv(60000 * (attempt + 1)));
        const QString plan = tmp.path(QStringLiteral("big.orgplan"));
        QProcess p;
        p.start(QStringLiteral(ORG_CLI_PATH), {QStringLiteral("import"), csv, QStringLiteral("-o"), plan,
                                              QStringLiteral("--force")});
        ASSERT_TRUE(p.waitForStarted());
        // Wait for the temporary plan to appear, then stop the import.
        for (int i = 0; i < 60000 && p.state() != QProcess::NotRunning && tempLeftovers(folder).isEmpty(); ++i)
            QThread::usleep(500);
        QThread::msleep(20);
        p.terminate(); // SIGTERM
        ASSERT_TRUE(p.waitForFinished(60000));
        if (p.exitStatus() == QProcess::CrashExit)
            ++landed;
        EXPECT_EQ(tempLeftovers(folder), QStringList()) << "attempt " << attempt;
    }
    EXPECT_GE(landed, 1) << "the import always finished before SIGTERM";
}
