// SPDX-License-Identifier: MIT
// Layout of synthetic orgs of 10k / 100k / 1M positions: card measuring plus
// the tidy tree (what `orgdesigner-cli layout` reports as layout_ms).
#include "layout/incrementallayout.h"
#include "layout/treelayout.h"
#include "load/orgloader.h"
#include "render/cardpainter.h"

#include <QGuiApplication>

#include "benchmain.h"

#include <benchmark/benchmark.h>

#include <random>

namespace {

/// A deterministic org shaped like tests/bench/yardstick/gen_org.py output: fan-out
/// 3–15, a few very wide teams, some deep chains.
const org::Org &syntheticOrg(int n)
{
    static std::map<int, org::Org> cache;
    auto it = cache.find(n);
    if (it != cache.end())
        return it->second;
    org::Org o;
    std::mt19937 rng(42);
    std::vector<org::Org::Vertex> open; // managers that still take reports
    std::vector<int> room;
    const char *roles[] = {"cto", "tech_director", "tech_manager", "engineer", "programmer"};
    for (int i = 0; i < n; ++i) {
        org::Position p;
        p.id = QString::number(i);
        p.name = i % 2 ? QStringLiteral("员工%1").arg(i) : QStringLiteral("Person Number %1").arg(i);
        p.role = QString::fromLatin1(roles[std::min(4, i == 0 ? 0 : 1 + int(rng() % 4))]);
        p.team = QStringLiteral("Team %1").arg(i % 97);
        const org::Org::Vertex v = o.addPosition(p);
        if (i > 0) {
            const std::size_t k = open.size() - 1 - std::min<std::size_t>(open.size() - 1, rng() % 8);
            o.setManager(v, open[k]);
            if (--room[k] == 0) {
                open.erase(open.begin() + std::ptrdiff_t(k));
                room.erase(room.begin() + std::ptrdiff_t(k));
            }
        }
        open.push_back(v);
        room.push_back(rng() % 100 == 0 ? 40 + int(rng() % 80) : 3 + int(rng() % 13));
    }
    return cache.emplace(n, std::move(o)).first->second;
}

void BM_Layout(benchmark::State &state)
{
    const org::Org &o = syntheticOrg(int(state.range(0)));
    org::LayoutOptions opts;
    opts.compact = state.range(1) != 0;
    opts.routeConnectors = false;
    for (auto _ : state) {
        const org::CardPainter cards(org::CardStyle{}, org::RoleCatalogue::defaults(), org::Translator(QStringLiteral("en")));
        const auto sizes = cards.measure(o);
        auto r = org::TreeLayout(opts).layout(o, sizes);
        benchmark::DoNotOptimize(r.bounds);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_LayoutWithConnectors(benchmark::State &state)
{
    const org::Org &o = syntheticOrg(int(state.range(0)));
    for (auto _ : state) {
        auto r = org::TreeLayout().layout(o);
        benchmark::DoNotOptimize(r.connectors.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

/// The yardstick's org of n positions (tests/bench/yardstick/gen_org.py, in
/// $ORG_BENCH_DIR/org_N.csv as for editor_bench), else the synthetic one (whose
/// long chains make it far deeper than real orgs).
org::Org benchOrg(int n, bool *real)
{
    const QString dir = qEnvironmentVariable("ORG_BENCH_DIR");
    if (!dir.isEmpty()) {
        org::LoadOptions options;
        options.inferRolesWithoutRoleColumn = true;
        org::LoadResult r = org::OrgLoader::load(dir + QStringLiteral("/org_%1.csv").arg(n), options);
        if (r.ok()) {
            *real = true;
            return std::move(r.loaded->org);
        }
    }
    *real = false;
    return syntheticOrg(n);
}

/// Relayout after one move (a programmer to another team and back, as a drag does),
/// with connectors as the editor has them: range(1) = 0 a full TreeLayout, 1 IncrementalLayout::update,
/// 2 IncrementalLayout::update of the compact layout (leaf stacks: the main window's chart).
void BM_RelayoutAfterMove(benchmark::State &state)
{
    static std::map<int, std::pair<org::Org, bool>> copies; // the org is edited: one copy per size
    const int n = int(state.range(0));
    auto it = copies.find(n);
    if (it == copies.end()) {
        bool real = false;
        org::Org loaded = benchOrg(n, &real);
        it = copies.emplace(n, std::make_pair(std::move(loaded), real)).first;
    }
    org::Org &o = it->second.first;
    state.counters["yardstick_org"] = it->second.second;
    const org::CardPainter cards(org::CardStyle{}, org::RoleCatalogue::defaults(), org::Translator(QStringLiteral("en")));
    const std::vector<QSizeF> sizes = cards.measure(o);
    // A leaf in the middle and two managers to move it between.
    org::Org::Vertex v = org::Org::npos;
    for (auto u = org::Org::Vertex(n / 2); u < org::Org::Vertex(n) && v == org::Org::npos; ++u)
        if (o.reportCount(u) == 0 && o.manager(u) != org::Org::npos)
            v = u;
    const org::Org::Vertex from = o.manager(v);
    org::Org::Vertex to = org::Org::npos;
    for (auto u = org::Org::Vertex(n / 3); u < org::Org::Vertex(n) && to == org::Org::npos; ++u)
        if (o.reportCount(u) > 0 && u != from && !o.wouldCreateCycle(v, u))
            to = u;
    const bool incremental = state.range(1) != 0;
    org::LayoutOptions opts;
    opts.compact = state.range(1) == 2;
    org::IncrementalLayout inc(opts);
    org::LayoutResult result;
    if (incremental)
        inc.layout(o, sizes, result);
    const org::Org::Vertex changed[] = {v};
    bool there = false;
    int followed = 0;
    for (auto _ : state) {
        there = !there;
        o.setManager(v, there ? to : from);
        if (incremental)
            followed += inc.update(o, sizes, {}, changed, result);
        else
            result = org::TreeLayout(opts).layout(o, sizes);
        benchmark::DoNotOptimize(result.bounds);
    }
    if (there)
        o.setManager(v, from);
    if (incremental)
        state.counters["incremental"] = followed, state.counters["following"] = inc.isFollowing();
    if (incremental)
        state.counters["moved_cards"] = double(inc.lastChange().all ? result.shown.size() : inc.lastChange().moved.size());
}

} // namespace

BENCHMARK(BM_RelayoutAfterMove)->Args({100000, 0})->Args({100000, 1})->Args({100000, 2})->Args({1000000, 0})
    ->Args({1000000, 1})->Args({1000000, 2})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Layout)->Args({10000, 0})->Args({100000, 0})->Args({1000000, 0})->Args({100000, 1})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LayoutWithConnectors)->Arg(100000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    return runBenchmarks<QGuiApplication>(argc, argv);
}
