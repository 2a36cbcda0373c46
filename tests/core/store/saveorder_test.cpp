// SPDX-License-Identifier: MIT
// A save writes the rows that changed, not their neighbours: the stored `ord`s of positions
// and of reports-to lines only have to grow in the org's order, so a move to the end of a
// team or a removal rewrites no other row, and the order still reads back exactly.
#include "storetestutil.h"
#include "testutil.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

/// "table:id" → stored ord of every position row and reports-to line.
/// The org of `csv` plus engineers <prefix>0 … <prefix>count-1 reporting to `manager` in
/// that order, written to `path` and loaded back.
Plan writtenWithReports(const QString &path, QString csv, const QString &prefix, int count, const QString &manager)
{
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("%1%2,P%2,%3,engineer\n").arg(prefix, QString::number(i), manager);
    return writtenAndLoaded(planOf(orgFromCsv(csv)), path);
}

QHash<QString, qint64> storedOrds(const QString &path)
{
    QHash<QString, qint64> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ords"));
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT id, ord FROM positions")));
        while (q.next())
            out.insert(QStringLiteral("p:") + q.value(0).toString(), q.value(1).toLongLong());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT report_id, ord FROM edges WHERE kind = 'reports_to'")));
        while (q.next())
            out.insert(QStringLiteral("e:") + q.value(0).toString(), q.value(1).toLongLong());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ords"));
    return out;
}

/// Keys whose values differ between the two (or that are in only one).
QStringList changedKeys(const QHash<QString, qint64> &a, const QHash<QString, qint64> &b)
{
    QStringList out;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (!b.contains(it.key()) || b.value(it.key()) != *it)
            out << it.key();
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        if (!a.contains(it.key()))
            out << it.key();
    out.sort();
    return out;
}

void expectSameOrder(const Org &a, const Org &b)
{
    ASSERT_TRUE(a == b) << dump(a) << "\n---\n" << dump(b);
    for (Org::Vertex v = 0; v < Org::Vertex(a.size()); ++v)
        EXPECT_EQ(a.reports(v), b.reports(v)) << a.position(v).id.toStdString();
}

} // namespace

TEST(SaveOrder, MovesAndRemovalsRewriteOnlyTheRowsTheyChange)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("order.orgplan"));
    // r0 … r9 report to m in order; m and x report to root.
    Plan loaded = writtenWithReports(
        path, QStringLiteral("id,name,manager_id,role\nroot,R,,cto\nm,M,root,tech_manager\nx,X,root,tech_manager\n"),
        QStringLiteral("r"), 10, QStringLiteral("m"));
    const auto before = storedOrds(path);

    // r3 moves from m to x (the end of x's reports); r7 is removed (the vertices after
    // it shift down by one).
    Org &o = loaded.scenarios[0].org;
    o.setManager(o.find(QStringLiteral("r3")), o.find(QStringLiteral("x")));
    o.removePosition(o.find(QStringLiteral("r7")));
    const Org expected = o;
    ASSERT_TRUE(PlanStore::save(loaded, path).ok);
    EXPECT_EQ(changedKeys(before, storedOrds(path)), QStringList({QStringLiteral("e:r3"), QStringLiteral("e:r7"),
                                                                   QStringLiteral("p:r7")}));
    Plan back;
    ASSERT_TRUE(PlanStore::load(path, back).ok);
    expectSameOrder(back.scenarios[0].org, expected);

    // Moving r0 to the end of m's reports (out and back in) rewrites r0's line only;
    // a new position goes after the others.
    const auto second = storedOrds(path);
    Org &b = back.scenarios[0].org;
    b.setManager(b.find(QStringLiteral("r0")), b.find(QStringLiteral("x")));
    b.setManager(b.find(QStringLiteral("r0")), b.find(QStringLiteral("m")));
    Position n;
    n.id = QStringLiteral("new");
    n.role = QStringLiteral("engineer");
    b.setManager(b.addPosition(n), b.find(QStringLiteral("m")));
    const Org expected2 = b;
    ASSERT_TRUE(PlanStore::save(back, path).ok);
    EXPECT_EQ(changedKeys(second, storedOrds(path)),
              QStringList({QStringLiteral("e:new"), QStringLiteral("e:r0"), QStringLiteral("p:new")}));
    Plan again;
    ASSERT_TRUE(PlanStore::load(path, again).ok);
    expectSameOrder(again.scenarios[0].org, expected2);
    const Org &a = again.scenarios[0].org;
    const std::vector<Org::Vertex> reports = a.reports(a.find(QStringLiteral("m")));
    ASSERT_GE(reports.size(), 2u);
    EXPECT_EQ(a.position(reports[reports.size() - 2]).id, QStringLiteral("r0"));
    EXPECT_EQ(a.position(reports.back()).id, QStringLiteral("new"));

    // Putting r0 first again (a reorder in the middle) still reads back in order.
    Org &c = again.scenarios[0].org;
    const Org::Vertex m = c.find(QStringLiteral("m"));
    for (Org::Vertex r : c.reports(m))
        if (c.position(r).id != QStringLiteral("r0")) {
            c.setManager(r, c.find(QStringLiteral("x")));
            c.setManager(r, m);
        }
    const Org expected3 = c;
    ASSERT_TRUE(PlanStore::save(again, path).ok);
    Plan last;
    ASSERT_TRUE(PlanStore::load(path, last).ok);
    expectSameOrder(last.scenarios[0].org, expected3);
    EXPECT_EQ(last.scenarios[0].org.position(last.scenarios[0].org.reports(m).front()).id, QStringLiteral("r0"));
}

// An org whose positions come in another order than the baseline's (here reversed) still
// finds every row by id: nothing is written but the order, no version goes up.
TEST(SaveOrder, ReorderedPositionsFindTheirRowsById)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("reversed.orgplan"));
    Plan loaded = writtenWithReports(path, QStringLiteral("id,name,manager_id,role\nroot,R,,cto\n"),
                                     QStringLiteral("p"), 20, QStringLiteral("root"));
    const Org &o = loaded.scenarios[0].org;
    Org reversed;
    for (Org::Vertex v = Org::Vertex(o.size()); v-- > 0;)
        reversed.addPosition(o.position(v));
    for (Org::Vertex r : o.reports(o.find(QStringLiteral("root"))))
        reversed.setManager(reversed.find(o.position(r).id), reversed.find(QStringLiteral("root")));
    loaded.scenarios[0].org = reversed;
    ASSERT_TRUE(PlanStore::save(loaded, path).ok);
    Plan back;
    ASSERT_TRUE(PlanStore::load(path, back).ok);
    expectSameOrder(back.scenarios[0].org, reversed);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("versions"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT MAX(version) FROM positions")) && q.next());
        EXPECT_EQ(q.value(0).toLongLong(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("versions"));
}
