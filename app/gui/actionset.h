// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>

class QAction;
class QActionGroup;
class QDockWidget;
class QKeySequence;
class QIcon;
class QMenu;
class QMenuBar;
class QToolBar;
class QWidget;

namespace org::ui {

/// The editor's QActions (object names "actionNew", "actionUndo"…) with their
/// shortcuts, icons and texts, and the menus, toolbar and context menu built
/// from them. Owns no behaviour: the window connects the actions it handles.
class ActionSet final : public QObject
{
    Q_OBJECT
public:
    explicit ActionSet(QWidget *parent);

    /// The action with this object name, or nullptr.
    QAction *get(const QString &name) const { return m_actions.value(name); }
    QAction *get(const char *name) const { return get(QString::fromLatin1(name)); }
    /// The language actions ("actionLanguage_en"…), data() = the language code.
    QActionGroup *languageGroup() const { return m_languageGroup; }

    /// Fills the menu bar; `docks` get a toggle in View ▸ Panels.
    void buildMenus(QMenuBar *bar, const QList<QDockWidget *> &docks);
    /// The toolbar's actions; the scenario widgets and the search field go where they belong.
    void buildToolBar(QToolBar *bar, QWidget *scenarioLabel, QWidget *scenarioCombo, QWidget *search);
    /// The chart's context menu.
    QMenu *buildContextMenu(QWidget *parent);
    /// File ▸ Open Recent (filled by the FileController).
    QMenu *recentMenu() const { return m_recentMenu; }

    /// Sets texts, status tips and tool tips (with the shortcut) in the current language.
    void retranslate();

private:
    QAction *make(const char *name, const QKeySequence &shortcut, const QIcon &icon, bool checkable = false);

    QHash<QString, QAction *> m_actions;
    QActionGroup *m_languageGroup;
    QMenu *m_fileMenu = nullptr, *m_recentMenu = nullptr, *m_editMenu = nullptr, *m_scenarioMenu = nullptr;
    QMenu *m_viewMenu = nullptr, *m_panelsMenu = nullptr, *m_languageMenu = nullptr, *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace org::ui
