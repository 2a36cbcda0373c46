// SPDX-License-Identifier: MIT
// orgdesigner-cli validate FILE… [--format text|json] [--lang en|zh_CN] [--infer-roles]
#include "cliutil.h"

#include "rules/ruleengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace org::cli {

namespace {

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Error: return Cli::tr("error");
    case Severity::Warning: return Cli::tr("warning");
    case Severity::Info: return Cli::tr("info");
    }
    return {};
}

QJsonObject problemToJson(const Problem &p, const Org &org, const RuleEngine &engine)
{
    QJsonObject o{{QStringLiteral("rule"), p.rule},
                  {QStringLiteral("severity"), severityId(p.severity)},
                  {QStringLiteral("position"), org.position(p.anchor).id},
                  {QStringLiteral("message"), engine.message(p, org)}};
    if (p.rule == QLatin1String("director-required") || p.rule == QLatin1String("product-line-manager")
        || p.rule == QLatin1String("product-line-architect"))
        o.insert(QStringLiteral("headcount"), p.headcount);
    if (p.rule == QLatin1String("span-of-control"))
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

} // namespace

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Checks an org against the rules (DESIGN §4). Exit code 0: no errors "
                "(warnings allowed); 1: at least one error; 2: unreadable input."));
    parser.addPositionalArgument(QStringLiteral("validate"), QString());
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("CSV, XLSX or .orgplan file(s)."),
                                 QStringLiteral("FILE…"));
    const QStringList formats{QStringLiteral("text"), QStringLiteral("json")};
    addInputOptions(parser, formats);
    int code = Ok;
    const auto opts = parseInput(parser, args, formats, 1, 0, code);
    if (!opts)
        return code;
    const bool json = opts->format == QLatin1String("json");
    const bool many = opts->files.size() > 1;

    int exitCode = Ok;
    QJsonArray reports;
    for (const QString &file : opts->files) {
        const auto loaded = loadInput(file, opts->load);
        if (!loaded) {
            exitCode = BadInput;
            continue;
        }
        const Org &org = loaded->org;
        const RuleEngine engine(loaded->roles, loaded->settings);
        const std::vector<Problem> problems = engine.check(org);
        int open = 0;
        for (const Position &p : org.positions())
            open += p.isOpen();
        int counts[3] = {0, 0, 0};
        for (const Problem &p : problems)
            ++counts[int(p.severity)];
        if (counts[0] > 0 && exitCode == Ok)
            exitCode = RuleErrors;

        if (json) {
            QJsonArray list;
            for (const Problem &p : problems)
                list.append(problemToJson(p, org, engine));
            QJsonObject report{{QStringLiteral("positions"), org.size()},
                               {QStringLiteral("open_positions"), open},
                               {QStringLiteral("problems"), list}};
            if (many)
                report.insert(QStringLiteral("file"), file);
            reports.append(report);
            continue;
        }
        QString text = Cli::tr("%1: %n position(s)", nullptr, org.size()).arg(file);
        text += Cli::tr(", %n open", nullptr, open) + QLatin1Char('\n');
        for (const Problem &p : problems)
            text += QStringLiteral("%1 %2 [%3] %4: %5\n")
                        .arg(severityLabel(p.severity), -8)
                        .arg(org.position(p.anchor).id, RuleEngine::ruleName(p.rule), p.rule,
                             engine.message(p, org));
        text += Cli::tr("%n error(s)", nullptr, counts[0]) + QStringLiteral(", ")
                + Cli::tr("%n warning(s)", nullptr, counts[1]) + QStringLiteral(", ")
                + Cli::tr("%n info(s)", nullptr, counts[2]) + QLatin1Char('\n');
        printOut(text);
    }
    if (json && !reports.isEmpty()) {
        const QJsonDocument doc = many ? QJsonDocument(reports) : QJsonDocument(reports.first().toObject());
        printOut(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    }
    return exitCode;
}

} // namespace org::cli
