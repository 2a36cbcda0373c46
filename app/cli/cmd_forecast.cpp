// SPDX-License-Identifier: MIT
// orgdesigner-cli forecast FILE [--from 2027Q1] [--to 2028Q4] [--format text|json]
#include "cliutil.h"

#include "model/plandate.h"
#include "rules/forecast.h"
#include "rules/ruleengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace org::cli {

int runForecast(const QStringList &args)
{
    QCommandLineParser parser;
    const QStringList formats{QStringLiteral("text"), QStringLiteral("json")};
    setUpInputParser(parser, QStringLiteral("forecast"),
                     Cli::tr("The plan quarter by quarter: headcount (filled, open), monthly cost, and the problems "
                             "that start or stop, each quarter as of its first day. Exit code 1 when an error rule "
                             "fires in any quarter of the range."),
                     Cli::tr("CSV, XLSX or .orgplan file."), formats);
    parser.addOption({QStringLiteral("from"),
                      Cli::tr("First quarter (2027Q1 or a date in it; default: this quarter)."),
                      QStringLiteral("QUARTER")});
    parser.addOption({QStringLiteral("to"),
                      Cli::tr("Last quarter (default: two years on, or the last date of the plan)."),
                      QStringLiteral("QUARTER")});
    int code = Ok;
    const auto opts = parseInput(parser, args, formats, 1, 1, code);
    if (!opts)
        return code;
    std::optional<QDate> from, to;
    if (parser.isSet(QStringLiteral("from")) && !(from = parseDateArgument(QStringLiteral("--from"), parser.value(QStringLiteral("from")), code)))
        return code;
    if (parser.isSet(QStringLiteral("to")) && !(to = parseDateArgument(QStringLiteral("--to"), parser.value(QStringLiteral("to")), code)))
        return code;
    const auto loaded = loadInput(opts->files.first(), opts->load);
    if (!loaded)
        return BadInput;
    const Org &org = loaded->org;
    const auto range = Forecast::defaultRange(org, QDate::currentDate());
    const QDate first = from.value_or(range.first);
    const QDate last = to.value_or(from && !to ? std::max(range.second, from->addYears(2).addMonths(-3)) : range.second);
    if (last < PlanDate::quarterStart(first))
        return fail(Cli::tr("--to %1 is before --from %2")
                        .arg(PlanDate::quarterKey(last), PlanDate::quarterKey(first)));
    const RuleEngine engine(loaded->roles, loaded->settings);
    const std::vector<Forecast::Quarter> quarters = Forecast::compute(org, loaded->roles, &engine, first, last);
    bool errors = false;
    for (const Forecast::Quarter &q : quarters)
        for (const Problem &p : q.problems)
            errors = errors || p.severity == Severity::Error;

    if (opts->format == QLatin1String("json")) {
        QJsonArray list;
        for (const Forecast::Quarter &q : quarters) {
            QJsonArray started, stopped;
            for (const Problem &p : q.started)
                started.append(problemJson(p, org, engine));
            for (const Problem &p : q.stopped)
                stopped.append(problemJson(p, org, engine));
            list.append(QJsonObject{{QStringLiteral("quarter"), PlanDate::quarterKey(q.start)},
                                    {QStringLiteral("headcount"), q.headcount},
                                    {QStringLiteral("open_positions"), q.openPositions},
                                    {QStringLiteral("monthly_cost"), q.monthlyCost},
                                    {QStringLiteral("started"), started},
                                    {QStringLiteral("stopped"), stopped}});
        }
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("quarters"), list}})
                                       .toJson(QJsonDocument::Indented)));
        return errors ? RuleErrors : Ok;
    }
    const QLocale numbers(QLocale::English);
    QString t = Cli::tr("%1: forecast %2 – %3 (monthly cost in %4)\n")
                    .arg(opts->files.first(), PlanDate::quarterLabel(first), PlanDate::quarterLabel(last),
                         loaded->roles.currency());
    for (const Forecast::Quarter &q : quarters) {
        t += Cli::tr("%1  headcount %2, open %3, monthly cost %4\n")
                 .arg(PlanDate::quarterLabel(q.start), QString::number(q.headcount), QString::number(q.openPositions),
                      numbers.toString(q.monthlyCost, 'f', 0));
        for (const Problem &p : q.started)
            t += QStringLiteral("  + %1 %2 [%3]: %4\n")
                     .arg(severityLabel(p.severity), org.position(p.anchor).id, p.rule,
                          Forecast::startedText(p, org, engine, q.start));
        for (const Problem &p : q.stopped)
            t += QStringLiteral("  - %1 %2 [%3]: %4\n")
                     .arg(severityLabel(p.severity), org.position(p.anchor).id, p.rule,
                          Forecast::stoppedText(p, org, engine, q.start));
    }
    printOut(t);
    return errors ? RuleErrors : Ok;
}

} // namespace org::cli
