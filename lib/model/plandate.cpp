// SPDX-License-Identifier: MIT
#include "plandate.h"

#include "enumnames.h"

#include <QRegularExpression>

namespace org {

/// The hiring statuses in their order (HiringStatus::None has no row).
constexpr EnumName<HiringStatus> kStatuses[] = {
    {HiringStatus::Planned, "planned", QT_TRANSLATE_NOOP("PlanDate", "Planned")},
    {HiringStatus::Approved, "approved", QT_TRANSLATE_NOOP("PlanDate", "Approved")},
    {HiringStatus::Interviewing, "interviewing", QT_TRANSLATE_NOOP("PlanDate", "Interviewing")},
    {HiringStatus::Offer, "offer", QT_TRANSLATE_NOOP("PlanDate", "Offer")},
};

std::optional<QDate> PlanDate::parse(QStringView text)
{
    text = text.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})[- ]?[Qq]([1-4])$"));
    const QString s = text.toString();
    if (const auto m = iso.match(s); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    if (const auto m = quarter.match(s); m.hasMatch())
        return QDate(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1);
    return std::nullopt;
}

QString PlanDate::quarterKey(QDate date)
{
    if (!date.isValid())
        return {};
    return QString::number(date.year()) + QLatin1Char('Q') + QString::number((date.month() - 1) / 3 + 1);
}

QDate PlanDate::quarterStart(QDate date)
{
    return date.isValid() ? QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1) : QDate();
}

std::vector<QDate> PlanDate::quarters(QDate from, QDate to)
{
    std::vector<QDate> out;
    if (!from.isValid() || !to.isValid())
        return out;
    for (QDate q = quarterStart(from); q <= to; q = q.addMonths(3))
        out.push_back(q);
    return out;
}

QString PlanDate::statusKey(HiringStatus s)
{
    return enumKey(kStatuses, s);
}

std::optional<HiringStatus> PlanDate::parseStatus(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return HiringStatus::None;
    // Keys and the Chinese names of the translation, so files from either UI read back.
    static const std::pair<const char *, HiringStatus> spellings[] = {
        {"planned", HiringStatus::Planned},       {"计划中", HiringStatus::Planned},
        {"计划", HiringStatus::Planned},           {"approved", HiringStatus::Approved},
        {"已批准", HiringStatus::Approved},        {"interviewing", HiringStatus::Interviewing},
        {"面试中", HiringStatus::Interviewing},    {"offer", HiringStatus::Offer},
        {"已发offer", HiringStatus::Offer},        {"已发 offer", HiringStatus::Offer},
    };
    for (const auto &[spelling, status] : spellings)
        if (text.compare(QString::fromUtf8(spelling), Qt::CaseInsensitive) == 0)
            return status;
    return std::nullopt;
}

QString PlanDate::statusName(HiringStatus s)
{
    const EnumName<HiringStatus> *row = findEnumName(kStatuses, s);
    return row ? tr(row->name) : QString();
}

std::vector<HiringStatus> PlanDate::statuses()
{
    std::vector<HiringStatus> out;
    for (const EnumName<HiringStatus> &row : kStatuses)
        out.push_back(row.value);
    return out;
}

} // namespace org
