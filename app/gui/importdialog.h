// SPDX-License-Identifier: MIT
#pragma once

#include "importsource.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace org::ui {

/// Import preview: reads a CSV or XLSX file and shows the detected encoding
/// and delimiter (the encoding can be chosen instead), the column mapping
/// (editable), the first rows, and every error with its line number — before
/// anything changes. Import is enabled
/// only when the whole file imports cleanly; importedOrg() then holds the org.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const RoleCatalogue &roles, QWidget *parent = nullptr);

    /// Reads a file (also called by Browse…).
    void setFile(const QString &path);
    /// The org when the import succeeded.
    const std::optional<Org> &importedOrg() const { return m_org; }
    QStringList errorMessages() const;
    bool inferRoles() const;
    void setInferRoles(bool on);

private:
    void retranslateUi();
    /// Reads m_path's file again with the encoding the combo asks for.
    void reload();
    void rebuildMapping();
    void fillPreview();
    void runImport();

    RoleCatalogue m_roles;
    ImportSource m_source;
    std::optional<Org> m_org;
    QLineEdit *m_path;
    QLabel *m_fileLabel;
    QLabel *m_info;
    QCheckBox *m_infer;
    QLabel *m_encodingLabel;
    QComboBox *m_encoding;     ///< "Detect" or an encoding that overrides detection (CSV)
    QString m_file;
    QLabel *m_mappingLabel;
    QTableWidget *m_mapping;
    QLabel *m_previewLabel;
    QTableWidget *m_preview;
    QLabel *m_errorsLabel;
    QListWidget *m_errors;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_browse;
};

} // namespace org::ui
