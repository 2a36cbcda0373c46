// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

namespace org { class Document; }

namespace org::ui {

/// The positions of the open org as a table (name, role, manager, team,
/// product line, open/filled), one row per vertex. Read-only; rows can be
/// dragged onto a chart card (they then report there). Follows the Document's
/// signals: a changed position updates its row, adds and removals reset.
class PeopleModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum ColumnId { NameColumn, RoleColumn, ManagerColumn, TeamColumn, ProductLineColumn, StatusColumn,
                    ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit PeopleModel(Document *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction | Qt::CopyAction; }

    /// Row of a position id, or -1.
    int rowOf(const QString &id) const;
    /// Re-reads names in the UI language (role names, "Open position").
    void retranslate();

private:
    void rowChanged(const QString &id);
    Document *m_doc;
    int m_rows = 0;
};

} // namespace org::ui
