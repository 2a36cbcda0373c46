// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include "backgroundtask.h"
#include "chartprinter.h"
#include "edit/document.h"
#include "i18n/language.h"
#include "languagechange.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace org::ui {

ExportDialog::ExportDialog(Document *doc, const QString &selectedId, const LayoutOptions &layout,
                           QWidget *parent)
    : QDialog(parent), m_doc(doc), m_selectedId(selectedId), m_layout(layout)
{
    setObjectName(QStringLiteral("exportDialog"));
    m_layout.collapsed.clear();
    m_layout.root = Org::npos;
    m_layout.maxDepth = -1;
    auto *outer = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(QStringLiteral("PDF"), QStringLiteral("pdf"));
    m_format->addItem(QStringLiteral("PNG"), QStringLiteral("png"));
    m_format->addItem(QStringLiteral("SVG"), QStringLiteral("svg"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_browse = new QPushButton(this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_whole = new QRadioButton(this);
    m_subtree = new QRadioButton(this);
    m_whole->setChecked(true);
    m_subtree->setEnabled(!selectedId.isEmpty());
    auto *group = new QButtonGroup(this);
    group->addButton(m_whole);
    group->addButton(m_subtree);
    auto *scopeBox = new QVBoxLayout;
    scopeBox->addWidget(m_whole);
    scopeBox->addWidget(m_subtree);
    m_depth = new QSpinBox(this);
    m_depth->setObjectName(QStringLiteral("depth"));
    m_depth->setRange(0, 99);
    m_page = new QComboBox(this);
    m_page->setObjectName(QStringLiteral("page"));
    m_page->addItem(QString(), int(ExportOptions::Page::Fit));
    m_page->addItem(QStringLiteral("A4"), int(ExportOptions::Page::A4));
    m_page->addItem(QStringLiteral("A3"), int(ExportOptions::Page::A3));
    m_orientation = new QComboBox(this);
    m_orientation->setObjectName(QStringLiteral("orientation"));
    m_orientation->addItem(QString(), false);
    m_orientation->addItem(QString(), true);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(org::language() == QLatin1String("zh_CN") ? 1 : 0);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_legend = new QCheckBox(this);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_legend->setChecked(true);
    m_scale = new QDoubleSpinBox(this);
    m_scale->setObjectName(QStringLiteral("scale"));
    m_scale->setRange(0, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_form->addRow(new QLabel(this), m_format);
    m_form->addRow(new QLabel(this), pathRow);
    m_form->addRow(new QLabel(this), scopeBox);
    m_form->addRow(new QLabel(this), m_depth);
    m_form->addRow(new QLabel(this), m_page);
    m_form->addRow(new QLabel(this), m_orientation);
    m_form->addRow(new QLabel(this), m_language);
    m_form->addRow(new QLabel(this), m_title);
    m_form->addRow(new QLabel(this), m_legend);
    m_form->addRow(new QLabel(this), m_scale);
    left->addLayout(m_form);
    left->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_printButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_previewButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    left->addWidget(m_buttons);
    outer->addLayout(left, 0);

    auto *right = new QVBoxLayout;
    m_previewLabel = new QLabel(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setMinimumSize(420, 340);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setStyleSheet(QStringLiteral("QLabel#exportPreview { background: white; }"));
    right->addWidget(m_previewLabel);
    right->addWidget(m_preview, 1);
    outer->addLayout(right, 1);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    const auto changed = [this] {
        updateEnabled();
        m_previewTimer->start();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, [this, changed] {
        const QString path = m_path->text();
        if (!path.isEmpty()) {
            const QFileInfo fi(path);
            m_path->setText(QDir(fi.path()).filePath(fi.completeBaseName() + QLatin1Char('.') + suffix()));
        }
        changed();
    });
    connect(m_whole, &QRadioButton::toggled, this, changed);
    connect(m_depth, &QSpinBox::valueChanged, this, changed);
    connect(m_page, &QComboBox::currentIndexChanged, this, changed);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, changed);
    connect(m_legend, &QCheckBox::toggled, this, changed);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), m_path->text(),
                                                          tr("%1 files (*.%2)").arg(m_format->currentText(), suffix()));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        if (exportNow(&error))
            accept();
        else if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export chart"), error);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_printButton, &QPushButton::clicked, this, &ExportDialog::print);
    connect(m_previewButton, &QPushButton::clicked, this, &ExportDialog::printPreview);

    retranslateUi();
    restoreSettings();
    updateEnabled();
    updatePreview();
    onLanguageChange(this, [this] { retranslateUi(); });
}

namespace {
// The export dialog's choices, kept across uses and restarts (QSettings).
const QString kFormatKey = QStringLiteral("export/format");
const QString kFolderKey = QStringLiteral("export/folder");
const QString kTitleKey = QStringLiteral("export/title");
const QString kLanguageKey = QStringLiteral("export/language");
const QString kPageKey = QStringLiteral("export/page");
const QString kLandscapeKey = QStringLiteral("export/landscape");
const QString kLegendKey = QStringLiteral("export/legend");
const QString kScaleKey = QStringLiteral("export/scale");
const QString kDepthKey = QStringLiteral("export/depth");

/// Selects the item of `box` whose data is `value`; nothing when there is none.
void selectData(QComboBox *box, const QVariant &value)
{
    const int i = box->findData(value);
    if (i >= 0)
        box->setCurrentIndex(i);
}
} // namespace

void ExportDialog::restoreSettings()
{
    const QSettings s;
    selectData(m_format, s.value(kFormatKey));
    m_title->setText(s.value(kTitleKey).toString());
    selectData(m_language, s.value(kLanguageKey));
    selectData(m_page, s.value(kPageKey));
    if (s.contains(kLandscapeKey))
        selectData(m_orientation, s.value(kLandscapeKey).toBool());
    m_legend->setChecked(s.value(kLegendKey, true).toBool());
    m_scale->setValue(s.value(kScaleKey, 0.0).toDouble());
    m_depth->setValue(s.value(kDepthKey, 0).toInt());
}

void ExportDialog::saveSettings() const
{
    QSettings s;
    s.setValue(kFormatKey, suffix());
    if (!m_path->text().trimmed().isEmpty())
        s.setValue(kFolderKey, QFileInfo(m_path->text().trimmed()).absolutePath());
    s.setValue(kTitleKey, m_title->text());
    s.setValue(kLanguageKey, language());
    s.setValue(kPageKey, m_page->currentData());
    s.setValue(kLandscapeKey, m_orientation->currentData().toBool());
    s.setValue(kLegendKey, m_legend->isChecked());
    s.setValue(kScaleKey, m_scale->value());
    s.setValue(kDepthKey, m_depth->value());
}

void ExportDialog::suggestFileName(const QString &folder, const QString &baseName)
{
    // The folder of the last export when the plan has none of its own.
    const QString dir = !folder.isEmpty() ? folder : QSettings().value(kFolderKey, QDir::homePath()).toString();
    m_path->setText(QDir(dir).filePath(baseName + QLatin1Char('.') + suffix()));
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export chart"));
    const QStringList labels{tr("Format:"), tr("File:"), tr("Chart:"), tr("Levels:"), tr("Page size:"),
                             tr("Orientation:"), tr("Language:"), tr("Title:"), tr("Legend:"), tr("PNG scale:")};
    for (int i = 0; i < labels.size(); ++i)
        if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::LabelRole)->widget()))
            l->setText(labels[i]);
    m_browse->setText(tr("Browse…"));
    m_whole->setText(tr("Whole chart"));
    m_subtree->setText(tr("Selection's subtree"));
    m_depth->setSpecialValueText(tr("All levels"));
    m_page->setItemText(0, tr("Fit to chart (one page)"));
    m_orientation->setItemText(0, tr("Portrait"));
    m_orientation->setItemText(1, tr("Landscape"));
    m_title->setPlaceholderText(tr("Optional title line"));
    m_legend->setText(tr("Show the role legend"));
    m_scale->setSpecialValueText(tr("Automatic"));
    m_previewLabel->setText(tr("Preview:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    m_printButton->setText(tr("Print…"));
    m_previewButton->setText(tr("Print Preview…"));
}

QString ExportDialog::suffix() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setFileName(const QString &path)
{
    m_path->setText(path);
    const int i = m_format->findData(QFileInfo(path).suffix().toLower());
    if (i >= 0) {
        const QSignalBlocker block(m_format);
        m_format->setCurrentIndex(i);
        updateEnabled();
    }
}

QString ExportDialog::fileName() const
{
    return m_path->text();
}

void ExportDialog::setSubtreeOnly(bool on)
{
    if (on && m_subtree->isEnabled())
        m_subtree->setChecked(true);
    else
        m_whole->setChecked(true);
}

void ExportDialog::setPage(ExportOptions::Page page, bool landscape)
{
    m_page->setCurrentIndex(m_page->findData(int(page)));
    m_orientation->setCurrentIndex(landscape ? 1 : 0);
}

QString ExportDialog::language() const
{
    return m_language->currentData().toString();
}

void ExportDialog::updateEnabled()
{
    const bool pdf = suffix() == QLatin1String("pdf");
    m_page->setEnabled(pdf);
    m_orientation->setEnabled(pdf && m_page->currentData().toInt() != int(ExportOptions::Page::Fit));
    m_scale->setEnabled(suffix() == QLatin1String("png"));
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.layout = m_layout;
    if (m_subtree->isChecked() && !m_selectedId.isEmpty())
        o.layout.root = m_doc->find(m_selectedId);
    o.layout.maxDepth = m_depth->value() == 0 ? -1 : m_depth->value();
    o.page = ExportOptions::Page(m_page->currentData().toInt());
    o.landscape = m_orientation->currentData().toBool();
    o.title = m_title->text().trimmed();
    o.legend = m_legend->isChecked();
    o.scale = m_scale->value();
    return o;
}

void ExportDialog::updatePreview()
{
    const QSize box = m_preview->size() - QSize(12, 12);
    ChartExporter exporter(m_doc->org(), m_doc->roles(), m_doc->problems(), Translator(language()));
    const ExportOptions o = options();
    const LayoutResult layout = TreeLayout(o.layout).layout(m_doc->org(), exporter.cardPainter().measure(m_doc->org()));
    QImage image(box.expandedTo(QSize(50, 50)) * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatioF());
    image.fill(Qt::white);
    if (!layout.bounds.isEmpty()) {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        const QRectF b = layout.bounds.adjusted(-10, -10, 10, 10);
        const double s = std::min(box.width() / b.width(), box.height() / b.height());
        p.translate((box.width() - b.width() * s) / 2, (box.height() - b.height() * s) / 2);
        p.scale(s, s);
        p.translate(-b.topLeft());
        if (layout.shown.size() <= 20000)
            exporter.paintChart(p, layout);
        else
            for (Org::Vertex v : layout.shown)
                p.fillRect(layout.rects[v], exporter.cardPainter().roleColor(m_doc->org().position(v).role));
    }
    m_preview->setPixmap(QPixmap::fromImage(image));
}

bool ExportDialog::exportNow(QString *error)
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        if (error)
            *error = tr("Choose a file to export to.");
        return false;
    }
    // The worker owns copies of everything it reads.
    struct Job
    {
        Org org;
        RoleCatalogue roles;
        std::vector<Problem> problems;
        QString lang, path;
        ExportOptions options;
        bool ok = false;
        QString error;
    };
    auto job = std::make_shared<Job>();
    job->org = m_doc->org();
    job->roles = m_doc->roles();
    job->problems = m_doc->problems();
    job->lang = language();
    job->path = path;
    job->options = options();
    const bool finished = runInBackground(this, tr("Exporting the chart…"), [job] {
        ChartExporter exporter(job->org, job->roles, job->problems, Translator(job->lang));
        job->ok = exporter.write(job->path, job->options);
        job->error = exporter.errorString();
    });
    if (!finished) {
        QFile::remove(path);
        if (error)
            error->clear();
        return false;
    }
    if (!job->ok && error)
        *error = job->error;
    if (job->ok)
        saveSettings();
    return job->ok;
}

int ExportDialog::paintOn(QPrinter *printer) const
{
    const ExportOptions o = options();
    ChartExporter exporter(m_doc->org(), m_doc->roles(), m_doc->problems(), Translator(language()));
    return ChartPrinter::print(printer, exporter, o);
}

void ExportDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    const ExportOptions o = options();
    printer.setPageOrientation(o.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    if (o.page == ExportOptions::Page::A3)
        printer.setPageSize(QPageSize(QPageSize::A3));
    else
        printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.resize(1000, 760);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { paintOn(p); });
    dialog.exec();
}

void ExportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    const ExportOptions o = options();
    printer.setPageOrientation(o.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setPageSize(QPageSize(o.page == ExportOptions::Page::A3 ? QPageSize::A3 : QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) {
        saveSettings();
        paintOn(&printer);
    }
}

} // namespace org::ui
