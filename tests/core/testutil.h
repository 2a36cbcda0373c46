// SPDX-License-Identifier: MIT
#pragma once

#include "io/csvimporter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <ostream>

// Readable QString / QStringList in gtest failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }
inline void PrintTo(const QStringList &l, std::ostream *os)
{
    *os << '[' << l.join(QStringLiteral(", ")).toStdString() << ']';
}
QT_END_NAMESPACE

namespace org::test {

/// Imports CSV text (UTF-8) with the default catalogue; fails the test on errors.
Org orgFromCsv(const QString &csv, bool inferRoles = false);
/// Imports CSV bytes and returns the whole result (errors included).
ImportResult importCsv(const QByteArray &bytes, bool inferRoles = false);
/// One line per position (id, manager, dotted managers, fields), for failure messages.
std::string dump(const Org &org);
/// Path of a file in tests/data/public (the public sample orgs).
QString publicData(const QString &name);

/// Result of running orgdesigner-cli.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
/// Runs the CLI built next to the tests with these arguments; `inChild`, when given,
/// runs in the child process before the CLI starts (e.g. to set a resource limit).
CliRun runCli(const QStringList &args, const std::function<void()> &inChild = {});

/// Converts UTF-8 text to another encoding with iconv(1), as a user's tool would.
QByteArray iconvTo(const QByteArray &utf8, const char *encoding);

/// A temporary folder with helpers to write files into it.
class TempFiles
{
public:
    QString write(const QString &name, const QByteArray &bytes);
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace org::test
