// SPDX-License-Identifier: MIT
// Layout of synthetic orgs of 10k / 100k / 1M positions: card measuring plus
// the tidy tree (what `orgdesigner-cli layout` reports as layout_ms).
#include "layout/treelayout.h"
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

} // namespace

BENCHMARK(BM_Layout)->Args({10000, 0})->Args({100000, 0})->Args({1000000, 0})->Args({100000, 1})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LayoutWithConnectors)->Arg(100000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    return runBenchmarks<QGuiApplication>(argc, argv);
}
