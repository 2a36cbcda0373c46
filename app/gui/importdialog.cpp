// SPDX-License-Identifier: MIT
#include "importdialog.h"

#include "languagechange.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace org::ui {

namespace {

constexpr int kPreviewRows = 50;

/// Adds a pane to `split`: a label (returned, for its text) above `content`.
QLabel *addLabelledPane(QSplitter *split, QWidget *content)
{
    auto *pane = new QWidget(split);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(pane);
    layout->addWidget(label);
    layout->addWidget(content);
    split->addWidget(pane);
    return label;
}

} // namespace

ImportDialog::ImportDialog(const RoleCatalogue &roles, QWidget *parent) : QDialog(parent), m_roles(roles)
{
    setObjectName(QStringLiteral("importDialog"));
    resize(900, 680);
    auto *layout = new QVBoxLayout(this);
    auto *fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(this);
    m_path = new QLineEdit(this);
    m_path->setReadOnly(true);
    m_browse = new QPushButton(this);
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);
    auto *infoRow = new QHBoxLayout;
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("importInfo"));
    m_encodingLabel = new QLabel(this);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(QString(), -1);
    for (TextDecoder::Encoding e : TextDecoder::encodings())
        m_encoding->addItem(TextDecoder::encodingName(e), int(e));
    m_encodingLabel->setBuddy(m_encoding);
    infoRow->addWidget(m_info, 1);
    infoRow->addWidget(m_encodingLabel);
    infoRow->addWidget(m_encoding);
    layout->addLayout(infoRow);
    m_infer = new QCheckBox(this);
    m_infer->setObjectName(QStringLiteral("inferRoles"));
    layout->addWidget(m_infer);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_mapping = new QTableWidget;
    m_mapping->setObjectName(QStringLiteral("columnMapping"));
    m_mapping->setColumnCount(3);
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mappingLabel = addLabelledPane(split, m_mapping);
    m_preview = new QTableWidget;
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewLabel = addLabelledPane(split, m_preview);
    m_errors = new QListWidget;
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setWordWrap(true);
    m_errorsLabel = addLabelledPane(split, m_errors);
    layout->addWidget(split, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import CSV or Excel"), QFileInfo(m_path->text()).absolutePath(),
            tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_infer, &QCheckBox::toggled, this, [this] { runImport(); });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_file.isEmpty())
            reload();
    });
    retranslateUi();
    runImport();
    onLanguageChange(this, [this] { retranslateUi(); });
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import CSV or Excel"));
    m_fileLabel->setText(tr("File:"));
    m_browse->setText(tr("Browse…"));
    m_infer->setText(tr("Infer roles from job titles (for HR exports without a role column)"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encoding->setItemText(0, tr("Detect"));
    m_encoding->setToolTip(tr("The text encoding of a CSV file: detected, or the one chosen here"));
    m_mappingLabel->setText(tr("Column mapping:"));
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("Meaning"), tr("First value")});
    m_previewLabel->setText(tr("First rows:"));
    m_errorsLabel->setText(tr("Errors:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    if (!m_source.path.isEmpty()) {
        rebuildMapping();
        runImport();
    }
}

bool ImportDialog::inferRoles() const
{
    return m_infer->isChecked();
}

void ImportDialog::setInferRoles(bool on)
{
    m_infer->setChecked(on);
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_file = path;
    {
        const QSignalBlocker block(m_encoding);
        m_encoding->setCurrentIndex(0); // a new file: detect its encoding
    }
    reload();
}

void ImportDialog::reload()
{
    const int chosen = m_encoding->currentData().toInt();
    m_source = ImportSource::read(m_file, chosen < 0 ? std::nullopt
                                                     : std::optional(TextDecoder::Encoding(chosen)));
    m_encoding->setEnabled(m_source.kind == OrgLoader::Kind::Csv);
    {
        const QSignalBlocker block(m_infer);
        m_infer->setChecked(m_source.ok() && !m_source.hasRoleColumn());
    }
    rebuildMapping();
    fillPreview();
    runImport();
}

