// SPDX-License-Identifier: MIT
#include "positioncolumns.h"

#include "model/plandate.h"
#include "plan.h"
#include "sqlstatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <system_error>
#include <thread>

namespace org::storeimpl {

QString toJson(const QStringList &list)
{
    if (list.isEmpty()) // most rows: no JSON document for them (a 1M plan's load and save)
        return QStringLiteral("[]");
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString &text)
{
    QStringList out;
    if (text.isEmpty() || text == QLatin1String("[]"))
        return out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

QString positionColumnList()
{
    QStringList names;
    for (const PositionColumn &c : kPositionColumns)
        names << QString::fromLatin1(c.name);
    return names.join(QStringLiteral(", "));
}

QString positionColumnAssignments()
{
    QStringList names;
    for (const PositionColumn &c : kPositionColumns)
        names << QString::fromLatin1(c.name) + QStringLiteral(" = ?");
    return names.join(QStringLiteral(", "));
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

void readPosition(const QSqlQuery &q, int first, Position &p)
{
    for (int i = 0; i < kPositionColumnCount; ++i) {
        const PositionColumn &c = kPositionColumns[std::size_t(i)];
        const QVariant value = q.value(first + i);
        switch (c.kind) {
        case PositionColumn::Kind::Text: c.setText(p, value.toString()); break;
        case PositionColumn::Kind::List: c.setList(p, fromJson(value.toString())); break;
        case PositionColumn::Kind::Number:
            if (!value.isNull())
                c.setNumber(p, value.toDouble());
            break;
        case PositionColumn::Kind::Flag: c.setFlag(p, value.toInt() != 0); break;
        case PositionColumn::Kind::Date:
            c.setDate(p, value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate));
            break;
        case PositionColumn::Kind::Status:
            c.setStatus(p, PlanDate::parseStatus(value.toString()).value_or(HiringStatus::None));
            break;
        }
    }
}

RowContent RowContent::of(const Org &org, Org::Vertex v, const std::vector<Org::Vertex> &dottedManagers)
{
    const Position &p = org.position(v);
    RowContent r;
    for (std::size_t i = 0; i < kPositionColumns.size(); ++i) {
        const PositionColumn &c = kPositionColumns[i];
        switch (c.kind) {
        case PositionColumn::Kind::Text: r.values[i] = c.text(p); break;
        case PositionColumn::Kind::List: r.values[i] = toJson(c.list(p)); break;
        case PositionColumn::Kind::Number: r.values[i] = c.number(p) ? QVariant(*c.number(p)) : QVariant(); break;
        case PositionColumn::Kind::Flag: r.values[i] = c.flag(p); break;
        case PositionColumn::Kind::Date:
            r.values[i] = c.date(p).isValid() ? QVariant(PlanDate::toIso(c.date(p))) : QVariant();
            break;
        case PositionColumn::Kind::Status:
            r.values[i] = c.status(p) == HiringStatus::None ? QVariant() : QVariant(PlanDate::statusKey(c.status(p)));
            break;
        }
    }
    const Org::Vertex m = org.manager(v);
    r.manager = m == Org::npos ? QString() : org.position(m).id;
    QStringList dotted;
    for (Org::Vertex d : dottedManagers)
        dotted << org.position(d).id;
    dotted.sort();
    r.dotted = dotted.join(QLatin1Char('\x1f'));
    return r;
}

RowContent RowContent::fromQuery(const QSqlQuery &q, int first)
{
    RowContent r;
    for (std::size_t i = 0; i < kPositionColumns.size(); ++i) {
        const QVariant value = q.value(first + int(i));
        switch (kPositionColumns[i].kind) {
        case PositionColumn::Kind::Text:
        case PositionColumn::Kind::List: r.values[i] = value.toString(); break;
        case PositionColumn::Kind::Number: r.values[i] = value.isNull() ? QVariant() : QVariant(value.toDouble()); break;
        case PositionColumn::Kind::Flag: r.values[i] = value.toInt() != 0; break;
        case PositionColumn::Kind::Date:
        case PositionColumn::Kind::Status:
            r.values[i] = value.isNull() || value.toString().isEmpty() ? QVariant() : QVariant(value.toString());
            break;
        }
    }
    return r;
}

QString RowContent::text(std::string_view column) const
{
    for (std::size_t i = 0; i < kPositionColumns.size(); ++i)
        if (column == kPositionColumns[i].name)
            return values[i].toString();
    return {};
}

size_t RowContent::digest() const
{
    // The text columns, the lines, then the others (the order of the digest before the table).
    QStringList all;
    for (std::size_t i = 0; i < kPositionColumns.size(); ++i)
        if (kPositionColumns[i].isText())
            all << values[i].toString();
    all << manager << dotted;
    for (std::size_t i = 0; i < kPositionColumns.size(); ++i) {
        const QVariant &value = values[i];
        switch (kPositionColumns[i].kind) {
        case PositionColumn::Kind::Text:
        case PositionColumn::Kind::List: break;
        case PositionColumn::Kind::Number:
            all << (value.isValid() ? QString::number(value.toDouble(), 'g', 17) : QString());
            break;
        case PositionColumn::Kind::Flag: all << (value.toBool() ? QStringLiteral("1") : QString()); break;
        case PositionColumn::Kind::Date:
        case PositionColumn::Kind::Status: all << value.toString(); break;
        }
    }
    return qHash(all.join(QLatin1Char('\x1e')), 0);
}

size_t RowDigester::textHash(const QString &text)
{
    const auto key = reinterpret_cast<std::uintptr_t>(text.constData());
    Memo &m = m_memo[((key >> 4) ^ (key >> 14) ^ std::uintptr_t(text.size())) & (m_memo.size() - 1)];
    if (m.data != text.constData() || m.size != text.size())
        m = {text.constData(), text.size(), qHash(text)};
    return m.hash;
}

size_t RowDigester::content(const Position &p)
{
    // qHashMulti-style combining (QtPrivate::QHashCombine) of every field: no QVariant,
    // no joined string (a 1M plan digests every row on load and on save).
    QtPrivate::QHashCombine combine;
    size_t h = 0;
    for (const PositionColumn &c : kPositionColumns) {
        switch (c.kind) {
        case PositionColumn::Kind::Text: h = combine(h, textHash(c.text(p))); break;
        case PositionColumn::Kind::List:
            h = combine(h, c.list(p).size());
            for (const QString &item : c.list(p))
                h = combine(h, item);
            break;
        case PositionColumn::Kind::Number:
            h = combine(h, bool(c.number(p)));
            h = combine(h, c.number(p) ? *c.number(p) : 0.0);
            break;
        case PositionColumn::Kind::Flag: h = combine(h, c.flag(p)); break;
        case PositionColumn::Kind::Date: h = combine(h, c.date(p).toJulianDay()); break;
        case PositionColumn::Kind::Status: h = combine(h, int(c.status(p))); break;
        }
    }
    return h;
}

size_t RowDigester::withLines(size_t content, const size_t *managerIdHash, std::vector<size_t> &dottedIdHashes)
{
    QtPrivate::QHashCombine combine;
    size_t h = combine(content, managerIdHash ? *managerIdHash : size_t(0));
    h = combine(h, !managerIdHash);
    // Dotted lines are a set: their order does not count.
    std::sort(dottedIdHashes.begin(), dottedIdHashes.end());
    for (size_t d : dottedIdHashes)
        h = combine(h, d);
    return combine(h, dottedIdHashes.size());
}

std::vector<size_t> RowContent::digestsOf(const Org &org)
{
    // The ids are hashed first in vertex order, so a manager costs a lookup in that array
    // instead of a visit to its position and its id's text far away in memory. Each
    // position, its id and its name (texts of its own, in their own heap blocks) are
    // fetched a few positions ahead: the walk waits on memory, not on arithmetic. A large
    // org is digested in two halves at once (the second on a thread of its own, each half
    // with its own memo): the org is only read meanwhile.
    const std::size_t n = std::size_t(org.size());
    std::vector<size_t> idHash(n), content(n);
    const auto digestRange = [&org, &idHash, &content, n](std::size_t from, std::size_t to) {
        constexpr std::size_t kAhead = 8;
        RowDigester digester;
        for (std::size_t v = from; v < to; ++v) {
            if (v + kAhead < n) {
                const Position &ahead = org.position(Org::Vertex(v + kAhead));
                __builtin_prefetch(ahead.id.constData());
                __builtin_prefetch(ahead.name.constData());
            }
            const Position &p = org.position(Org::Vertex(v));
            idHash[v] = RowDigester::idHash(p.id);
            content[v] = digester.content(p);
        }
    };
    constexpr std::size_t kOneThread = 65536;
    if (n < kOneThread) {
        digestRange(0, n);
    } else {
        // A failure on either half (out of memory) is thrown here once both are done.
        std::exception_ptr failure;
        std::thread second;
        try {
            second = std::thread([&] {
                try {
                    digestRange(n / 2, n);
                } catch (...) {
                    failure = std::current_exception();
                }
            });
        } catch (const std::system_error &) { // no thread to be had: one after the other
            digestRange(n / 2, n);
        }
        try {
            digestRange(0, n / 2);
        } catch (...) {
            if (second.joinable())
                second.join();
            throw;
        }
        if (second.joinable())
            second.join();
        if (failure)
            std::rethrow_exception(failure);
    }
    return digestsWithLines(org, std::move(content), idHash);
}

std::vector<size_t> RowContent::digestsWithLines(const Org &org, std::vector<size_t> content,
                                                 const std::vector<size_t> &idHash)
{
    const std::size_t n = std::size_t(org.size());
    Q_ASSERT(content.size() == n && idHash.size() == n);
    std::vector<std::vector<Org::Vertex>> dotted;
    if (org.dottedLineCount() > 0)
        dotted = dottedManagersByReport(org);
    std::vector<size_t> dottedHashes;
    for (std::size_t v = 0; v < n; ++v) {
        const Org::Vertex m = org.manager(Org::Vertex(v));
        dottedHashes.clear();
        if (!dotted.empty())
            for (Org::Vertex d : dotted[v])
                dottedHashes.push_back(idHash[d]);
        content[v] = RowDigester::withLines(content[v], m == Org::npos ? nullptr : &idHash[m], dottedHashes);
    }
    return content;
}

QStringList RowContent::diff(const RowContent &o) const
{
    // Text columns first, then the lines, then the others (as before the table).
    QStringList out;
    for (std::size_t i = 0; i < kPositionColumns.size(); ++i)
        if (kPositionColumns[i].isText() && values[i].toString() != o.values[i].toString())
            out << QString::fromLatin1(kPositionColumns[i].label);
    if (manager != o.manager)
        out << QStringLiteral("manager");
    if (dotted != o.dotted)
        out << QStringLiteral("dotted lines");
    for (std::size_t i = 0; i < kPositionColumns.size(); ++i) {
        const PositionColumn &c = kPositionColumns[i];
        if (((c.kind == PositionColumn::Kind::Number || c.kind == PositionColumn::Kind::Date
              || c.kind == PositionColumn::Kind::Status) && values[i] != o.values[i])
            || (c.kind == PositionColumn::Kind::Flag && values[i].toBool() != o.values[i].toBool()))
            out << QString::fromLatin1(c.label);
    }
    return out;
}

void RowContent::bind(SqlStatement &q) const
{
    for (std::size_t i = 0; i < kPositionColumns.size(); ++i) {
        const QVariant &value = values[i];
        switch (kPositionColumns[i].kind) {
        case PositionColumn::Kind::Text:
        case PositionColumn::Kind::List:
        case PositionColumn::Kind::Date:
        case PositionColumn::Kind::Status: q.bind(value.toString()); break; // invalid: a null QString, NULL
        case PositionColumn::Kind::Number:
            q.bind(value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt);
            break;
        case PositionColumn::Kind::Flag: q.bind(qint64(value.toBool() ? 1 : 0)); break;
        }
    }
}

} // namespace org::storeimpl
