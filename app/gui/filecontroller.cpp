// SPDX-License-Identifier: MIT
#include "filecontroller.h"

#include "mainwindow.h" // MainWindow::tr: the texts keep their translation context

#include "backgroundtask.h"
#include "edit/document.h"
#include "importdialog.h"
#include "store/csvexporter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

#include <memory>

namespace org::ui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentFiles");
} // namespace

FileController::FileController(Document *doc, QWidget *window, QMenu *recentMenu)
    : QObject(window), m_doc(doc), m_window(window), m_recentMenu(recentMenu),
      m_recentFiles(QSettings().value(kRecentKey).toStringList())
{
}

bool FileController::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, MainWindow::tr("Unsaved changes"), MainWindow::tr("The plan has changes that are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileController::newPlan()
{
    if (maybeSave())
        m_doc->setPlan(Plan{});
}

void FileController::openDialog()
{
    if (!maybeSave())
        return;
    const QString dir = m_recentFiles.isEmpty() ? QString() : QFileInfo(m_recentFiles.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        m_window, MainWindow::tr("Open"), dir, MainWindow::tr("Plans and spreadsheets (*.orgplan *.csv *.xlsx);;Plans (*.orgplan);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool FileController::openFile(const QString &path, bool interactive, QString *error)
{
    QString err;
    bool ok = false;
    const OrgLoader::Kind kind = QFileInfo::exists(path) ? OrgLoader::detect(path) : OrgLoader::Kind::Csv;
    if (kind == OrgLoader::Kind::Plan) {
        ok = m_doc->open(path, &err);
        if (ok && interactive && Document::hasNewerAutosave(path))
            offerRecovery(path);
    } else {
        ok = importTable(path, err);
        if (!ok && err.isEmpty())
            return false; // cancelled
    }
    if (!ok) {
        if (error)
            *error = err;
        if (interactive)
            QMessageBox::warning(m_window, MainWindow::tr("Cannot open the file"), err);
        return false;
    }
    addRecentFile(path);
    Q_EMIT statusMessage(MainWindow::tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

void FileController::offerRecovery(const QString &path)
{
    const auto answer = QMessageBox::question(
        m_window, MainWindow::tr("Recover changes"),
        MainWindow::tr("OrgDesigner found changes to \"%1\" that were not saved (autosave). Recover them?")
            .arg(QFileInfo(path).fileName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_doc->discardAutosave();
        return;
    }
    QString recoverError;
    if (!m_doc->recoverAutosave(&recoverError))
        Q_EMIT error(recoverError);
}

/// Reads and imports a CSV or XLSX off the UI thread (Document::readImport, the
/// code path of Document::importFile); the document changes only on success.
/// False with an empty `error` when the user cancelled.
bool FileController::importTable(const QString &path, QString &error)
{
    LoadOptions options;
    options.roles = m_doc->roles();
    options.inferRolesWithoutRoleColumn = true;
    // The worker owns what it uses: after a cancel it may still run a moment.
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    options.cancel = cancel.get();
    auto loaded = std::make_shared<std::optional<LoadedOrg>>();
    auto message = std::make_shared<QString>();
    const bool done = runInBackground(
        m_window, MainWindow::tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [loaded, message, cancel, path, options] { *loaded = Document::readImport(path, options, message.get()); },
        cancel.get());
    if (!done)
        return false;
    if (!*loaded) {
        error = *message;
        return false;
    }
    m_doc->setImported(std::move(**loaded));
    return true;
}

bool FileController::importWithPreview(const QString &path)
{
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(m_window, MainWindow::tr("Import CSV or Excel"), QString(),
                                            MainWindow::tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"));
        if (file.isEmpty())
            return false;
    }
    ImportDialog dialog(m_doc->roles(), m_window);
    dialog.setFile(file);
    if (dialog.exec() != QDialog::Accepted || !dialog.importedOrg())
        return false;
    if (!maybeSave())
        return false;
    m_doc->setImported(LoadedOrg{*dialog.importedOrg(), m_doc->roles(), {}, {}});
    addRecentFile(file);
    return true;
}

bool FileController::save()
{
    if (m_doc->location().isEmpty())
        return saveAs();
    QString message;
    if (!m_doc->save(&message)) {
        QMessageBox::warning(m_window, MainWindow::tr("Cannot save"), message);
        return false;
    }
    Q_EMIT statusMessage(MainWindow::tr("Saved"), 3000);
    return true;
}

bool FileController::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_window, MainWindow::tr("Save Plan As"), m_doc->location(), MainWindow::tr("Plans (*.orgplan)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".orgplan"), Qt::CaseInsensitive))
        path += QStringLiteral(".orgplan");
    QString message;
    if (!m_doc->saveAs(path, &message)) {
        QMessageBox::warning(m_window, MainWindow::tr("Cannot save"), message);
        return false;
    }
    addRecentFile(path);
    return true;
}

void FileController::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(m_window, MainWindow::tr("Export CSV"), QString(), MainWindow::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString message;
    if (!CsvExporter::writeFile(m_doc->org(), path, &message))
        QMessageBox::warning(m_window, MainWindow::tr("Export CSV"), message);
    else
        Q_EMIT statusMessage(MainWindow::tr("Exported %1").arg(QFileInfo(path).fileName()), 4000);
}

void FileController::addRecentFile(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    m_recentFiles.removeAll(abs);
    m_recentFiles.prepend(abs);
    while (m_recentFiles.size() > kMaxRecent)
        m_recentFiles.removeLast();
    QSettings().setValue(kRecentKey, m_recentFiles);
    rebuildRecentMenu();
}

void FileController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &file : std::as_const(m_recentFiles)) {
        QAction *a = m_recentMenu->addAction(QFileInfo(file).fileName());
        a->setToolTip(file);
        a->setStatusTip(file);
        connect(a, &QAction::triggered, this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
    }
    if (!m_recentFiles.isEmpty()) {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(MainWindow::tr("Clear List")), &QAction::triggered, this, [this] {
            m_recentFiles.clear();
            QSettings().setValue(kRecentKey, m_recentFiles);
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!m_recentFiles.isEmpty());
}

} // namespace org::ui
