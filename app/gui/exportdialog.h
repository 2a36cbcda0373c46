// SPDX-License-Identifier: MIT
#pragma once

#include "render/chartexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace org { class Document; }

namespace org::ui {

/// Export of the chart to PNG, SVG or PDF with the options of the CLI (whole
/// chart or the selection's subtree, depth, page size, orientation, language)
/// and a live preview; also Print and Print Preview with the same paging.
/// Writing runs in the background with a cancellable progress dialog. The
/// choices (format, title, language, page, orientation, legend, scale, levels,
/// folder) are remembered across uses and restarts once a chart is exported or printed.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `selectedId` enables "selection's subtree"; `layout` gives orientation and compact mode.
    ExportDialog(Document *doc, const QString &selectedId, const LayoutOptions &layout,
                 QWidget *parent = nullptr);

    /// Sets the file and the format of its suffix.
    void setFileName(const QString &path);
    /// Suggests `baseName` with the suffix of the chosen (or remembered) format in
    /// `folder`, or in the folder of the last export when `folder` is empty.
    void suggestFileName(const QString &folder, const QString &baseName);
    QString fileName() const;
    /// The options as chosen in the dialog.
    ExportOptions options() const;
    QString language() const;
    void setSubtreeOnly(bool on);
    void setPage(ExportOptions::Page page, bool landscape);
    /// Writes the file (in the background); false with `error` on failure or cancel.
    bool exportNow(QString *error = nullptr);
    /// Opens the print preview (modal).
    void printPreview();
    void print();
    /// Paints the chart on a printer; returns the page count.
    int paintOn(QPrinter *printer) const;

private:
    void retranslateUi();
    /// The choices of the last export or print (QSettings "export/…"), and saving them.
    void restoreSettings();
    void saveSettings() const;
    void updatePreview();
    void updateEnabled();
    QString suffix() const;

    Document *m_doc;
    QString m_selectedId;
    LayoutOptions m_layout;
    QFormLayout *m_form;
    QComboBox *m_format;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QRadioButton *m_whole;
    QRadioButton *m_subtree;
    QSpinBox *m_depth;
    QComboBox *m_page;
    QComboBox *m_orientation;
    QComboBox *m_language;
    QLineEdit *m_title;
    QCheckBox *m_legend;
    QDoubleSpinBox *m_scale;
    QLabel *m_preview;
    QLabel *m_previewLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_printButton;
    QPushButton *m_previewButton;
    QTimer *m_previewTimer;
};

} // namespace org::ui
