// SPDX-License-Identifier: MIT
// orgdesigner-cli apply: a change file applied to a plan in file order, all or nothing.
#include "edit/document.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

const QByteArray kOrg = "id,name,manager_id,role,team,product_line\n"
                        "cto,Ma Chao,,cto,Tech,\n"
                        "m1,Xu Tao,cto,tech_manager,Pay,Payments\n"
                        "m2,Li Na,cto,tech_manager,Search,Search\n"
                        "e1,Eng One,m1,engineer,Pay,Payments\n"
                        "e2,Eng Two,m1,engineer,Pay,Payments\n"
                        "e3,Eng Three,m2,engineer,Search,Search\n";

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// A plan imported from kOrg in `t`.
QString makePlan(TempFiles &t)
{
    const QString csv = t.write(QStringLiteral("org.csv"), kOrg);
    const QString plan = t.path(QStringLiteral("org.orgplan"));
    const CliRun r = runCli({QStringLiteral("import"), csv, QStringLiteral("-o"), plan});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return plan;
}

Org openOrg(const QString &plan)
{
    Document doc;
    doc.setAutosaveInterval(0);
    QString error;
    EXPECT_TRUE(doc.open(plan, &error)) << error.toStdString();
    return doc.org();
}

} // namespace

TEST(CliApply, AppliesMovesRolesAndNewPositionsInFileOrder)
{
    TempFiles t;
    const QString plan = makePlan(t);
    // 上级工号 / 角色: import's aliases. e1 moves (its team and line stay), e3 becomes an
    // architect, n1 is new under m2 (a row may name a position added by an earlier row),
    // m2 becomes a root.
    const QString changes = t.write(QStringLiteral("changes.csv"), "id,上级工号,角色\n"
                                                                   "e1,m2,\n"
                                                                   "e3,,architect\n"
                                                                   "n1,m2,programmer\n"
                                                                   "n2,n1,programmer\n"
                                                                   "e3,m2,\n"
                                                                   "m2,,\n");
    const CliRun r = runCli({QStringLiteral("apply"), plan, changes});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("rows applied: 6"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral(": 8 positions, 2 open"))) << r.out.toStdString();
    const Org org = openOrg(plan);
    EXPECT_EQ(managerOf(org, "e1"), QStringLiteral("m2"));
    EXPECT_EQ(org.position(org.find(QStringLiteral("e1"))).team, QStringLiteral("Pay")); // not carried
    EXPECT_EQ(org.position(org.find(QStringLiteral("e1"))).productLine, QStringLiteral("Payments"));
    EXPECT_EQ(org.position(org.find(QStringLiteral("e3"))).role, QStringLiteral("architect"));
    EXPECT_EQ(managerOf(org, "e3"), QStringLiteral("m2"));
    EXPECT_EQ(managerOf(org, "n1"), QStringLiteral("m2"));
    EXPECT_EQ(managerOf(org, "n2"), QStringLiteral("n1"));
    EXPECT_EQ(org.position(org.find(QStringLiteral("n2"))).role, QStringLiteral("programmer"));
    EXPECT_EQ(managerOf(org, "m2"), QString());
}

TEST(CliApply, ChangesExactlyTheColumnsTheFileHas)
{
    TempFiles t;
    const QString plan = makePlan(t);
    const QString changes = t.write(QStringLiteral("changes.csv"), "id,team,name\n"
                                                                   "e2,Search,\n");
    const CliRun r = runCli({QStringLiteral("apply"), plan, changes});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const Org org = openOrg(plan);
    const Position &e2 = org.position(org.find(QStringLiteral("e2")));
    EXPECT_EQ(e2.team, QStringLiteral("Search"));
    EXPECT_TRUE(e2.isOpen()); // an empty name makes an open position
    EXPECT_EQ(e2.productLine, QStringLiteral("Payments"));
    EXPECT_EQ(e2.role, QStringLiteral("engineer"));
    EXPECT_EQ(managerOf(org, "e2"), QStringLiteral("m1"));
}

TEST(CliApply, DryRunWritesNothing)
{
    TempFiles t;
    const QString plan = makePlan(t);
    const QByteArray before = hashOf(plan);
    const QString changes = t.write(QStringLiteral("changes.csv"), "id,manager_id\ne1,m2\n");
    const CliRun r = runCli({QStringLiteral("apply"), plan, changes, QStringLiteral("--dry-run")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("nothing was written"))) << r.out.toStdString();
    EXPECT_EQ(hashOf(plan), before);
    EXPECT_EQ(managerOf(openOrg(plan), "e1"), QStringLiteral("m1"));
}

TEST(CliApply, ACycleRejectsTheWholeFileWithItsLine)
{
    TempFiles t;
    const QString plan = makePlan(t);
    const QByteArray before = hashOf(plan);
    // Line 2 is fine on its own; line 3 would close m1 → e1 → m1.
    const QString changes = t.write(QStringLiteral("changes.csv"), "id,manager_id,role\n"
                                                                   "e2,m2,architect\n"
                                                                   "m1,e1,\n");
    const CliRun r = runCli({QStringLiteral("apply"), plan, changes});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(changes + QStringLiteral(":3:"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("cycle"))) << r.err.toStdString();
    EXPECT_EQ(hashOf(plan), before);
    const Org org = openOrg(plan);
    EXPECT_EQ(managerOf(org, "e2"), QStringLiteral("m1"));
    EXPECT_EQ(org.position(org.find(QStringLiteral("e2"))).role, QStringLiteral("engineer"));
}

