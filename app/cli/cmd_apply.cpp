// SPDX-License-Identifier: MIT
// orgdesigner-cli apply PLAN CHANGES.csv [--scenario S] [--dry-run] [--format text|json] [--lang en|zh_CN]
//                                        [--encoding NAME] [--db URL]
// A bulk reorg from a spreadsheet: the rows of CHANGES.csv (id plus any of manager_id, role,
// team, product_line, name; import's header aliases) are applied in file order through the
// Document as one undo step, all or nothing, and the plan is saved unless --dry-run. Then the
// problems are printed as validate prints them (--format json: validate's JSON).
#include "cliutil.h"
#include "planargs.h"

#include "edit/document.h"
#include "io/changelist.h"
#include "rules/ruleengine.h"

#include <QJsonDocument>

#include <cstdio>
#include <future>
#include <system_error>

namespace org::cli {

namespace {

/// The document of the one apply of this process, kept until the process ends: freeing a
/// million positions string by string at the end of a 1M apply took ~0.15 s, and the
/// kernel takes all the pages back at once. Reachable through a static pointer, so it
/// is not a leak to LeakSanitizer.
Document &documentKeptUntilExit()
{
    static Document *const kept = new Document;
    return *kept;
}

} // namespace

int runApply(const QStringList &args)
{
    QCommandLineParser parser;
    setUpPlanParser(parser, "apply",
                    Cli::tr("Applies the rows of a change file to a plan in file order, all or nothing, and saves it "
                            "(not with --dry-run); then prints the problems as validate does. CHANGES.csv has an id "
                            "column and any of manager_id, role, team, product_line, name: a new id adds a position, "
                            "an empty manager_id makes a root, and only the columns the file has change. Exit code "
                            "0: no errors; 1: the org breaks an error rule; 2: unreadable input or a rejected change."),
                    true);
    parser.addPositionalArgument(QStringLiteral("CHANGES"), Cli::tr("The change file (CSV)."));
    addFormatOption(parser);
    parser.addOption({QStringLiteral("dry-run"), Cli::tr("Check and show the outcome; write nothing.")});
    addEncodingOption(parser);
    int code = Ok;
    if (!parseCommon(parser, args, code))
        return code;
    LoadOptions load;
    QString format, plan;
    QStringList rest;
    if (!readEncodingOption(parser, load, code) || !readFormat(parser, format, code)
        || !takePlan(parser, plan, rest, code))
        return code;
    if (rest.isEmpty())
        return fail(Cli::tr("missing change file (see %1 --help)").arg(args.value(0)));
    if (rest.size() > 1)
        return tooMany(rest.mid(1));
    const QString changesFile = rest.first();

    // Read the change file first: a bad one never opens the plan.
    const ChangeList::Result changes = ChangeList::readFile(changesFile, load.encoding);
    if (!changes.ok()) {
        for (const ImportError &e : changes.errors)
            printErr(e.toString() + QLatin1Char('\n'));
        return BadInput;
    }
    const bool timing = timingAsked();
    if (timing)
        printPhase("changes read");
    Document &doc = documentKeptUntilExit();
    // The problems are read once, after the changes: the result is checked in full
    // beside the save (below), not the plan as opened and then change by change.
    doc.setValidation(Document::Validation::Deferred);
    if (!openDocument(doc, plan, parser, code))
        return code;
    if (timing)
        printPhase("plan opened");
    QString error;
    int line = 0;
    if (!doc.applyChanges(changes.changes, &error, &line)) {
        printErr(ImportError{changesFile, line, error}.toString() + QLatin1Char('\n'));
        printErr(Cli::tr("no change was applied\n"));
        return BadInput;
    }
    if (timing)
        printPhase("applied");
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool changed = doc.isModified();

    // What is printed afterwards (validate's output for the result) is made on a second
    // thread while this one saves (when it saves): both only read the org (its graph is
    // built first, here, not by whichever thread asks first).
    const Org &org = doc.org();
    org.graph();
    const RuleEngine engine(doc.roles(), doc.ruleSettings());
    const int rows = int(changes.changes.size());
    const QString heading = dryRun ? Cli::tr("%1 (scenario \"%2\"): rows checked: %3; nothing was written\n")
                                         .arg(plan, doc.currentScenarioName(), QString::number(rows))
                                   : Cli::tr("%1 (scenario \"%2\"): rows applied: %3\n")
                                         .arg(plan, doc.currentScenarioName(), QString::number(rows));
    struct Report
    {
        QByteArray text;
        bool errors = false;
    };
    const auto report = [&, json = format == QLatin1String("json")] {
        const std::vector<Problem> problems = engine.check(org);
        Report r;
        r.errors = std::any_of(problems.begin(), problems.end(),
                               [](const Problem &p) { return p.severity == Severity::Error; });
        if (json) {
            r.text = QJsonDocument(validationJson(org, problems, engine)).toJson(QJsonDocument::Indented);
            return r;
        }
        int open = 0;
        for (const Position &p : org.positions())
            open += p.isOpen();
        // Then exactly what validate prints for the plan.
        r.text = (heading + positionsLine(plan, org.size(), open) + QLatin1Char('\n')).toUtf8()
                 + problemLinesUtf8(org, problems, engine);
        return r;
    };
    const bool saving = !dryRun && changed;
    std::future<Report> made;
    if (saving) {
        try {
            made = std::async(std::launch::async, report);
        } catch (const std::system_error &) { // no second thread: one after the other
        }
    }
    if (saving && !saveDocument(doc, code))
        return code; // (`made` waits for its thread)
    if (timing)
        printPhase("saved");
    const Report r = made.valid() ? made.get() : report();
    std::fwrite(r.text.constData(), 1, std::size_t(r.text.size()), stdout);
    if (timing)
        printPhase("printed");
    return r.errors ? RuleErrors : Ok;
}

} // namespace org::cli
