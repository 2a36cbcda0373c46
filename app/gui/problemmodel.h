// SPDX-License-Identifier: MIT
#pragma once

#include "model/problem.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace org { class Document; class RuleEngine; }

namespace org::ui {

/// The rule problems of the open org, one row each: severity (with icon),
/// rule name, position and the message with its fix hint. Row i is
/// Document::problems()[i], read through Document::problemAt() (the list is
/// never copied). After an edit only the rows of the positions whose problems
/// changed are removed, inserted or updated (Document::problemChanges()); a
/// full re-check, or an edit that changed many positions, resets the model.
class ProblemModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum ColumnId { SeverityColumn, RuleColumn, PositionColumn, MessageColumn, ColumnCount };
    static constexpr int AnchorIdRole = Qt::UserRole + 1;  ///< anchor position id
    static constexpr int SeverityRole = Qt::UserRole + 2;  ///< "error", "warning", "info"
    /// A severity as the list names it (the dashboard's legend too).
    static QString severityName(Severity severity);

    explicit ProblemModel(Document *doc, QObject *parent = nullptr);
    ~ProblemModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Re-reads messages in the UI language.
    void refresh();

private:
    /// Follows Document::problemChanges(): rows of the changed positions only.
    void onProblemsChanged();
    /// The Document's row for a row of the model while it is being updated.
    std::size_t documentRow(int row) const;
    /// A changed (severity, position) while the rows are updated, in problems() order.
    struct Span
    {
        int first;  ///< its first row once every change is applied
        int before; ///< its rows before the change
        int after;  ///< its rows after
        int shift;  ///< sum of (after - before) of the spans above it
    };
    std::vector<Span> m_spans;
    std::size_t m_done = 0; ///< spans from m_done on are applied (updated from the last)
    /// Rows read the Document's problems; messages are made when a row is shown.
    QString messageAt(int row) const;
    Document *m_doc;
    int m_rows = 0;
    std::unique_ptr<RuleEngine> m_engine;
    mutable QHash<int, QString> m_messages;
};

/// Shows only the problems of one severity (empty filter: all).
class SeverityFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSeverity(const QString &severityId);
    QString severity() const { return m_severity; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_severity;
};

} // namespace org::ui
