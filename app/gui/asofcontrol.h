// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QWidget>

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
    void rebuild();
    Document *m_doc;
    QLabel *m_label;
    QComboBox *m_combo;
    QToolButton *m_prev, *m_next;
    bool m_filling = false;
};

} // namespace org::ui
