// SPDX-License-Identifier: MIT
#include "cliutil.h"

#include "i18n/language.h"
#include "model/plandate.h"
#include "rules/ruleengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>

#include <chrono>
#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace org::cli {

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
}

int fail(const QString &message)
{
    printErr(QStringLiteral("orgdesigner-cli: ") + message + QLatin1Char('\n'));
    return BadInput;
}

namespace {

QStringList encodingNames()
{
    QStringList names;
    for (TextDecoder::Encoding e : TextDecoder::encodings())
        names << TextDecoder::encodingName(e);
    return names;
}

} // namespace

void addEncodingOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("encoding"),
                      Cli::tr("CSV: the text encoding (%1; default: detected).")
                          .arg(encodingNames().join(QStringLiteral(", "))),
                      QStringLiteral("name")});
}

bool readEncodingOption(const QCommandLineParser &parser, LoadOptions &load, int &exitCode)
{
    if (!parser.isSet(QStringLiteral("encoding")))
        return true;
    const QString name = parser.value(QStringLiteral("encoding"));
    load.encoding = TextDecoder::encodingFromName(name);
    if (!load.encoding) {
        exitCode = fail(Cli::tr("unknown encoding \"%1\" (use %2)")
                            .arg(name, encodingNames().join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

void addAsOfOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("as-of"),
                      Cli::tr("The org as of DATE (YYYY-MM-DD, or a quarter such as 2027Q3 = its first day): "
                              "positions not started yet or already left do not count."),
                      QStringLiteral("DATE")});
}

std::optional<QDate> parseDateArgument(const QString &option, const QString &value, int &exitCode)
{
    const std::optional<QDate> date = PlanDate::parse(value);
    if (!date)
        exitCode = fail(Cli::tr("%1: \"%2\" is not a date (expected YYYY-MM-DD or a quarter such as 2027Q3)")
                            .arg(option, value));
    return date;
}

bool readAsOfOption(const QCommandLineParser &parser, QDate &date, int &exitCode)
{
    if (!parser.isSet(QStringLiteral("as-of")))
        return true;
    const std::optional<QDate> d = parseDateArgument(QStringLiteral("--as-of"), parser.value(QStringLiteral("as-of")),
                                                     exitCode);
    if (!d)
        return false;
    date = *d;
    return true;
}

void setUpInputParser(QCommandLineParser &parser, const QString &command, const QString &description,
                      const QString &fileHelp, const QStringList &formats, const QString &fileSyntax)
{
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(command, QString());
    parser.addPositionalArgument(QStringLiteral("FILE"), fileHelp, fileSyntax);
    addInputOptions(parser, formats);
}

void addInputOptions(QCommandLineParser &parser, const QStringList &formats)
{
    parser.addOption({QStringLiteral("format"),
                      Cli::tr("Output format: %1.").arg(formats.join(QStringLiteral(", "))),
                      QStringLiteral("format"), formats.first()});
    parser.addOption({QStringLiteral("lang"), Cli::tr("Language of messages: en or zh_CN."),
                      QStringLiteral("lang"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("infer-roles"),
                      Cli::tr("Derive roles from job titles where the role column is missing or unknown.")});
    parser.addOption({QStringLiteral("scenario"), Cli::tr("Plans: the scenario to use (default: the first)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("db"),
                      Cli::tr("A plan in a shared PostgreSQL database: postgresql://user@host:port/dbname."),
                      QStringLiteral("url")});
    addEncodingOption(parser);
}

bool parseCommon(QCommandLineParser &parser, const QStringList &args, int &exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help."));
    parser.addOption(help);
    // --lang first, so that the parse errors below are in the chosen language.
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    if (langAt >= 0 && langAt + 1 < args.size())
        setLanguage(args[langAt + 1]);
    for (const QString &a : args)
        if (a.startsWith(QLatin1String("--lang=")))
            setLanguage(a.mid(7));
    if (!parser.parse(args)) {
        exitCode = fail(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        exitCode = Ok;
        return false;
    }
    if (parser.optionNames().contains(QStringLiteral("lang"))) {
        const QString lang = parser.value(QStringLiteral("lang"));
        if (!setLanguage(lang)) {
            exitCode = fail(Cli::tr("unknown language \"%1\" (use en or zh_CN)").arg(lang));
            return false;
        }
    }
    return true;
}

std::optional<InputOptions> parseInput(QCommandLineParser &parser, const QStringList &args,
                                       const QStringList &formats, int minFiles, int maxFiles,
                                       int &exitCode)
{
    if (!parseCommon(parser, args, exitCode))
        return std::nullopt;
    InputOptions o;
    o.format = parser.value(QStringLiteral("format"));
    if (!formats.contains(o.format)) {
        exitCode = fail(Cli::tr("unknown format \"%1\" (use %2)").arg(o.format, formats.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    o.lang = language(); // parseCommon() set it: "zh" is "zh_CN" there
    o.load.inferRoles = parser.isSet(QStringLiteral("infer-roles"));
    o.load.scenario = parser.value(QStringLiteral("scenario"));
    if (!readEncodingOption(parser, o.load, exitCode))
        return std::nullopt;
    o.files = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("db")))
        o.files.prepend(parser.value(QStringLiteral("db")));
    if (o.files.size() < minFiles) {
        exitCode = fail(Cli::tr("missing input file (see %1 --help)").arg(args.value(0)));
        return std::nullopt;
    }
    if (maxFiles > 0 && o.files.size() > maxFiles) {
        exitCode = fail(Cli::tr("too many arguments: %1").arg(o.files.mid(maxFiles).join(QLatin1Char(' '))));
        return std::nullopt;
    }
    // Only an option the command has can be given (else parsing failed above).
    if (parser.optionNames().contains(QStringLiteral("as-of")) && !readAsOfOption(parser, o.asOf, exitCode))
        return std::nullopt;
    return o;
}

int runPerFile(const QStringList &args, const QString &description, const PerFile &perFile)
{
    QCommandLineParser parser;
    const QStringList formats{QStringLiteral("text"), QStringLiteral("json")};
    setUpInputParser(parser, args.value(0), description, Cli::tr("CSV, XLSX or .orgplan file(s)."), formats,
                     QStringLiteral("FILE…"));
    addAsOfOption(parser);
    int code = Ok;
    const auto opts = parseInput(parser, args, formats, 1, 0, code);
    if (!opts)
        return code;
    const bool json = opts->format == QLatin1String("json");
    const bool many = opts->files.size() > 1;
    int exitCode = Ok;
    QJsonArray all;
    for (const QString &file : opts->files) {
        const auto loaded = loadInput(file, opts->load);
        if (!loaded) {
            exitCode = BadInput;
            continue;
        }
        QJsonObject out;
        if (perFile(file, *loaded, json, out, opts->asOf) == RuleErrors && exitCode == Ok)
            exitCode = RuleErrors;
        if (json) {
            if (many)
                out.insert(QStringLiteral("file"), file);
            all.append(out);
        }
    }
    if (json && !all.isEmpty())
        printOut(QString::fromUtf8((many ? QJsonDocument(all) : QJsonDocument(all.first().toObject()))
                                       .toJson(QJsonDocument::Indented)));
    return exitCode;
}

std::optional<LoadedOrg> loadInput(const QString &file, const LoadOptions &options)
{
    LoadResult r = OrgLoader::load(file, options);
    if (!r.ok()) {
        for (const ImportError &e : r.errors)
            printErr(e.toString() + QLatin1Char('\n'));
        return std::nullopt;
    }
    return std::move(r.loaded);
}


// ---------------------------------------------------------------------------
// Problems as validate prints them (shared by validate, fix and apply)

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Error: return Cli::tr("error");
    case Severity::Warning: return Cli::tr("warning");
    case Severity::Info: return Cli::tr("info");
    }
    return {};
}

QJsonObject problemJson(const Problem &p, const Org &org, const RuleEngine &engine)
{
    QJsonObject o{{QStringLiteral("rule"), p.rule},
                  {QStringLiteral("severity"), severityId(p.severity)},
                  {QStringLiteral("position"), org.position(p.anchor).id},
                  {QStringLiteral("message"), engine.message(p, org)}};
    if (p.rule == QLatin1String("director-required") || p.rule == QLatin1String("product-line-manager")
        || p.rule == QLatin1String("product-line-architect"))
        o.insert(QStringLiteral("headcount"), p.headcount);
    if (p.rule == QLatin1String("span-of-control") || p.rule == QLatin1String("narrow-span"))
        o.insert(QStringLiteral("direct_reports"), p.headcount);
    if (p.limit > 0)
        o.insert(QStringLiteral("limit"), p.limit);
    if (!p.productLine.isEmpty())
        o.insert(QStringLiteral("product_line"), p.productLine);
    if (!p.productLines.isEmpty())
        o.insert(QStringLiteral("product_lines"), QJsonArray::fromStringList(p.productLines));
    if (p.other != Org::npos)
        o.insert(QStringLiteral("manager"), org.position(p.other).id);
    if (!p.ids.isEmpty())
        o.insert(QStringLiteral("positions"), QJsonArray::fromStringList(p.ids));
    return o;
}


QJsonObject validationJson(const Org &org, const std::vector<Problem> &problems, const RuleEngine &engine)
{
    int open = 0;
    for (const Position &p : org.positions())
        open += p.isOpen();
    QJsonArray list;
    for (const Problem &p : problems)
        list.append(problemJson(p, org, engine));
    return QJsonObject{{QStringLiteral("positions"), org.size()},
                       {QStringLiteral("open_positions"), open},
                       {QStringLiteral("problems"), list}};
}

namespace {

/// validate's text (one line a problem, then the counts by severity) in UTF-8, handed to
/// `hand` in chunks of about 1 MB: no text of all the problems at once (~200,000 lines
/// at 1,000,000 positions), each piece encoded straight into the chunk.
template<class Hand>
void writeProblemLines(const Org &org, const std::vector<Problem> &problems, const RuleEngine &engine, Hand hand)
{
    constexpr qsizetype kChunk = qsizetype(1) << 20;
    QByteArray chunk;
    chunk.reserve(kChunk + 4096);
    QStringEncoder utf8(QStringEncoder::Utf8);
    auto put = [&](QStringView text) {
        const qsizetype at = chunk.size();
        chunk.resize(at + utf8.requiredSpace(text.size()));
        char *end = utf8.appendToBuffer(chunk.data() + at, text);
        chunk.resize(end - chunk.constData());
    };
    const QByteArray labels[3] = {severityLabel(Severity::Error).leftJustified(8).toUtf8(),
                                  severityLabel(Severity::Warning).leftJustified(8).toUtf8(),
                                  severityLabel(Severity::Info).leftJustified(8).toUtf8()};
    QHash<QString, QByteArray> ruleNames; // the translated name of each rule, once
    int counts[3] = {0, 0, 0};
    for (const Problem &p : problems) {
        ++counts[int(p.severity)];
        auto name = ruleNames.constFind(p.rule);
        if (name == ruleNames.constEnd())
            name = ruleNames.insert(p.rule, RuleEngine::ruleName(p.rule).toUtf8());
        chunk += labels[int(p.severity)];
        chunk += ' ';
        put(org.position(p.anchor).id);
        chunk += " [";
        chunk += *name;
        chunk += "] ";
        put(p.rule);
        chunk += ": ";
        put(engine.message(p, org));
        chunk += '\n';
        if (chunk.size() >= kChunk) {
            hand(chunk);
            chunk.resize(0); // keeps the capacity
        }
    }
    put(QString(Cli::tr("%n error(s)", nullptr, counts[0]) + QStringLiteral(", ")
                + Cli::tr("%n warning(s)", nullptr, counts[1]) + QStringLiteral(", ")
                + Cli::tr("%n info(s)", nullptr, counts[2]) + QLatin1Char('\n')));
    hand(chunk);
}

} // namespace

QString positionsLine(const QString &file, int positions, int open)
{
    return Cli::tr("%1: %n position(s)", nullptr, positions).arg(file) + Cli::tr(", %n open", nullptr, open);
}

QByteArray problemLinesUtf8(const Org &org, const std::vector<Problem> &problems, const RuleEngine &engine)
{
    QByteArray all;
    writeProblemLines(org, problems, engine, [&all](const QByteArray &chunk) { all += chunk; });
    return all;
}

QString problemLines(const Org &org, const std::vector<Problem> &problems, const RuleEngine &engine)
{
    return QString::fromUtf8(problemLinesUtf8(org, problems, engine));
}

void printProblemLines(const Org &org, const std::vector<Problem> &problems, const RuleEngine &engine)
{
    writeProblemLines(org, problems, engine, [](const QByteArray &chunk) {
        std::fwrite(chunk.constData(), 1, std::size_t(chunk.size()), stdout);
    });
}

namespace {
/// Set when the program's statics are, before main(): "wall" counts from about the start.
const auto kStarted = std::chrono::steady_clock::now();
} // namespace

bool timingAsked()
{
    static const bool asked = qEnvironmentVariableIsSet("ORG_TIMING");
    return asked;
}

void printPhase(const char *phase)
{
    long pages = 0, resident = 0;
    if (FILE *f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    struct rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    constexpr double kMiB = 1 << 20;
#ifdef __GLIBC__
    const struct mallinfo2 heap = mallinfo2();
    const double inUse = double(heap.uordblks + heap.hblkhd) / kMiB, held = double(heap.arena + heap.hblkhd) / kMiB;
#else
    const double inUse = 0, held = 0;
#endif
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - kStarted).count();
    std::fprintf(stderr,
                 "%s: wall=%.2f user=%.2f sys=%.2f rss=%.1f peak=%.1f heap_in_use=%.1f heap=%.1f minflt=%ld\n",
                 phase, wall, seconds(usage.ru_utime), seconds(usage.ru_stime),
                 double(resident) * double(sysconf(_SC_PAGESIZE)) / kMiB, double(usage.ru_maxrss) * 1024 / kMiB,
                 inUse, held, usage.ru_minflt);
}

} // namespace org::cli
