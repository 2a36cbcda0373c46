// SPDX-License-Identifier: MIT
#include "planrows.h"

#include "plan.h"
#include "planschema.h"
#include "planstore.h"
#include "positioncolumns.h"
#include "sqldatabase.h"
#include "storefailure.h"

namespace org::storeimpl {

namespace {

RoleCatalogue readRoles(QSqlDatabase &db)
{
    QSqlQuery q = prepare(db, QStringLiteral(
                                  "SELECT key, name_en, name_zh, rank, technical, color, duties_en, duties_zh,"
                                  " aliases, monthly_cost, cost_min, cost_max FROM roles ORDER BY ord"));
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
        r.costMin = q.value(10).isNull() ? q.value(9).toDouble() : q.value(10).toDouble();
        r.costMax = q.value(11).isNull() ? r.costMin : q.value(11).toDouble();
        roles.upsert(r);
        any = true;
    }
    return any ? roles : RoleCatalogue::defaults();
}

} // namespace

void readPlan(QSqlDatabase &db, Plan &out)
{
    Plan plan;
    auto baseline = std::make_shared<PlanBaseline>();
    plan.roles = readRoles(db);
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'currency'")) && q.next()
            && !q.value(0).toString().isEmpty())
            plan.roles.setCurrency(q.value(0).toString());
    }
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
        QSqlQuery pq = prepare(db, QStringLiteral("SELECT id, ") + positionColumnList()
                                       + QStringLiteral(", version FROM positions WHERE scenario_id = ?"
                                                        " ORDER BY ord, id"));
        pq.addBindValue(s.storeId);
        exec(pq);
        Org &org = s.org;
        while (pq.next()) {
            Position p;
            p.id = pq.value(0).toString();
            readPosition(pq, 1, p);
            if (p.id.isEmpty() || org.find(p.id) != Org::npos)
                raise(PlanStore::tr("the plan is corrupted: empty or duplicate position id \"%1\"").arg(p.id));
            versions.push_back(pq.value(1 + kPositionColumnCount).toLongLong());
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

} // namespace org::storeimpl
