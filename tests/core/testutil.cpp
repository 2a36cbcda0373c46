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

Role sreRole(const QString &nameZh)
{
    Role sre;
    sre.key = QStringLiteral("sre");
    sre.nameEn = QStringLiteral("Site Reliability Engineer");
    sre.nameZh = nameZh;
    sre.rank = 2;
    sre.technical = true;
    return sre;
}

QString firstError(const ImportResult &r)
{
    return r.errors.empty() ? QString() : r.errors.front().toString();
}

QString managerOf(const Org &org, const QString &id)
{
    const Org::Vertex m = org.manager(org.find(id));
    return m == Org::npos ? QString() : org.position(m).id;
}

Org orgFromCsv(const QString &csv, bool inferRoles)
{
    ImportResult r = importCsv(csv.toUtf8(), inferRoles);
    for (const ImportError &e : r.errors)
        ADD_FAILURE() << e.toString().toStdString();
    return r.ok() ? std::move(*r.org) : Org();
}

std::string dump(const Org &org)
{
    QString out;
    for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
        const Position &p = org.position(v);
        const Org::Vertex m = org.manager(v);
        QStringList dotted;
        for (Org::Vertex d : org.dottedManagers(v))
            dotted << org.position(d).id;
        out += QStringLiteral("%1 <- %2 [%3] %4|%5|%6|%7|%8|%9|%10\n")
                   .arg(p.id, m == Org::npos ? QStringLiteral("-") : org.position(m).id,
                        dotted.join(QLatin1Char(',')), p.name, p.role, p.title, p.team, p.productLine,
                        p.custom().join(QLatin1Char(';')))
                   .arg(p.salary() ? QString::number(*p.salary()) : QStringLiteral("-"));
    }
    out += QStringLiteral("custom: ") + org.customFields().join(QLatin1Char(','));
    return out.toStdString();
}

QString publicData(const QString &name)
{
    return QStringLiteral(ORG_PUBLIC_DATA "/") + name;
}

CliRun runCli(const QStringList &args, const std::function<void()> &inChild)
{
    QProcess p;
    if (inChild)
        p.setChildProcessModifier(inChild);
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

QByteArray iconvTo(const QByteArray &utf8, const char *encoding)
{
    QProcess p;
    p.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"),
                                      QLatin1String(encoding)});
    p.waitForStarted();
    p.write(utf8);
    p.closeWriteChannel();
    p.waitForFinished();
    return p.readAllStandardOutput();
}

QString TempFiles::write(const QString &name, const QByteArray &bytes)
{
    const QString p = m_dir.filePath(name);
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        ADD_FAILURE() << "cannot write " << p.toStdString();
    return p;
}

double expectedMonthlyCost(const QByteArray &csv, QDate day)
{
    const QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.first().split(QLatin1Char(','));
    const auto col = [&header](const char *name) { return header.indexOf(QString::fromLatin1(name)); };
    const RoleCatalogue roles = RoleCatalogue::defaults();
    auto dateOf = [](const QString &text) -> QDate {
        if (text.isEmpty())
            return {};
        if (text.size() == 6 && text[4] == QLatin1Char('Q'))
            return QDate(text.left(4).toInt(), (text.mid(5).toInt() - 1) * 3 + 1, 1);
        return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    };
    double total = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(','));
        const QDate start = dateOf(f[col("start_date")]);
        const QDate end = dateOf(f[col("end_date")]);
        if ((start.isValid() && start > day) || (end.isValid() && end < day))
            continue;
        if (!f[col("salary")].isEmpty()) {
            total += f[col("salary")].toDouble();
        } else if (!f[col("budget")].isEmpty()) {
            total += f[col("budget")].toDouble();
        } else {
            const Role *r = roles.find(f[col("role")]);
            total += (r->costMin + r->costMax) / 2;
        }
    }
    return total;
}

} // namespace org::test
