// SPDX-License-Identifier: MIT
#include "testutil.h"

#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

namespace org::test {

ImportResult importCsv(const QByteArray &bytes, bool inferRoles)
{
    ImportOptions o;
    o.inferRoles = inferRoles;
    return CsvImporter(RoleCatalogue::defaults(), o).importBytes(bytes, QStringLiteral("test.csv"));
}

Org orgFromCsv(const QString &csv, bool inferRoles)
{
    ImportResult r = importCsv(csv.toUtf8(), inferRoles);
    for (const ImportError &e : r.errors)
        ADD_FAILURE() << e.toString().toStdString();
    return r.ok() ? std::move(*r.org) : Org();
}

QString publicData(const QString &name)
{
    return QStringLiteral(ORG_PUBLIC_DATA "/") + name;
}

CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ORG_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(120000)) {
        ADD_FAILURE() << "orgdesigner-cli did not finish";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TempFiles::write(const QString &name, const QByteArray &bytes)
{
    const QString p = m_dir.filePath(name);
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        ADD_FAILURE() << "cannot write " << p.toStdString();
    return p;
}

} // namespace org::test
