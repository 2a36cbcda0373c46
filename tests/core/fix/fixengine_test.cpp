// SPDX-License-Identifier: MIT
// One-click fixes: each rule's fixes on a small org, and a property test of
// fixing every error of many random orgs.
#include "fix/fixengine.h"
#include "rules/ruleengine.h"
#include "testutil.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <random>

using namespace org;
using namespace org::test;

namespace {

RoleCatalogue roles() { return RoleCatalogue::defaults(); }

std::vector<Problem> check(const Org &org)
{
    return RuleEngine(roles(), RuleSettings()).check(org);
}

std::vector<Problem> problemsOf(const Org &org, const QString &rule)
{
    std::vector<Problem> out;
    for (const Problem &p : check(org))
        if (p.rule == rule)
            out.push_back(p);
    return out;
}

int errorCount(const std::vector<Problem> &problems)
{
    return int(std::count_if(problems.begin(), problems.end(),
                             [](const Problem &p) { return p.severity == Severity::Error; }));
}

/// CSV of a CTO, a technical manager and `n` engineers under the manager.
QString bigTeam(int n, const QString &managerRole = QStringLiteral("tech_manager"))
{
    QString csv = QStringLiteral("id,name,manager_id,role,team,product_line\n"
                                 "c,Ma Chao,,cto,Tech,\n"
                                 "m,Xu Tao,c,%1,Pay,Payments\n").arg(managerRole);
    for (int i = 0; i < n; ++i)
        csv += QStringLiteral("e%1,Eng %1,m,engineer,Pay,Payments\n").arg(i);
    return csv;
}

const Fix *findKind(const std::vector<Fix> &fixes, const char *kind)
{
    const auto it = std::find_if(fixes.begin(), fixes.end(),
                                 [kind](const Fix &f) { return f.kind == QLatin1String(kind); });
    return it == fixes.end() ? nullptr : &*it;
}

/// The fixes of the one problem of `rule` (fails the test unless there is exactly one).
std::vector<Fix> fixesOfTheOne(const Org &org, const char *rule)
{
    const auto problems = problemsOf(org, QLatin1String(rule));
    EXPECT_EQ(problems.size(), 1u) << rule;
    return problems.empty() ? std::vector<Fix>{} : FixEngine(roles(), RuleSettings()).fixesFor(org, problems[0]);
}

/// Applies a fix and checks that it did what its outcome says.
Org applied(const Org &org, const Fix &fix)
{
    Org out = org;
    QString error;
    EXPECT_TRUE(FixEngine::apply(out, fix.edits, &error)) << error.toStdString();
    EXPECT_EQ(errorCount(check(out)), fix.outcome.errorsAfter);
    EXPECT_EQ(out.size() - org.size(), fix.outcome.openPositionsAdded);
    return out;
}

/// CSV `head` (columns id,name,manager_id,role,team) and n engineers e0… of team Pay under `manager`.
Org withEngineers(QString head, const char *manager, int n)
{
    for (int i = 0; i < n; ++i)
        head += QStringLiteral("e%1,Eng %1,%2,engineer,Pay\n").arg(i).arg(QLatin1String(manager));
    return orgFromCsv(head);
}

/// The org after the fix of `kind` for the one problem of `rule` (an empty org, and a
/// failed test, when there is no such fix).
Org fixedBy(const Org &org, const char *rule, const char *kind)
{
    const auto fixes = fixesOfTheOne(org, rule);
    const Fix *fix = findKind(fixes, kind);
    EXPECT_NE(fix, nullptr) << kind;
    return fix ? applied(org, *fix) : Org();
}

} // namespace

TEST(FixEngine, DirectorRequiredUnderATechnicalManagerOffersPromotionAndAnInsertedDirector)
{
    const Org org = orgFromCsv(bigTeam(21));
    const auto problems = problemsOf(org, QStringLiteral("director-required"));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(org.position(problems[0].anchor).id, QStringLiteral("m"));
    const FixEngine engine(roles(), RuleSettings());
    const std::vector<Fix> fixes = engine.fixesFor(org, problems[0]);
    const Fix *promote = findKind(fixes, "promote");
    const Fix *insert = findKind(fixes, "insert-director");
    ASSERT_NE(promote, nullptr);
    ASSERT_NE(insert, nullptr);
    for (const Fix &f : fixes) {
        EXPECT_EQ(f.outcome.introducedErrors(), 0) << f.kind.toStdString();
        EXPECT_EQ(f.outcome.errorsAfter, 0) << f.kind.toStdString();
        EXPECT_FALSE(f.name.isEmpty());
        const Org after = applied(org, f);
        EXPECT_TRUE(problemsOf(after, QStringLiteral("director-required")).empty()) << f.kind.toStdString();
    }
    // The inserted director is open, reports to the CTO, and manages Xu Tao.
    const Org after = applied(org, *insert);
    const Org::Vertex m = after.find(QStringLiteral("m"));
    const Org::Vertex d = after.manager(m);
    ASSERT_NE(d, Org::npos);
    EXPECT_TRUE(after.position(d).isOpen());
    EXPECT_EQ(after.position(d).role, QStringLiteral("tech_director"));
    EXPECT_EQ(after.position(after.manager(d)).id, QStringLiteral("c"));
    EXPECT_EQ(insert->outcome.openPositionsAdded, 1);
    EXPECT_EQ(insert->outcome.headcountDelta, 1);
    // Promotion adds nothing.
    EXPECT_EQ(promote->outcome.openPositionsAdded, 0);
    EXPECT_EQ(applied(org, *promote).position(m).role, QStringLiteral("tech_director"));
}

