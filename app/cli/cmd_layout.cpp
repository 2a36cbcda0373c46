// SPDX-License-Identifier: MIT
// orgdesigner-cli layout FILE [--compact] [--orientation tb|lr] [--format json] [-o OUT]
#include "cliutil.h"
#include "jsonnumber.h"

#include "layout/treelayout.h"
#include "render/cardpainter.h"

#include <QFile>
#include <QSaveFile>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

namespace org::cli {

namespace {

template<std::size_t N>
char *put(char *at, const char (&text)[N])
{
    std::memcpy(at, text, N - 1);
    return at + N - 1;
}

/// Keeps a loaded org until the process ends: freeing a million positions
/// string by string would take a tenth of the run, and the kernel takes all the
/// pages back at once. Still reachable through a static pointer, so it is not
/// a leak to LeakSanitizer.
void keepUntilExit(std::optional<LoadedOrg> &&loaded)
{
    static auto *const kept = new std::vector<LoadedOrg>;
    if (loaded)
        kept->push_back(std::move(*loaded));
}

void appendString(QByteArray &out, const QString &text)
{
    out.append('"');
    // Ids are mostly plain ASCII: copy those straight into the buffer.
    const qsizetype n = text.size();
    const char16_t *src = reinterpret_cast<const char16_t *>(text.constData());
    bool plain = true;
    for (qsizetype i = 0; i < n && plain; ++i)
        plain = src[i] >= 0x20 && src[i] < 0x80 && src[i] != u'"' && src[i] != u'\\';
    if (plain) {
        const qsizetype at = out.size();
        out.resize(at + n + 1);
        char *dst = out.data() + at;
        for (qsizetype i = 0; i < n; ++i)
            dst[i] = char(src[i]);
        dst[n] = '"';
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(char(c));
        } else if (c < 0x20) {
            char esc[8];
            std::snprintf(esc, sizeof esc, "\\u%04x", c);
            out.append(esc, 6);
        } else {
            out.append(char(c));
        }
    }
    out.append('"');
}

} // namespace

/// Adds the options that choose the shape of the chart (layout and export share them).
void addLayoutOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("compact"),
                      Cli::tr("Stack a manager's leaf reports in columns (narrower charts).")});
    parser.addOption({QStringLiteral("orientation"), Cli::tr("tb (top-down, default) or lr (left to right)."),
                      QStringLiteral("tb|lr"), QStringLiteral("tb")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("Output file."),
                      QStringLiteral("OUT")});
}

/// Reads --compact and --orientation into `o`; false (after printing why) on a bad value.
bool readLayoutOptions(const QCommandLineParser &parser, LayoutOptions &o, int &exitCode)
{
    o.compact = parser.isSet(QStringLiteral("compact"));
    const QString orient = parser.value(QStringLiteral("orientation")).toLower();
    if (orient == QLatin1String("tb")) {
        o.orientation = Orientation::TopDown;
    } else if (orient == QLatin1String("lr")) {
        o.orientation = Orientation::LeftRight;
    } else {
        exitCode = fail(Cli::tr("unknown orientation \"%1\" (use tb or lr)").arg(orient));
        return false;
    }
    return true;
}

