// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QMenu;
class QWidget;

namespace org { class Document; }

namespace org::ui {

/// The editor's file handling over one Document: new, open (plans, and CSV or
/// XLSX imported on a worker thread with a cancellable progress dialog), the
/// import preview, save, save as, CSV export, the recent-files menu (kept in
/// QSettings) and the offer to recover an autosave when a plan opens. A plan
/// reopens in the scenario last used with it, remembered per user and location
/// in QSettings when it is saved or closed (see rememberScenario()).
class FileController final : public QObject
{
    Q_OBJECT
public:
    /// `window` parents the dialogs; `recentMenu` is filled with the recent files.
    FileController(Document *doc, QWidget *window, QMenu *recentMenu);

    /// Opens a plan, CSV or XLSX (a table without a role column infers roles
    /// from titles). `interactive`: errors and recovery prompts as dialogs.
    bool openFile(const QString &path, bool interactive = true, QString *error = nullptr);
    /// Shows the import preview for a file (empty: ask for one); true when imported.
    bool importWithPreview(const QString &path = {});
    /// Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    void newPlan();
    void openDialog();
    bool save();
    bool saveAs();
    void exportCsv();

    /// Asks for a file to save to: (parent, caption, suggested path, filter) → path
    /// or empty. QFileDialog::getSaveFileName unless a test sets another.
    using SaveFileDialog = std::function<QString(QWidget *, const QString &, const QString &, const QString &)>;
    void setSaveFileDialog(SaveFileDialog dialog) { m_saveFileDialog = std::move(dialog); }
    /// What Save As suggests: the plan's own file; for an imported table
    /// "<table's base name>.orgplan" beside it; else the folder last used.
    QString suggestedSavePath() const;
    /// The scenario `location` reopens in (empty: none remembered, the first).
    static QString lastScenario(const QString &location);

    QStringList recentFiles() const { return m_recentFiles; }
    /// Rebuilds the recent-files menu (also after a language change).
    void rebuildRecentMenu();

Q_SIGNALS:
    /// A passing message for the status bar.
    void statusMessage(const QString &text, int timeoutMs);
    /// An error that needs no dialog (status bar and toast).
    void error(const QString &text);

private:
    void addRecentFile(const QString &path);
    /// Remembers the current scenario for the plan's location (per user, QSettings):
    /// a plan shared in PostgreSQL is opened by several people, each in a scenario
    /// of their own, so it is not written into the plan.
    void rememberScenario();
    /// After opening a plan: switches to the scenario last used with it, if it still exists.
    void restoreScenario();
    bool importTable(const QString &path, QString &error);
    void offerRecovery(const QString &path);

    Document *m_doc;
    QWidget *m_window;
    QMenu *m_recentMenu;
    QStringList m_recentFiles;
    QString m_importedFrom; ///< the CSV/XLSX the unsaved plan was imported from
    SaveFileDialog m_saveFileDialog;
};

} // namespace org::ui
