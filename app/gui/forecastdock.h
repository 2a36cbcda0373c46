// SPDX-License-Identifier: MIT
#pragma once

#include "rules/forecast.h"

#include "deferredrefresh.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace org { class Document; }

namespace org::ui {

/// The Forecast panel: the plan quarter by quarter (Forecast::compute over the
/// plan's range, the same figures as `orgdesigner-cli forecast`). One row per
/// quarter with its headcount, open positions and monthly cost; under it the
/// problems that start ("Payments passes 20 technical people in 2027 Q3 → a
/// Technical Director is needed by then") and stop. A started problem that
/// FixEngine can repair on the whole plan gets a Fix button applying the first
/// fix (one undo step). Double-clicking a problem selects its position and sets
/// the toolbar's date to its quarter (positionActivated, quarterActivated).
/// Follows the Document; recomputes only while visible.
class ForecastDock final : public QWidget
{
    Q_OBJECT
public:
    explicit ForecastDock(Document *doc, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    /// The quarters shown (after the last refresh()).
    const std::vector<Forecast::Quarter> &quarters() const { return m_quarters; }
    /// The Fix button of a problem row (nullptr when it has none).
    QWidget *fixButton(QTreeWidgetItem *item) const;
    /// Recomputes now.
    void refresh();

Q_SIGNALS:
    void positionActivated(const QString &id);
    void quarterActivated(QDate quarter);
    /// A fix could not be applied.
    void error(const QString &message);

private:
    void retranslate();
    void scheduleRefresh() { m_refresh->schedule(); }
    Document *m_doc;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    DeferredRefresh *m_refresh = nullptr;
    std::vector<Forecast::Quarter> m_quarters;
};

} // namespace org::ui
