// SPDX-License-Identifier: MIT
#include "csvexporter.h"

#include "model/plandate.h"
#include "plan.h"

#include <QLocale>
#include <QSaveFile>

namespace org {

QString CsvExporter::quote(const QString &field)
{
    bool needs = !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
    for (QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
            || c == QLatin1Char(';') || c == QLatin1Char('\t')) {
            needs = true;
            break;
        }
    }
    if (!needs)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QByteArray CsvExporter::toCsv(const Org &org)
{
    const auto dotted = dottedManagersByReport(org);
    bool anyAssistant = false, anyDotted = false, anyPlan = false;
    for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
        const Position &p = org.position(v);
        anyAssistant = anyAssistant || p.assistant;
        anyDotted = anyDotted || !dotted[v].empty();
        anyPlan = anyPlan || p.startDate().isValid() || p.endDate().isValid() || p.status() != HiringStatus::None
            || p.budget();
    }
    QStringList header{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("manager_id"),
                       QStringLiteral("role"), QStringLiteral("title"), QStringLiteral("team"),
                       QStringLiteral("product_line"), QStringLiteral("salary"), QStringLiteral("email")};
    if (anyAssistant)
        header << QStringLiteral("assistant");
    if (anyDotted)
        header << QStringLiteral("dotted_line");
    // The hiring plan's columns only when a position has one (older readers and
    // round trips of plain orgs see the columns they wrote).
    if (anyPlan)
        header << QStringLiteral("start_date") << QStringLiteral("end_date") << QStringLiteral("status")
               << QStringLiteral("budget");
    header << org.customFields();

    QString text;
    auto writeRow = [&text](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                text += QLatin1Char(',');
            text += quote(fields[i]);
        }
        text += QStringLiteral("\r\n");
    };
    writeRow(header);
    QStringList row;
    for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
        const Position &p = org.position(v);
        const Org::Vertex m = org.manager(v);
        row.clear();
        row << p.id << p.name << (m == Org::npos ? QString() : org.position(m).id) << p.role << p.title
            << p.team << p.productLine
            << (p.salary() ? QString::number(*p.salary(), 'g', QLocale::FloatingPointShortest) : QString())
            << p.email();
        if (anyAssistant)
            row << (p.assistant ? QStringLiteral("yes") : QString());
        if (anyDotted) {
            QStringList ids;
            for (Org::Vertex d : dotted[v])
                ids << org.position(d).id;
            row << ids.join(QLatin1Char('|'));
        }
        if (anyPlan)
            row << PlanDate::toIso(p.startDate()) << PlanDate::toIso(p.endDate())
                << (p.isOpen() ? PlanDate::statusKey(p.status()) : QString()) // the importer reads it for open ones only
                << (p.budget() ? QString::number(*p.budget(), 'g', QLocale::FloatingPointShortest) : QString());
        for (qsizetype i = 0; i < org.customFields().size(); ++i)
            row << p.custom().value(i);
        writeRow(row);
    }
    return text.toUtf8();
}

bool CsvExporter::writeFile(const Org &org, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toCsv(org)) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace org
