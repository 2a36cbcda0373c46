// SPDX-License-Identifier: MIT
#pragma once

#include "load/orgloader.h"
#include "model/problem.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <QJsonObject>

#include <functional>
#include <optional>

namespace org {
class RuleEngine;
}

namespace org::cli {

/// Exit codes of DESIGN.md §5.
enum Exit : int { Ok = 0, RuleErrors = 1, BadInput = 2 };

/// One subcommand of orgdesigner-cli.
struct Command
{
    const char *name;
    const char *summary;       ///< one line, English source text (translated)
    bool needsGui;             ///< needs QGuiApplication (fonts) rather than QCoreApplication
    int (*run)(const QStringList &args);
};

/// Translation context for the CLI's own strings.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Writes UTF-8 text to stdout / stderr.
void printOut(const QString &text);
void printErr(const QString &text);

/// Prints "orgdesigner-cli: MESSAGE" to stderr and returns BadInput.
int fail(const QString &message);

/// Options shared by the commands that read an org.
struct InputOptions
{
    QStringList files;
    QString format = QStringLiteral("text");
    QString lang = QStringLiteral("en");
    LoadOptions load;
    QDate asOf; ///< --as-of, for the commands that have it (addAsOfOption); invalid when not given
};

/// Adds --encoding (CSV input) to a parser.
void addEncodingOption(QCommandLineParser &parser);
/// Reads --encoding into `load`; false (after printing why) on an unknown name.
bool readEncodingOption(const QCommandLineParser &parser, LoadOptions &load, int &exitCode);

/// Adds --as-of DATE (ISO date or quarter such as 2027Q3) to a parser.
void addAsOfOption(QCommandLineParser &parser);
/// Reads --as-of into `date` (left invalid when not given); false (after printing why)
/// when the value is no date.
bool readAsOfOption(const QCommandLineParser &parser, QDate &date, int &exitCode);
/// Parses a DATE argument of `option` (ISO date or quarter); nullopt after printing why.
std::optional<QDate> parseDateArgument(const QString &option, const QString &value, int &exitCode);

/// Adds --format, --lang, --infer-roles, --scenario, --db and --encoding to a parser.
void addInputOptions(QCommandLineParser &parser, const QStringList &formats);

/// A command that reads input files: the parser's description, the command's name,
/// the FILE argument (`fileHelp`; shown as `fileSyntax`, such as "FILE…", when given)
/// and the input options for `formats` (addInputOptions).
void setUpInputParser(QCommandLineParser &parser, const QString &command, const QString &description,
                      const QString &fileHelp, const QStringList &formats, const QString &fileSyntax = QString());

/// Parses args (args[0] is the command name). Returns nullopt after printing
/// the reason or the help; `exitCode` then holds what to return.
std::optional<InputOptions> parseInput(QCommandLineParser &parser, const QStringList &args,
                                       const QStringList &formats, int minFiles, int maxFiles,
                                       int &exitCode);

/// Parses args and switches the language; handles --help. Returns false with
/// `exitCode` set when the command should stop.
bool parseCommon(QCommandLineParser &parser, const QStringList &args, int &exitCode);

/// What a per-file command does with one loaded input: returns Ok or RuleErrors;
/// with --format json it fills `json` instead of printing text.
/// `asOf` is the --as-of date (invalid: the whole plan).
using PerFile = std::function<int(const QString &file, const LoadedOrg &input, bool json, QJsonObject &out,
                                  QDate asOf)>;

/// The frame of the commands that read FILE… (validate, stats): parses
/// "COMMAND FILE… [--format text|json] [--lang] [--infer-roles] [--scenario] [--as-of DATE]",
/// loads each file and runs `perFile`. JSON output is the object for one file or
/// an array of objects with a "file" key for several. Returns the worst exit code.
int runPerFile(const QStringList &args, const QString &description, const PerFile &perFile);

/// A problem as validate's JSON writes it (DESIGN §5).
QJsonObject problemJson(const Problem &p, const Org &org, const RuleEngine &engine);
/// validate's JSON: {"positions", "open_positions", "problems": [...]}.
QJsonObject validationJson(const Org &org, const std::vector<Problem> &problems, const RuleEngine &engine);
/// validate's first line of text, without its end: "FILE: N positions, M open".
QString positionsLine(const QString &file, int positions, int open);
/// validate's text: one line a problem, then the counts by severity.
QByteArray problemLinesUtf8(const Org &org, const std::vector<Problem> &problems, const RuleEngine &engine);
/// problemLinesUtf8() as text.
QString problemLines(const Org &org, const std::vector<Problem> &problems, const RuleEngine &engine);
/// Prints problemLines() to stdout as it goes, in chunks of about 1 MB (for large orgs).
void printProblemLines(const Org &org, const std::vector<Problem> &problems, const RuleEngine &engine);
/// "error", "warning", "info" in the UI language.
QString severityLabel(Severity s);

/// ORG_TIMING is set: the commands print what each phase costs (printPhase).
bool timingAsked();
/// On stderr: seconds of wall time since the process started, of user and system time,
/// MiB resident now and at most, of glibc's heap what is in use and what it holds, and
/// page faults — to see what each phase costs and which one sets the peak.
void printPhase(const char *phase);

/// Loads one input, printing every error (file:line: message) to stderr.
std::optional<LoadedOrg> loadInput(const QString &file, const LoadOptions &options);

} // namespace org::cli
