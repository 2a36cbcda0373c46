// SPDX-License-Identifier: MIT
#pragma once

#include "model/rolecatalogue.h"

#include <QDialog>
#include <QHash>

class QTableWidget;

class QLineEdit;

namespace org::ui {

/// The role designer: the plan's role catalogue as a table (key, English and
/// Chinese names, rank, technical, colour, default monthly cost, duties in both
/// languages). Custom roles can be added and edited; deleting a role that
/// positions use asks for a replacement role. The caller applies catalogue()
/// and replacements() to the Document.
class RoleDesigner final : public QDialog
{
    Q_OBJECT
public:
    enum ColumnId { KeyColumn, NameEnColumn, NameZhColumn, RankColumn, TechnicalColumn, ColorColumn,
                    CostColumn, CostMaxColumn, DutiesEnColumn, DutiesZhColumn, ColumnCount };
    /// CostColumn is the low end of the monthly cost band, CostMaxColumn the high
    /// end (empty or 0: the same as the low end, a band of one amount).

    /// `usage`: positions per role key in the current org.
    RoleDesigner(const RoleCatalogue &roles, const QHash<QString, int> &usage, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// The plan-wide currency field (ISO 4217 code such as "CNY").
    QLineEdit *currencyEdit() const { return m_currency; }
    /// Appends a row for a new role (key editable) and returns its row.
    int addRole(const Role &role);
    /// Row of a role key, or -1.
    int rowOf(const QString &key) const;
    /// Deletes a row; `replacement` gets the positions of the deleted role (required when in use).
    bool deleteRole(int row, const QString &replacement = {});

    /// The edited catalogue (valid after a successful accept() or validate()).
    RoleCatalogue catalogue() const { return m_result; }
    /// Deleted role key → the role its positions get instead (chains resolved).
    QHash<QString, QString> replacements() const;
    /// Builds catalogue() from the table; false (with a message) when a cell is invalid.
    bool validate(QString *error = nullptr);

    void accept() override;

private:
    void setRow(int row, const Role &role, bool keyEditable);
    void deleteSelected();
    void pickColor(int row);

    RoleCatalogue m_original;
    RoleCatalogue m_result;
    QHash<QString, int> m_usage;
    QHash<QString, QString> m_replacements;
    QTableWidget *m_table;
    QLineEdit *m_currency;
};

} // namespace org::ui
