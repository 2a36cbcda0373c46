// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace org { class Document; }

namespace org::ui {

/// The editor's file handling over one Document: new, open (plans, and CSV or
/// XLSX imported on a worker thread with a cancellable progress dialog), the
/// import preview, save, save as, CSV export, the recent-files menu (kept in
/// QSettings) and the offer to recover an autosave when a plan opens.
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
    bool importTable(const QString &path, QString &error);
    void offerRecovery(const QString &path);

    Document *m_doc;
    QWidget *m_window;
    QMenu *m_recentMenu;
    QStringList m_recentFiles;
};

} // namespace org::ui
