// SPDX-License-Identifier: MIT
#pragma once

#include "io/csvimporter.h"
#include "model/rolecatalogue.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

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

/// A small org: CTO a; managers b (Payments) and c (Web); under b an open
/// engineer d and a programmer e.
inline const QString kPayWebCsv = QStringLiteral(
    "id,name,manager_id,role,title,team,product_line,salary,level\n"
    "a,Ann,,cto,CTO,Core,,50000,L8\n"
    "b,Bo,a,tech_manager,EM,Pay,Payments,30000,L6\n"
    "c,Cy,a,tech_manager,EM,Web,Web,30000,L6\n"
    "d,,b,engineer,,Pay,Payments,,L4\n"
    "e,Ed,b,programmer,Dev,Pay,Payments,10000,L3\n");

/// A custom technical role "sre" of rank 2 (engineer's), for catalogue tests.
Role sreRole(const QString &nameZh = QStringLiteral("站点可靠性工程师"));

/// Imports CSV text (UTF-8) with the default catalogue; fails the test on errors.
Org orgFromCsv(const QString &csv, bool inferRoles = false);
/// Imports CSV bytes and returns the whole result (errors included).
ImportResult importCsv(const QByteArray &bytes, bool inferRoles = false);
/// The first import error as text, or "" (for failure messages).
QString firstError(const ImportResult &r);
/// The id of the manager of `id` in `org` (empty: a root).
QString managerOf(const Org &org, const QString &id);
inline QString managerOf(const Org &org, const char *id) { return managerOf(org, QString::fromLatin1(id)); }
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

/// The expected monthly cost on `day` of a plan in CSV text, computed from the text
/// itself (an oracle for Forecast and the CLI): a row counts when its start date (ISO
/// or quarter) is on or before the day and its end date is not before it; it costs its
/// salary, else (open) its budget, else the middle of its role's default band.
double expectedMonthlyCost(const QByteArray &csv, QDate day);

/// Expects `edit` (given the error text to fill) to be refused with an error naming
/// `culprit`, and `doc`'s org to be as it was (a Document, or anything with org()).
template <typename Doc, typename Edit>
void expectRefused(const Doc &doc, const char *culprit, Edit &&edit)
{
    const auto before = doc.org();
    QString error;
    EXPECT_FALSE(edit(&error));
    EXPECT_TRUE(error.contains(QString::fromUtf8(culprit))) << error.toStdString();
    EXPECT_TRUE(doc.org() == before);
}

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
