// SPDX-License-Identifier: MIT
#pragma once

#include "model/org.h"

#include <QGraphicsView>
#include <QPointer>

class QLabel;
class QLineEdit;
class QMenu;
class QRubberBand;
class QTimer;

namespace org::ui {

class ChartScene;
class Minimap;

/// The interactive chart: zoom (wheel, Ctrl +/−), pan (middle or right mouse
/// drag), fit to window, minimap, rubber-band and Ctrl-click selection, card
/// drag onto another card (the cards then report there, one undoable step; a
/// cycle is refused with a message), drops from the people list and the role
/// palette, collapse markers, problem tooltips and rename in place.
/// Every edit goes through the Document; the scene redraws from its signals.
class ChartView final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ChartView(ChartScene *scene, QWidget *parent = nullptr);

    ChartScene *chartScene() const { return m_scene; }
    /// Current zoom factor (1 = 100 %).
    qreal zoom() const;
    void setZoom(qreal factor);
    void zoomIn();
    void zoomOut();
    /// Fits the whole chart when its names stay readable (readableZoom()); a
    /// bigger chart gets an overview of its top levels at the readable zoom.
    void fitToWindow();
    void actualSize();
    /// The first view of a chart: the whole chart when it fits readable, else the
    /// root and its direct reports (as many as fit readable, centred on the root).
    void showStart();
    /// The first view of an org just opened: showStart(), after collapsing the
    /// levels below the root's reports (then below the root) when that is what it
    /// takes for the root's reports to stand side by side at a readable zoom.
    void showOpened();
    /// Readable means a card's name (CardStyle::nameFontPx) is at least this
    /// many pixels tall on screen.
    static constexpr qreal kReadableTextPx = 7;
    /// The smallest zoom at which card names are readable (0.5 for 14 px names).
    qreal readableZoom() const;
    /// Keeps a card at a point of the viewport across the next relayout: lays out
    /// now and scrolls (the relayout animation starts from the old picture).
    void keepCardAt(const QString &id, const QPointF &viewPos);
    /// Expands, selects and centres a position.
    void centerOnId(const QString &id, bool select = true);
    /// Opens the in-place name editor on a position (F2).
    void editName(const QString &id);
    /// The minimap sits beside the chart's viewport, never over cards: a strip
    /// under a top-down chart, a column right of a left-to-right one.
    void setMinimapVisible(bool on);
    bool isMinimapVisible() const { return m_minimapOn; }
    Minimap *minimap() const { return m_minimap; }
    /// A chart to look at only (the compare view): zoom, pan, select and
    /// collapse still work; dragging cards, drops and rename in place do not.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// Menu shown on a right click (without a pan).
    void setContextMenu(QMenu *menu) { m_contextMenu = menu; }
    /// Shows a short message over the chart for a few seconds.
    void showToast(const QString &text);
    void hideToast();
    QString toastText() const;

Q_SIGNALS:
    void zoomChanged(qreal factor);
    /// A drop or edit was refused; `reason` is for the user.
    void refused(const QString &reason);
    /// A card's problem badge was clicked (the fixes of its problems).
    void badgeClicked(const QString &id, const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;

private:
    enum class Mode { None, Pressed, DragCards, RubberBand, Pan };
    /// Why moving `ids` under `target` is impossible, or empty when it is fine.
    QString moveRefusal(const QStringList &ids, Org::Vertex target) const;
    /// Moves `ids` under `target`; the first moved card then sits at `dropPos` (viewport).
    bool moveUnder(const QStringList &ids, Org::Vertex target, const QPointF &dropPos);
    void updateDragFeedback(const QPoint &viewPos);
    void zoomBy(qreal factor);
    void finishRename(bool commit);
    void placeMinimap();
    /// The view's scene rect: the scene's, the visible area and `keep` (scene).
    void followSceneRect(const QRectF &keep);
    /// Zoom at which `sceneRect` fills the viewport.
    qreal fitZoom(const QRectF &sceneRect) const;
    /// Zooms to `factor` and scrolls so that the tree starts at `start` (scene y of a
    /// top-down chart, x of a left-to-right one) by the viewport's edge, with
    /// `across` (the other coordinate) in the middle.
    void showFromStart(qreal factor, qreal across, qreal start);

    ChartScene *m_scene;
    Minimap *m_minimap = nullptr;
    bool m_minimapOn = true;
    QMenu *m_contextMenu = nullptr;
    Mode m_mode = Mode::None;
    Qt::MouseButton m_button = Qt::NoButton;
    QPoint m_pressPos;
    QPointF m_pressScene;
    QPointF m_dragScene;
    QString m_pressId;
    QStringList m_dragIds;
    Org::Vertex m_dragTarget = Org::npos;
    QString m_dragRefusal;
    QRubberBand *m_rubberBand = nullptr;
    bool m_rubberAdd = false;
    QLineEdit *m_nameEditor = nullptr;
    QString m_editId;
    QLabel *m_toast = nullptr;
    QTimer *m_toastTimer = nullptr;
    bool m_readOnly = false;
};

} // namespace org::ui
