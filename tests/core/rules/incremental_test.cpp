// SPDX-License-Identifier: MIT
// Property test: after every random edit, the problems kept up to date edit by
// edit (IncrementalChecker, through the Document and directly) equal a full
// RuleEngine::check of the same org, problem for problem and in order.
#include "edit/document.h"
#include "rules/incrementalchecker.h"
#include "rules/ruleengine.h"
#include "testutil.h"

#include <gtest/gtest.h>

#include <array>
#include <random>
#include <sstream>

using namespace org;

#ifndef ORG_INCREMENTAL_EDITS
#define ORG_INCREMENTAL_EDITS 4000 // per suite; scaled down by the build for slow (sanitizer) presets
#endif

namespace {

const QStringList kRoles = {QStringLiteral("cto"),       QStringLiteral("tech_director"), QStringLiteral("tech_manager"),
                            QStringLiteral("tech_manager"), QStringLiteral("architect"),  QStringLiteral("engineer"),
                            QStringLiteral("engineer"),  QStringLiteral("programmer"),    QStringLiteral("programmer"),
                            QStringLiteral("programmer"), QStringLiteral("staff"),        QStringLiteral("tech_partner"),
                            QStringLiteral("ceo")};
const QStringList kLines = {QString(), QString(), QStringLiteral("Pay"), QStringLiteral("Search"),
                            QStringLiteral("Maps"), QStringLiteral("Ads"), QStringLiteral("Cloud")};

using Rng = std::mt19937;

int pick(Rng &rng, int n)
{
    return std::uniform_int_distribution<int>(0, n - 1)(rng);
}

template <typename T>
const T &pickFrom(Rng &rng, const QList<T> &list)
{
    return list.at(pick(rng, int(list.size())));
}

/// A random forest of `n` positions: each reports to an earlier one or is a root.
Org randomOrg(Rng &rng, int n)
{
    Org org;
    for (int i = 0; i < n; ++i) {
        Position p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = pick(rng, 4) == 0 ? QString() : QStringLiteral("Person %1").arg(i);
        p.role = pickFrom(rng, kRoles);
        p.productLine = pickFrom(rng, kLines);
        const Org::Vertex v = org.addPosition(p);
        if (i > 0 && pick(rng, 12) != 0)
            org.setManager(v, Org::Vertex(pick(rng, i)));
    }
    return org;
}

/// Small thresholds so that every rule fires in a few hundred positions.
RuleSettings randomSettings(Rng &rng)
{
    RuleSettings s;
    s.directorHeadcount = 2 + pick(rng, 12);
    s.directorProductLines = 1 + pick(rng, 3);
    s.spanOfControl = 1 + pick(rng, 6);
    s.architectMinPositions = 1 + pick(rng, 10);
    for (const QString &id : RuleSettings::ruleIds())
        if (pick(rng, 8) == 0)
            s.disabled.insert(id);
    return s;
}

std::string describe(const std::vector<Problem> &ps, const Org &org)
{
    std::ostringstream out;
    for (const Problem &p : ps) {
        out << "  " << p.rule.toStdString() << " @" << (p.anchor == Org::npos ? "-" : org.position(p.anchor).id.toStdString())
            << " hc=" << p.headcount << " lim=" << p.limit << " pl=" << p.productLine.toStdString()
            << " pls=" << p.productLines.join(QLatin1Char('|')).toStdString() << " ids=" << p.ids.join(QLatin1Char('|')).toStdString()
            << '\n';
    }
    return out.str();
}

/// Gives `doc` a plan of random rule settings and a random org of 40-240 positions.
void openRandomPlan(Document &doc, Rng &rng)
{
    Plan plan;
    plan.settings = randomSettings(rng);
    plan.scenarios.push_back({defaultScenarioName(), randomOrg(rng, 40 + pick(rng, 200)), 0});
    doc.setAutosaveInterval(0);
    doc.setPlan(std::move(plan));
}

/// Fails with both lists when the Document's problems differ from a full pass.
::testing::AssertionResult sameAsFullPass(const Document &doc)
{
    const std::vector<Problem> full = RuleEngine(doc.roles(), doc.ruleSettings()).check(doc.org());
    std::array<int, 3> counts{};
    for (const Problem &p : full)
        ++counts[std::size_t(p.severity)];
    if (counts != doc.problemCounts())
        return ::testing::AssertionFailure() << "severity counts " << doc.problemCounts()[0] << "/"
                                             << doc.problemCounts()[1] << "/" << doc.problemCounts()[2]
                                             << ", full pass " << counts[0] << "/" << counts[1] << "/" << counts[2];
    if (full == doc.problems())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "full pass:\n"
                                         << describe(full, doc.org()) << "incremental:\n"
                                         << describe(doc.problems(), doc.org());
}

/// One random edit through the Document; returns what it tried (for the trace).
std::string randomEdit(Document &doc, Rng &rng, int &nextId)
{
    const Org &org = doc.org();
    const int n = org.size();
    auto anyId = [&] { return org.position(Org::Vertex(pick(rng, n))).id; };
    const int kind = pick(rng, 100);
    if (n < 3 || kind < 8) {
        const QString manager = n > 0 && pick(rng, 8) != 0 ? anyId() : QString();
        Position p;
        p.id = QStringLiteral("n%1").arg(nextId++);
        p.name = pick(rng, 3) == 0 ? QString() : QStringLiteral("New");
        p.role = pickFrom(rng, kRoles);
        p.productLine = pickFrom(rng, kLines);
        doc.addPosition(p, manager);
        return "add " + p.id.toStdString() + " under " + manager.toStdString();
    }
    if (kind < 50) {
        const QString id = anyId();
        const QString to = pick(rng, 15) == 0 ? QString() : anyId();
        doc.move(id, to); // refused (cycle, itself) is fine: nothing changes
        return "move " + id.toStdString() + " to " + to.toStdString();
    }
    if (kind < 70) {
        const QString id = anyId();
        const QString role = pickFrom(rng, kRoles);
        doc.changeRole(id, role);
        return "role " + id.toStdString() + " " + role.toStdString();
    }
    if (kind < 80) {
        const QString id = anyId();
        const QString line = pickFrom(rng, kLines);
        doc.setField(id, QStringLiteral("product_line"), line);
        return "line " + id.toStdString() + " " + line.toStdString();
    }
    if (kind < 86) {
        const QString id = anyId();
        const bool subtree = pick(rng, 4) == 0;
        doc.removePosition(id, subtree);
        return "remove " + id.toStdString();
    }
    if (kind < 89) {
        doc.changeRuleSettings(randomSettings(rng));
        return "settings";
    }
    if (kind < 95 && doc.undoStack()->canUndo()) {
        doc.undoStack()->undo();
        return "undo";
    }
    if (doc.undoStack()->canRedo()) {
        doc.undoStack()->redo();
        return "redo";
    }
    const QString id = anyId();
    doc.rename(id, pick(rng, 2) ? QString() : QStringLiteral("Renamed"));
    return "rename " + id.toStdString();
}

TEST(IncrementalValidation, RandomEditsThroughTheDocumentMatchAFullPass)
{
    const int rounds = 8;
    const int editsPerRound = std::max(1, ORG_INCREMENTAL_EDITS / rounds);
    for (int round = 0; round < rounds; ++round) {
        const unsigned seed = 1000u + unsigned(round);
        SCOPED_TRACE(testing::Message() << "seed " << seed);
        Rng rng(seed);
        Document doc;
        openRandomPlan(doc, rng);
        ASSERT_TRUE(sameAsFullPass(doc));
        int nextId = 0;
        for (int e = 0; e < editsPerRound; ++e) {
            const std::string what = randomEdit(doc, rng, nextId);
            ASSERT_TRUE(sameAsFullPass(doc)) << "after edit " << e << ": " << what;
        }
    }
}

// Validation::Deferred (the command line's apply): edits check nothing, and whatever is
// asked afterwards about problems is a full pass's answer, as Live's is. Every few
// edits the test asks (so the lazy check runs, and later edits go stale again); some
// rounds go back to Live halfway and go on edit by edit from there.
TEST(IncrementalValidation, DeferredValidationAnswersAsAFullPass)
{
    const int rounds = 6;
    const int editsPerRound = std::max(8, ORG_INCREMENTAL_EDITS / 4 / rounds);
    for (int round = 0; round < rounds; ++round) {
        const unsigned seed = 2000u + unsigned(round);
        SCOPED_TRACE(testing::Message() << "seed " << seed);
        Rng rng(seed);
        Document doc;
        doc.setValidation(Document::Validation::Deferred);
        openRandomPlan(doc, rng);
        int nextId = 0;
        QObject::connect(&doc, &Document::problemsChanged, [&] {
            // Nothing was checked while deferred: listeners are told to read everything.
            EXPECT_TRUE(doc.validation() == Document::Validation::Live || doc.problemChanges().all);
        });
        const bool goLive = round % 2 == 1;
        for (int e = 0; e < editsPerRound; ++e) {
            const std::string what = randomEdit(doc, rng, nextId);
            if (goLive && e == editsPerRound / 2)
                doc.setValidation(Document::Validation::Live);
            if (e % 5 == 4 || e + 1 == editsPerRound) {
                ASSERT_TRUE(sameAsFullPass(doc)) << "after edit " << e << ": " << what;
            }
        }
    }
}

TEST(IncrementalValidation, SeveralFieldsOfOnePositionAtOnce)
{
    // Role, product line and manager changed together, straight on the org.
    Rng rng(77);
    const RoleCatalogue roles = RoleCatalogue::defaults();
    for (int round = 0; round < 6; ++round) {
        const RuleSettings settings = randomSettings(rng);
        Org org = randomOrg(rng, 60 + pick(rng, 120));
        IncrementalChecker checker(roles, settings);
        checker.reset(org);
        for (int e = 0; e < std::max(1, ORG_INCREMENTAL_EDITS / 8); ++e) {
            const Org::Vertex v = Org::Vertex(pick(rng, org.size()));
            Position p = org.position(v);
            if (pick(rng, 2))
                p.role = pickFrom(rng, kRoles);
            if (pick(rng, 2))
                p.productLine = pickFrom(rng, kLines);
            org.setPosition(v, p);
            if (pick(rng, 2)) {
                const Org::Vertex m = pick(rng, 10) == 0 ? Org::npos : Org::Vertex(pick(rng, org.size()));
                if (m == Org::npos || (m != v && !org.wouldCreateCycle(v, m)))
                    org.setManager(v, m);
            }
            checker.update(org, v);
            const std::vector<Problem> full = RuleEngine(roles, settings).check(org);
            ASSERT_EQ(full, checker.problems()) << "round " << round << " edit " << e << "\nfull:\n"
                                                << describe(full, org) << "incremental:\n"
                                                << describe(checker.problems(), org);
            for (Org::Vertex u = 0; u < Org::Vertex(org.size()); u += 7) {
                int expected = 0;
                for (const Problem &pr : full)
                    expected += pr.anchor == u;
                ASSERT_EQ(expected, checker.problemCount(u));
            }
        }
    }
}

TEST(IncrementalValidation, DeepChainsDoNotOverflow)
{
    // A 200,000-deep chain: the subtree walks are iterative.
    Org org;
    for (int i = 0; i < 200000; ++i) {
        Position p;
        p.id = QStringLiteral("c%1").arg(i);
        p.role = i == 0 ? QStringLiteral("cto") : QStringLiteral("programmer");
        p.productLine = i % 3 ? QStringLiteral("Pay") : QString();
        const Org::Vertex v = org.addPosition(p);
        if (i > 0)
            org.setManager(v, v - 1);
    }
    IncrementalChecker checker(RoleCatalogue::defaults(), RuleSettings());
    checker.reset(org);
    Position p = org.position(1);
    p.role = QStringLiteral("tech_director"); // covers 199,998 positions below it
    org.setPosition(1, p);
    checker.update(org, 1);
    org.setManager(100000, Org::npos);
    checker.update(org, 100000);
    EXPECT_EQ(RuleEngine(RoleCatalogue::defaults(), RuleSettings()).check(org), checker.problems());
}

} // namespace