void ImportDialog::rebuildMapping()
{
    m_mapping->setRowCount(0);
    if (!m_source.ok())
        return;
    m_mapping->setRowCount(int(m_source.header.size()));
    const QList<Column> columns = ImportSource::allColumns();
    for (int i = 0; i < m_source.header.size(); ++i) {
        m_mapping->setItem(i, 0, new QTableWidgetItem(m_source.header[i]));
        m_mapping->item(i, 0)->setFlags(Qt::ItemIsEnabled);
        auto *combo = new QComboBox(m_mapping);
        for (Column c : columns)
            combo->addItem(ImportSource::columnName(c), int(c));
        combo->addItem(tr("Ignore"), -1);
        combo->setCurrentIndex(combo->findData(int(CsvImporter::classifyHeader(m_source.header[i]))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { runImport(); });
        m_mapping->setCellWidget(i, 1, combo);
        QString first;
        if (!m_source.rows.empty() && std::size_t(i) < m_source.rows.front().fields.size())
            first = m_source.rows.front().fields[std::size_t(i)];
        auto *item = new QTableWidgetItem(first);
        item->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(i, 2, item);
    }
    m_mapping->resizeColumnsToContents();
}

void ImportDialog::fillPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(int(m_source.header.size()));
    m_preview->setHorizontalHeaderLabels(m_source.header);
    const int n = std::min<int>(kPreviewRows, int(m_source.rows.size()));
    m_preview->setRowCount(n);
    QStringList lines;
    for (int r = 0; r < n; ++r) {
        const CsvImporter::Row &row = m_source.rows[std::size_t(r)];
        lines << QString::number(row.line);
        for (int c = 0; c < int(row.fields.size()) && c < m_source.header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(row.fields[std::size_t(c)]));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
}

void ImportDialog::runImport()
{
    m_org.reset();
    m_errors->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    std::vector<ImportError> errors;
    if (m_source.path.isEmpty()) {
        m_info->setText(tr("Choose a CSV or Excel file."));
        m_summary->clear();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    if (m_source.kind == OrgLoader::Kind::Xlsx)
        m_info->setText(tr("Format: Excel workbook (first sheet) · %n data row(s)", nullptr,
                           int(m_source.rows.size())));
    else
        m_info->setText(tr("Format: CSV · encoding: %1 · delimiter: %2 · %n data row(s)", nullptr,
                           int(m_source.rows.size()))
                            .arg(m_source.encoding.isEmpty() ? tr("unknown") : m_source.encoding,
                                 m_source.delimiter.isNull() ? tr("unknown")
                                                             : ImportSource::delimiterName(m_source.delimiter)));
    if (!m_source.ok()) {
        errors = m_source.errors;
    } else {
        std::vector<std::optional<Column>> mapping;
        for (int i = 0; i < m_mapping->rowCount(); ++i) {
            auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 1));
            const int c = combo ? combo->currentData().toInt() : int(Column::Custom);
            mapping.push_back(c < 0 ? std::nullopt : std::optional<Column>(Column(c)));
        }
        ImportResult result = m_source.import(m_roles, m_infer->isChecked(), mapping);
        if (result.ok())
            m_org = std::move(result.org);
        errors = std::move(result.errors);
    }
    for (const ImportError &e : errors) {
        const QString text = e.line > 0 ? tr("Line %1: %2").arg(QString::number(e.line), e.message) : e.message;
        auto *item = new QListWidgetItem(errorIcon, text, m_errors);
        item->setToolTip(e.toString());
    }
    if (m_org) {
        int open = 0;
        for (const Position &p : m_org->positions())
            open += p.isOpen();
        m_summary->setText(tr("Ready to import %n position(s)", nullptr, m_org->size())
                           + QStringLiteral(" · ") + tr("%n open position(s)", nullptr, open));
    } else {
        m_summary->setText(tr("Nothing will change: fix the %n error(s) listed above first.", nullptr,
                              int(errors.size())));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_org.has_value());
}

QStringList ImportDialog::errorMessages() const
{
    QStringList out;
    for (int i = 0; i < m_errors->count(); ++i)
        out << m_errors->item(i)->text();
    return out;
}

} // namespace org::ui
