// SPDX-License-Identifier: MIT
#include "problemmodel.h"

#include "edit/document.h"
#include "rules/ruleengine.h"

#include <QApplication>
#include <QStyle>

namespace org::ui {

ProblemModel::ProblemModel(Document *doc, QObject *parent) : QAbstractTableModel(parent), m_doc(doc)
{
    connect(doc, &Document::problemsChanged, this, &ProblemModel::refresh);
    connect(doc, &Document::orgReset, this, &ProblemModel::refresh);
    refresh();
}

void ProblemModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    const Org &org = m_doc->org();
    const RuleEngine engine(m_doc->roles(), m_doc->ruleSettings());
    m_rows.reserve(m_doc->problems().size());
    for (const Problem &p : m_doc->problems()) {
        Row r;
        r.severity = severityId(p.severity);
        r.rule = RuleEngine::ruleName(p.rule);
        if (p.anchor != Org::npos && int(p.anchor) < org.size()) {
            r.anchorId = org.position(p.anchor).id;
            r.position = RuleEngine::shortName(org, p.anchor);
        }
        r.message = engine.message(p, org);
        m_rows.push_back(std::move(r));
    }
    endResetModel();
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case AnchorIdRole: return r.anchorId;
    case SeverityRole: return r.severity;
    case Qt::ToolTipRole: return r.message;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            QStyle *style = QApplication::style();
            if (r.severity == QLatin1String("error"))
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            if (r.severity == QLatin1String("warning"))
                return style->standardIcon(QStyle::SP_MessageBoxWarning);
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            if (r.severity == QLatin1String("error"))
                return tr("Error");
            if (r.severity == QLatin1String("warning"))
                return tr("Warning");
            return tr("Info");
        case RuleColumn: return r.rule;
        case PositionColumn: return r.position;
        case MessageColumn: return r.message;
        default: return {};
        }
    default: return {};
    }
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case RuleColumn: return tr("Rule");
    case PositionColumn: return tr("Position");
    case MessageColumn: return tr("Message and fix hint");
    default: return {};
    }
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
