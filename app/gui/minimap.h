// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QWidget>

class QTimer;

namespace org::ui {

class ChartView;

/// An overview of the whole chart beside the chart's viewport (ChartView keeps
/// room for it, so it never covers a card), with the visible area outlined.
/// Click or drag in it to move the view. The overview is painted once per
/// change (simplified boxes) and cached as an image.
class Minimap final : public QWidget
{
    Q_OBJECT
public:
    Minimap(ChartView *view, QWidget *parent);

    static constexpr int kStripHeight = 96;  ///< below a top-down chart
    static constexpr int kColumnWidth = 180; ///< beside a left-to-right chart

    /// Schedules a new overview image (the chart changed).
    void chartChanged();
    /// Problems changed: a new image only when the overview is big enough to show badges.
    void badgesChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    QTransform chartToWidget() const;
    void centerAt(const QPoint &pos);

    ChartView *m_view;
    QImage m_image;
    QRectF m_bounds;
    QTimer *m_timer;
};

} // namespace org::ui
