// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QWidget>

class QTimer;

namespace org::ui {

class ChartView;

/// A small overview of the whole chart in a corner of the chart view, with the
/// visible area outlined. Click or drag in it to move the view. The overview is
/// painted once per change (simplified boxes) and cached as an image.
class Minimap final : public QWidget
{
    Q_OBJECT
public:
    Minimap(ChartView *view, QWidget *parent);

    /// Schedules a new overview image (the chart changed).
    void chartChanged();
    /// Keeps the widget in the bottom-right corner of its parent.
    void reposition();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

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
