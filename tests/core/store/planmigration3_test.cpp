// SPDX-License-Identifier: MIT
// Plan schema 3 (planning over time): a schema-2 plan migrates with empty dates,
// statuses and budgets and its role costs as one-amount bands; the new fields and
// the currency survive a save and a load.
#include "store/planstore.h"
#include "testutil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

void execRaw(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw3"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw3"));
}

} // namespace

TEST(PlanSchema3, MigratesASchema2PlanWithEmptyPlanFields)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("v2.orgplan"));
    // The tables of schema 2 exactly as OrgDesigner wrote them before planning over time.
    execRaw(path, {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO meta VALUES ('schema_version', '2'), ('rule_settings', 'span_of_control=9')"),
        QStringLiteral("CREATE TABLE roles (ord INTEGER NOT NULL, key TEXT PRIMARY KEY, name_en TEXT, name_zh TEXT,"
                       " rank INTEGER, technical INTEGER NOT NULL, color TEXT, duties_en TEXT, duties_zh TEXT,"
                       " aliases TEXT, monthly_cost DOUBLE PRECISION)"),
        QStringLiteral("INSERT INTO roles VALUES (0, 'tech_manager', 'Technical Manager', '技术经理', 4, 1, '#ff0072b2',"
                       " '', '', '[]', 40000)"),
        QStringLiteral("INSERT INTO roles VALUES (1, 'engineer', 'Engineer', '工程师', 2, 1, '#ff009e73', '', '', '[]', 0)"),
        QStringLiteral("CREATE TABLE scenarios (id BIGINT PRIMARY KEY, name TEXT NOT NULL UNIQUE, ord INTEGER NOT NULL,"
                       " custom_fields TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO scenarios VALUES (1, 'Current', 0, '[]')"),
        QStringLiteral("CREATE TABLE positions (scenario_id BIGINT NOT NULL, id TEXT NOT NULL, ord BIGINT NOT NULL,"
                       " name TEXT, role TEXT, title TEXT, team TEXT, product_line TEXT, email TEXT,"
                       " salary DOUBLE PRECISION, assistant INTEGER NOT NULL, custom TEXT NOT NULL,"
                       " version BIGINT NOT NULL, changed_by TEXT, PRIMARY KEY (scenario_id, id))"),
        QStringLiteral("CREATE TABLE edges (scenario_id BIGINT NOT NULL, report_id TEXT NOT NULL,"
                       " manager_id TEXT NOT NULL, kind TEXT NOT NULL, ord BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX edges_by_report ON edges (scenario_id, report_id)"),
        QStringLiteral("INSERT INTO positions VALUES (1, 'm', 0, 'Ann', 'tech_manager', '', 'Pay', '', '', 41000, 0,"
                       " '[]', 1, NULL)"),
        QStringLiteral("INSERT INTO positions VALUES (1, 'o', 1, '', 'engineer', '', 'Pay', '', '', NULL, 0, '[]', 1, NULL)"),
        QStringLiteral("INSERT INTO edges VALUES (1, 'o', 'm', 'reports_to', 0)"),
    });
    ASSERT_EQ(PlanStore::fileSchemaVersion(path), 2);
    Plan plan;
    const StoreStatus st = PlanStore::load(path, plan);
    ASSERT_TRUE(st.ok) << st.error.toStdString();
    // Migrated to 3; the first save writes the save id and schema 4.
    EXPECT_EQ(PlanStore::fileSchemaVersion(path), 3);
    EXPECT_EQ(PlanStore::schemaVersion, 4);
    ASSERT_EQ(plan.scenarios.size(), 1u);
    const Org &o = plan.scenarios[0].org;
    ASSERT_EQ(o.size(), 2);
    for (const Position &p : o.positions()) {
        EXPECT_FALSE(p.startDate().isValid()) << p.id.toStdString();
        EXPECT_FALSE(p.endDate().isValid());
        EXPECT_EQ(p.status(), HiringStatus::None);
        EXPECT_FALSE(p.budget());
    }
    EXPECT_EQ(o.manager(o.find(u"o")), o.find(u"m"));
    EXPECT_EQ(plan.settings.spanOfControl, 9);
    const Role *tm = plan.roles.find(QStringLiteral("tech_manager"));
    ASSERT_NE(tm, nullptr);
    EXPECT_DOUBLE_EQ(tm->costMin, 40000);
    EXPECT_DOUBLE_EQ(tm->costMax, 40000);
    EXPECT_EQ(plan.roles.currency(), QStringLiteral("CNY"));

    // The new fields and the currency are stored like the old ones.
    Org &edit = plan.scenarios[0].org;
    Position open = edit.position(edit.find(u"o"));
    open.setStartDate(QDate(2027, 7, 1));
    open.setEndDate(QDate(2029, 12, 31));
    open.setStatus(HiringStatus::Offer);
    open.setBudget(33000);
    edit.setPosition(edit.find(u"o"), open);
    Role eng = *plan.roles.find(QStringLiteral("engineer"));
    eng.costMin = 20000;
    eng.costMax = 30000;
    plan.roles.upsert(eng);
    plan.roles.setCurrency(QStringLiteral("USD"));
    ASSERT_TRUE(PlanStore::save(plan, path).ok);
    Plan again;
    ASSERT_TRUE(PlanStore::load(path, again).ok);
    const Org &a = again.scenarios[0].org;
    EXPECT_EQ(a.position(a.find(u"o")), open);
    EXPECT_EQ(again.roles.currency(), QStringLiteral("USD"));
    EXPECT_DOUBLE_EQ(again.roles.find(QStringLiteral("engineer"))->costMidpoint(), 25000);
}

TEST(PlanSchema3, NewPlanKeepsThePlanFields)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("new.orgplan"));
    const Org org = orgFromCsv(QStringLiteral("id,name,manager_id,role,start_date,status,budget\n"
                                              "m,Ann,,tech_manager,2026-01-05,,\no,,m,engineer,2027Q2,planned,21000\n"));
    Plan plan = Plan::fromImport(org);
    ASSERT_TRUE(PlanStore::save(plan, path).ok);
    Plan back;
    ASSERT_TRUE(PlanStore::load(path, back).ok);
    EXPECT_EQ(back.scenarios[0].org, org) << dump(back.scenarios[0].org);
    const Role *eng = back.roles.find(QStringLiteral("engineer"));
    const RoleCatalogue defaults = RoleCatalogue::defaults();
    const Role *def = defaults.find(QStringLiteral("engineer"));
    ASSERT_NE(eng, nullptr);
    ASSERT_NE(def, nullptr);
    EXPECT_DOUBLE_EQ(eng->costMin, def->costMin);
    EXPECT_DOUBLE_EQ(eng->costMax, def->costMax);
}