int runLayout(const QStringList &args)
{
    QCommandLineParser parser;
    const QStringList formats{QStringLiteral("json")};
    setUpInputParser(parser, QStringLiteral("layout"),
                     Cli::tr("Lays out the org chart and writes each card's rectangle (px at 100 %, top-left) "
                             "as JSON. The last line printed is layout_ms=<ms> nodes=<n>."),
                     Cli::tr("CSV, XLSX or .orgplan file."), formats);
    addLayoutOptions(parser);
    int code = Ok;
    const auto opts = parseInput(parser, args, formats, 1, 1, code);
    if (!opts)
        return code;
    LayoutOptions lo;
    if (!readLayoutOptions(parser, lo, code))
        return code;
    lo.routeConnectors = false;
    const bool timing = timingAsked();
    auto loaded = loadInput(opts->files.first(), opts->load);
    if (!loaded)
        return BadInput;
    const Org &org = loaded->org;
    if (timing)
        printPhase("loaded");

    // The painter loads its fonts here (Latin and CJK); layout_ms times the
    // measuring of every card and the tidy tree, like d3.tree's own timing.
    const CardPainter cards(CardStyle{}, loaded->roles, Translator(opts->lang));
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<QSizeF> sizes = cards.measure(org);
    const auto tm = std::chrono::steady_clock::now();
    const LayoutResult r = TreeLayout(lo).layout(org, sizes);
    const auto t1 = std::chrono::steady_clock::now();
    const double ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
    sizes = {}; // its pages go to the JSON's ids
    if (timing) {
        std::fprintf(stderr, "measure_ms=%.1f tree_ms=%.1f\n",
                     std::chrono::duration<double, std::milli>(tm - t0).count(),
                     std::chrono::duration<double, std::milli>(t1 - tm).count());
        printPhase("laid out");
    }

    // Every id as a JSON string, once, in vertex order: each node then copies
    // its own and its manager's from this compact buffer instead of reaching
    // into the positions at random.
    QByteArray ids;
    std::vector<std::uint32_t> idAt(std::size_t(org.size()) + 1, 0);
    ids.reserve(qsizetype(org.size()) * 10);
    constexpr Org::Vertex kAhead = 16; // prefetch distance: each node waits on memory, not on arithmetic
    const Org::Vertex n = std::size_t(org.size());
    for (Org::Vertex v = 0; v < n; ++v) {
        if (v + kAhead < n)
            __builtin_prefetch(org.position(v + kAhead).id.constData());
        appendString(ids, org.position(v).id);
        idAt[v + 1] = std::uint32_t(ids.size());
    }

    // The JSON goes out in chunks (a million nodes are ~90 MB of text);
    // QSaveFile replaces OUT only once everything is written. Each node is
    // written straight into the chunk (room for it is made first).
    const QString out = parser.value(QStringLiteral("output"));
    const bool toStdout = out.isEmpty() || out == QLatin1String("-");
    QSaveFile file(out);
    QFile console;
    QIODevice &dev = toStdout ? static_cast<QIODevice &>(console) : file;
    if (!(toStdout ? console.open(stdout, QIODevice::WriteOnly) : file.open(QIODevice::WriteOnly)))
        return fail(Cli::tr("cannot write %1").arg(out));
    constexpr std::size_t kChunk = std::size_t(1) << 20;
    std::vector<char> json(kChunk + 4096);
    std::size_t used = 0;
    bool written = true;
    auto flush = [&] {
        written = written && dev.write(json.data(), qint64(used)) == qint64(used);
        used = 0;
    };
    auto room = [&](std::size_t bytes) { // where to write up to `bytes` bytes
        if (used + bytes > json.size()) {
            flush();
            if (bytes > json.size())
                json.resize(bytes);
        }
        return json.data() + used;
    };
    auto idLength = [&](Org::Vertex v) { return std::size_t(idAt[v + 1] - idAt[v]); };
    auto putId = [&](char *at, Org::Vertex v) {
        std::memcpy(at, ids.constData() + idAt[v], idLength(v));
        return at + idLength(v);
    };

    const std::vector<Org::Vertex> &managers = org.managerArray();
    char *at = put(room(16), "{\"nodes\":[");
    used = std::size_t(at - json.data());
    bool first = true;
    for (Org::Vertex v = 0; v < r.rects.size(); ++v) {
        if (!r.isShown(v))
            continue;
        // A manager's id sits anywhere in the buffer: fetch its offset, then its text, ahead.
        if (v + kAhead < n && managers[v + kAhead] != Org::npos)
            __builtin_prefetch(&idAt[managers[v + kAhead]]);
        if (v + kAhead / 2 < n && managers[v + kAhead / 2] != Org::npos)
            __builtin_prefetch(ids.constData() + idAt[managers[v + kAhead / 2]]);
        const QRectF &rc = r.rects[v];
        const Org::Vertex m = managers[v];
        at = room(idLength(v) + (m == Org::npos ? 0 : idLength(m)) + 256);
        at = first ? put(at, "\n{\"id\":") : put(at, ",\n{\"id\":");
        first = false;
        at = putId(at, v);
        at = put(at, ",\"manager_id\":");
        at = m == Org::npos ? put(at, "null") : putId(at, m);
        at = putNumber(put(at, ",\"x\":"), rc.x());
        at = putNumber(put(at, ",\"y\":"), rc.y());
        at = putNumber(put(at, ",\"w\":"), rc.width());
        at = putNumber(put(at, ",\"h\":"), rc.height());
        *at++ = '}';
        used = std::size_t(at - json.data());
        if (used >= kChunk)
            flush();
    }
    at = putNumber(put(room(128), "\n],\"width\":"), r.bounds.width());
    at = putNumber(put(at, ",\"height\":"), r.bounds.height());
    at = put(at, "}\n");
    used = std::size_t(at - json.data());
    flush();
    if (!written || (toStdout ? !console.flush() : !file.commit()))
        return fail(Cli::tr("cannot write %1").arg(out));
    if (timing)
        printPhase("written");
    printOut(QStringLiteral("layout_ms=%1 nodes=%2\n").arg(QString::number(ms, 'f', 3), QString::number(r.shown.size())));
    keepUntilExit(std::move(loaded));
    return Ok;
}

} // namespace org::cli
