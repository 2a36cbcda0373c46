// SPDX-License-Identifier: MIT
// orgdesigner-cli export FILE -o OUT.png|svg|pdf [--lang …] [--root ID] [--depth N] [--compact]
//     [--orientation tb|lr] [--scale S] [--page fit|A4|A3] [--landscape] [--title TEXT]
#include "cliutil.h"

#include "render/chartexporter.h"
#include "rules/orgasof.h"
#include "rules/ruleengine.h"

#include <QFileInfo>

#include <cmath>

namespace org::cli {

void addLayoutOptions(QCommandLineParser &parser);
bool readLayoutOptions(const QCommandLineParser &parser, LayoutOptions &o, int &exitCode);

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    const QStringList formats{QStringLiteral("auto"), QStringLiteral("png"), QStringLiteral("svg"),
                              QStringLiteral("pdf")};
    setUpInputParser(parser, QStringLiteral("export"),
                     Cli::tr("Draws the org chart as PNG, SVG or vector PDF (by the output's suffix). "
                             "Exit code 1 when the org breaks an error rule (the chart is still written)."),
                     Cli::tr("CSV, XLSX or .orgplan file."), formats);
    addLayoutOptions(parser);
    parser.addOption({QStringLiteral("root"), Cli::tr("Export only the subtree of this position id."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("depth"), Cli::tr("Show at most N levels below the root(s)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("scale"),
                      Cli::tr("PNG: pixels per px at 100 % (default 2, less for huge charts)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("page"),
                      Cli::tr("PDF: fit (one page sized to the chart), A4 or A3 (split by subtree)."),
                      QStringLiteral("fit|A4|A3"), QStringLiteral("fit")});
    parser.addOption({QStringLiteral("landscape"), Cli::tr("PDF: landscape A4/A3 pages.")});
    parser.addOption({QStringLiteral("title"), Cli::tr("Title of the chart (default: the file name)."),
                      QStringLiteral("TEXT")});
    addAsOfOption(parser);
    int code = Ok;
    const auto opts = parseInput(parser, args, formats, 1, 1, code);
    if (!opts)
        return code;
    const QDate asOf = opts->asOf;

    ExportOptions eo;
    if (!readLayoutOptions(parser, eo.layout, code))
        return code;
    QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty())
        return fail(Cli::tr("missing output file: -o OUT.png, OUT.svg or OUT.pdf"));
    QString format = opts->format;
    if (format == QLatin1String("auto"))
        format = QFileInfo(out).suffix().toLower();
    if (format != QLatin1String("png") && format != QLatin1String("svg") && format != QLatin1String("pdf"))
        return fail(Cli::tr("cannot tell the format of \"%1\": use .png, .svg or .pdf").arg(out));

    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        const QString text = parser.value(QStringLiteral("scale"));
        eo.scale = text.toDouble(&ok);
        // Not "!(scale > 0 && scale <= 16)" spelled the other way round: NaN fails every comparison.
        if (!ok || !std::isfinite(eo.scale) || !(eo.scale > 0 && eo.scale <= 16))
            return fail(Cli::tr("--scale wants a number above 0 and at most 16, not \"%1\"").arg(text));
    }
    if (parser.isSet(QStringLiteral("depth"))) {
        bool ok = false;
        eo.layout.maxDepth = parser.value(QStringLiteral("depth")).toInt(&ok);
        if (!ok || eo.layout.maxDepth < 0)
            return fail(Cli::tr("--depth wants a whole number of levels (0 or more)"));
    }
    const QString page = parser.value(QStringLiteral("page")).toLower();
    if (page == QLatin1String("fit"))
        eo.page = ExportOptions::Page::Fit;
    else if (page == QLatin1String("a4"))
        eo.page = ExportOptions::Page::A4;
    else if (page == QLatin1String("a3"))
        eo.page = ExportOptions::Page::A3;
    else
        return fail(Cli::tr("unknown page size \"%1\" (use fit, A4 or A3)").arg(page));
    eo.landscape = parser.isSet(QStringLiteral("landscape"));

    const auto loaded = loadInput(opts->files.first(), opts->load);
    if (!loaded)
        return BadInput;
    // --as-of: draw the org of that day (later managers kept as the links of their
    // chains, OrgAsOf), with the problems of that day.
    const OrgAsOf view = asOf.isValid() ? OrgAsOf::at(loaded->org, asOf) : OrgAsOf{};
    const Org &org = asOf.isValid() ? view.org : loaded->org;
    if (parser.isSet(QStringLiteral("root"))) {
        const QString id = parser.value(QStringLiteral("root"));
        eo.layout.root = org.find(id);
        if (eo.layout.root == Org::npos)
            return fail(Cli::tr("no position with id \"%1\"").arg(id));
    }
    eo.title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title"))
                                                       : QFileInfo(opts->files.first()).completeBaseName();

    const RuleEngine engine(loaded->roles, loaded->settings);
    std::vector<Problem> problems = asOf.isValid() ? OrgAsOf::check(engine, loaded->org, asOf) : engine.check(org);
    if (asOf.isValid())
        for (Problem &p : problems) {
            p.anchor = p.anchor == Org::npos ? Org::npos : view.toView[p.anchor];
            p.other = p.other == Org::npos ? Org::npos : view.toView[p.other];
        }
    bool errors = false;
    for (const Problem &p : problems)
        errors = errors || p.severity == Severity::Error;
    ChartExporter exporter(org, loaded->roles, std::move(problems), Translator(opts->lang));
    if (!eo.layout.compact) {
        // Far too wide (managers with many reports in one row): stack leaf reports instead.
        const QSizeF size = exporter.chartSize(eo.layout);
        if (size.width() > 8000 && size.width() > 4 * size.height()) {
            eo.layout.compact = true;
            printErr(Cli::tr("note: the chart is %1 px wide; using the compact layout").arg(qRound(size.width()))
                     + QLatin1Char('\n'));
        }
    }
    if (format == QLatin1String("png") && eo.scale <= 0 && eo.layout.maxDepth < 0) {
        // One PNG cannot hold every card of a huge org legibly: keep the top
        // levels that fit at half size or more, and say so.
        auto fits = [&eo, &exporter](int depth) {
            LayoutOptions lo = eo.layout;
            lo.maxDepth = depth;
            const QSizeF size = exporter.chartSize(lo) + QSizeF(120, 200); // margins, header
            return size.width() * 0.5 <= eo.maxPngSide && size.height() * 0.5 <= eo.maxPngSide
                   && size.width() * size.height() * 0.25 <= double(eo.maxPngPixels);
        };
        if (!fits(-1)) {
            int depth = 0;
            while (depth < 64 && fits(depth + 1))
                ++depth;
            eo.layout.maxDepth = depth;
            printErr(Cli::tr("note: the whole chart is too large for one PNG; showing the top %n "
                             "level(s) below the root (use --depth or --root, or export PDF or SVG "
                             "for everything)", nullptr, depth)
                     + QLatin1Char('\n'));
        }
    }
    const QString path = out;
    bool ok = false;
    if (format == QLatin1String("png"))
        ok = exporter.writePng(path, eo);
    else if (format == QLatin1String("svg"))
        ok = exporter.writeSvg(path, eo);
    else
        ok = exporter.writePdf(path, eo);
    if (!ok)
        return fail(exporter.errorString());
    if (format == QLatin1String("pdf"))
        printErr(Cli::tr("%1: %n page(s)", nullptr, exporter.pageCount()).arg(out) + QLatin1Char('\n'));
    return errors ? RuleErrors : Ok;
}

} // namespace org::cli
