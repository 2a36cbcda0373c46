// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QAbstractItemView;

namespace org { class Document; }

namespace org::ui {

/// Undo and redo of the editor: drives the Undo/Redo actions and the history
/// view through Document::undo()/redo(), so that they never switch scenario.
/// The actions' texts are ours ("Undo %1", tr) rather than QUndoStack's
/// createUndoAction(): that one fixes Qt's prefix when it is made, so it would
/// keep the old language after a switch at run time. A step of another
/// scenario leaves the action disabled with a text naming that scenario, and
/// its row in the history cannot be clicked.
class UndoController final : public QObject
{
    Q_OBJECT
public:
    UndoController(Document *doc, QAction *undo, QAction *redo, QAbstractItemView *history, QObject *parent);

    /// Texts of the actions and of every history entry in the current language.
    void retranslate();

protected:
    /// Refuses clicks on history rows that would undo or redo another scenario's steps.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    Document *m_doc;
    QAction *m_undo, *m_redo;
    QAbstractItemView *m_history;
};

} // namespace org::ui
