// SPDX-License-Identifier: MIT
#include "planrows.h"

#include "plan.h"
#include "planschema.h"
#include "planstore.h"
#include "positioncolumns.h"
#include "sqldatabase.h"
#include "storefailure.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

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
        // Rows in the table's order, sorted here by (ord, id): cheaper than SQLite's
        // sorter, which would copy every whole row (a 1M plan: seconds).
        std::vector<Position> read;
        std::vector<qint64> versions, ords;
        {
            QSqlQuery pq = prepare(db, QStringLiteral("SELECT id, ") + positionColumnList()
                                           + QStringLiteral(", version, ord FROM positions WHERE scenario_id = ?"));
            pq.addBindValue(s.storeId);
            exec(pq);
            while (pq.next()) {
                Position p;
                p.id = pq.value(0).toString();
                readPosition(pq, 1, p);
                versions.push_back(pq.value(1 + kPositionColumnCount).toLongLong());
                ords.push_back(pq.value(2 + kPositionColumnCount).toLongLong());
                read.push_back(std::move(p));
            }
        }
        std::vector<std::uint32_t> order(read.size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return ords[a] != ords[b] ? ords[a] < ords[b] : read[a].id < read[b].id;
        });
        Org &org = s.org;
        org.reserve(read.size());
        std::vector<qint64> versionOf, ordOf;
        versionOf.reserve(read.size());
        ordOf.reserve(read.size());
        for (std::uint32_t i : order) {
            const QString id = read[i].id;
            if (id.isEmpty() || org.addPositionIfNew(std::move(read[i])) == Org::npos)
                raise(PlanStore::tr("the plan is corrupted: empty or duplicate position id \"%1\"").arg(id));
            versionOf.push_back(versions[i]);
            ordOf.push_back(ords[i]);
        }
        read = {};
        // Lines: ids resolved in bulk, then applied in their stored order.
        QStringList reportIds, managerIds;
        std::vector<qint64> edgeOrd;
        std::vector<char> isDotted;
        {
            QSqlQuery eq = prepare(db, QStringLiteral(
                                           "SELECT report_id, manager_id, kind, ord FROM edges WHERE scenario_id = ?"));
            eq.addBindValue(s.storeId);
            exec(eq);
            while (eq.next()) {
                reportIds << eq.value(0).toString();
                managerIds << eq.value(1).toString();
                isDotted.push_back(eq.value(2).toString() == kDotted);
                edgeOrd.push_back(eq.value(3).toLongLong());
            }
        }
        const std::vector<QStringView> reportViews(reportIds.cbegin(), reportIds.cend());
        const std::vector<QStringView> managerViews(managerIds.cbegin(), managerIds.cend());
        const std::vector<Org::Vertex> reports = org.findAll(reportViews);
        const std::vector<Org::Vertex> managers = org.findAll(managerViews);
        std::vector<std::uint32_t> edgeOrder(edgeOrd.size());
        std::iota(edgeOrder.begin(), edgeOrder.end(), 0u);
        std::stable_sort(edgeOrder.begin(), edgeOrder.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return edgeOrd[a] < edgeOrd[b]; });
        std::vector<qint64> siblingOf(std::size_t(org.size()), -1);
        for (std::uint32_t i : edgeOrder) {
            const Org::Vertex r = reports[i];
            const Org::Vertex m = managers[i];
            if (r == Org::npos || m == Org::npos || r == m)
                raise(PlanStore::tr("the plan is corrupted: a line between \"%1\" and \"%2\" has an unknown end")
                          .arg(reportIds[i], managerIds[i]));
            if (isDotted[i])
                org.addDottedLine(r, m);
            else {
                org.setManager(r, m);
                siblingOf[r] = edgeOrd[i];
            }
        }
        const QStringList cycle = org.findCycle();
        if (!cycle.isEmpty())
            raise(PlanStore::tr("the plan is corrupted: reporting cycle %1").arg(cycle.join(QStringLiteral(" → "))));
        const auto dotted = dottedManagersByReport(org);
        rows.reserve(org.size());
        for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v)
            rows.insert(org.position(v).id,
                        {versionOf[v], RowContent::digestOf(org, v, dotted[v]), ordOf[v], siblingOf[v]});
    }
    plan.baseline = std::move(baseline);
    out = std::move(plan);
}

} // namespace org::storeimpl
