// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

class QTimer;

namespace org::ui {

class ChartView;

/// An overview of the whole chart beside the chart's viewport (ChartView keeps
/// room for it, so it never covers a card), with the visible area outlined.
/// Click or drag in it to move the view. The overview is painted once per
/// change (simplified boxes), when the edits pause, and cached as an image:
/// after a partial relayout only the part where cards moved is painted again.
class Minimap final : public QWidget
{
    Q_OBJECT
public:
    Minimap(ChartView *view, QWidget *parent);

    static constexpr int kStripHeight = 96;  ///< below a top-down chart
    static constexpr int kColumnWidth = 180; ///< beside a left-to-right chart

    /// The chart was laid out again: schedules a repaint of what moved
    /// (ChartScene::lastLayoutChange), or of everything after a full layout.
    void chartChanged();
    /// Problems changed: a new image only when the overview is big enough to show badges.
    void badgesChanged();
    /// Schedules a new image of the whole chart (size, badges, a full layout).
    void renderAll();
    /// Paints what is scheduled now instead of on the timer (tests, grabs).
    void renderPending();
    /// The cached overview (widget coordinates, device pixel ratio set).
    const QImage &overview() const { return m_image; }
    /// The part of the widget the last render painted (all of it after a full render).
    QRect lastRendered() const { return m_lastRendered; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Paints soon after the last of a run of changes (at most a second after the first).
    void schedule();
    void render();
    QTransform chartToWidget() const;
    void centerAt(const QPoint &pos);

    ChartView *m_view;
    QImage m_image;
    QRectF m_bounds;
    QRectF m_changed;      ///< chart region to paint again (scene coordinates)
    bool m_whole = true;   ///< the whole image is to be painted again
    QRect m_lastRendered;
    QTimer *m_timer;
    QElapsedTimer m_pending; ///< since the first change not painted yet
};

} // namespace org::ui
