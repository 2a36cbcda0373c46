// SPDX-License-Identifier: MIT
// Plan commands of orgdesigner-cli:
//   import FILE.csv|FILE.xlsx -o PLAN.orgplan [--scenario NAME] [--force] [--infer-roles] [--encoding NAME]
//   scenarios PLAN [--format json] | --copy NAME --as NEW | --rename OLD --as NEW | --delete NAME
//   move PLAN [--scenario NAME] ID --to MANAGER_ID [--keep-team]
//   set-role PLAN [--scenario NAME] ID ROLE
//   diff PLAN [A B] [--format json]
//   export-csv PLAN [--scenario NAME] -o OUT.csv
// PLAN is an .orgplan file or a postgresql:// URL (also accepted as --db URL).
#include "cliutil.h"
#include "planargs.h"

#include "edit/document.h"
#include "rules/stats.h"
#include "store/csvexporter.h"
#include "store/planstore.h"
#include "store/scenariodiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace org::cli {

namespace {

const QString kDb = QStringLiteral("db");

QString money(double v)
{
    const QString text = QLocale(QLocale::English).toString(v, 'f', 0);
    return v > 0 ? QLatin1Char('+') + text : text;
}

QString signedInt(int v)
{
    return v > 0 ? QLatin1Char('+') + QString::number(v) : QString::number(v);
}

/// "3 → 5".
QString countChange(int a, int b)
{
    return Cli::tr("%1 → %2").arg(QString::number(a), QString::number(b));
}

QString orNone(const QString &s)
{
    return s.isEmpty() ? Cli::tr("(none)") : s;
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Imports a CSV file or an Excel workbook into a new plan."));
    parser.addPositionalArgument(QStringLiteral("import"), QString());
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("CSV or XLSX file."));
    addPlanOptions(parser, false);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The plan to write (.orgplan)."),
                      QStringLiteral("plan")});
    parser.addOption({QStringLiteral("scenario"), Cli::tr("Name of the scenario (default: Current)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("force"), Cli::tr("Replace an existing plan.")});
    parser.addOption({QStringLiteral("infer-roles"),
                      Cli::tr("Derive roles from job titles where the role column is missing or unknown.")});
    addEncodingOption(parser);
    int code = Ok;
    if (!parseCommon(parser, args, code))
        return code;
    LoadOptions lo;
    if (!readEncodingOption(parser, lo, code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return files.isEmpty() ? fail(Cli::tr("missing input file (see %1 --help)").arg(args.value(0)))
                               : tooMany(files.mid(1));
    const QString out = parser.isSet(kDb) ? parser.value(kDb) : parser.value(QStringLiteral("output"));
    if (out.isEmpty())
        return fail(Cli::tr("missing output plan: -o PLAN.orgplan or --db URL"));
    if (!parser.isSet(QStringLiteral("force")) && PlanStore::exists(out))
        return fail(Cli::tr("%1 already exists; use --force to replace it").arg(out));

    lo.inferRoles = parser.isSet(QStringLiteral("infer-roles"));
    auto loaded = loadInput(files.first(), lo);
    if (!loaded)
        return BadInput;
    const int count = loaded->org.size();
    Plan plan = Plan::fromImport(std::move(loaded->org), std::move(loaded->roles), std::move(loaded->settings),
                                       parser.value(QStringLiteral("scenario")));
    const QString name = plan.scenarios.front().name;
    if (const StoreStatus st = PlanStore::replace(plan, out); !st)
        return fail(st.error);
    printOut(Cli::tr("%1: %n position(s) imported into scenario \"%2\"", nullptr, count).arg(out, name)
             + QLatin1Char('\n'));
    return Ok;
}

int runScenarios(const QStringList &args)
{
    QCommandLineParser parser;
    setUpPlanParser(parser, "scenarios", Cli::tr("Lists, copies, renames or deletes the scenarios of a plan."), false);
    addFormatOption(parser);
    parser.addOption({QStringLiteral("copy"), Cli::tr("Copy this scenario (with --as NEW)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("rename"), Cli::tr("Rename this scenario (with --as NEW)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("delete"), Cli::tr("Delete this scenario."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("as"), Cli::tr("The new name for --copy and --rename."), QStringLiteral("new")});
    int code = Ok;
    QString location, format;
    QStringList rest;
    if (!parsePlanArgs(parser, args, location, rest, code))
        return code;
    if (!rest.isEmpty())
        return tooMany(rest);
    if (!readFormat(parser, format, code))
        return code;
    const int actions = int(parser.isSet(QStringLiteral("copy"))) + int(parser.isSet(QStringLiteral("rename")))
                        + int(parser.isSet(QStringLiteral("delete")));
    if (actions > 1)
        return fail(Cli::tr("use only one of --copy, --rename and --delete"));
    if ((parser.isSet(QStringLiteral("copy")) || parser.isSet(QStringLiteral("rename")))
        && !parser.isSet(QStringLiteral("as")))
        return fail(Cli::tr("--copy and --rename need --as NEW"));

    Document doc;
    if (!openDocument(doc, location, parser, code))
        return code;
    if (actions == 1) {
        QString error;
        bool ok = true;
        if (parser.isSet(QStringLiteral("copy")))
            ok = doc.duplicateScenario(parser.value(QStringLiteral("copy")), parser.value(QStringLiteral("as")), &error);
        else if (parser.isSet(QStringLiteral("rename")))
            ok = doc.renameScenario(parser.value(QStringLiteral("rename")), parser.value(QStringLiteral("as")), &error);
        else
            ok = doc.deleteScenario(parser.value(QStringLiteral("delete")), &error);
        if (!ok)
            return fail(error);
        if (!saveDocument(doc, code))
            return code;
    }
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const Scenario &s : doc.plan().scenarios)
            list.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("positions"), s.org.size()}});
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("scenarios"), list}})
                                       .toJson(QJsonDocument::Indented)));
        return Ok;
    }
    QString text;
    for (const Scenario &s : doc.plan().scenarios)
        text += Cli::tr("%1: %n position(s)", nullptr, s.org.size()).arg(s.name) + QLatin1Char('\n');
    printOut(text);
    return Ok;
}