TEST(FixEngine, DirectorRequiredAtACtoInsertsADirectorBetweenItAndItsTechnicalReports)
{
    const Org org = withEngineers(
        QStringLiteral("id,name,manager_id,role,team\nc,Ma Chao,,cto,Tech\npa,Assistant,c,staff,Exec\n"), "c", 22);
    const Org after = fixedBy(org, "director-required", "insert-director-below");
    ASSERT_GT(after.size(), org.size());
    const Org::Vertex d = after.manager(after.find(QStringLiteral("e0")));
    EXPECT_EQ(after.position(d).role, QStringLiteral("tech_director"));
    EXPECT_EQ(after.manager(d), after.find(QStringLiteral("c")));
    // Non-technical reports stay with the CTO.
    EXPECT_EQ(after.manager(after.find(QStringLiteral("pa"))), after.find(QStringLiteral("c")));
    EXPECT_EQ(errorCount(check(after)), 0);
}

TEST(FixEngine, SplitTeamWhenTheAnchorIsARoot)
{
    // A root technical manager with 23 engineers: promotion and a director above both
    // work, and so does splitting the team (no manager above to inherit the problem).
    const Org org = withEngineers(QStringLiteral("id,name,manager_id,role,team\nm,Xu Tao,,tech_manager,Pay\n"), "m", 23);
    const Org after = fixedBy(org, "director-required", "split-team");
    ASSERT_GT(after.size(), org.size());
    EXPECT_TRUE(problemsOf(after, QStringLiteral("director-required")).empty());
    int moved = 0;
    for (int i = 0; i < 23; ++i) {
        const Org::Vertex e = after.find(QStringLiteral("e%1").arg(i));
        if (after.manager(e) != after.find(QStringLiteral("m"))) {
            ++moved;
            EXPECT_EQ(after.position(e).team, QStringLiteral("Pay 2"));
            EXPECT_TRUE(after.position(after.manager(e)).isOpen());
        }
    }
    EXPECT_GT(moved, 0);
    EXPECT_LT(moved, 23);
}

TEST(FixEngine, SpanOfControlGroupsReportsByTeamUnderTheRungBelow)
{
    QString csv = QStringLiteral("id,name,manager_id,role,team\nd,Wei Tao,,tech_director,Platform\n");
    for (int i = 0; i < 18; ++i)
        csv += QStringLiteral("e%1,Eng %1,d,engineer,%2\n").arg(QString::number(i), i % 2 ? QStringLiteral("Search") : QStringLiteral("Pay"));
    const Org org = orgFromCsv(csv);
    const auto fixes = fixesOfTheOne(org, "span-of-control");
    ASSERT_FALSE(fixes.empty());
    EXPECT_EQ(fixes[0].kind, QStringLiteral("group-reports"));
    const Org after = applied(org, fixes[0]);
    EXPECT_TRUE(problemsOf(after, QStringLiteral("span-of-control")).empty());
    const Org::Vertex d = after.find(QStringLiteral("d"));
    EXPECT_EQ(after.reportCount(d), 2);
    for (Org::Vertex m : after.reports(d)) {
        EXPECT_EQ(after.position(m).role, QStringLiteral("tech_manager"));
        for (Org::Vertex e : after.reports(m))
            EXPECT_EQ(after.position(e).team, after.position(m).team);
    }
}

TEST(FixEngine, LadderOrderMovesUpOrChangesTheRole)
{
    const Org org = orgFromCsv(QStringLiteral("id,name,manager_id,role\n"
                                              "c,Ma Chao,,cto\n"
                                              "e,Eng,c,engineer\n"
                                              "a,Arch,e,architect\n"
                                              "p,Prog,a,programmer\n"));
    const auto fixes = fixesOfTheOne(org, "ladder-order");
    const Fix *up = findKind(fixes, "move-up");
    const Fix *role = findKind(fixes, "promote");
    ASSERT_NE(up, nullptr);
    ASSERT_NE(role, nullptr);
    EXPECT_EQ(applied(org, *up).manager(org.find(QStringLiteral("a"))), org.find(QStringLiteral("c")));
    EXPECT_EQ(applied(org, *role).position(org.find(QStringLiteral("a"))).role, QStringLiteral("programmer"));
    // The role change makes the programmer below it a peer (a warning), never an error.
    EXPECT_EQ(role->outcome.errorsAfter, 0);
}

