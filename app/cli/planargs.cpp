// SPDX-License-Identifier: MIT
#include "planargs.h"

#include "cliutil.h"

#include "edit/document.h"

namespace org::cli {

namespace {
const QString kDb = QStringLiteral("db");
} // namespace

void addPlanOptions(QCommandLineParser &parser, bool scenario)
{
    parser.addOption({QStringLiteral("lang"), Cli::tr("Language of messages: en or zh_CN."),
                      QStringLiteral("lang"), QStringLiteral("en")});
    parser.addOption({kDb, Cli::tr("A plan in a shared PostgreSQL database: postgresql://user@host:port/dbname."),
                      QStringLiteral("url")});
    if (scenario)
        parser.addOption({QStringLiteral("scenario"), Cli::tr("The scenario to use (default: the first)."),
                          QStringLiteral("name")});
}

bool takePlan(const QCommandLineParser &parser, QString &plan, QStringList &rest, int &code)
{
    rest = parser.positionalArguments();
    if (parser.isSet(kDb)) {
        plan = parser.value(kDb);
        return true;
    }
    if (rest.isEmpty()) {
        code = fail(Cli::tr("missing plan (an .orgplan file or --db URL)"));
        return false;
    }
    plan = rest.takeFirst();
    return true;
}

void setUpPlanParser(QCommandLineParser &parser, const char *command, const QString &description, bool scenario)
{
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QString::fromLatin1(command), QString());
    parser.addPositionalArgument(QStringLiteral("PLAN"), Cli::tr("An .orgplan file (or use --db)."));
    addPlanOptions(parser, scenario);
}

bool parsePlanArgs(QCommandLineParser &parser, const QStringList &args, QString &location, QStringList &rest,
                   int &code)
{
    return parseCommon(parser, args, code) && takePlan(parser, location, rest, code);
}

void addFormatOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"), Cli::tr("Output format: text, json."), QStringLiteral("format"),
                      QStringLiteral("text")});
}

bool readFormat(const QCommandLineParser &parser, QString &format, int &code)
{
    format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("text") || format == QLatin1String("json"))
        return true;
    code = fail(Cli::tr("unknown format \"%1\" (use %2)").arg(format, QStringLiteral("text, json")));
    return false;
}

int tooMany(const QStringList &extra)
{
    return fail(Cli::tr("too many arguments: %1").arg(extra.join(QLatin1Char(' '))));
}

bool openDocument(Document &doc, const QString &plan, const QCommandLineParser &parser, int &code)
{
    doc.setAutosaveInterval(0);
    QString error;
    if (!doc.open(plan, &error)) {
        code = fail(error);
        return false;
    }
    if (parser.optionNames().contains(QStringLiteral("scenario")) && parser.isSet(QStringLiteral("scenario"))
        && !doc.switchScenario(parser.value(QStringLiteral("scenario")), &error)) {
        code = fail(error);
        return false;
    }
    return true;
}

bool saveDocument(Document &doc, int &code)
{
    QString error;
    if (!doc.save(&error)) {
        code = fail(Cli::tr("the plan was not saved: %1").arg(error));
        return false;
    }
    return true;
}

} // namespace org::cli
