// SPDX-License-Identifier: MIT
// Editor benchmarks at scale (issue 17), offscreen: open a 1,000,000-position CSV to the
// first paint of the view; frames per second while panning the whole chart at three
// zooms; a drag through the Document and the scene (move, revalidate, relayout, repaint
// of the view around the moved card) at 100k and 1M.
//
// The orgs come from the yardstick's generator (never committed):
//   python3 tests/bench/yardstick/gen_org.py 100000 -o $DIR/org_100000.csv
//   python3 tests/bench/yardstick/gen_org.py 1000000 -o $DIR/org_1000000.csv
//   ORG_BENCH_DIR=$DIR QT_QPA_PLATFORM=offscreen build-bench/tests/editor_bench
#include "chartscene.h"
#include "chartview.h"
#include "edit/document.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>

#include "benchmain.h"

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

using namespace org;
using namespace org::ui;

namespace {

const QSize kViewport(1600, 1000);

QString orgCsv(int n)
{
    const QString dir = qEnvironmentVariable("ORG_BENCH_DIR", QStringLiteral("."));
    return dir + QStringLiteral("/org_%1.csv").arg(n);
}

std::optional<LoadedOrg> readOrg(int n, QString *error)
{
    LoadOptions options;
    options.inferRolesWithoutRoleColumn = true;
    return Document::readImport(orgCsv(n), options, error);
}

/// A document and its scene with every position shown (nothing collapsed): the heaviest view.
struct Chart
{
    Document doc;
    std::unique_ptr<ChartScene> scene;
};

Chart *expandedChart(int n, benchmark::State &state)
{
    static std::map<int, std::unique_ptr<Chart>> cache;
    if (auto it = cache.find(n); it != cache.end())
        return it->second.get();
    QString error;
    std::optional<LoadedOrg> loaded = readOrg(n, &error);
    if (!loaded) {
        state.SkipWithError(QString(orgCsv(n) + QStringLiteral(": ") + error).toStdString().c_str());
        return nullptr;
    }
    auto chart = std::make_unique<Chart>();
    chart->doc.setAutosaveInterval(0);
    chart->doc.setImported(std::move(*loaded));
    chart->scene = std::make_unique<ChartScene>(&chart->doc);
    chart->scene->setAnimated(false);
    chart->scene->expandAll();
    chart->scene->ensureLayout();
    return cache.emplace(n, std::move(chart)).first->second.get();
}

void renderInto(QImage &image, ChartScene &scene, const QRectF &source)
{
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(0, 0), image.size()), source, Qt::IgnoreAspectRatio);
}

/// Open a CSV in the editor as the app does (read off the UI thread in the app, then
/// Document::setImported, the scene's layout and ChartView::showOpened) until the
/// viewport is painted. Phases are reported as counters (ms).
void BM_OpenToFirstPaint(benchmark::State &state)
{
    const int n = int(state.range(0));
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        QString error;
        std::optional<LoadedOrg> loaded = readOrg(n, &error);
        if (!loaded) {
            state.SkipWithError(QString(orgCsv(n) + QStringLiteral(": ") + error).toStdString().c_str());
            return;
        }
        const qint64 read = t.restart();
        Document doc;
        doc.setAutosaveInterval(0);
        ChartScene scene(&doc);
        doc.setImported(std::move(*loaded));
        const qint64 imported = t.restart();
        ChartView view(&scene);
        view.resize(kViewport);
        view.showOpened();
        const qint64 laidOut = t.restart();
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        view.viewport()->render(&image);
        const qint64 painted = t.restart();
        state.counters["read_ms"] = double(read);
        state.counters["document_ms"] = double(imported);
        state.counters["layout_ms"] = double(laidOut);
        state.counters["paint_ms"] = double(painted);
        state.counters["cards_painted"] = scene.lastPaintedCards();
        // Tearing a million positions down is not part of opening.
        state.SetIterationTime(double(read + imported + laidOut + painted) / 1000);
    }
}

/// Frames while panning the whole (expanded) chart sideways at a zoom: each frame
/// renders the 1600 × 1000 viewport moved by a third of its width.
void BM_Pan(benchmark::State &state)
{
    Chart *chart = expandedChart(int(state.range(0)), state);
    if (!chart)
        return;
    const double zoom = double(state.range(1)) / 100;
    ChartScene &scene = *chart->scene;
    const QRectF bounds = scene.layoutResult().bounds;
    const QSizeF size(kViewport.width() / zoom, kViewport.height() / zoom);
    QImage image(kViewport, QImage::Format_ARGB32_Premultiplied);
    // Start around the middle card of the chart (preorder), where the cards are thick.
    const LayoutResult &layout = scene.layoutResult();
    const QPointF middle = layout.shownRect(layout.shown.size() / 2).center();
    QPointF at(middle.x() - size.width() / 2, middle.y() - size.height() / 2);
    const double startX = at.x();
    int frames = 0;
    for (auto _ : state) {
        renderInto(image, scene, QRectF(at, size));
        at.rx() += size.width() / 3;
        if (at.x() + size.width() > bounds.right() || at.x() > startX + 40 * size.width())
            at.setX(startX);
        ++frames;
    }
    state.counters["fps"] = benchmark::Counter(frames, benchmark::Counter::kIsRate);
    state.counters["cards_painted"] = scene.lastPaintedCards();
}

/// A drop in the editor: Document::move (incremental revalidation), the scene's
/// relayout of the whole expanded chart and the repaint of the view around the card.
void BM_DragInEditor(benchmark::State &state)
{
    Chart *chart = expandedChart(int(state.range(0)), state);
    if (!chart)
        return;
    Document &doc = chart->doc;
    ChartScene &scene = *chart->scene;
    const Org &org = doc.org();
    // A programmer moved between two managers, back and forth.
    Org::Vertex v = Org::npos;
    for (Org::Vertex u = Org::Vertex(org.size() / 2); u < Org::Vertex(org.size()) && v == Org::npos; ++u)
        if (org.reportCount(u) == 0 && org.manager(u) != Org::npos)
            v = u;
    Org::Vertex other = Org::npos;
    for (Org::Vertex u = Org::Vertex(org.size() / 3); u < Org::Vertex(org.size()) && other == Org::npos; ++u)
        if (org.reportCount(u) > 0 && u != org.manager(v) && !org.wouldCreateCycle(v, u))
            other = u;
    const QString id = org.position(v).id;
    const QString from = org.position(org.manager(v)).id, to = org.position(other).id;
    QImage image(kViewport, QImage::Format_ARGB32_Premultiplied);
    bool there = false;
    for (auto _ : state) {
        there = !there;
        QString error;
        if (!doc.move(id, there ? to : from, &error)) {
            state.SkipWithError(error.toStdString().c_str());
            return;
        }
        const QRectF card = scene.cardRect(id); // lays out
        renderInto(image, scene, QRectF(card.center() - QPointF(800, 500), QSizeF(kViewport)));
    }
}

} // namespace

BENCHMARK(BM_OpenToFirstPaint)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1)->UseManualTime();
BENCHMARK(BM_Pan)->Args({1000000, 2})->Args({1000000, 25})->Args({1000000, 100})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DragInEditor)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    return runBenchmarks<QApplication>(argc, argv);
}
