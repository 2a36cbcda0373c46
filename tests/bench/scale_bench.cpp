// SPDX-License-Identifier: MIT
// Scale benchmarks (issue 17): validation after one move, full against incremental;
// one drag offscreen (move, revalidate, relayout); `apply` of 10,000 moves through the
// Document. Synthetic orgs of 100k / 1M positions with a realistic ladder and product lines.
#include "edit/document.h"
#include "layout/treelayout.h"
#include "rules/incrementalchecker.h"
#include "rules/ruleengine.h"

#include <QGuiApplication>

#include "benchmain.h"

#include <benchmark/benchmark.h>

#include <map>
#include <random>

using namespace org;

namespace {

/// A deterministic org: a CTO, tech directors, tech managers with a product line each,
/// architects and engineers, then programmers; fan-out 3–15 with a few very wide teams
/// (the shape of tests/bench/yardstick/gen_org.py).
const Org &syntheticOrg(int n)
{
    static std::map<int, Org> cache;
    if (auto it = cache.find(n); it != cache.end())
        return it->second;
    Org o;
    o.reserve(std::size_t(n));
    std::mt19937 rng(42);
    std::vector<Org::Vertex> open;
    std::vector<int> room;
    std::vector<int> level;
    const char *ladder[] = {"cto", "tech_director", "tech_manager", "architect", "engineer", "programmer"};
    for (int i = 0; i < n; ++i) {
        Position p;
        p.id = QString::number(i);
        p.name = i % 7 == 0 ? QString() : QStringLiteral("Person %1").arg(i);
        int lv = 0;
        std::size_t k = 0;
        if (i > 0) {
            k = open.size() - 1 - std::min<std::size_t>(open.size() - 1, rng() % 8);
            lv = std::min(5, level[k] + 1 + int(rng() % 3 == 0));
            if (open.size() < 64) // keep managers coming: programmers take no reports
                lv = std::min(lv, 4);
        }
        p.role = QString::fromLatin1(ladder[lv]);
        p.team = QStringLiteral("Team %1").arg(i % 97);
        p.productLine = QStringLiteral("Line %1").arg(i % 40);
        const Org::Vertex v = o.addPosition(p);
        if (i > 0) {
            o.setManager(v, open[k]);
            if (--room[k] == 0) {
                open.erase(open.begin() + std::ptrdiff_t(k));
                room.erase(room.begin() + std::ptrdiff_t(k));
                level.erase(level.begin() + std::ptrdiff_t(k));
            }
        }
        if (lv < 5) {
            open.push_back(v);
            room.push_back(rng() % 100 == 0 ? 40 + int(rng() % 80) : 3 + int(rng() % 13));
            level.push_back(lv);
        }
    }
    return cache.emplace(n, std::move(o)).first->second;
}

/// `count` moves (position, new manager) that form no cycle, spread over the org.
std::vector<std::pair<Org::Vertex, Org::Vertex>> someMoves(const Org &o, int count)
{
    std::mt19937 rng(7);
    std::vector<std::pair<Org::Vertex, Org::Vertex>> out;
    while (int(out.size()) < count) {
        const Org::Vertex v = Org::Vertex(1 + rng() % (o.size() - 1));
        const Org::Vertex m = Org::Vertex(rng() % o.size());
        if (m != v && m != o.manager(v) && !o.wouldCreateCycle(v, m) && o.reportCount(m) > 0)
            out.emplace_back(v, m);
    }
    return out;
}

/// One move of a position to another manager and back, alternately: the org stays as it was.
struct Mover
{
    Org::Vertex v, from, to;
    bool there = false;
    Org::Vertex next()
    {
        there = !there;
        return there ? to : from;
    }
};

Mover oneMover(const Org &o)
{
    const auto [v, m] = someMoves(o, 1).front();
    return {v, o.manager(v), m};
}

void BM_ValidateFullAfterMove(benchmark::State &state)
{
    Org o = syntheticOrg(int(state.range(0)));
    Mover mv = oneMover(o);
    const RuleEngine engine(RoleCatalogue::defaults(), RuleSettings());
    for (auto _ : state) {
        state.PauseTiming();
        o.setManager(mv.v, mv.next());
        state.ResumeTiming();
        std::vector<Problem> problems = engine.check(o);
        benchmark::DoNotOptimize(problems.data());
    }
}

void BM_ValidateIncrementalAfterMove(benchmark::State &state)
{
    Org o = syntheticOrg(int(state.range(0)));
    Mover mv = oneMover(o);
    IncrementalChecker checker(RoleCatalogue::defaults(), RuleSettings());
    checker.reset(o);
    for (auto _ : state) {
        state.PauseTiming();
        o.setManager(mv.v, mv.next());
        state.ResumeTiming();
        checker.update(o, mv.v);
        benchmark::DoNotOptimize(checker.problems().data()); // the list the problems dock shows
    }
}

/// What the editor does on a drop: Document::move (command, incremental revalidation,
/// signals) and a relayout of the whole chart. Painting needs the widgets (app/gui).
void BM_Drag(benchmark::State &state)
{
    const Org &base = syntheticOrg(int(state.range(0)));
    Document doc;
    doc.setAutosaveInterval(0);
    doc.setPlan(Plan::fromImport(base));
    Mover mv = oneMover(base);
    const QString id = base.position(mv.v).id;
    const QString from = base.position(mv.from).id, to = base.position(mv.to).id;
    const TreeLayout layout;
    for (auto _ : state) {
        doc.move(id, mv.next() == mv.to ? to : from);
        LayoutResult r = layout.layout(doc.org());
        benchmark::DoNotOptimize(r.bounds);
    }
}

/// `apply` of 10,000 moves: Document::applyChanges (checks every row, then one command
/// per move in one undo step, each revalidated incrementally). Undo between runs is not timed.
void BM_ApplyMoves(benchmark::State &state)
{
    const Org &base = syntheticOrg(int(state.range(0)));
    Document doc;
    doc.setAutosaveInterval(0);
    doc.setPlan(Plan::fromImport(base));
    std::vector<PositionChange> changes;
    int line = 2;
    for (const auto &[v, m] : someMoves(base, int(state.range(1)))) {
        PositionChange c;
        c.line = line++;
        c.id = base.position(v).id;
        c.manager = base.position(m).id;
        changes.push_back(std::move(c));
    }
    for (auto _ : state) {
        QString error;
        if (!doc.applyChanges(changes, &error))
            state.SkipWithError(error.toStdString().c_str());
        benchmark::DoNotOptimize(doc.problems().data());
        state.PauseTiming();
        doc.undoStack()->undo();
        state.ResumeTiming();
    }
}

} // namespace

BENCHMARK(BM_ValidateFullAfterMove)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ValidateIncrementalAfterMove)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Drag)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ApplyMoves)->Args({1000000, 10000})->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    return runBenchmarks<QGuiApplication>(argc, argv);
}
