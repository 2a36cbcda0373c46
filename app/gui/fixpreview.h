// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace org {
class Document;
struct Fix;
} // namespace org

namespace org::ui {

class CompareChart;

/// What a fix would do, shown in place of the chart while a fix is hovered in
/// a menu: the org after the fix, computed on a trial copy (FixEngine::apply on
/// a copy of the Document's org — the Document is never touched), drawn by a
/// CompareChart with the cards that would be added, moved or change role or
/// team marked as in the compare view, under a banner with the fix's name and
/// outcome ("−1 error, +1 open position, +35,000/month").
class FixPreview final : public QWidget
{
    Q_OBJECT
public:
    explicit FixPreview(Document *doc, QWidget *parent = nullptr);

    /// Shows `fix` applied to a copy of the Document's org; false (nothing
    /// shown) when its edits do not apply to the current org.
    bool showFix(const Fix &fix);
    /// Forgets the preview (its marks and arrows); the caller hides the widget.
    void clear();
    /// The fix name and outcome of the banner (empty when cleared).
    QString bannerText() const;
    CompareChart *chart() const { return m_chart; }

private:
    Document *m_doc;
    QLabel *m_banner;
    CompareChart *m_chart;
};

} // namespace org::ui
