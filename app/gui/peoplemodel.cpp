// SPDX-License-Identifier: MIT
#include "peoplemodel.h"

#include "columnheader.h"
#include "edit/document.h"
#include "i18n/language.h"
#include "mimetypes.h"
#include "render/cardpainter.h"

#include <QMimeData>

namespace org::ui {

PeopleModel::PeopleModel(Document *doc, QObject *parent) : QAbstractTableModel(parent), m_doc(doc)
{
    m_rows = doc->org().size();
    const auto reset = [this] {
        beginResetModel();
        m_rows = m_doc->org().size();
        endResetModel();
    };
    connect(doc, &Document::orgReset, this, reset);
    connect(doc, &Document::positionAdded, this, reset);
    connect(doc, &Document::positionRemoved, this, reset);
    connect(doc, &Document::settingsChanged, this, [this] { retranslate(); });
    connect(doc, &Document::positionChanged, this, [this](const QString &id) {
        // An id change renumbers nothing but may change the manager column of reports.
        if (m_rows != m_doc->org().size()) {
            beginResetModel();
            m_rows = m_doc->org().size();
            endResetModel();
            return;
        }
        rowChanged(id);
        const Org::Vertex v = m_doc->find(id);
        if (v != Org::npos)
            for (Org::Vertex r : m_doc->org().reports(v))
                Q_EMIT dataChanged(index(int(r), ManagerColumn), index(int(r), ManagerColumn));
    });
    // A move changes the row's manager column alone (a carried team or product line comes
    // as positionChanged): a list sorted by another column is not sorted again.
    connect(doc, &Document::managerChanged, this, [this](const QString &id, const QString &, const QString &) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, ManagerColumn), index(row, ManagerColumn));
    });
    // A step of many edits (apply changes, fix all, bulk edit): their rows, or a reset when rows came or went.
    connect(doc, &Document::positionsChanged, this, [this](const QStringList &ids) {
        if (m_rows != m_doc->org().size()) {
            beginResetModel();
            m_rows = m_doc->org().size();
            endResetModel();
            return;
        }
        for (const QString &id : ids) {
            rowChanged(id);
            const Org::Vertex v = m_doc->find(id);
            if (v != Org::npos)
                for (Org::Vertex r : m_doc->org().reports(v))
                    Q_EMIT dataChanged(index(int(r), ManagerColumn), index(int(r), ManagerColumn));
        }
    });
}

void PeopleModel::rowChanged(const QString &id)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PeopleModel::retranslate()
{
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int PeopleModel::rowOf(const QString &id) const
{
    const Org::Vertex v = m_doc->find(id);
    return v == Org::npos || int(v) >= m_rows ? -1 : int(v);
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= m_doc->org().size())
        return {};
    const Org &org = m_doc->org();
    const auto v = Org::Vertex(index.row());
    const Position &p = org.position(v);
    if (role == IdRole)
        return p.id;
    if (role == Qt::ToolTipRole)
        return p.title.isEmpty() ? p.id : p.id + QStringLiteral(" · ") + p.title;
    if (role == Qt::ForegroundRole && p.isOpen() && index.column() == NameColumn)
        return QColor(0x6b, 0x72, 0x80);
    if (role == Qt::DecorationRole && index.column() == RoleColumn) {
        const Role *r = m_doc->roles().find(p.role);
        return r ? r->color : QColor(Qt::gray);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn: return p.isOpen() ? CardPainter::openPositionText() : p.name;
    case RoleColumn: {
        const Role *r = m_doc->roles().find(p.role);
        return r ? r->displayName(org::language()) : p.role;
    }
    case ManagerColumn: {
        const Org::Vertex m = org.manager(v);
        if (m == Org::npos)
            return QString();
        const Position &mp = org.position(m);
        return mp.isOpen() ? CardPainter::openPositionText() + QStringLiteral(" (") + mp.id + QLatin1Char(')')
                           : mp.name;
    }
    case TeamColumn: return p.team;
    case ProductLineColumn: return p.productLine;
    case StatusColumn: return p.isOpen() ? tr("Open") : tr("Filled");
    default: return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("Name"), QT_TR_NOOP("Role"),
                                                    QT_TR_NOOP("Manager"), QT_TR_NOOP("Team"),
                                                    QT_TR_NOOP("Product line"), QT_TR_NOOP("Status")};
    return columnHeader(*this, titles, section, orientation, role);
}

Qt::ItemFlags PeopleModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList PeopleModel::mimeTypes() const
{
    return {positionMimeType()};
}

QMimeData *PeopleModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        const QString id = data(i, IdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    auto *mime = new QMimeData;
    mime->setData(positionMimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    mime->setText(ids.join(QLatin1Char('\n')));
    return mime;
}

} // namespace org::ui
