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
    void fitToWindow();
    void actualSize();
    /// The first view of a chart: fitted when readable, else the top of the tree at 75 %.
    void showStart();
    /// Expands, selects and centres a position.
    void centerOnId(const QString &id, bool select = true);
    /// Opens the in-place name editor on a position (F2).
    void editName(const QString &id);
    void setMinimapVisible(bool on);
    bool isMinimapVisible() const;
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
    bool moveUnder(const QStringList &ids, Org::Vertex target);
    void updateDragFeedback(const QPoint &viewPos);
    void zoomBy(qreal factor);
    void finishRename(bool commit);

    ChartScene *m_scene;
    Minimap *m_minimap = nullptr;
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