TEST(CliApply, UnknownIdsRolesAndColumnsAreRejectedWithTheirLine)
{
    TempFiles t;
    const QString plan = makePlan(t);
    const QByteArray before = hashOf(plan);
    struct Case { const char *csv; const char *line; const char *culprit; };
    const Case cases[] = {
        {"id,manager_id\ne1,m2\ne2,nobody\n", ":3:", "nobody"},
        {"id,role\ne1,wizard\n", ":2:", "wizard"},
        {"id,manager_id\nnew1,m1\n", ":2:", "new1"},            // a new position needs a role
        {"id,manager_id,salary\ne1,m2,100\n", ":1:", "salary"}, // a column apply does not change
        {"manager_id\nm2\n", ":1:", "id"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.csv);
        const QString changes = t.write(QStringLiteral("changes.csv"), c.csv);
        const CliRun r = runCli({QStringLiteral("apply"), plan, changes});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.contains(changes + QLatin1String(c.line))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(c.culprit))) << r.err.toStdString();
        EXPECT_EQ(hashOf(plan), before);
    }
}

TEST(CliApply, JsonIsValidatesJsonAfterTheChanges)
{
    TempFiles t;
    const QString plan = makePlan(t);
    // m2 under m1: a peer-manager warning at m2.
    const QString changes = t.write(QStringLiteral("changes.csv"), "id,manager_id\nm2,m1\n");
    const CliRun applied = runCli({QStringLiteral("apply"), plan, changes, QStringLiteral("--format"),
                                   QStringLiteral("json")});
    EXPECT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    const CliRun validated = runCli({QStringLiteral("validate"), plan, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(validated.exitCode, 0);
    EXPECT_EQ(applied.out, validated.out);
    const QJsonObject o = QJsonDocument::fromJson(applied.out.toUtf8()).object();
    bool peer = false;
    for (const QJsonValue &p : o.value(QStringLiteral("problems")).toArray())
        peer = peer || (p.toObject().value(QStringLiteral("rule")).toString() == QStringLiteral("peer-manager")
                        && p.toObject().value(QStringLiteral("position")).toString() == QStringLiteral("m2"));
    EXPECT_TRUE(peer) << applied.out.toStdString();
}

TEST(CliApply, OneUndoStepInTheDocument)
{
    TempFiles t;
    const QString plan = makePlan(t);
    Document doc;
    doc.setAutosaveInterval(0);
    ASSERT_TRUE(doc.open(plan));
    const Org before = doc.org();
    std::vector<PositionChange> changes(2);
    changes[0].line = 2;
    changes[0].id = QStringLiteral("e1");
    changes[0].manager = QStringLiteral("m2");
    changes[1].line = 3;
    changes[1].id = QStringLiteral("x");
    changes[1].role = QStringLiteral("Tech Lead");
    changes[1].manager = QStringLiteral("e1");
    ASSERT_TRUE(doc.applyChanges(changes));
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_EQ(doc.org().size(), before.size() + 1);
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.org() == before);
}

// The text after the heading is validate's text for the result, in both languages, and
// the exit code is validate's: the result is checked beside the save (on a second thread),
// after the changes, not before them.
TEST(CliApply, TextIsValidatesTextAfterTheChanges)
{
    for (const char *lang : {"en", "zh_CN"}) {
        SCOPED_TRACE(lang);
        for (const bool dryRun : {false, true}) {
            SCOPED_TRACE(dryRun);
            TempFiles t;
            const QString plan = makePlan(t);
            // m1 under e3: m1 now reports to a lower rung (an error); e2 under e1: a peer (a warning).
            const QString changes = t.write(QStringLiteral("changes.csv"), "id,manager_id\nm1,e3\ne2,e1\n");
            QStringList args{QStringLiteral("apply"), plan, changes, QStringLiteral("--lang"), QString::fromLatin1(lang)};
            if (dryRun)
                args << QStringLiteral("--dry-run");
            const CliRun applied = runCli(args);
            // What validate says of the plan as the changes leave it (with --dry-run: of a
            // copy they were applied to, named as the plan in the text compared).
            QString checked = plan;
            if (dryRun) {
                checked = t.path(QStringLiteral("copy.orgplan"));
                ASSERT_TRUE(QFile::copy(plan, checked));
                ASSERT_EQ(runCli({QStringLiteral("apply"), checked, changes}).exitCode, 1);
            }
            CliRun validated = runCli({QStringLiteral("validate"), checked, QStringLiteral("--lang"),
                                       QString::fromLatin1(lang)});
            validated.out.replace(checked, plan);
            EXPECT_EQ(applied.exitCode, 1) << applied.err.toStdString();
            EXPECT_EQ(validated.exitCode, 1) << validated.err.toStdString();
            const qsizetype heading = applied.out.indexOf(QLatin1Char('\n'));
            ASSERT_GT(heading, 0);
            EXPECT_EQ(applied.out.mid(heading + 1), validated.out);
            EXPECT_TRUE(validated.out.contains(QStringLiteral("ladder-order"))) << validated.out.toStdString();
        }
    }
}
