// SPDX-License-Identifier: MIT
// orgdesigner-cli apply PLAN CHANGES.csv [--scenario S] [--dry-run] [--format text|json] [--lang en|zh_CN]
//                                        [--encoding NAME] [--db URL]
// A bulk reorg from a spreadsheet: the rows of CHANGES.csv (id plus any of manager_id, role,
// team, product_line, name; import's header aliases) are applied in file order through the
// Document as one undo step, all or nothing, and the plan is saved unless --dry-run. Then the
// problems are printed as validate prints them (--format json: validate's JSON).
#include "cliutil.h"

#include "edit/document.h"
#include "io/changelist.h"
#include "rules/ruleengine.h"

#include <QJsonDocument>

namespace org::cli {

int runApply(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Applies the rows of a change file to a plan in file order, all or nothing, and saves it "
                "(not with --dry-run); then prints the problems as validate does. CHANGES.csv has an id "
                "column and any of manager_id, role, team, product_line, name: a new id adds a position, "
                "an empty manager_id makes a root, and only the columns the file has change. Exit code "
                "0: no errors; 1: the org breaks an error rule; 2: unreadable input or a rejected change."));
    parser.addPositionalArgument(QStringLiteral("apply"), QString());
    parser.addPositionalArgument(QStringLiteral("PLAN"), Cli::tr("An .orgplan file (or use --db)."));
    parser.addPositionalArgument(QStringLiteral("CHANGES"), Cli::tr("The change file (CSV)."));
    parser.addOption({QStringLiteral("format"), Cli::tr("Output format: text, json."), QStringLiteral("format"),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("lang"), Cli::tr("Language of messages: en or zh_CN."),
                      QStringLiteral("lang"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("scenario"), Cli::tr("The scenario to use (default: the first)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("db"),
                      Cli::tr("A plan in a shared PostgreSQL database: postgresql://user@host:port/dbname."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("dry-run"), Cli::tr("Check and show the outcome; write nothing.")});
    addEncodingOption(parser);
    int code = Ok;
    if (!parseCommon(parser, args, code))
        return code;
    LoadOptions load;
    if (!readEncodingOption(parser, load, code))
        return code;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return fail(Cli::tr("unknown format \"%1\" (use %2)").arg(format, QStringLiteral("text, json")));
    QStringList rest = parser.positionalArguments();
    const QString plan = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : (rest.isEmpty() ? QString() : rest.takeFirst());
    if (plan.isEmpty())
        return fail(Cli::tr("missing plan (an .orgplan file or --db URL)"));
    if (rest.isEmpty())
        return fail(Cli::tr("missing change file (see %1 --help)").arg(args.value(0)));
    if (rest.size() > 1)
        return fail(Cli::tr("too many arguments: %1").arg(rest.mid(1).join(QLatin1Char(' '))));
    const QString changesFile = rest.first();

    // Read the change file first: a bad one never opens the plan.
    const ChangeList::Result changes = ChangeList::readFile(changesFile, load.encoding);
    if (!changes.ok()) {
        for (const ImportError &e : changes.errors)
            printErr(e.toString() + QLatin1Char('\n'));
        return BadInput;
    }
    Document doc;
    doc.setAutosaveInterval(0);
    QString error;
    if (!doc.open(plan, &error))
        return fail(error);
    if (parser.isSet(QStringLiteral("scenario")) && !doc.switchScenario(parser.value(QStringLiteral("scenario")), &error))
        return fail(error);
    int line = 0;
    if (!doc.applyChanges(changes.changes, &error, &line)) {
        printErr(ImportError{changesFile, line, error}.toString() + QLatin1Char('\n'));
        printErr(Cli::tr("no change was applied\n"));
        return BadInput;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool changed = doc.isModified();
    if (!dryRun && changed && !doc.save(&error))
        return fail(Cli::tr("the plan was not saved: %1").arg(error));

    const Org &org = doc.org();
    const RuleEngine engine(doc.roles(), doc.ruleSettings());
    const std::vector<Problem> &problems = doc.problems();
    const bool errors = std::any_of(problems.begin(), problems.end(),
                                    [](const Problem &p) { return p.severity == Severity::Error; });
    if (format == QLatin1String("json")) {
        printOut(QString::fromUtf8(QJsonDocument(validationJson(org, problems, engine)).toJson(QJsonDocument::Indented)));
    } else {
        int open = 0;
        for (const Position &p : org.positions())
            open += p.isOpen();
        const int rows = int(changes.changes.size());
        QString text = dryRun ? Cli::tr("%1 (scenario \"%2\"): rows checked: %3; nothing was written\n")
                                    .arg(plan, doc.currentScenarioName(), QString::number(rows))
                              : Cli::tr("%1 (scenario \"%2\"): rows applied: %3\n")
                                    .arg(plan, doc.currentScenarioName(), QString::number(rows));
        // Then exactly what validate prints for the plan.
        text += Cli::tr("%1: %n position(s)", nullptr, org.size()).arg(plan);
        text += Cli::tr(", %n open", nullptr, open) + QLatin1Char('\n');
        text += problemLines(org, problems, engine);
        printOut(text);
    }
    return errors ? RuleErrors : Ok;
}

} // namespace org::cli