int runMove(const QStringList &args)
{
    QCommandLineParser parser;
    setUpPlanParser(parser, "move", Cli::tr("Makes a position report to another manager and saves the plan."), true);
    parser.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The position to move."));
    parser.addOption({QStringLiteral("to"), Cli::tr("The new manager's id (empty: no manager)."),
                      QStringLiteral("manager_id")});
    parser.addOption({QStringLiteral("keep-team"),
                      Cli::tr("Keep team and product line. By default a position that shared its team with its "
                              "old manager takes the new manager's team and product line, and so does the part "
                              "of its subtree that shared them.")});
    int code = Ok;
    QString location;
    QStringList rest;
    if (!parsePlanArgs(parser, args, location, rest, code))
        return code;
    if (rest.size() != 1)
        return rest.isEmpty() ? fail(Cli::tr("missing position id (see %1 --help)").arg(args.value(0)))
                              : tooMany(rest.mid(1));
    if (!parser.isSet(QStringLiteral("to")))
        return fail(Cli::tr("missing --to MANAGER_ID"));
    Document doc;
    if (!openDocument(doc, location, parser, code))
        return code;
    const QString id = rest.first();
    const QString to = parser.value(QStringLiteral("to"));
    const Org::Vertex v = doc.find(id);
    const Org::Vertex m = v == Org::npos ? Org::npos : doc.org().manager(v);
    const QString from = m == Org::npos ? QString() : doc.org().position(m).id;
    doc.setMovesCarryTeam(!parser.isSet(QStringLiteral("keep-team")));
    QString error;
    if (!doc.move(id, to, &error))
        return fail(error);
    if (!saveDocument(doc, code))
        return code;
    printOut(Cli::tr("%1 (scenario \"%2\"): %3 moved from %4 to %5")
                 .arg(location, doc.currentScenarioName(), id, orNone(from), orNone(to))
             + QLatin1Char('\n'));
    return Ok;
}

int runSetRole(const QStringList &args)
{
    QCommandLineParser parser;
    setUpPlanParser(parser, "set-role", Cli::tr("Gives a position another role and saves the plan."), true);
    parser.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The position."));
    parser.addPositionalArgument(QStringLiteral("ROLE"), Cli::tr("The role (key or any spelling)."));
    int code = Ok;
    QString location;
    QStringList rest;
    if (!parsePlanArgs(parser, args, location, rest, code))
        return code;
    if (rest.size() != 2)
        return rest.size() < 2 ? fail(Cli::tr("expected a position id and a role (see %1 --help)").arg(args.value(0)))
                               : tooMany(rest.mid(2));
    Document doc;
    if (!openDocument(doc, location, parser, code))
        return code;
    QString error;
    if (!doc.changeRole(rest[0], rest[1], &error))
        return fail(error);
    if (!saveDocument(doc, code))
        return code;
    const Position &p = doc.org().position(doc.find(rest[0]));
    printOut(Cli::tr("%1 (scenario \"%2\"): %3 is now %4")
                 .arg(location, doc.currentScenarioName(), p.id, p.role)
             + QLatin1Char('\n'));
    return Ok;
}

