// SPDX-License-Identifier: MIT
#pragma once

#include "io/changelist.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QLabel;

namespace org {
class Document;
}

namespace org::ui {

class CompareChart;

/// File → Apply changes…: a bulk change file (the CSV of `orgdesigner-cli
/// apply`: id plus any of manager_id, role, team, product_line, name) shown
/// before it is applied, as the compare view shows two scenarios: the org
/// after the changes with every change marked on its card (CompareChart) and
/// a count of each kind. The preview applies the rows to a private copy of
/// the plan through Document::applyChanges, so what it shows is what OK does;
/// a file that cannot be read or a row that cannot apply (unknown manager or
/// role, a reporting cycle) is shown as "file:line: message" and OK stays off.
///
/// Usage: `ApplyChangesDialog::run(doc, path, window);` — OK applies the rows
/// to the document as one undo step (the same Document function as the CLI),
/// Cancel changes nothing.
class ApplyChangesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ApplyChangesDialog(const Document *doc, QWidget *parent = nullptr);
    ~ApplyChangesDialog() override;

    /// Reads `path` and previews its changes; false (errorText()) when the
    /// file is bad or a row cannot apply.
    bool setFile(const QString &path);
    /// "file:line: message" lines of what is wrong with the file (empty: fine).
    QString errorText() const { return m_error; }
    /// What the dialog counts: "4 rows: 2 moved, 1 new, …".
    QString summary() const;
    const std::vector<PositionChange> &changes() const { return m_changes; }
    CompareChart *compareChart() const { return m_chart; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// Shows the dialog for `path`; on OK applies the changes to `doc` as one
    /// undo step. True when they were applied.
    static bool run(Document *doc, const QString &path, QWidget *parent);

private:
    void showError(const QString &text);

    const Document *m_doc;
    QString m_file;
    std::vector<PositionChange> m_changes;
    QString m_error;
    QLabel *m_summary;
    QLabel *m_errorLabel;
    CompareChart *m_chart;
    QDialogButtonBox *m_buttons;
};

} // namespace org::ui
