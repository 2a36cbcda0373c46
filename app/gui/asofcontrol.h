// SPDX-License-Identifier: MIT
#pragma once

#include "positioncache.h"

#include <QDate>
#include <QWidget>

#include <array>
#include <map>

class QComboBox;
class QLabel;
class QToolButton;

namespace org { class Document; }

namespace org::ui {

/// The toolbar's "As of" control: the date the editor shows the org at, in
/// quarter steps ("All dates", "Today", then 2026 Q4, 2027 Q1 …, each its first
/// day) with buttons for the previous and next quarter. Choosing one sets
/// Document::setAsOf(), so the chart, the problems and the dashboard follow.
/// The quarters span the plan's dates (a year either side of today at least).
class AsOfControl final : public QWidget
{
    Q_OBJECT
public:
    explicit AsOfControl(Document *doc, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    /// Selects the entry of `date` (invalid: "All dates"), adding its quarter when missing.
    void setDate(QDate date);
    /// One quarter earlier (-1) or later (+1); from "All dates" or "Today" it starts at this quarter.
    void step(int quarters);
    void retranslate();

private:
    /// Fills the combo with the quarters of the plan's dates (kept in m_dates).
    void rebuild();
    /// Reads every position's dates again (an org opened, a removal).
    void recountDates();
    /// Follows the positions an edit changed or appended; refills the combo
    /// only when the span of quarters changed.
    void followPositions(const QStringList &ids);
    /// Adds (`by` 1) or takes away (-1) the quarters of a position's dates.
    void countDates(std::size_t v, int by);
    /// The span of quarters the plan's dates need (a quarter either side), invalid without dates.
    QDate firstDate() const;
    QDate lastDate() const;
    Document *m_doc;
    /// Quarter starts (Julian days) of every start and end date, with how many
    /// dates fall in each; per position its two quarters (0: no date).
    std::map<qint64, int> m_dates;
    PositionCache<std::array<qint64, 2>> m_quarters;
    QDate m_first, m_last; ///< the span the combo shows
    bool m_recountPending = false;
    QLabel *m_label;
    QComboBox *m_combo;
    QToolButton *m_prev, *m_next;
    bool m_filling = false;
};

} // namespace org::ui