int runDiff(const QStringList &args)
{
    QCommandLineParser parser;
    setUpPlanParser(parser, "diff",
                    Cli::tr("Compares two scenarios of a plan (default: the first with the last): moved, added, "
                            "removed, role and team changes, headcount and monthly cost per team and role."),
                    false);
    parser.addPositionalArgument(QStringLiteral("A B"), Cli::tr("The scenarios to compare."), QStringLiteral("[A B]"));
    addFormatOption(parser);
    int code = Ok;
    QString location, format;
    QStringList rest;
    if (!parsePlanArgs(parser, args, location, rest, code))
        return code;
    if (rest.size() != 0 && rest.size() != 2)
        return fail(Cli::tr("give two scenarios to compare, or none (see %1 --help)").arg(args.value(0)));
    if (!readFormat(parser, format, code))
        return code;
    Plan plan;
    if (const StoreStatus st = PlanStore::load(location, plan); !st)
        return fail(st.error);
    int a = 0, b = int(plan.scenarios.size()) - 1;
    if (rest.size() == 2) {
        a = plan.indexOf(rest[0]);
        b = plan.indexOf(rest[1]);
        for (int i : {0, 1})
            if ((i == 0 ? a : b) < 0)
                return fail(Cli::tr("there is no scenario \"%1\" (scenarios: %2)")
                                .arg(rest[i], plan.scenarioNames().join(QStringLiteral(", "))));
    }
    const Scenario &sa = plan.scenarios[std::size_t(a)];
    const Scenario &sb = plan.scenarios[std::size_t(b)];
    const ScenarioDiff diff = ScenarioDiff::compute(sa.org, sb.org, plan.roles);
    if (format == QLatin1String("json")) {
        QJsonObject o = diff.toJson();
        o.insert(QStringLiteral("a"), sa.name);
        o.insert(QStringLiteral("b"), sb.name);
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    QString text = Cli::tr("Scenario \"%1\" → \"%2\": %n change(s)", nullptr, int(diff.changes.size()))
                       .arg(sa.name, sb.name)
                   + QLatin1Char('\n');
    for (const ScenarioDiff::Change &c : diff.changes) {
        switch (c.kind) {
        case ScenarioDiff::Kind::Moved:
            text += Cli::tr("  moved        %1: %2 → %3").arg(c.position, orNone(c.from), orNone(c.to));
            break;
        case ScenarioDiff::Kind::Added:
            text += Cli::tr("  added        %1 (manager %2)").arg(c.position, orNone(c.to));
            break;
        case ScenarioDiff::Kind::Removed:
            text += Cli::tr("  removed      %1 (manager %2)").arg(c.position, orNone(c.from));
            break;
        case ScenarioDiff::Kind::RoleChanged:
            text += Cli::tr("  role changed %1: %2 → %3").arg(c.position, orNone(c.from), orNone(c.to));
            break;
        case ScenarioDiff::Kind::TeamChanged:
            text += Cli::tr("  team changed %1: %2 → %3").arg(c.position, orNone(c.from), orNone(c.to));
            break;
        }
        text += QLatin1Char('\n');
    }
    text += Cli::tr("Headcount %1 → %2 (%3), monthly cost %4")
                .arg(QString::number(diff.headcountA), QString::number(diff.headcountB),
                     signedInt(diff.headcountB - diff.headcountA), money(diff.costB - diff.costA))
            + QLatin1Char('\n');
    for (const auto &d : diff.byTeam)
        text += Cli::tr("  team %1: %2 (%3), monthly cost %4")
                    .arg(orNone(d.key), signedInt(d.headcountDelta()), countChange(d.headcountA, d.headcountB),
                         money(d.costDelta()))
                + QLatin1Char('\n');
    for (const auto &d : diff.byRole)
        text += Cli::tr("  role %1: %2 (%3), monthly cost %4")
                    .arg(orNone(d.key), signedInt(d.headcountDelta()), countChange(d.headcountA, d.headcountB),
                         money(d.costDelta()))
                + QLatin1Char('\n');
    printOut(text);
    return Ok;
}

int runExportCsv(const QStringList &args)
{
    QCommandLineParser parser;
    setUpPlanParser(parser, "export-csv",
                    Cli::tr("Writes one scenario of a plan as CSV (UTF-8) that imports back to the same org."), true);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The CSV file to write."),
                      QStringLiteral("file")});
    int code = Ok;
    QString location;
    QStringList rest;
    if (!parsePlanArgs(parser, args, location, rest, code))
        return code;
    if (!rest.isEmpty())
        return tooMany(rest);
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty())
        return fail(Cli::tr("missing output file: -o OUT.csv"));
    LoadOptions lo;
    lo.scenario = parser.value(QStringLiteral("scenario"));
    auto loaded = loadInput(location, lo);
    if (!loaded)
        return BadInput;
    QString error;
    if (!CsvExporter::writeFile(loaded->org, out, &error))
        return fail(Cli::tr("cannot write %1: %2").arg(out, error));
    printOut(Cli::tr("%1: %n position(s) of scenario \"%2\" written", nullptr, loaded->org.size())
                 .arg(out, loaded->scenario)
             + QLatin1Char('\n'));
    return Ok;
}

} // namespace org::cli
