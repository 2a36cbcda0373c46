// SPDX-License-Identifier: MIT
#include "problemmodel.h"

#include "columnheader.h"
#include "edit/document.h"
#include "rules/ruleengine.h"

#include <QApplication>
#include <QStyle>

namespace org::ui {

ProblemModel::ProblemModel(Document *doc, QObject *parent) : QAbstractTableModel(parent), m_doc(doc)
{
    connect(doc, &Document::problemsChanged, this, &ProblemModel::onProblemsChanged);
    connect(doc, &Document::orgReset, this, &ProblemModel::refresh);
    refresh();
}

ProblemModel::~ProblemModel() = default;

void ProblemModel::refresh()
{
    beginResetModel();
    m_messages.clear();
    m_engine = std::make_unique<RuleEngine>(m_doc->roles(), m_doc->ruleSettings());
    const std::array<int, 3> &counts = m_doc->problemCounts();
    m_rows = counts[0] + counts[1] + counts[2];
    endResetModel();
}

namespace {
/// Beyond this many changed spans a reset is cheaper than row signals.
constexpr std::size_t kMaxSpans = 200;
} // namespace

void ProblemModel::onProblemsChanged()
{
    const ProblemChanges &changes = m_doc->problemChanges();
    if (changes.all || changes.positions.size() * 3 > kMaxSpans) {
        refresh();
        return;
    }
    // The spans of rows that change, in problems() order: severity, then position.
    m_spans.clear();
    for (int s = 0; s < 3; ++s)
        for (const ProblemChanges::At &at : changes.positions) {
            const int after = m_doc->problemCountsAt(at.position)[std::size_t(s)];
            const int before = at.before[std::size_t(s)];
            if (before == 0 && after == 0)
                continue;
            m_spans.push_back({int(m_doc->problemRow(Severity(s), at.position)), before, after, 0});
        }
    int shift = 0;
    for (Span &span : m_spans) {
        span.shift = shift;
        shift += span.after - span.before;
    }
    m_messages.clear();
    // From the last span up: the rows above a span are still the old ones, so
    // its old rows start at first - shift; documentRow() maps the rows meanwhile.
    m_done = m_spans.size();
    while (m_done > 0) {
        const Span &span = m_spans[m_done - 1];
        const int start = span.first - span.shift;
        const int common = std::min(span.before, span.after);
        if (span.after < span.before) {
            beginRemoveRows({}, start + span.after, start + span.before - 1);
            m_rows -= span.before - span.after;
            --m_done;
            endRemoveRows();
        } else if (span.after > span.before) {
            beginInsertRows({}, start + span.before, start + span.after - 1);
            m_rows += span.after - span.before;
            --m_done;
            endInsertRows();
        } else {
            --m_done;
        }
        if (common > 0)
            Q_EMIT dataChanged(index(start, 0), index(start + common - 1, ColumnCount - 1));
    }
    m_spans.clear();
    m_messages.clear();
}

std::size_t ProblemModel::documentRow(int row) const
{
    // Spans from m_done on are applied: rows from the first of them on are the Document's, shifted.
    if (m_done < m_spans.size() && row >= m_spans[m_done].first - m_spans[m_done].shift)
        return std::size_t(row + m_spans[m_done].shift);
    for (std::size_t i = m_done; i-- > 0;) {
        const Span &span = m_spans[i];
        const int start = span.first - span.shift;
        if (row >= start + span.before)
            return std::size_t(row + span.shift + span.after - span.before);
        if (row >= start) // an old row about to be replaced: show the new one in its place
            return std::size_t(row + span.shift);
    }
    return std::size_t(row);
}

QString ProblemModel::messageAt(int row) const
{
    auto it = m_messages.constFind(row);
    if (it != m_messages.constEnd())
        return *it;
    const QString text = m_engine->message(m_doc->problemAt(documentRow(row)), m_doc->org());
    if (m_messages.size() > 5000)
        m_messages.clear();
    m_messages.insert(row, text);
    return text;
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const std::array<int, 3> &counts = m_doc->problemCounts();
    const std::size_t row = documentRow(index.row());
    if (row >= std::size_t(counts[0] + counts[1] + counts[2]))
        return {};
    const Problem &p = m_doc->problemAt(row);
    const Org &org = m_doc->org();
    const bool anchored = p.anchor != Org::npos && int(p.anchor) < org.size();
    switch (role) {
    case AnchorIdRole: return anchored ? org.position(p.anchor).id : QString();
    case SeverityRole: return severityId(p.severity);
    case Qt::ToolTipRole: return messageAt(index.row());
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            QStyle *style = QApplication::style();
            if (p.severity == Severity::Error)
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            if (p.severity == Severity::Warning)
                return style->standardIcon(QStyle::SP_MessageBoxWarning);
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityName(p.severity);
        case RuleColumn: return RuleEngine::ruleName(p.rule);
        case PositionColumn: return anchored ? RuleEngine::shortName(org, p.anchor) : QString();
        case MessageColumn: return messageAt(index.row());
        default: return {};
        }
    default: return {};
    }
}

QString ProblemModel::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return tr("Error");
    case Severity::Warning: return tr("Warning");
    case Severity::Info: break;
    }
    return tr("Info");
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("Severity"), QT_TR_NOOP("Rule"), QT_TR_NOOP("Position"),
                                                    QT_TR_NOOP("Message and fix hint")};
    return columnHeader(*this, titles, section, orientation, role);
}

void SeverityFilterModel::setSeverity(const QString &severityId)
{
    if (severityId == m_severity)
        return;
    m_severity = severityId;
    invalidateFilter();
}

bool SeverityFilterModel::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (m_severity.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    return i.data(ProblemModel::SeverityRole).toString() == m_severity;
}

} // namespace org::ui
