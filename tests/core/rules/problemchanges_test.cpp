// SPDX-License-Identifier: MIT
// What the editor's listeners read after an edit (issue 17): the problems by row
// (Document::problemAt, kept edit by edit without assembling the list) always equal
// a fresh full pass, and each step (one command, a macro, an undo or a redo) sends
// one problemsChanged() whose problemChanges() names exactly the positions whose
// problems changed, with their counts before.
#include "edit/document.h"
#include "rules/ruleengine.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

using namespace org;

namespace {

using Rng = std::mt19937;

int pick(Rng &rng, int n)
{
    return std::uniform_int_distribution<int>(0, n - 1)(rng);
}

const QStringList kRoles = {QStringLiteral("cto"),       QStringLiteral("tech_director"), QStringLiteral("tech_manager"),
                            QStringLiteral("architect"), QStringLiteral("engineer"),      QStringLiteral("programmer"),
                            QStringLiteral("programmer"), QStringLiteral("staff")};
const QStringList kLines = {QString(), QStringLiteral("Pay"), QStringLiteral("Search"), QStringLiteral("Maps")};

Org randomOrg(Rng &rng, int n)
{
    Org org;
    for (int i = 0; i < n; ++i) {
        Position p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = QStringLiteral("Person %1").arg(i);
        p.role = kRoles.at(pick(rng, int(kRoles.size())));
        p.productLine = kLines.at(pick(rng, int(kLines.size())));
        const Org::Vertex v = org.addPosition(p);
        if (i > 0 && pick(rng, 10) != 0)
            org.setManager(v, Org::Vertex(pick(rng, i)));
    }
    return org;
}

/// Problems per anchor, as a full pass gives them.
using ByAnchor = std::map<Org::Vertex, std::vector<Problem>>;

ByAnchor byAnchor(const std::vector<Problem> &problems)
{
    ByAnchor out;
    for (const Problem &p : problems)
        out[p.anchor].push_back(p);
    return out;
}

/// Records each problemsChanged() with what it said changed.
struct Listener
{
    int notices = 0;
    ProblemChanges last;
};

class ProblemChangesTest : public ::testing::Test
{
protected:
    void open(Org org, RuleSettings settings = {})
    {
        Plan plan;
        plan.settings = settings;
        plan.scenarios.push_back({defaultScenarioName(), std::move(org), 0});
        doc.setAutosaveInterval(0);
        QObject::connect(&doc, &Document::problemsChanged, &doc, [this] {
            ++heard.notices;
            heard.last = doc.problemChanges();
        });
        doc.setPlan(std::move(plan));
        before = byAnchor(full());
        heard = {};
    }
    std::vector<Problem> full() const { return RuleEngine(doc.roles(), doc.ruleSettings()).check(doc.org()); }

