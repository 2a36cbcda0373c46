// SPDX-License-Identifier: MIT
// orgdesigner-cli fix FILE [--scenario S] [--rule ID] [--position ID] [--all] [--dry-run]
//                          [--format text|json] [--lang en|zh_CN] [--infer-roles] [--encoding NAME]
// Lists the fixes of the org's problems with their outcome. --all (every error), --rule or
// --position pick problems whose first fix is applied, one after another, through the
// Document; a plan is then saved unless --dry-run. Exit 0 when no error is left, 1 otherwise.
#include "cliutil.h"

#include "edit/document.h"
#include "fix/fixengine.h"
#include "rules/ruleengine.h"
#include "store/planstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace org::cli {

namespace {

QJsonObject fixJson(const Fix &fix, bool applied)
{
    QJsonArray edits;
    for (const FixEdit &e : fix.edits) {
        static const char *const kinds[] = {"add", "move", "set-role", "set-team", "set-product-line"};
        QJsonObject o{{QStringLiteral("kind"), QLatin1String(kinds[int(e.kind)])}, {QStringLiteral("id"), e.id}};
        if (e.kind == FixEdit::Kind::Add || e.kind == FixEdit::Kind::Move)
            o.insert(QStringLiteral("manager"), e.manager);
        if (e.kind != FixEdit::Kind::Move)
            o.insert(e.kind == FixEdit::Kind::Add || e.kind == FixEdit::Kind::SetRole ? QStringLiteral("role")
                     : e.kind == FixEdit::Kind::SetTeam                             ? QStringLiteral("team")
                                                                                     : QStringLiteral("product_line"),
                     e.value);
        if (e.kind == FixEdit::Kind::Add) {
            o.insert(QStringLiteral("team"), e.team);
            o.insert(QStringLiteral("product_line"), e.productLine);
        }
        edits.append(o);
    }
    const FixOutcome &out = fix.outcome;
    return QJsonObject{{QStringLiteral("rule"), fix.rule},
                       {QStringLiteral("position"), fix.anchor},
                       {QStringLiteral("fix"), fix.kind},
                       {QStringLiteral("name"), fix.name},
                       {QStringLiteral("applied"), applied},
                       {QStringLiteral("edits"), edits},
                       {QStringLiteral("outcome"),
                        QJsonObject{{QStringLiteral("errors"), out.errorsAfter - out.errorsBefore},
                                    {QStringLiteral("warnings"), out.warningsAfter - out.warningsBefore},
                                    {QStringLiteral("open_positions"), out.openPositionsAdded},
                                    {QStringLiteral("headcount"), out.headcountDelta},
                                    {QStringLiteral("monthly_cost"), out.monthlyCostDelta},
                                    {QStringLiteral("text"), FixEngine::outcomeText(out)}}}};
}

QString fixLine(const Fix &fix, bool applied)
{
    return QStringLiteral("%1 %2 [%3] %4 (%5)\n")
        .arg(applied ? Cli::tr("applied") : Cli::tr("fix"), fix.anchor, fix.rule, fix.name,
             FixEngine::outcomeText(fix.outcome));
}

} // namespace