TEST(FixEngine, SingleCtoKeepsTheOneNearestARoot)
{
    const Org org = orgFromCsv(QStringLiteral("id,name,manager_id,role\n"
                                              "ceo,Boss,,ceo\n"
                                              "c2,Second,c1,cto\n"
                                              "c1,First,ceo,cto\n"));
    const auto problems = problemsOf(org, QStringLiteral("single-cto"));
    ASSERT_EQ(problems.size(), 2u);
    const auto fixes = FixEngine(roles(), RuleSettings()).fixesFor(org, problems[0]);
    ASSERT_FALSE(fixes.empty());
    const Org after = applied(org, fixes[0]);
    EXPECT_EQ(after.position(after.find(QStringLiteral("c1"))).role, QStringLiteral("cto"));
    EXPECT_EQ(after.position(after.find(QStringLiteral("c2"))).role, QStringLiteral("tech_director"));
}

TEST(FixEngine, ProductLineRulesAddOpenPositionsForTheLine)
{
    QString csv = QStringLiteral("id,name,manager_id,role,product_line\nd,Dir,,tech_director,\n");
    for (int i = 0; i < 9; ++i)
        csv += QStringLiteral("e%1,Eng %1,d,engineer,Search\n").arg(i);
    const Org org = orgFromCsv(csv);
    for (const char *rule : {"product-line-manager", "product-line-architect"}) {
        const auto problems = problemsOf(org, QLatin1String(rule));
        ASSERT_EQ(problems.size(), 1u) << rule;
        const auto fixes = FixEngine(roles(), RuleSettings()).fixesFor(org, problems[0]);
        ASSERT_FALSE(fixes.empty()) << rule;
        const Org after = applied(org, fixes[0]);
        EXPECT_TRUE(problemsOf(after, QLatin1String(rule)).empty()) << rule;
        const Position &added = after.position(Org::Vertex(after.size() - 1));
        EXPECT_TRUE(added.isOpen());
        EXPECT_EQ(added.productLine, QStringLiteral("Search"));
        EXPECT_EQ(after.manager(Org::Vertex(after.size() - 1)), after.find(QStringLiteral("d")));
    }
}

