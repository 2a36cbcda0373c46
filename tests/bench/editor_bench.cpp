// SPDX-License-Identifier: MIT
// Editor benchmarks at scale (issue 17), offscreen: open a 1,000,000-position CSV to the
// first paint of the view; frames per second while panning the whole chart at three
// zooms; a drag through the Document and the scene (move, revalidate, relayout, repaint
// of the view around the moved card) at 100k and 1M; the same drag and a bulk apply of
// 10,000 moves at 1M in a whole MainWindow, so that every listener of the Document
// (problems panel, people list, status bar, badges, minimap, property panel) is measured.
//
// The orgs come from the yardstick's generator (never committed):
//   python3 tests/bench/yardstick/gen_org.py 100000 -o $DIR/org_100000.csv
//   python3 tests/bench/yardstick/gen_org.py 1000000 -o $DIR/org_1000000.csv
//   ORG_BENCH_DIR=$DIR QT_QPA_PLATFORM=offscreen build-bench/tests/editor_bench
#include "chartscene.h"
#include "chartview.h"
#include "edit/document.h"
#include "mainwindow.h"
#include "problemsdock.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>

#include "benchmain.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>
#include <memory>
#include <random>

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

/// The benchmark org of `n` positions; skips the benchmark, naming the file, when it cannot be read.
std::optional<LoadedOrg> readOrgOrSkip(int n, benchmark::State &state)
{
    QString error;
    std::optional<LoadedOrg> loaded = readOrg(n, &error);
    if (!loaded)
        state.SkipWithError(QString(orgCsv(n) + QStringLiteral(": ") + error).toStdString().c_str());
    return loaded;
}

Chart *expandedChart(int n, benchmark::State &state)
{
    static std::map<int, std::unique_ptr<Chart>> cache;
    if (auto it = cache.find(n); it != cache.end())
        return it->second.get();
    std::optional<LoadedOrg> loaded = readOrgOrSkip(n, state);
    if (!loaded)
        return nullptr;
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

/// A leaf that reports to someone, and a manager to move it to, near the middle of the org.
std::pair<QString, QString> dragPair(const Org &org)
{
    Org::Vertex v = Org::npos;
    for (Org::Vertex u = Org::Vertex(org.size() / 2); u < Org::Vertex(org.size()) && v == Org::npos; ++u)
        if (org.reportCount(u) == 0 && org.manager(u) != Org::npos)
            v = u;
    Org::Vertex other = Org::npos;
    for (Org::Vertex u = Org::Vertex(org.size() / 3); u < Org::Vertex(org.size()) && other == Org::npos; ++u)
        if (org.reportCount(u) > 0 && u != org.manager(v) && !org.wouldCreateCycle(v, u))
            other = u;
    return {org.position(v).id, org.position(other).id};
}

/// Moves `id` under `to` and back under `from` on alternate calls (`there` says where it
/// is); false, and the benchmark skipped with the Document's message, when refused.
bool moveToAndFro(Document &doc, const QString &id, const QString &from, const QString &to, bool &there,
                  benchmark::State &state)
{
    there = !there;
    QString error;
    if (doc.move(id, there ? to : from, &error))
        return true;
    state.SkipWithError(error.toStdString().c_str());
    return false;
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
    const auto [id, to] = dragPair(org);
    const QString from = org.position(org.manager(org.find(id))).id;
    QImage image(kViewport, QImage::Format_ARGB32_Premultiplied);
    bool there = false;
    for (auto _ : state) {
        if (!moveToAndFro(doc, id, from, to, there, state))
            return;
        const QRectF card = scene.cardRect(id); // lays out
        renderInto(image, scene, QRectF(card.center() - QPointF(800, 500), QSizeF(kViewport)));
    }
}

/// A main window on the offscreen platform with an org of `n` positions, every card
/// shown: the editor as a user has it, with all its docks and listeners.
MainWindow *editorWindow(int n, benchmark::State &state)
{
    static std::map<int, std::unique_ptr<MainWindow>> cache;
    static const bool cleanUp = [] {
        qAddPostRoutine([] { cache.clear(); }); // windows go before the application
        return true;
    }();
    (void)cleanUp;
    if (auto it = cache.find(n); it != cache.end())
        return it->second.get();
    cache.clear(); // one million-position window at a time
    std::optional<LoadedOrg> loaded = readOrgOrSkip(n, state);
    if (!loaded)
        return nullptr;
    auto window = std::make_unique<MainWindow>();
    window->resize(kViewport);
    window->show();
    // The problems panel in front; the dashboard and forecast closed (shown, they
    // rebuild a while after the edits stop: quarters as of a date, not per edit).
    for (const char *dock : {"dashboardDock", "forecastDock"})
        if (auto *w = window->findChild<QDockWidget *>(QString::fromLatin1(dock)))
            w->close();
    window->problemsDock()->raise();
    window->scene()->setAnimated(false);
    Document *doc = window->document();
    doc->setAutosaveInterval(0);
    doc->setImported(std::move(*loaded));
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(); // the first layout and the opened view
    window->scene()->expandAll();
    window->scene()->ensureLayout();
    QCoreApplication::processEvents();
    return cache.emplace(n, std::move(window)).first->second.get();
}

/// Runs what an edit posted (relayout, update requests) and paints what it made dirty.
void settleAndPaint()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}