int runFix(const QStringList &args)
{
    QCommandLineParser parser;
    setUpInputParser(parser, QStringLiteral("fix"),
                     Cli::tr("Lists the fixes of an org's problems and what each would change. With --all, --rule "
                             "or --position, applies the first fix of each chosen problem (of a plan: saved unless "
                             "--dry-run). Exit code 0: no error left; 1: errors left; 2: unreadable input."),
                     Cli::tr("A CSV file, an Excel workbook or a plan."),
                     {QStringLiteral("text"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("rule"), Cli::tr("Only problems of this rule."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("position"), Cli::tr("Only problems shown at this position."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("all"), Cli::tr("Fix every error that has a fix.")});
    parser.addOption({QStringLiteral("dry-run"), Cli::tr("Show what would be applied; write nothing.")});
    int code = Ok;
    const std::optional<InputOptions> in = parseInput(parser, args, {QStringLiteral("text"), QStringLiteral("json")},
                                                      1, 1, code);
    if (!in)
        return code;
    const QString file = in->files.constFirst();
    const bool isPlan = PlanStore::isDatabaseUrl(file) || OrgLoader::detect(file) == OrgLoader::Kind::Plan;
    Document doc;
    doc.setAutosaveInterval(0);
    QString error;
    if (isPlan) {
        if (!doc.open(file, &error))
            return fail(error);
        if (!in->load.scenario.isEmpty() && !doc.switchScenario(in->load.scenario, &error))
            return fail(error);
    } else {
        std::optional<LoadedOrg> loaded = loadInput(file, in->load);
        if (!loaded)
            return BadInput;
        doc.setPlan(Plan::fromImport(std::move(loaded->org), loaded->roles, loaded->settings));
    }

    const QString rule = parser.value(QStringLiteral("rule"));
    const QString position = parser.value(QStringLiteral("position"));
    if (!rule.isEmpty() && !RuleSettings::ruleIds().contains(rule))
        return fail(Cli::tr("unknown rule \"%1\" (rules: %2)").arg(rule, RuleSettings::ruleIds().join(QStringLiteral(", "))));
    if (!position.isEmpty() && doc.find(position) == Org::npos)
        return fail(Cli::tr("no position has the id \"%1\"").arg(position));
    const bool all = parser.isSet(QStringLiteral("all"));
    const bool applying = all || !rule.isEmpty() || !position.isEmpty();
    const auto chosen = [&](const Problem &p) {
        if (!rule.isEmpty() && p.rule != rule)
            return false;
        if (!position.isEmpty() && doc.org().position(p.anchor).id != position)
            return false;
        return !all || p.severity == Severity::Error;
    };

    const FixEngine engine(doc.roles(), doc.ruleSettings());
    std::vector<std::pair<Fix, bool>> report; // fix, applied
    if (!applying) {
        for (const Problem &p : doc.problems())
            for (Fix &f : engine.fixesFor(doc.org(), p, doc.problems()))
                report.emplace_back(std::move(f), false);
    } else {
        // One fix at a time, re-checking in between: a fix changes what the next problems are.
        QSet<QString> tried; // rule|anchor of problems whose fixes are used up
        for (int round = 0; round < 100000; ++round) {
            std::optional<Fix> next;
            for (const Problem &p : doc.problems()) {
                const QString key = p.rule + QLatin1Char('|') + doc.org().position(p.anchor).id;
                if (!chosen(p) || tried.contains(key))
                    continue;
                std::vector<Fix> fixes = engine.fixesFor(doc.org(), p, doc.problems());
                if (fixes.empty()) {
                    tried.insert(key);
                    continue;
                }
                next = std::move(fixes.front());
                if (!all)
                    tried.insert(key);
                break;
            }
            if (!next)
                break;
            if (!doc.applyFix(*next, &error))
                return fail(error);
            report.emplace_back(std::move(*next), true);
        }
    }
    bool saved = false;
    if (isPlan && applying && !parser.isSet(QStringLiteral("dry-run")) && !report.empty()) {
        if (!doc.save(&error))
            return fail(Cli::tr("the plan was not saved: %1").arg(error));
        saved = true;
    }

    const RuleEngine rules(doc.roles(), doc.ruleSettings());
    const std::vector<Problem> &left = doc.problems();
    const bool errorsLeft = std::any_of(left.begin(), left.end(), [](const Problem &p) { return p.severity == Severity::Error; });
    if (in->format == QLatin1String("json")) {
        QJsonArray fixes;
        for (const auto &[f, applied] : report)
            fixes.append(fixJson(f, applied));
        QJsonObject out = validationJson(doc.org(), left, rules);
        out.insert(QStringLiteral("fixes"), fixes);
        out.insert(QStringLiteral("saved"), saved);
        printOut(QString::fromUtf8(QJsonDocument(out).toJson()));
    } else {
        QString text;
        for (const auto &[f, applied] : report)
            text += fixLine(f, applied);
        if (report.empty())
            text += applying ? Cli::tr("no fix applies to the chosen problems\n") : Cli::tr("no problem has a fix\n");
        if (applying) {
            text += saved ? Cli::tr("%1 (scenario \"%2\"): saved\n").arg(file, doc.currentScenarioName())
                          : Cli::tr("nothing was written\n");
            text += problemLines(doc.org(), left, rules);
        }
        printOut(text);
    }
    return errorsLeft ? RuleErrors : Ok;
}

} // namespace org::cli