    /// After a step: the rows equal a full pass, and the one notification named
    /// exactly the anchors whose problems differ from those before the step.
    ::testing::AssertionResult checkStep(int expectedSignals = 1)
    {
        const std::vector<Problem> now = full();
        const ByAnchor after = byAnchor(now);
        const std::array<int, 3> counts = doc.problemCounts();
        if (std::size_t(counts[0] + counts[1] + counts[2]) != now.size())
            return ::testing::AssertionFailure() << "counts " << counts[0] + counts[1] + counts[2] << " != " << now.size();
        for (std::size_t i = 0; i < now.size(); ++i)
            if (!(doc.problemAt(i) == now[i]))
                return ::testing::AssertionFailure() << "row " << i << " differs: " << doc.problemAt(i).rule.toStdString()
                                                     << " against " << now[i].rule.toStdString();
        for (std::size_t i = 0; i < now.size(); ++i)
            if (i == 0 || now[i].severity != now[i - 1].severity || now[i].anchor != now[i - 1].anchor)
                if (doc.problemRow(now[i].severity, now[i].anchor) != i)
                    return ::testing::AssertionFailure() << "problemRow of row " << i;
        for (const auto &[v, ps] : after) {
            if (doc.problemsAt(v) != ps)
                return ::testing::AssertionFailure() << "problemsAt " << v;
            std::array<int, 3> c{};
            for (const Problem &p : ps)
                ++c[std::size_t(p.severity)];
            if (doc.problemCountsAt(v) != c)
                return ::testing::AssertionFailure() << "problemCountsAt " << v;
        }
        if (heard.notices != expectedSignals)
            return ::testing::AssertionFailure() << heard.notices << " problemsChanged signals, expected " << expectedSignals;
        if (expectedSignals > 0 && !heard.last.all) {
            std::vector<Org::Vertex> changed;
            for (const auto &[v, ps] : after)
                if (!before.contains(v) || before.at(v) != ps)
                    changed.push_back(v);
            for (const auto &[v, ps] : before)
                if (!after.contains(v))
                    changed.push_back(v);
            std::sort(changed.begin(), changed.end());
            std::vector<Org::Vertex> said;
            for (const ProblemChanges::At &at : heard.last.positions) {
                said.push_back(at.position);
                std::array<int, 3> c{};
                if (before.contains(at.position))
                    for (const Problem &p : before.at(at.position))
                        ++c[std::size_t(p.severity)];
                if (c != at.before)
                    return ::testing::AssertionFailure() << "counts before at " << at.position << " are wrong";
            }
            if (said != changed) {
                auto out = ::testing::AssertionFailure() << "notified";
                for (Org::Vertex v : said)
                    out << ' ' << v;
                out << ", changed";
                for (Org::Vertex v : changed)
                    out << ' ' << v;
                return out;
            }
        }
        before = after;
        heard = {};
        return ::testing::AssertionSuccess();
    }