/// A drop in the whole editor: Document::move, then everything its listeners do
/// (problems panel, badges, status bar, people list, property panel, minimap) and
/// the repaint of the window with the moved card in view and selected.
void BM_DragInMainWindow(benchmark::State &state)
{
    MainWindow *window = editorWindow(int(state.range(0)), state);
    if (!window)
        return;
    Document &doc = *window->document();
    const Org &org = doc.org();
    const auto [id, to] = dragPair(org);
    const QString from = org.position(org.manager(org.find(id))).id;
    window->scene()->setSelection({id}, id);
    window->chartView()->centerOn(window->scene()->cardRect(id).center());
    settleAndPaint();
    bool there = false;
    for (auto _ : state) {
        if (!moveToAndFro(doc, id, from, to, there, state))
            return;
        settleAndPaint();
    }
    state.counters["problems"] = double(doc.problemCounts()[0] + doc.problemCounts()[1] + doc.problemCounts()[2]);
}

/// File → Apply changes… of 10,000 moves (leaves under other managers) in the whole
/// editor: Document::applyChanges, one step, and what the window's listeners do
/// until it is painted; then the undo of the step (undo_ms, not in the time).
void BM_ApplyInMainWindow(benchmark::State &state)
{
    MainWindow *window = editorWindow(int(state.range(0)), state);
    if (!window)
        return;
    Document &doc = *window->document();
    const Org &org = doc.org();
    std::vector<Org::Vertex> leaves, managers;
    for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v)
        (org.reportCount(v) == 0 ? leaves : managers).push_back(v);
    std::mt19937 rng(7);
    std::shuffle(leaves.begin(), leaves.end(), rng);
    std::vector<PositionChange> changes;
    for (int i = 0; i < int(state.range(1)) && i < int(leaves.size()); ++i) {
        const Org::Vertex v = leaves[std::size_t(i)];
        Org::Vertex m = managers[std::uniform_int_distribution<std::size_t>(0, managers.size() - 1)(rng)];
        if (m == org.manager(v))
            continue;
        changes.push_back({i + 2, org.position(v).id, org.position(m).id, {}, {}, {}, {}});
    }
    settleAndPaint();
    double undoMs = 0;
    int problemSignals = 0;
    bool applying = false;
    const QMetaObject::Connection counting = QObject::connect(
        &doc, &Document::problemsChanged, &doc, [&] { problemSignals += applying; });
    for (auto _ : state) {
        applying = true;
        QElapsedTimer t;
        t.start();
        QString error;
        if (!doc.applyChanges(changes, &error)) {
            state.SkipWithError(error.toStdString().c_str());
            break;
        }
        settleAndPaint();
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        applying = false;
        t.restart();
        doc.undo();
        settleAndPaint();
        undoMs += double(t.nsecsElapsed()) / 1e6;
    }
    QObject::disconnect(counting);
    state.counters["moves"] = double(changes.size());
    state.counters["undo_ms"] = undoMs / double(std::max<std::int64_t>(1, state.iterations()));
    state.counters["problem_signals"] = double(problemSignals) / double(std::max<std::int64_t>(1, state.iterations()));
}

} // namespace

BENCHMARK(BM_OpenToFirstPaint)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1)->UseManualTime();
BENCHMARK(BM_Pan)->Args({1000000, 2})->Args({1000000, 25})->Args({1000000, 100})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DragInEditor)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DragInMainWindow)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ApplyInMainWindow)->Args({1000000, 100})->Args({1000000, 10000})->Unit(benchmark::kMillisecond)->Iterations(2)->UseManualTime();

int main(int argc, char **argv)
{
    return runBenchmarks<QApplication>(argc, argv);
}
