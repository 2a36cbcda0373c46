// SPDX-License-Identifier: MIT
#pragma once

#include "model/position.h"

#include <QCoreApplication>
#include <QDate>
#include <QRectF>

class QPainter;

namespace org { struct CardStyle; }

namespace org::ui {

/// How a card looks in the chart as of a date (the toolbar's "As of" control).
enum class AsOfState : std::uint8_t {
    Active,     ///< part of the org that day (or no date chosen)
    NotStarted, ///< starts later: drawn faded with a dashed outline, "from 2027 Q3"
    Departed,   ///< left before that day: drawn faded, "left 2027-12-31"
};

/// The state of a position on `asOf` (invalid: always Active).
AsOfState asOfState(const Position &p, QDate asOf);

/// Paints over a card painted already: a veil in the background colour and a
/// small tag naming the date, for NotStarted and Departed cards; nothing for
/// Active ones. `lod` as ChartScene's level of detail (no tag when zoomed out).
void paintAsOfMark(QPainter &painter, const Position &p, QDate asOf, const CardStyle &style, const QRectF &card,
                   qreal lod);

/// The tag text: "from 2027 Q3" / "left 2027-12-31", in the UI language.
QString asOfTag(const Position &p, QDate asOf);

/// Translation context of the chart's as-of marks.
class AsOfMark final
{
    Q_DECLARE_TR_FUNCTIONS(AsOfMark)
};

} // namespace org::ui
