// SPDX-License-Identifier: MIT
#include "chartview.h"

#include "chartscene.h"
#include "edit/document.h"
#include "edit/movepositioncommand.h"
#include "mimetypes.h"
#include "minimap.h"
#include "rules/ruleengine.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QRubberBand>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

#include <cmath>

namespace org::ui {

namespace {
/// Messages from the library start in lower case (they follow "file:line: ").
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QStringList idsFromMime(const QMimeData *mime)
{
    return QString::fromUtf8(mime->data(positionMimeType())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

ChartView::ChartView(ChartScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(FullViewportUpdate);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setDragMode(NoDrag);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setMouseTracking(true);

    m_minimap = new Minimap(this, this);
    m_toast = new QLabel(viewport());
    m_toast->setObjectName(QStringLiteral("chartToast"));
    m_toast->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(31,41,55,225); color: white; border-radius: 6px; padding: 8px 12px; }"));
    m_toast->setWordWrap(true);
    m_toast->hide();
    m_toastTimer = new QTimer(this);
    m_toastTimer->setSingleShot(true);
    m_toastTimer->setInterval(5000);
    connect(m_toastTimer, &QTimer::timeout, m_toast, &QWidget::hide);
    connect(scene, &ChartScene::layoutChanged, m_minimap, &Minimap::chartChanged);
    connect(scene, &ChartScene::layoutChanged, this, &ChartView::placeMinimap);
    connect(scene, &ChartScene::layoutChanged, this, [this] { followSceneRect(QRectF()); });
    connect(scene->document(), &Document::problemsChanged, m_minimap, &Minimap::badgesChanged);
}

void ChartView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setAcceptDrops(!readOnly);
}

void ChartView::setMinimapVisible(bool on)
{
    m_minimapOn = on;
    placeMinimap();
}

void ChartView::followSceneRect(const QRectF &keep)
{
    // The scrollable area is the chart's and what the user sees (or is about to
    // see): a chart that shrinks never yanks the view away from where it was.
    const QPointF centre = mapToScene(viewport()->rect().center());
    QRectF r = m_scene->sceneRect().united(mapToScene(viewport()->rect()).boundingRect());
    if (!keep.isNull())
        r |= keep;
    if (r == sceneRect())
        return;
    setSceneRect(r);
    centerOn(centre); // a new scene rect must not scroll the view
}

void ChartView::placeMinimap()
{
    // Beside the viewport, in a margin of its own, so it never hides a card: the
    // overview of a wide top-down chart is a strip below it, of a tall
    // left-to-right chart a column beside it (each the chart's own shape).
    const bool column = m_scene->orientation() == Orientation::LeftRight;
    const int strip = m_minimapOn ? (column ? Minimap::kColumnWidth : Minimap::kStripHeight) : 0;
    const QMargins margins(0, 0, column ? strip : 0, column ? 0 : strip);
    if (viewportMargins() != margins)
        setViewportMargins(margins);
    m_minimap->setVisible(m_minimapOn);
    if (!m_minimapOn)
        return;
    const QRect vp = viewport()->geometry();
    m_minimap->setGeometry(column ? QRect(vp.right() + 1, vp.top(), strip, vp.height())
                                  : QRect(vp.left(), vp.bottom() + 1, vp.width(), strip));
}

void ChartView::showToast(const QString &text)
{
    m_toast->setText(sentence(text));
    m_toast->setMaximumWidth(std::max(200, viewport()->width() - 40));
    m_toast->adjustSize();
    m_toast->move((viewport()->width() - m_toast->width()) / 2, 16);
    m_toast->show();
    m_toast->raise();
    m_toastTimer->start();
}

void ChartView::hideToast()
{
    m_toastTimer->stop();
    m_toast->hide();
}

QString ChartView::toastText() const
{
    return m_toast->isVisible() ? m_toast->text() : QString();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (m_nameEditor)
        finishRename(true);
    m_pressPos = event->position().toPoint();
    m_pressScene = mapToScene(m_pressPos);
    m_button = event->button();
    if (event->button() == Qt::MiddleButton || event->button() == Qt::RightButton) {
        m_mode = Mode::Pressed;
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    Org::Vertex marker = Org::npos;
    if (m_scene->markerAt(m_pressScene, &marker)) {
        const QString id = m_scene->document()->org().position(marker).id;
        // The clicked card stays where it is on screen.
        const QPointF at = mapFromScene(m_scene->cardRect(id).center());
        m_scene->setCollapsed(id, !m_scene->isCollapsed(id));
        keepCardAt(id, at);
        m_mode = Mode::None;
        event->accept();
        return;
    }
    if (const Org::Vertex b = m_readOnly ? Org::npos : m_scene->badgeAt(m_pressScene); b != Org::npos) {
        const QString id = m_scene->document()->org().position(b).id;
        m_scene->setSelection({id}, id);
        m_mode = Mode::None;
        event->accept();
        Q_EMIT badgeClicked(id, event->globalPosition().toPoint());
        return;
    }
    const Org::Vertex v = m_scene->cardAt(m_pressScene);
    const bool ctrl = event->modifiers() & (Qt::ControlModifier | Qt::MetaModifier);
    if (v != Org::npos) {
        const QString id = m_scene->document()->org().position(v).id;
        m_pressId = id;
        if (ctrl)
            m_scene->toggleSelected(id);
        else if (!m_scene->isSelected(id))
            m_scene->setSelection({id}, id);
        else
            m_scene->setSelection(m_scene->selectedIds(), id);
        m_mode = Mode::Pressed;
    } else {
        m_pressId.clear();
        m_rubberAdd = ctrl || (event->modifiers() & Qt::ShiftModifier);
        if (!m_rubberAdd)
            m_scene->clearSelectionIds();
        m_mode = Mode::RubberBand;
        if (!m_rubberBand)
            m_rubberBand = new QRubberBand(QRubberBand::Rectangle, viewport());
        m_rubberBand->setGeometry(QRect(m_pressPos, QSize()));
    }
    event->accept();
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const bool far = (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance();
    switch (m_mode) {
    case Mode::None: {
        Org::Vertex v = Org::npos;
        const QPointF at = mapToScene(pos);
        const bool onBadge = !m_readOnly && m_scene->badgeAt(at) != Org::npos;
        viewport()->setCursor(onBadge || m_scene->markerAt(at, &v) ? Qt::PointingHandCursor : Qt::ArrowCursor);
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    case Mode::Pressed:
        if (!far)
            break;
        if (m_button == Qt::LeftButton && !m_pressId.isEmpty()) {
            if (m_readOnly)
                break; // a chart to look at: cards stay where they are
            QStringList ids = m_scene->selectedIds();
            if (!ids.contains(m_pressId))
                ids = {m_pressId};
            m_dragIds = ids;
            m_mode = Mode::DragCards;
            viewport()->setCursor(Qt::ClosedHandCursor);
        } else if (m_button == Qt::MiddleButton || m_button == Qt::RightButton) {
            m_mode = Mode::Pan;
            viewport()->setCursor(Qt::ClosedHandCursor);
        } else {
            break;
        }
        [[fallthrough]];
    case Mode::DragCards:
    case Mode::Pan:
        if (m_mode == Mode::DragCards) {
            updateDragFeedback(pos);
        } else {
            const QPoint delta = pos - m_pressPos;
            m_pressPos = pos;
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
            verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        }
        break;
    case Mode::RubberBand:
        m_rubberBand->setGeometry(QRect(m_pressPos, pos).normalized());
        m_rubberBand->setVisible(far);
        break;
    }
    event->accept();
}

void ChartView::updateDragFeedback(const QPoint &viewPos)
{
    m_dragScene = mapToScene(viewPos);
    const Org::Vertex target = m_scene->cardAt(m_dragScene);
    const Org &org = m_scene->document()->org();
    if (target != Org::npos && m_dragIds.contains(org.position(target).id)) {
        m_dragTarget = Org::npos;
        m_dragRefusal.clear();
        m_scene->setDropFeedback(Org::npos, false);
    } else {
        m_dragTarget = target;
        m_dragRefusal = target == Org::npos ? QString() : moveRefusal(m_dragIds, target);
        m_scene->setDropFeedback(target, m_dragRefusal.isEmpty());
        viewport()->setCursor(target != Org::npos && !m_dragRefusal.isEmpty() ? Qt::ForbiddenCursor
                                                                             : Qt::ClosedHandCursor);
    }
    viewport()->update();
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    const Mode mode = m_mode;
    m_mode = Mode::None;
    viewport()->setCursor(Qt::ArrowCursor);
    switch (mode) {
    case Mode::DragCards: {
        updateDragFeedback(event->position().toPoint());
        m_scene->setDropFeedback(Org::npos, false);
        const Org::Vertex target = m_dragTarget;
        const QStringList ids = m_dragIds;
        m_dragIds.clear();
        m_dragTarget = Org::npos;
        viewport()->update();
        if (target != Org::npos)
            moveUnder(ids, target, event->position());
        break;
    }
    case Mode::RubberBand: {
        const QRect band = m_rubberBand->geometry();
        const bool used = m_rubberBand->isVisible();
        m_rubberBand->hide();
        if (used) {
            QStringList ids = m_rubberAdd ? m_scene->selectedIds() : QStringList();
            for (const QString &id : m_scene->cardsIn(mapToScene(band).boundingRect()))
                if (!ids.contains(id))
                    ids << id;
            m_scene->setSelection(ids);
        }
        break;
    }
    case Mode::Pressed:
        if (m_button == Qt::RightButton && m_contextMenu) {
            const Org::Vertex v = m_scene->cardAt(m_pressScene);
            if (v != Org::npos) {
                const QString id = m_scene->document()->org().position(v).id;
                if (!m_scene->isSelected(id))
                    m_scene->setSelection({id}, id);
            }
            m_contextMenu->popup(event->globalPosition().toPoint());
        }
        break;
    default:
        break;
    }
    m_button = Qt::NoButton;
    event->accept();
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Org::Vertex v = m_scene->cardAt(mapToScene(event->position().toPoint()));
    if (event->button() == Qt::LeftButton && v != Org::npos && !m_readOnly) {
        editName(m_scene->document()->org().position(v).id);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    // Shown on release (a right drag pans); keyboard menus pop up at the current card.
    if (event->reason() == QContextMenuEvent::Keyboard && m_contextMenu)
        m_contextMenu->popup(event->globalPos());
    event->accept();
}

QString ChartView::moveRefusal(const QStringList &ids, Org::Vertex target) const
{
    const Org &org = m_scene->document()->org();
    const QString targetId = org.position(target).id;
    for (const QString &id : ids) {
        if (id == targetId)
            continue;
        const Org::Vertex v = org.find(id);
        if (v != Org::npos && org.manager(v) == target)
            continue;
        const QString why = MovePositionCommand::refusal(org, id, targetId);
        if (!why.isEmpty())
            return why;
    }
    return {};
}

bool ChartView::moveUnder(const QStringList &ids, Org::Vertex target, const QPointF &dropPos)
{
    Document *doc = m_scene->document();
    const QString why = moveRefusal(ids, target);
    if (!why.isEmpty()) {
        showToast(why);
        Q_EMIT refused(sentence(why));
        return false;
    }
    const Org &org = doc->org();
    const QString targetId = org.position(target).id;
    QStringList todo;
    for (const QString &id : ids) {
        const Org::Vertex v = org.find(id);
        if (id != targetId && v != Org::npos && org.manager(v) != target)
            todo << id;
    }
    if (todo.isEmpty())
        return false;
    QString error;
    const bool ok = doc->moveAll(todo, targetId, &error);
    if (!ok) {
        showToast(error);
        Q_EMIT refused(sentence(error));
        return false;
    }
    // No reshuffle under the user's hand: the moved card lands where it was
    // dropped, shown even when the new manager's reports were collapsed.
    m_scene->reveal(todo.front());
    keepCardAt(todo.front(), dropPos);
    return true;
}

void ChartView::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(positionMimeType()) || mime->hasFormat(roleMimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ChartView::dragMoveEvent(QDragMoveEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const Org::Vertex target = m_scene->cardAt(mapToScene(event->position().toPoint()));
    bool accepts = false;
    if (target != Org::npos) {
        if (mime->hasFormat(roleMimeType())) {
            accepts = true;
        } else if (mime->hasFormat(positionMimeType())) {
            const QStringList ids = idsFromMime(mime);
            accepts = !ids.contains(m_scene->document()->org().position(target).id)
                      && moveRefusal(ids, target).isEmpty();
        }
    }
    m_scene->setDropFeedback(target, accepts);
    // Accept the move everywhere over the view, so the refused drop can explain itself.
    event->setDropAction(Qt::MoveAction);
    if (target != Org::npos && accepts)
        event->accept();
    else if (target != Org::npos)
        event->accept();  // drop still delivered: we show why it is refused
    else
        event->ignore();
}

void ChartView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_scene->setDropFeedback(Org::npos, false);
    event->accept();
}

void ChartView::dropEvent(QDropEvent *event)
{
    m_scene->setDropFeedback(Org::npos, false);
    const QMimeData *mime = event->mimeData();
    const Org::Vertex target = m_scene->cardAt(mapToScene(event->position().toPoint()));
    if (target == Org::npos) {
        event->ignore();
        return;
    }
    Document *doc = m_scene->document();
    const QString targetId = doc->org().position(target).id;
    if (mime->hasFormat(roleMimeType())) {
        const QString key = QString::fromUtf8(mime->data(roleMimeType()));
        QString error;
        const QString oldRole = doc->org().position(target).role;
        if (oldRole != key && !doc->changeRole(targetId, key, &error)) {
            showToast(error);
            Q_EMIT refused(error);
        }
        m_scene->setSelection({targetId}, targetId);
        event->acceptProposedAction();
        return;
    }
    if (mime->hasFormat(positionMimeType())) {
        const QStringList ids = idsFromMime(mime);
        moveUnder(ids, target, event->position());
        event->setDropAction(Qt::MoveAction);
        event->accept();
        return;
    }
    event->ignore();
}

void ChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_mode != Mode::DragCards || m_dragIds.isEmpty())
        return;
    // Ghosts of the dragged cards follow the mouse.
    // A little off the pointer, so the target card under it stays readable.
    const QPointF delta = m_dragScene - m_pressScene + QPointF(16, 16) / std::max(zoom(), 0.1);
    painter->save();
    painter->setOpacity(0.55);
    const Org &org = m_scene->document()->org();
    int drawn = 0;
    for (const QString &id : std::as_const(m_dragIds)) {
        const QRectF r = m_scene->cardRect(id);
        const Org::Vertex v = org.find(id);
        if (r.isNull() || v == Org::npos)
            continue;
        m_scene->cardPainter().paint(*painter, org, v, r.translated(delta));
        if (++drawn >= 50)
            break;
    }
    painter->restore();
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeMinimap();
    if (m_toast->isVisible())
        m_toast->move((viewport()->width() - m_toast->width()) / 2, 16);
}

void ChartView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_minimap->update();
    if (m_nameEditor)
        finishRename(true);
}

bool ChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Org::Vertex v = m_scene->cardAt(mapToScene(help->pos()));
        if (v == Org::npos) {
            QToolTip::hideText();
            return true;
        }
        const Document *doc = m_scene->document();
        const Position &p = doc->org().position(v);
        QString text = (p.isOpen() ? CardPainter::openPositionText() : p.name) + QStringLiteral(" — ")
                       + m_scene->cardPainter().roleText(p.role);
        if (!p.title.isEmpty())
            text += QStringLiteral("\n") + p.title;
        const QString changes = m_scene->changesText(v);
        if (!changes.isEmpty())
            text += QStringLiteral("\n\n") + changes;
        const QString problems = m_scene->problemsText(v);
        if (!problems.isEmpty())
            text += QStringLiteral("\n\n") + tr("Problems:") + QStringLiteral("\n") + problems;
        QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void ChartView::editName(const QString &id)
{
    if (m_readOnly)
        return;
    const QRectF r = m_scene->cardRect(id);
    const Org::Vertex v = m_scene->document()->find(id);
    if (r.isNull() || v == Org::npos)
        return;
    if (m_nameEditor)
        finishRename(true);
    centerOn(r.center());
    const QRect vr = mapFromScene(r).boundingRect();
    m_editId = id;
    m_nameEditor = new QLineEdit(viewport());
    m_nameEditor->setObjectName(QStringLiteral("nameEditor"));
    m_nameEditor->setPlaceholderText(tr("Name (empty: open position)"));
    m_nameEditor->setText(m_scene->document()->org().position(v).name);
    const int h = m_nameEditor->sizeHint().height();
    m_nameEditor->setGeometry(vr.left() + 8, vr.top() + std::max(4, vr.height() / 2 - h), std::max(160, vr.width() - 16), h);
    m_nameEditor->selectAll();
    m_nameEditor->show();
    m_nameEditor->setFocus();
    connect(m_nameEditor, &QLineEdit::returnPressed, this, [this] { finishRename(true); });
    // Escape cancels.
    auto *esc = new QAction(m_nameEditor);
    esc->setShortcut(QKeySequence(Qt::Key_Escape));
    esc->setShortcutContext(Qt::WidgetShortcut);
    m_nameEditor->addAction(esc);
    connect(esc, &QAction::triggered, this, [this] { finishRename(false); });
}

void ChartView::finishRename(bool commit)
{
    if (!m_nameEditor)
        return;
    QLineEdit *editor = m_nameEditor;
    m_nameEditor = nullptr;
    const QString name = editor->text().trimmed();
    editor->hide();
    editor->deleteLater();
    setFocus();
    Document *doc = m_scene->document();
    const Org::Vertex v = doc->find(m_editId);
    if (!commit || v == Org::npos || doc->org().position(v).name == name)
        return;
    QString error;
    if (!doc->rename(m_editId, name, &error)) {
        showToast(error);
        Q_EMIT refused(error);
    }
}

} // namespace org::ui
