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
    connect(doc, &Document::problemsChanged, this, &ProblemModel::refresh);
    connect(doc, &Document::orgReset, this, &ProblemModel::refresh);
    refresh();
}

ProblemModel::~ProblemModel() = default;

void ProblemModel::refresh()
{
    beginResetModel();
    m_messages.clear();
    m_engine = std::make_unique<RuleEngine>(m_doc->roles(), m_doc->ruleSettings());
    m_rows = int(m_doc->problems().size());
    endResetModel();
}

QString ProblemModel::messageAt(int row) const
{
    auto it = m_messages.constFind(row);
    if (it != m_messages.constEnd())
        return *it;
    const QString text = m_engine->message(m_doc->problems()[std::size_t(row)], m_doc->org());
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= int(m_doc->problems().size()))
        return {};
    const Problem &p = m_doc->problems()[std::size_t(index.row())];
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
