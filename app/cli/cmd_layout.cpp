// SPDX-License-Identifier: MIT
// orgdesigner-cli layout FILE [--compact] [--orientation tb|lr] [--format json] [-o OUT]
#include "cliutil.h"

#include "layout/treelayout.h"
#include "render/cardpainter.h"

#include <QFile>
#include <QSaveFile>

#include <charconv>
#include <chrono>
#include <cstdio>

namespace org::cli {

namespace {

void appendNumber(QByteArray &out, double value)
{
    char buf[32];
    const double rounded = std::round(value * 100) / 100; // 0.01 px is plenty
    const auto res = std::to_chars(buf, buf + sizeof buf, rounded);
    out.append(buf, res.ptr - buf);
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
    const auto loaded = loadInput(opts->files.first(), opts->load);
    if (!loaded)
        return BadInput;
    const Org &org = loaded->org;

    // The painter loads its fonts here (Latin and CJK); layout_ms times the
    // measuring of every card and the tidy tree, like d3.tree's own timing.
    const CardPainter cards(CardStyle{}, loaded->roles, Translator(opts->lang));
    const auto t0 = std::chrono::steady_clock::now();
    const std::vector<QSizeF> sizes = cards.measure(org);
    const auto tm = std::chrono::steady_clock::now();
    const LayoutResult r = TreeLayout(lo).layout(org, sizes);
    const auto t1 = std::chrono::steady_clock::now();
    const double ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
    if (qEnvironmentVariableIsSet("ORG_TIMING"))
        std::fprintf(stderr, "measure_ms=%.1f tree_ms=%.1f\n",
                     std::chrono::duration<double, std::milli>(tm - t0).count(),
                     std::chrono::duration<double, std::milli>(t1 - tm).count());

    // Every id as a JSON string, once, in vertex order: each node then copies
    // its own and its manager's from this compact buffer instead of reaching
    // into the positions at random.
    QByteArray ids;
    std::vector<std::uint32_t> idAt(std::size_t(org.size()) + 1, 0);
    ids.reserve(qsizetype(org.size()) * 10);
    for (Org::Vertex v = 0; v < std::size_t(org.size()); ++v) {
        appendString(ids, org.position(v).id);
        idAt[v + 1] = std::uint32_t(ids.size());
    }
    auto appendId = [&](QByteArray &out, Org::Vertex v) {
        out.append(ids.constData() + idAt[v], qsizetype(idAt[v + 1] - idAt[v]));
    };

    // The JSON goes out in chunks (a million nodes are ~90 MB of text);
    // QSaveFile replaces OUT only once everything is written.
    const QString out = parser.value(QStringLiteral("output"));
    const bool toStdout = out.isEmpty() || out == QLatin1String("-");
    QSaveFile file(out);
    QFile console;
    QIODevice &dev = toStdout ? static_cast<QIODevice &>(console) : file;
    if (!(toStdout ? console.open(stdout, QIODevice::WriteOnly) : file.open(QIODevice::WriteOnly)))
        return fail(Cli::tr("cannot write %1").arg(out));
    constexpr qsizetype kChunk = qsizetype(1) << 20;
    QByteArray json;
    json.reserve(kChunk + 256);
    bool written = true;
    auto flush = [&] {
        written = written && dev.write(json) == json.size();
        json.truncate(0);
    };

    const std::vector<Org::Vertex> &managers = org.managerArray();
    json.append("{\"nodes\":[");
    bool first = true;
    for (Org::Vertex v = 0; v < r.rects.size(); ++v) {
        if (!r.isShown(v))
            continue;
        const QRectF &rc = r.rects[v];
        json.append(first ? "\n{\"id\":" : ",\n{\"id\":");
        first = false;
        appendId(json, v);
        json.append(",\"manager_id\":");
        if (managers[v] == Org::npos)
            json.append("null");
        else
            appendId(json, managers[v]);
        json.append(",\"x\":");
        appendNumber(json, rc.x());
        json.append(",\"y\":");
        appendNumber(json, rc.y());
        json.append(",\"w\":");
        appendNumber(json, rc.width());
        json.append(",\"h\":");
        appendNumber(json, rc.height());
        json.append('}');
        if (json.size() >= kChunk)
            flush();
    }
    json.append("\n],\"width\":");
    appendNumber(json, r.bounds.width());
    json.append(",\"height\":");
    appendNumber(json, r.bounds.height());
    json.append("}\n");
    flush();
    if (!written || (toStdout ? !console.flush() : !file.commit()))
        return fail(Cli::tr("cannot write %1").arg(out));
    printOut(QStringLiteral("layout_ms=%1 nodes=%2\n").arg(QString::number(ms, 'f', 3), QString::number(r.shown.size())));
    return Ok;
}

} // namespace org::cli
