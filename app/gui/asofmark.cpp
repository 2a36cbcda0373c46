// SPDX-License-Identifier: MIT
#include "asofmark.h"

#include "model/plandate.h"
#include "render/cardpainter.h"

#include <QPainter>

namespace org::ui {

AsOfState asOfState(const Position &p, QDate asOf)
{
    if (!asOf.isValid() || p.isActiveOn(asOf))
        return AsOfState::Active;
    return p.startDate().isValid() && p.startDate() > asOf ? AsOfState::NotStarted : AsOfState::Departed;
}

QString asOfTag(const Position &p, QDate asOf)
{
    switch (asOfState(p, asOf)) {
    case AsOfState::Active: return {};
    case AsOfState::NotStarted:
        return p.startDate() == PlanDate::quarterStart(p.startDate())
            ? AsOfMark::tr("from %1").arg(PlanDate::quarterLabel(p.startDate()))
            : AsOfMark::tr("from %1").arg(PlanDate::toIso(p.startDate()));
    case AsOfState::Departed: return AsOfMark::tr("left %1").arg(PlanDate::toIso(p.endDate()));
    }
    return {};
}

void paintAsOfMark(QPainter &painter, const Position &p, QDate asOf, const CardStyle &style, const QRectF &card,
                   qreal lod)
{
    const AsOfState state = asOfState(p, asOf);
    if (state == AsOfState::Active)
        return;
    painter.save();
    QColor veil = style.background;
    veil.setAlpha(state == AsOfState::NotStarted ? 150 : 185);
    painter.setPen(Qt::NoPen);
    painter.setBrush(veil);
    painter.drawRoundedRect(card, style.cornerRadius, style.cornerRadius);
    if (state == AsOfState::NotStarted) {
        QPen dashed(QColor(0x25, 0x63, 0xeb), lod < 0.3 ? 0 : 1.6, Qt::DashLine);
        painter.setPen(dashed);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), style.cornerRadius, style.cornerRadius);
    }
    if (lod >= 0.3) {
        const QString tag = asOfTag(p, asOf);
        const QFont f = style.font(style.textFontPx, true);
        painter.setFont(f);
        const QFontMetricsF fm(f);
        const QRectF box(card.left() + style.stripeWidth + 4, card.bottom() - fm.height() - 6,
                         fm.horizontalAdvance(tag) + 10, fm.height() + 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(state == AsOfState::NotStarted ? QColor(0xdb, 0xea, 0xfe) : QColor(0xf3, 0xf4, 0xf6));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(state == AsOfState::NotStarted ? QColor(0x1e, 0x40, 0xaf) : style.mutedText);
        painter.drawText(box, Qt::AlignCenter, tag);
    }
    painter.restore();
}

} // namespace org::ui
