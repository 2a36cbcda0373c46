// SPDX-License-Identifier: MIT
#include "setfieldcommand.h"

#include "model/plandate.h"

namespace org {

namespace {

std::optional<double> parseSalary(QString text)
{
    text.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && v >= 0 ? std::optional<double>(v) : std::nullopt;
}

} // namespace

QString SetFieldCommand::refusal(const Org &org, const QString &field, const QString &value)
{
    static const QStringList builtIn{QStringLiteral("title"), QStringLiteral("team"),
                                     QStringLiteral("product_line"), QStringLiteral("email"),
                                     QStringLiteral("salary"), QStringLiteral("start_date"),
                                     QStringLiteral("end_date"), QStringLiteral("status"),
                                     QStringLiteral("budget")};
    if (!builtIn.contains(field) && !org.customFields().contains(field))
        return tr("unknown field \"%1\" (fields: %2)")
            .arg(field, (builtIn + org.customFields()).join(QStringLiteral(", ")));
    if (field == QLatin1String("salary") && !value.trimmed().isEmpty() && !parseSalary(value))
        return tr("the salary \"%1\" is not a number").arg(value);
    if (field == QLatin1String("budget") && !value.trimmed().isEmpty() && !parseSalary(value))
        return tr("the budget \"%1\" is not a number").arg(value);
    if ((field == QLatin1String("start_date") || field == QLatin1String("end_date")) && !value.trimmed().isEmpty()
        && !PlanDate::parse(value))
        return tr("the date \"%1\" is not a date (expected YYYY-MM-DD or a quarter such as 2027Q3)").arg(value);
    if (field == QLatin1String("status") && !PlanDate::parseStatus(value))
        return tr("unknown hiring status \"%1\"; valid statuses: planned, approved, interviewing, offer").arg(value);
    return {};
}

SetFieldCommand::SetFieldCommand(Document *doc, const QString &id, const QString &field,
                                 const QString &value, QUndoCommand *parent)
    : PositionDataCommand(doc, id, parent), m_field(field)
{
    if (field == QLatin1String("title"))
        m_after.title = value;
    else if (field == QLatin1String("team"))
        m_after.team = value;
    else if (field == QLatin1String("product_line"))
        m_after.productLine = value;
    else if (field == QLatin1String("email"))
        m_after.setEmail(value);
    else if (field == QLatin1String("salary"))
        m_after.setSalary(value.trimmed().isEmpty() ? std::nullopt : parseSalary(value));
    else if (field == QLatin1String("budget"))
        m_after.setBudget(value.trimmed().isEmpty() ? std::nullopt : parseSalary(value));
    else if (field == QLatin1String("start_date"))
        m_after.setStartDate(PlanDate::parse(value).value_or(QDate()));
    else if (field == QLatin1String("end_date"))
        m_after.setEndDate(PlanDate::parse(value).value_or(QDate()));
    else if (field == QLatin1String("status"))
        m_after.setStatus(PlanDate::parseStatus(value).value_or(HiringStatus::None));
    else if (const qsizetype i = doc->org().customFields().indexOf(field); i >= 0) {
        QStringList custom = m_after.custom();
        while (custom.size() <= i)
            custom << QString();
        custom[i] = value;
        m_after.setCustom(std::move(custom));
    }
    retext();
}

QString SetFieldCommand::describe() const
{
    return tr("Set %1 of %2").arg(fieldLabel(m_field), label(before()));
}

} // namespace org
