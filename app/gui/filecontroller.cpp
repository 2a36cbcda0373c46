// SPDX-License-Identifier: MIT
#include "filecontroller.h"

#include "mainwindow.h" // MainWindow::tr: the texts keep their translation context

#include "backgroundtask.h"
#include "edit/document.h"
#include "importdialog.h"
#include "store/csvexporter.h"

#include <QDir>
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
/// Location → name of the scenario last used (a map: locations hold '/', which QSettings keys must not).
const QString kLastScenarioKey = QStringLiteral("plans/lastScenario");
constexpr int kMaxRememberedScenarios = 100;
const QString kPlanSuffix = QStringLiteral(".orgplan");
} // namespace

FileController::FileController(Document *doc, QWidget *window, QMenu *recentMenu)
    : QObject(window), m_doc(doc), m_window(window), m_recentMenu(recentMenu),
      m_recentFiles(QSettings().value(kRecentKey).toStringList()),
      m_saveFileDialog([](QWidget *parent, const QString &caption, const QString &suggested, const QString &filter) {
          return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
      })
{
}

QString FileController::lastScenario(const QString &location)
{
    return QSettings().value(kLastScenarioKey).toMap().value(location).toString();
}

void FileController::rememberScenario()
{
    const QString location = m_doc->location();
    if (location.isEmpty())
        return;
    QSettings s;
    QVariantMap map = s.value(kLastScenarioKey).toMap();
    if (m_doc->currentScenario() == 0)
        map.remove(location); // the first scenario is the default
    else
        map.insert(location, m_doc->currentScenarioName());
    while (map.size() > kMaxRememberedScenarios)
        map.erase(map.begin());
    s.setValue(kLastScenarioKey, map);
}

void FileController::restoreScenario()
{
    const QString name = lastScenario(m_doc->location());
    if (!name.isEmpty() && name != m_doc->currentScenarioName() && m_doc->scenarioNames().contains(name))
        m_doc->switchScenario(name);
}

QString FileController::suggestedSavePath() const
{
    if (!m_doc->location().isEmpty() && !m_doc->location().contains(QLatin1String("://")))
        return m_doc->location();
    if (!m_importedFrom.isEmpty()) {
        const QFileInfo table(m_importedFrom);
        return table.dir().filePath(table.completeBaseName() + kPlanSuffix);
    }
    return m_recentFiles.isEmpty() ? QString() : QFileInfo(m_recentFiles.first()).absolutePath();
}

bool FileController::maybeSave()
{
    // Before the plan is closed (another opens, the window closes): a switch of
    // scenario alone does not modify the plan, and is remembered all the same.
    rememberScenario();
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
    if (maybeSave()) {
        m_doc->setPlan(Plan{});
        m_importedFrom.clear();
    }
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
        if (ok) {
            m_importedFrom.clear();
            restoreScenario();
        }
        if (ok && interactive && Document::hasNewerAutosave(path))
            offerRecovery(path);
    } else {
        ok = importTable(path, err);
        if (ok)
            m_importedFrom = QFileInfo(path).absoluteFilePath();
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
    auto progress = std::make_shared<std::atomic<int>>(0);
    options.progress = progress.get();
    auto loaded = std::make_shared<std::optional<LoadedOrg>>();
    auto message = std::make_shared<QString>();
    const bool done = runInBackground(
        m_window, MainWindow::tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [loaded, message, cancel, progress, path, options] {
            *loaded = Document::readImport(path, options, message.get());
        },
        cancel.get(), progress.get());
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
    m_importedFrom = QFileInfo(file).absoluteFilePath();
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
    rememberScenario();
    Q_EMIT statusMessage(MainWindow::tr("Saved"), 3000);
    return true;
}

bool FileController::saveAs()
{
    QString path = m_saveFileDialog(m_window, MainWindow::tr("Save Plan As"), suggestedSavePath(),
                                    MainWindow::tr("Plans (*.orgplan)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(kPlanSuffix, Qt::CaseInsensitive))
        path += kPlanSuffix;
    QString message;
    if (!m_doc->saveAs(path, &message)) {
        QMessageBox::warning(m_window, MainWindow::tr("Cannot save"), message);
        return false;
    }
    m_importedFrom.clear();
    rememberScenario();
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
