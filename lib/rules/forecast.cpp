// SPDX-License-Identifier: MIT
#include "forecast.h"

#include "i18n/language.h"
#include "model/plandate.h"
#include "orgasof.h"
#include "ruleengine.h"
#include "stats.h"

#include <QHash>
#include <QSet>

namespace org {

QString Forecast::problemKey(const Problem &p, const Org &org)
{
    const QString anchor = p.anchor != Org::npos ? org.position(p.anchor).id : QString();
    return p.rule + QLatin1Char('\x1f') + anchor + QLatin1Char('\x1f') + p.productLine;
}

std::pair<QDate, QDate> Forecast::defaultRange(const Org &org, QDate today)
{
    const QDate from = PlanDate::quarterStart(today);
    QDate to = from.addYears(2).addMonths(-3);
    for (const Position &p : org.positions())
        for (QDate d : {p.startDate(), p.endDate()})
            if (d.isValid() && d > to)
                to = d;
    return {from, PlanDate::quarterStart(to)};
}

std::vector<Forecast::Quarter> Forecast::compute(const Org &org, const RoleCatalogue &roles,
                                                 const RuleEngine *engine, QDate from, QDate to)
{
    std::vector<Quarter> out;
    const std::vector<QDate> quarters = PlanDate::quarters(from, to);
    if (quarters.empty())
        return out;
    QSet<QString> before;
    if (engine)
        for (const Problem &p : OrgAsOf::check(*engine, org, quarters.front().addMonths(-3)))
            before.insert(problemKey(p, org));
    std::vector<Problem> previous;
    bool havePrevious = false;
    for (const QDate &q : quarters) {
        Quarter quarter;
        quarter.start = q;
        QHash<QString, int> heads;
        QHash<QString, double> costs;
        for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
            const Position &p = org.position(v);
            if (!p.isActiveOn(q))
                continue;
            const double cost = OrgStats::costOf(p, roles);
            quarter.monthlyCost += cost;
            costs[p.role] += cost;
            if (!OrgStats::inHeadcount(p))
                continue;
            ++heads[p.role];
            if (p.isOpen())
                ++quarter.openPositions;
            else
                ++quarter.headcount;
        }
        for (const Role &r : roles.roles()) {
            if (heads.contains(r.key))
                quarter.headcountByRole.emplace_back(r.key, heads.value(r.key));
            if (costs.contains(r.key))
                quarter.costByRole.emplace_back(r.key, costs.value(r.key));
        }
        if (!engine) {
            out.push_back(std::move(quarter));
            continue;
        }
        quarter.problems = OrgAsOf::check(*engine, org, q);
        QSet<QString> now;
        for (const Problem &p : quarter.problems) {
            const QString key = problemKey(p, org);
            now.insert(key);
            if (!before.contains(key))
                quarter.started.push_back(p);
        }
        if (havePrevious) {
            for (const Problem &p : previous)
                if (!now.contains(problemKey(p, org)))
                    quarter.stopped.push_back(p);
        } else {
            // The quarter before the range: its problems that are gone now stopped.
            for (const Problem &p : OrgAsOf::check(*engine, org, q.addMonths(-3)))
                if (!now.contains(problemKey(p, org)))
                    quarter.stopped.push_back(p);
        }
        before = now;
        previous = quarter.problems;
        havePrevious = true;
        out.push_back(std::move(quarter));
    }
    return out;
}

namespace {

/// The team a problem is about: the anchor's team, else its product line, else its name.
QString teamOf(const Problem &p, const Org &org)
{
    if (!p.productLine.isEmpty())
        return p.productLine;
    if (p.anchor == Org::npos)
        return {};
    const Position &pos = org.position(p.anchor);
    if (!pos.team.isEmpty())
        return pos.team;
    return RuleEngine::shortName(org, p.anchor);
}

} // namespace

QString Forecast::startedText(const Problem &p, const Org &org, const RuleEngine &engine, QDate quarter)
{
    const QString when = PlanDate::quarterLabel(quarter);
    const QString team = teamOf(p, org);
    const Role *director = engine.roles().find(QStringLiteral("tech_director"));
    const QString directorName = director ? director->displayName(language()) : QStringLiteral("tech_director");
    if (p.rule == QLatin1String("director-required"))
        return tr("%1 passes %2 technical people in %3 → a %4 is needed by then")
            .arg(team, QString::number(p.limit), when, directorName);
    if (p.rule == QLatin1String("director-recommended"))
        return tr("%1 leads %2 product lines in %3 → a %4 is recommended by then")
            .arg(team, QString::number(p.headcount), when, directorName);
    if (p.rule == QLatin1String("span-of-control"))
        return tr("%1 has more than %2 direct reports in %3 → add a manager by then")
            .arg(RuleEngine::shortName(org, p.anchor), QString::number(p.limit), when);
    if (p.rule == QLatin1String("narrow-span"))
        return tr("%1 has fewer than %2 direct reports in %3")
            .arg(RuleEngine::shortName(org, p.anchor), QString::number(p.limit), when);
    return tr("%1 in %2: %3").arg(RuleEngine::ruleName(p.rule), when, engine.message(p, org));
}

QString Forecast::stoppedText(const Problem &p, const Org &org, const RuleEngine &engine, QDate quarter)
{
    Q_UNUSED(engine);
    QString who = p.anchor != Org::npos ? RuleEngine::shortName(org, p.anchor) : QString();
    if (!p.productLine.isEmpty())
        who = p.productLine;
    return tr("%1 (%2) stops in %3").arg(RuleEngine::ruleName(p.rule), who, PlanDate::quarterLabel(quarter));
}

} // namespace org
