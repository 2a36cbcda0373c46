// SPDX-License-Identifier: MIT
#include "undocontroller.h"

#include "edit/document.h"

#include <QAction>
#include <QEvent>
#include <QKeySequence>
#include <QMouseEvent>
#include <QUndoStack>
#include <QAbstractItemView>

namespace org::ui {

UndoController::UndoController(Document *doc, QAction *undo, QAction *redo, QAbstractItemView *history, QObject *parent)
    : QObject(parent), m_doc(doc), m_undo(undo), m_redo(redo), m_history(history)
{
    connect(m_undo, &QAction::triggered, this, [this] { m_doc->undo(); });
    connect(m_redo, &QAction::triggered, this, [this] { m_doc->redo(); });
    connect(m_doc, &Document::undoStateChanged, this, &UndoController::update);
    // Rows are chosen with the mouse only; keys would walk across scenarios.
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->viewport()->installEventFilter(this);
    update();
}

void UndoController::retranslate()
{
    m_doc->retranslateHistory();
    update();
}

void UndoController::update()
{
    const QUndoStack *stack = m_doc->undoStack();
    auto set = [](QAction *a, bool can, const QString &blockedBy, const QString &step, const QString &plain,
                  const QString &withText, const QString &elsewhere, const QKeySequence &key) {
        a->setEnabled(can);
        QString text = plain;
        if (!blockedBy.isEmpty())
            text = elsewhere.arg(step, blockedBy);
        else if (can && !step.isEmpty())
            text = withText.arg(step);
        a->setText(text);
        a->setStatusTip(blockedBy.isEmpty() ? QString() : text);
        a->setToolTip(text + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
    };
    set(m_undo, m_doc->canUndo(), m_doc->undoBlockedBy(), stack->undoText(), tr("&Undo"), tr("&Undo %1"),
        tr("Undo %1 (in scenario \"%2\")"), QKeySequence(Qt::CTRL | Qt::Key_Z));
    set(m_redo, m_doc->canRedo(), m_doc->redoBlockedBy(), stack->redoText(), tr("&Redo"), tr("&Redo %1"),
        tr("Redo %1 (in scenario \"%2\")"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_history->viewport()->update();
}

bool UndoController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove: {
        const auto *me = static_cast<QMouseEvent *>(event);
        if (event->type() == QEvent::MouseMove && me->buttons() == Qt::NoButton)
            break;
        const QModelIndex index = m_history->indexAt(me->position().toPoint());
        // Row 0 is the state when opened; row n the state after step n.
        if (index.isValid() && !m_doc->canReachIndex(index.row()))
            return true;
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace org::ui
