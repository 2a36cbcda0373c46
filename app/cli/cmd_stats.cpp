// SPDX-License-Identifier: MIT
// orgdesigner-cli stats FILE… [--format text|json]
#include "cliutil.h"

#include "i18n/language.h"
#include "rules/orgasof.h"
#include "rules/stats.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace org::cli {

namespace {

QString money(double v)
{
    return QLocale(QLocale::English).toString(v, 'f', 0);
}

QString groupLines(const std::vector<OrgStats::Group> &groups, bool cost,
                   const std::function<QString(const QString &)> &label)
{
    QString text;
    for (const auto &g : groups) {
        // Padded by hand: a team named "R%2" must not be read as a placeholder.
        text += QStringLiteral("  %1 %2").arg(label(g.key).leftJustified(28),
                                              QString::number(g.positions).rightJustified(6));
        if (g.open)
            text += Cli::tr(" (%1 open)").arg(QString::number(g.open));
        if (cost)
            text += Cli::tr("  cost %1").arg(money(g.monthlyCost));
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace

int runStats(const QStringList &args)
{
    const QString description = Cli::tr("Headcount, span of control and monthly cost per team, "
                                        "role and product line.");
    return runPerFile(args, description, [](const QString &file, const LoadedOrg &input, bool json,
                                             QJsonObject &out, QDate asOf) {
        // --as-of: the positions there that day (placeholders of later managers left out).
        const OrgStats s = asOf.isValid()
            ? OrgStats::compute(OrgAsOf::at(input.org, asOf, OrgAsOf::ActiveOnly).org, input.roles)
            : OrgStats::compute(input.org, input.roles);
        if (json) {
            out = s.toJson();
            if (asOf.isValid())
                out.insert(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
            if (s.hasCost)
                out.insert(QStringLiteral("currency"), input.roles.currency());
            return int(Ok);
        }
        const QString none = Cli::tr("(none)");
        auto roleLabel = [&](const QString &key) {
            const Role *r = input.roles.find(key);
            return r ? QStringLiteral("%1 (%2)").arg(r->displayName(language()), key) : key;
        };
        auto plain = [&](const QString &key) { return key.isEmpty() ? none : key; };
        QString t = file;
        if (asOf.isValid())
            t += Cli::tr(" as of %1").arg(asOf.toString(Qt::ISODate));
        t += QLatin1Char('\n');
        const auto n = [](auto v) { return QString::number(v); };
        t += Cli::tr("positions: %1 (%2 filled, %3 open)\n")
                 .arg(n(s.positions), n(s.positions - s.openPositions), n(s.openPositions));
        t += Cli::tr("technical headcount: %1\n").arg(n(s.technicalHeadcount));
        t += Cli::tr("roots: %1, ladder depth: %2 levels\n").arg(n(s.roots), n(s.depth));
        t += Cli::tr("span of control: %1 managers, min %2, median %3, max %4\n")
                 .arg(n(s.managers), n(s.spanMin), n(s.spanMedian), n(s.spanMax));
        if (s.hasCost)
            t += Cli::tr("monthly cost: %1\n").arg(money(s.monthlyCost) + QLatin1Char(' ') + input.roles.currency());
        t += Cli::tr("layers: %1 (positions per layer: %2)\n").arg(n(s.layers), [&s] {
            QStringList counts;
            for (int c : s.positionsPerLayer)
                counts << QString::number(c);
            return counts.join(QStringLiteral(", "));
        }());
        QStringList spans;
        for (const auto &[span, count] : s.spanDistribution)
            spans << QStringLiteral("%1×%2").arg(QString::number(span), QString::number(count));
        t += Cli::tr("span distribution (reports×managers): %1\n").arg(spans.isEmpty() ? none : spans.join(QStringLiteral(", ")));
        t += Cli::tr("managers with one report: %1, with two reports: %2\n")
                 .arg(n(s.managersWithOneReport), n(s.managersWithTwoReports));
        t += Cli::tr("headcount by role:\n") + groupLines(s.byRole, s.hasCost, roleLabel);
        t += Cli::tr("headcount by team:\n") + groupLines(s.byTeam, s.hasCost, plain);
        if (!s.byProductLine.empty())
            t += Cli::tr("headcount by product line:\n") + groupLines(s.byProductLine, s.hasCost, plain);
        t += Cli::tr("individual contributors per manager by team:\n");
        for (const OrgStats::TeamShape &shape : s.icsPerManager)
            t += QStringLiteral("  %1 %2\n").arg(plain(shape.team).leftJustified(28),
                                                 shape.managers ? Cli::tr("%1 ICs / %2 managers = %3")
                                                                      .arg(n(shape.ics), n(shape.managers),
                                                                           QString::number(shape.icsPerManager(), 'f', 1))
                                                                : Cli::tr("%1 ICs, no manager").arg(n(shape.ics)));
        printOut(t);
        return int(Ok);
    });
}

} // namespace org::cli
