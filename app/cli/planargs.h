// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace org { class Document; }

namespace org::cli {

// The arguments of the commands that edit or read a plan (cmd_plan.cpp, apply):
// "COMMAND PLAN … [--db URL] [--scenario NAME] [--lang en|zh_CN]". Each function
// that can fail prints why, sets `code` and returns false.

/// Adds --lang, --db and, when `scenario`, --scenario.
void addPlanOptions(QCommandLineParser &parser, bool scenario);
/// A plan command's parser: its description, the command name and PLAN, and
/// the plan options (--lang, --db and, when `scenario`, --scenario).
void setUpPlanParser(QCommandLineParser &parser, const char *command, const QString &description, bool scenario);
/// The plan location (from --db or the first positional argument) and the
/// remaining positional arguments (after the command name).
bool takePlan(const QCommandLineParser &parser, QString &plan, QStringList &rest, int &code);
/// Parses `args` (false with `code` set on an error or --help) and takes the
/// plan location; `rest` gets the positional arguments after it.
bool parsePlanArgs(QCommandLineParser &parser, const QStringList &args, QString &location, QStringList &rest,
                   int &code);
/// Adds --format text|json (default text).
void addFormatOption(QCommandLineParser &parser);
/// --format: "text" or "json"; false with `code` set otherwise.
bool readFormat(const QCommandLineParser &parser, QString &format, int &code);
/// Fails with "too many arguments: …"; returns BadInput.
int tooMany(const QStringList &extra);
/// Opens the plan (no autosave) and switches to --scenario when the parser has it.
bool openDocument(Document &doc, const QString &plan, const QCommandLineParser &parser, int &code);
/// Saves the plan.
bool saveDocument(Document &doc, int &code);

} // namespace org::cli