    Document doc;
    ByAnchor before;
    Listener heard;
};

TEST_F(ProblemChangesTest, RandomStepsKeepRowsAndNameTheChangedPositions)
{
    for (unsigned seed = 1; seed <= 4; ++seed) {
        SCOPED_TRACE(testing::Message() << "seed " << seed);
        Rng rng(seed);
        RuleSettings settings;
        settings.directorHeadcount = 4 + pick(rng, 8);
        settings.spanOfControl = 2 + pick(rng, 4);
        settings.architectMinPositions = 3;
        doc.undoStack()->clear();
        QObject::disconnect(&doc, &Document::problemsChanged, &doc, nullptr);
        open(randomOrg(rng, 80 + pick(rng, 80)), settings);
        int next = 0;
        int incremental = 0;
        for (int step = 0; step < 300; ++step) {
            const Org &org = doc.org();
            auto anyId = [&] { return org.position(Org::Vertex(pick(rng, org.size()))).id; };
            const int kind = pick(rng, 100);
            const int stepsBefore = doc.undoStack()->index();
            bool changed = true;
            std::string what;
            if (kind < 35) {
                const QString id = anyId(), to = anyId();
                what = "move " + id.toStdString() + " to " + to.toStdString();
                changed = doc.move(id, to);
            } else if (kind < 50) {
                const QString id = anyId(), role = kRoles.at(pick(rng, int(kRoles.size())));
                what = "role " + id.toStdString();
                changed = doc.org().position(doc.find(id)).role != role;
                doc.changeRole(id, role);
            } else if (kind < 58) {
                Position p;
                p.id = QStringLiteral("n%1").arg(next++);
                p.role = kRoles.at(pick(rng, int(kRoles.size())));
                what = "add";
                changed = doc.addPosition(p, anyId());
            } else if (kind < 72) {
                // A change file: several moves and roles, one macro.
                std::vector<PositionChange> changes;
                std::vector<Org::Vertex> parent = org.managerArray();
                for (int i = 0; i < 2 + pick(rng, 6); ++i) {
                    const Org::Vertex v = Org::Vertex(pick(rng, org.size()));
                    const Org::Vertex m = Org::Vertex(pick(rng, org.size()));
                    bool cycle = m == v;
                    for (Org::Vertex u = m; u != Org::npos && !cycle; u = parent[u])
                        cycle = u == v;
                    if (cycle)
                        continue;
                    parent[v] = m;
                    PositionChange c;
                    c.line = i + 2;
                    c.id = org.position(v).id;
                    c.manager = org.position(m).id;
                    if (pick(rng, 3) == 0)
                        c.role = kRoles.at(pick(rng, int(kRoles.size())));
                    changes.push_back(c);
                }
                what = "apply " + std::to_string(changes.size());
                const int steps = doc.undoStack()->index();
                QString error;
                ASSERT_TRUE(doc.applyChanges(changes, &error)) << error.toStdString();
                changed = doc.undoStack()->index() != steps;
            } else if (kind < 78) {
                QStringList ids;
                for (int i = 0; i < 3; ++i)
                    ids << anyId();
                what = "edit positions";
                const int steps = doc.undoStack()->index();
                doc.editPositions(ids, std::nullopt, kLines.at(pick(rng, int(kLines.size()))), std::nullopt);
                changed = doc.undoStack()->index() != steps;
            } else if (kind < 82) {
                what = "remove";
                changed = doc.removePosition(anyId(), pick(rng, 3) == 0);
            } else if (kind < 92) {
                what = "undo";
                changed = doc.undo();
            } else {
                what = "redo";
                changed = doc.redo();
            }
            changed = doc.undoStack()->index() != stepsBefore; // a step was done, undone or redone
            SCOPED_TRACE(testing::Message() << "step " << step << ": " << what);
            incremental += changed && !heard.last.all;
            ASSERT_TRUE(checkStep(changed ? 1 : 0));
        }
        EXPECT_GT(incremental, 100); // most steps name their positions (removals re-check everything)
    }
}

TEST_F(ProblemChangesTest, AMoveNamesOnlyTheManagersConcerned)
{
    // A programmer under a tech manager with two reports: narrow-span at the
    // manager it leaves changes, nothing else does.
    Org org;
    auto add = [&](const QString &id, const QString &role, const QString &manager) {
        Position p;
        p.id = id;
        p.name = id;
        p.role = role;
        const Org::Vertex v = org.addPosition(p);
        if (!manager.isEmpty())
            org.setManager(v, org.find(manager));
    };
    add(QStringLiteral("cto"), QStringLiteral("cto"), {});
    add(QStringLiteral("m1"), QStringLiteral("tech_manager"), QStringLiteral("cto"));
    add(QStringLiteral("m2"), QStringLiteral("tech_manager"), QStringLiteral("cto"));
    add(QStringLiteral("m3"), QStringLiteral("tech_manager"), QStringLiteral("cto"));
    for (int i = 0; i < 3; ++i)
        add(QStringLiteral("a%1").arg(i), QStringLiteral("programmer"), QStringLiteral("m1"));
    for (int i = 0; i < 3; ++i)
        add(QStringLiteral("b%1").arg(i), QStringLiteral("programmer"), QStringLiteral("m2"));
    for (int i = 0; i < 3; ++i)
        add(QStringLiteral("c%1").arg(i), QStringLiteral("programmer"), QStringLiteral("m3"));
    open(std::move(org));
    ASSERT_TRUE(doc.move(QStringLiteral("a0"), QStringLiteral("m2")));
    ASSERT_EQ(heard.notices, 1);
    ASSERT_FALSE(heard.last.all);
    ASSERT_EQ(heard.last.positions.size(), 1u);
    EXPECT_EQ(heard.last.positions[0].position, doc.find(QStringLiteral("m1")));
    EXPECT_EQ(heard.last.positions[0].before, (std::array<int, 3>{0, 0, 0}));
    EXPECT_TRUE(checkStep());
    ASSERT_TRUE(doc.undo());
    ASSERT_EQ(heard.last.positions.size(), 1u);
    EXPECT_EQ(heard.last.positions[0].before, (std::array<int, 3>{0, 0, 1})); // narrow-span went
    EXPECT_TRUE(checkStep());
}

} // namespace