TEST(FixEngine, OutcomeCountsTheCostOfTheAddedPositions)
{
    RoleCatalogue catalogue = roles();
    Role director = *catalogue.find(QStringLiteral("tech_director"));
    director.costMin = director.costMax = 35000;
    catalogue.upsert(director);
    const Org org = orgFromCsv(bigTeam(21));
    const auto problems = problemsOf(org, QStringLiteral("director-required"));
    ASSERT_EQ(problems.size(), 1u);
    const auto fixes = FixEngine(catalogue, RuleSettings()).fixesFor(org, problems[0]);
    const Fix *insert = findKind(fixes, "insert-director");
    ASSERT_NE(insert, nullptr);
    EXPECT_DOUBLE_EQ(insert->outcome.monthlyCostDelta, 35000);
    const QString text = FixEngine::outcomeText(insert->outcome);
    EXPECT_TRUE(text.contains(QStringLiteral("1 error"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1 open position"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("35,000/month"))) << text.toStdString();
}

TEST(FixEngine, ApplyRefusesEditsThatCannotApplyAndLeavesTheOrgAlone)
{
    const Org org = orgFromCsv(bigTeam(2));
    Org copy = org;
    FixEdit cycle;
    cycle.kind = FixEdit::Kind::Move;
    cycle.id = QStringLiteral("c");
    cycle.manager = QStringLiteral("e0");
    FixEdit fine;
    fine.kind = FixEdit::Kind::SetRole;
    fine.id = QStringLiteral("e1");
    fine.value = QStringLiteral("architect");
    QString error;
    EXPECT_FALSE(FixEngine::apply(copy, {fine, cycle}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cycle"))) << error.toStdString();
    EXPECT_EQ(copy, org);
}

// Property: on random orgs, fixing every error leaves no error that a fix could repair,
// keeps every filled position with its id and name, adds only open positions, and no
// step introduces an error.
TEST(FixEngine, FixAllOnRandomOrgsLeavesNoFixableErrorAndKeepsPeople)
{
    std::mt19937 rng(20261130);
    const QStringList roleKeys{QStringLiteral("ceo"), QStringLiteral("cto"), QStringLiteral("tech_director"),
                               QStringLiteral("tech_manager"), QStringLiteral("architect"),
                               QStringLiteral("engineer"), QStringLiteral("programmer"), QStringLiteral("staff")};
    const QStringList lines{QString(), QStringLiteral("Pay"), QStringLiteral("Search"), QStringLiteral("Maps")};
    const FixEngine engine(roles(), RuleSettings());
    int orgsWithErrors = 0, fixesApplied = 0, errorsBefore = 0, errorsLeft = 0;
    for (int round = 0; round < 120; ++round) {
        const int n = 5 + int(rng() % 70);
        Org org;
        // Mostly a ladder (a report ranks at most as its manager), with some
        // inversions, two CTOs now and then, and teams that pass 20.
        const RoleCatalogue catalogue = roles();
        for (int i = 0; i < n; ++i) {
            Position p;
            p.id = QStringLiteral("p%1").arg(i);
            p.name = rng() % 5 ? QStringLiteral("Person %1").arg(i) : QString();
            const Org::Vertex manager = i > 0 && rng() % 8 ? Org::Vertex(rng() % std::uint32_t(i)) : Org::npos;
            p.role = roleKeys[int(rng() % roleKeys.size())];
            if (manager != Org::npos && rng() % 6) {
                const int top = catalogue.find(org.position(manager).role)->rank.value_or(0);
                QStringList fitting;
                for (const QString &k : roleKeys)
                    if (catalogue.find(k)->rank.value_or(0) <= top && k != QLatin1String("ceo"))
                        fitting << k;
                fitting << QStringLiteral("engineer") << QStringLiteral("programmer");
                p.role = fitting[int(rng() % fitting.size())];
            }
            p.productLine = lines[int(rng() % lines.size())];
            p.team = QStringLiteral("T%1").arg(rng() % 4);
            const Org::Vertex v = org.addPosition(p);
            if (manager != Org::npos)
                org.setManager(v, manager);
        }
        const std::vector<Problem> initial = check(org);
        if (errorCount(initial) == 0)
            continue;
        ++orgsWithErrors;
        const Org original = org;
        Org current = org;
        for (int step = 0; step < 200; ++step) {
            const std::vector<Problem> before = check(current);
            const std::optional<Fix> fix = engine.nextErrorFix(current, before);
            if (!fix)
                break;
            ASSERT_TRUE(FixEngine::apply(current, fix->edits));
            ++fixesApplied;
            // No step introduces an error.
            for (const Problem &p : check(current)) {
                if (p.severity != Severity::Error)
                    continue;
                {
                    const bool wasThere = std::any_of(before.begin(), before.end(), [&](const Problem &q) {
                        return q.rule == p.rule && q.anchor == p.anchor && q.productLine == p.productLine;
                    });
                    EXPECT_TRUE(wasThere) << fix->kind.toStdString() << " introduced " << p.rule.toStdString()
                                          << " in round " << round;
                }
            }
        }
        // fixAllErrors gets to the same place.
        Org viaFixAll = org;
        engine.fixAllErrors(viaFixAll);
        EXPECT_EQ(viaFixAll, current) << "round " << round;
        // No error left that a fix could repair.
        for (const Problem &p : check(current)) {
            if (p.severity == Severity::Error) {
                EXPECT_TRUE(engine.fixesFor(current, p).empty()) << p.rule.toStdString() << " round " << round;
            }
        }
        // Filled positions kept with id and name; new positions are open.
        for (Org::Vertex v = 0; v < Org::Vertex(original.size()); ++v) {
            EXPECT_EQ(current.position(v).id, original.position(v).id);
            EXPECT_EQ(current.position(v).name, original.position(v).name);
        }
        for (Org::Vertex v = Org::Vertex(original.size()); v < Org::Vertex(current.size()); ++v)
            EXPECT_TRUE(current.position(v).isOpen());
        EXPECT_LE(errorCount(check(current)), errorCount(initial));
        errorsBefore += errorCount(initial);
        errorsLeft += errorCount(check(current));
        if (qEnvironmentVariableIsSet("ORG_FIX_DEBUG"))
            for (const Problem &p : check(current))
                if (p.severity == Severity::Error) {
                    const Org::Vertex m = current.manager(p.anchor);
                    std::printf("left %s at %s (%s) manager %s\n", qPrintable(p.rule), qPrintable(current.position(p.anchor).id),
                                qPrintable(current.position(p.anchor).role),
                                m == Org::npos ? "-" : qPrintable(current.position(m).role));
                }
    }
    std::printf("random orgs with errors: %d, fixes applied: %d, errors: %d before, %d left\n", orgsWithErrors,
                fixesApplied, errorsBefore, errorsLeft);
    // Most errors of random orgs have a fix (what is left: e.g. a manager above a CTO).
    EXPECT_LT(errorsLeft * 5, errorsBefore);
    EXPECT_GT(orgsWithErrors, 40);
    EXPECT_GT(fixesApplied, 40);
}
