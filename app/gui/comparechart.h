// SPDX-License-Identifier: MIT
#pragma once

#include "model/org.h"
#include "model/rolecatalogue.h"

#include <QWidget>

#include <array>

class QLabel;

namespace org {
class Document;
struct ScenarioDiff;
} // namespace org

namespace org::ui {

class ChartScene;
class ChartView;

/// The compare view's chart: the second scenario drawn with the editor's cards
/// (ChartScene, TreeLayout, CardPainter) and its changes against the first
/// highlighted as ScenarioDiff reports them — added positions outlined green
/// and tagged "New", removed ones as red dashed ghost cards under their old
/// manager, moved ones violet with a dashed arrow from the old manager's card,
/// role and team changes amber and teal with "before → after" tags. A legend
/// above the chart explains the colours.
///
/// The chart shows a private copy of the org (the plan is never touched) and is
/// read-only: zoom, pan, select and collapse work, edits do not.
class CompareChart final : public QWidget
{
    Q_OBJECT
public:
    explicit CompareChart(QWidget *parent = nullptr);
    ~CompareChart() override;

    /// Draws `after` with its changes against `before` (`diff` = compute(before, after)).
    void showChanges(const Org &before, const Org &after, const RoleCatalogue &roles, const ScenarioDiff &diff);
    ChartScene *scene() const { return m_scene; }
    ChartView *view() const { return m_view; }
    /// Selects and centres a card (a row of the change table was chosen).
    void showPosition(const QString &id);
    /// Zooms and scrolls so that the changed cards fill the view (not below 40 %).
    void fitChanges();

    /// `after` plus the positions only `before` has, appended in `before`'s
    /// order, each reporting to its old manager (that manager's own ghost when
    /// it is gone too). Linear; the result is a forest when both orgs are.
    static Org withGhosts(const Org &before, const Org &after);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    Document *m_display;
    ChartScene *m_scene;
    ChartView *m_view;
    std::array<QLabel *, 5> m_legendText{};  ///< in ChartScene::changeOrder()
    bool m_fitted = false;
};

} // namespace org::ui
