// SPDX-License-Identifier: MIT
#include "fixengine.h"

#include "fixcandidates.h"

#include "rules/ruleengine.h"
#include "rules/stats.h"

#include <QLocale>

#include <algorithm>

namespace org {

namespace {

using V = Org::Vertex;

bool sameProblem(const Problem &a, const Problem &b)
{
    return a.rule == b.rule && a.anchor == b.anchor && a.productLine == b.productLine;
}

bool contains(const std::vector<Problem> &list, const Problem &p)
{
    return std::any_of(list.begin(), list.end(), [&p](const Problem &q) { return sameProblem(p, q); });
}

int countSeverity(const std::vector<Problem> &list, Severity s)
{
    return int(std::count_if(list.begin(), list.end(), [s](const Problem &p) { return p.severity == s; }));
}

} // namespace

Position FixEdit::newPosition() const
{
    Position p;
    p.id = id;
    p.role = value;
    p.team = team;
    p.productLine = productLine;
    p.title = title;
    return p;
}

int FixOutcome::introducedErrors() const
{
    return countSeverity(introduced, Severity::Error);
}

FixEngine::FixEngine(RoleCatalogue roles, RuleSettings settings)
    : m_roles(std::move(roles)), m_settings(std::move(settings))
{
}

std::vector<Fix> FixEngine::candidates(const Org &org, const Problem &problem) const
{
    return fixCandidates(org, m_roles, m_settings, problem);
}

bool FixEngine::evaluate(const Org &org, const std::vector<Problem> &before, const Problem &problem, Fix &fix) const
{
    Org trial = org;
    if (fix.edits.empty() || !apply(trial, fix.edits))
        return false;
    const RuleEngine engine(m_roles, m_settings);
    const std::vector<Problem> after = engine.check(trial);
    if (contains(after, problem))
        return false;
    FixOutcome &o = fix.outcome;
    o = {};
    for (const Problem &p : before)
        if (!contains(after, p))
            o.resolved.push_back(p);
    for (const Problem &p : after)
        if (!contains(before, p))
            o.introduced.push_back(p);
    if (o.introducedErrors() > 0)
        return false;
    o.errorsBefore = countSeverity(before, Severity::Error);
    o.errorsAfter = countSeverity(after, Severity::Error);
    o.warningsBefore = countSeverity(before, Severity::Warning);
    o.warningsAfter = countSeverity(after, Severity::Warning);
    for (V v = V(org.size()); v < V(trial.size()); ++v) {
        const Position &p = trial.position(v);
        o.openPositionsAdded += p.isOpen() ? 1 : 0;
        o.headcountDelta += OrgStats::inHeadcount(p) ? 1 : 0;
        o.monthlyCostDelta += OrgStats::costOf(p, m_roles);
    }
    return true;
}

std::vector<Fix> FixEngine::fixesFor(const Org &org, const Problem &problem) const
{
    if (!m_settings.isEnabled(problem.rule))
        return {};
    return fixesFor(org, problem, RuleEngine(m_roles, m_settings).check(org));
}

std::vector<Fix> FixEngine::fixesFor(const Org &org, const Problem &problem, const std::vector<Problem> &current) const
{
    std::vector<Fix> out;
    if (!m_settings.isEnabled(problem.rule))
        return out;
    for (Fix &f : candidates(org, problem))
        if (evaluate(org, current, problem, f))
            out.push_back(std::move(f));
    std::stable_sort(out.begin(), out.end(), [](const Fix &a, const Fix &b) {
        const int ea = a.outcome.errorsAfter, eb = b.outcome.errorsAfter;
        if (ea != eb)
            return ea < eb;
        const int wa = a.outcome.warningsAfter, wb = b.outcome.warningsAfter;
        if (wa != wb)
            return wa < wb;
        return a.edits.size() < b.edits.size();
    });
    return out;
}

std::optional<Fix> FixEngine::nextErrorFix(const Org &org, const std::vector<Problem> &problems) const
{
    for (const Problem &p : problems) {
        if (p.severity != Severity::Error)
            continue;
        std::vector<Fix> fixes = fixesFor(org, p, problems);
        if (!fixes.empty())
            return std::move(fixes.front());
    }
    return std::nullopt;
}

std::vector<Fix> FixEngine::fixAllErrors(Org &org, int maxFixes) const
{
    std::vector<Fix> applied;
    const RuleEngine engine(m_roles, m_settings);
    while (int(applied.size()) < maxFixes) {
        std::optional<Fix> fix = nextErrorFix(org, engine.check(org));
        if (!fix || !apply(org, fix->edits))
            break;
        applied.push_back(std::move(*fix));
    }
    return applied;
}

bool FixEngine::apply(Org &org, const std::vector<FixEdit> &edits, QString *error)
{
    Org result = org;
    const auto failWith = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    for (const FixEdit &e : edits) {
        const V v = result.find(e.id);
        const V m = e.manager.isEmpty() ? Org::npos : result.find(e.manager);
        if (!e.manager.isEmpty() && m == Org::npos && (e.kind == FixEdit::Kind::Add || e.kind == FixEdit::Kind::Move))
            return failWith(tr("no position has the id %1").arg(e.manager));
        switch (e.kind) {
        case FixEdit::Kind::Add: {
            if (e.id.isEmpty() || v != Org::npos)
                return failWith(tr("the id %1 is taken").arg(e.id));
            Position p = e.newPosition();
            p.setCustom(QStringList(result.customFields().size(), QString()));
            const V added = result.addPosition(std::move(p));
            result.setManager(added, m);
            break;
        }
        case FixEdit::Kind::Move:
            if (v == Org::npos)
                return failWith(tr("no position has the id %1").arg(e.id));
            if (m != Org::npos && result.wouldCreateCycle(v, m))
                return failWith(tr("%1 cannot report to %2: that would form a reporting cycle").arg(e.id, e.manager));
            result.setManager(v, m);
            break;
        case FixEdit::Kind::SetRole:
        case FixEdit::Kind::SetTeam:
        case FixEdit::Kind::SetProductLine: {
            if (v == Org::npos)
                return failWith(tr("no position has the id %1").arg(e.id));
            Position p = result.position(v);
            (e.kind == FixEdit::Kind::SetRole ? p.role : e.kind == FixEdit::Kind::SetTeam ? p.team : p.productLine) = e.value;
            result.setPosition(v, std::move(p));
            break;
        }
        }
    }
    org = std::move(result);
    return true;
}

QString FixEngine::outcomeText(const FixOutcome &o)
{
    // "−1 error, +1 open position, +35,000/month": the sign, then the count in words.
    const auto sign = [](double d) { return d > 0 ? QStringLiteral("+") : QString(QChar(0x2212)); };
    QStringList parts;
    if (const int d = o.errorsAfter - o.errorsBefore)
        parts << sign(d) + tr("%n error(s)", nullptr, std::abs(d));
    if (const int d = o.warningsAfter - o.warningsBefore)
        parts << sign(d) + tr("%n warning(s)", nullptr, std::abs(d));
    if (o.openPositionsAdded)
        parts << sign(o.openPositionsAdded) + tr("%n open position(s)", nullptr, o.openPositionsAdded);
    if (o.monthlyCostDelta != 0)
        parts << sign(o.monthlyCostDelta)
                     + tr("%1/month").arg(QLocale().toString(std::abs(o.monthlyCostDelta), 'f', 0));
    return parts.isEmpty() ? tr("no change in errors, warnings or cost") : parts.join(tr(", "));
}

} // namespace org
