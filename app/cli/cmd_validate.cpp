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
    const QString description =
        Cli::tr("Checks an org against the rules (DESIGN §4). Exit code 0: no errors "
                "(warnings allowed); 1: at least one error; 2: unreadable input.");
    return runPerFile(args, description, [](const QString &file, const LoadedOrg &input, bool json,
                                             QJsonObject &out) {
        const Org &org = input.org;
        const RuleEngine engine(input.roles, input.settings);
        const std::vector<Problem> problems = engine.check(org);
        int open = 0;
        for (const Position &p : org.positions())
            open += p.isOpen();
        int counts[3] = {0, 0, 0};
        for (const Problem &p : problems)
            ++counts[int(p.severity)];
        if (json) {
            QJsonArray list;
            for (const Problem &p : problems)
                list.append(problemToJson(p, org, engine));
            out = QJsonObject{{QStringLiteral("positions"), org.size()},
                              {QStringLiteral("open_positions"), open},
                              {QStringLiteral("problems"), list}};
        } else {
            QString text = Cli::tr("%1: %n position(s)", nullptr, org.size()).arg(file);
            text += Cli::tr(", %n open", nullptr, open) + QLatin1Char('\n');
            for (const Problem &p : problems)
                text += QStringLiteral("%1 %2 [%3] %4: %5\n")
                            .arg(severityLabel(p.severity).leftJustified(8), org.position(p.anchor).id,
                                 RuleEngine::ruleName(p.rule), p.rule, engine.message(p, org));
            text += Cli::tr("%n error(s)", nullptr, counts[0]) + QStringLiteral(", ")
                    + Cli::tr("%n warning(s)", nullptr, counts[1]) + QStringLiteral(", ")
                    + Cli::tr("%n info(s)", nullptr, counts[2]) + QLatin1Char('\n');
            printOut(text);
        }
        return counts[0] > 0 ? RuleErrors : Ok;
    });
}

} // namespace org::cli
