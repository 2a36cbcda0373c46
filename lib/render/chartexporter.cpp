// SPDX-License-Identifier: MIT
#include "chartexporter.h"

#include "chartpainter.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace org {

namespace {
/// The style of an export: text is not shaped where a script does not need it
/// (QFont::PreferNoShaping: no Latin ligatures). A PDF names each glyph by one
/// code point, so the "ffi" ligature of "Officer" would be extracted as "Oﬃcer";
/// every format measures and paints alike.
CardStyle exportStyle(CardStyle style)
{
    style.styleStrategy = QFont::StyleStrategy(style.styleStrategy | QFont::PreferNoShaping);
    return style;
}
} // namespace

ChartExporter::ChartExporter(const Org &org, RoleCatalogue roles, std::vector<Problem> problems,
                             Translator translator, CardStyle style)
    : m_org(org), m_problems(std::move(problems)),
      m_cards(exportStyle(std::move(style)), std::move(roles), std::move(translator))
{
    m_sizes = m_cards.measure(org);
    m_badges = CardPainter::badges(org, m_problems);
}

ChartExporter::~ChartExporter() = default;

const Translator &ChartExporter::translator() const
{
    return m_cards.translator();
}

LayoutResult ChartExporter::layoutFor(const LayoutOptions &options, bool connectors) const
{
    if (connectors || !options.routeConnectors)
        return TreeLayout(options).layout(m_org, m_sizes);
    LayoutOptions cards = options;
    cards.routeConnectors = false;
    return TreeLayout(std::move(cards)).layout(m_org, m_sizes);
}

QSizeF ChartExporter::chartSize(const LayoutOptions &options) const
{
    return layoutFor(options, false).bounds.size();
}

QSizeF ChartExporter::sceneSize(const LayoutResult &layout, double headerHeight) const
{
    // Room for the marks below (top-down) or right of (left-to-right) the last level.
    const bool td = layout.orientation == Orientation::TopDown;
    return {std::max(layout.bounds.width() + (td ? 0 : 170), 560.0) + 2 * kMargin,
            headerHeight + layout.bounds.height() + 2 * kMargin + (td ? 40 : 8)};
}

void ChartExporter::paintChart(QPainter &painter, const LayoutResult &layout,
                               const QHash<Org::Vertex, int> &continuedOn) const
{
    paintChart(painter, layout, continuedOn, m_cards);
}

void ChartExporter::paintChart(QPainter &painter, const LayoutResult &layout,
                               const QHash<Org::Vertex, int> &continuedOn, const CardPainter &cards) const
{
    ChartPaintOptions options;
    options.clip = painter.hasClipping() ? painter.clipBoundingRect() : QRectF();
    options.truncationMarks = true;
    options.continuedOn = continuedOn;
    ChartPainter(m_org, cards, m_badges).paint(painter, layout, options);
}

double ChartExporter::paintHeader(QPainter *painter, const QRectF &area, const Header &h,
                                  const CardPainter *cards) const
{
    const CardPainter &cardPainter = cards ? *cards : m_cards;
    const CardStyle &s = cardPainter.style();
    const QFont titleFont = s.font(20, true);
    const QFont subFont = s.font(12, false);
    const QFont legendFont = s.font(11, false);
    const QFontMetricsF lfm(legendFont);
    double y = area.top();
    if (painter)
        painter->save();
    // One elided line of the title block, `height` high, then `advance` down.
    auto line = [&](const QString &text, const QFont &font, const QColor &colour, double height, double advance) {
        if (text.isEmpty())
            return;
        if (painter) {
            painter->setFont(font);
            painter->setPen(colour);
            painter->drawText(QRectF(area.left(), y, area.width(), height), Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetricsF(font).elidedText(text, Qt::ElideRight, area.width()));
        }
        y += advance;
    };
    line(h.title, titleFont, s.text, 28, 30);
    line(h.subtitle, subFont, s.mutedText, 18, 22);
    if (h.legend) {
        // Roles in use (catalogue order), open position, badge colours.
        struct Item { QString text; QColor colour; int kind; }; // 0 role, 1 open, 2 badge
        std::vector<Item> items;
        std::vector<char> used(std::size_t(cardPainter.roles().size()), 0);
        for (const Position &p : m_org.positions()) {
            const int i = cardPainter.roles().indexOfKey(p.role);
            if (i >= 0)
                used[std::size_t(i)] = 1;
        }
        for (int i = 0; i < cardPainter.roles().size(); ++i)
            if (used[std::size_t(i)]) {
                const Role &role = cardPainter.roles().at(i);
                items.push_back({cardPainter.roleText(role.key), role.color, 0});
            }
        items.push_back({cardPainter.openPositionLabel(), s.mutedText, 1});
        bool anyError = false, anyOther = false;
        for (const Problem &p : m_problems)
            (p.severity == Severity::Error ? anyError : anyOther) = true;
        if (anyError)
            items.push_back({translator().translate("ChartExporter", "problems (error)"), s.errorBadge, 2});
        if (anyOther)
            items.push_back({translator().translate("ChartExporter", "problems (warning)"), s.warningBadge, 2});
        const QString label = translator().translate("ChartExporter", "Legend:");
        double x = area.left();
        const double rowH = 20;
        auto place = [&](double w) {
            if (x + w > area.right() && x > area.left()) {
                x = area.left();
                y += rowH;
            }
            const double at = x;
            x += w + 14;
            return at;
        };
        const double lw = lfm.horizontalAdvance(label);
        const double lx = place(lw);
        if (painter) {
            painter->setFont(legendFont);
            painter->setPen(s.mutedText);
            painter->drawText(QRectF(lx, y, lw + 2, rowH), Qt::AlignLeft | Qt::AlignVCenter, label);
        }
        for (const Item &it : items) {
            const double tw = lfm.horizontalAdvance(it.text);
            const double ix = place(18 + tw);
            if (!painter)
                continue;
            painter->setRenderHint(QPainter::Antialiasing, true);
            const QRectF sw(ix, y + 4, 12, 12);
            if (it.kind == 0) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(it.colour);
                painter->drawRoundedRect(sw, 3, 3);
            } else if (it.kind == 1) {
                painter->setPen(QPen(it.colour, 1.2, Qt::DashLine));
                painter->setBrush(Qt::NoBrush);
                painter->drawRoundedRect(sw.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            } else {
                painter->setPen(Qt::NoPen);
                painter->setBrush(it.colour);
                painter->drawEllipse(sw);
            }
            painter->setFont(legendFont);
            painter->setPen(s.text);
            painter->drawText(QRectF(ix + 18, y, tw + 2, rowH), Qt::AlignLeft | Qt::AlignVCenter, it.text);
        }
        y += rowH;
    }
    if (painter)
        painter->restore();
    return y - area.top() + 16;
}

QString ChartExporter::subtitle() const
{
    int open = 0;
    for (const Position &p : m_org.positions())
        open += p.isOpen();
    const Translator &t = translator();
    return t.translate("ChartExporter", "%n position(s)", nullptr, m_org.size()) + QStringLiteral(" · ")
           + t.translate("ChartExporter", "%n open position(s)", nullptr, open) + QStringLiteral(" · ")
           + t.translate("ChartExporter", "%n problem(s)", nullptr, int(m_problems.size()));
}

bool ChartExporter::write(const QString &path, const ExportOptions &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return writePng(path, options);
    if (suffix == QLatin1String("svg"))
        return writeSvg(path, options);
    if (suffix == QLatin1String("pdf"))
        return writePdf(path, options);
    m_error = tr("unknown export format \"%1\" (use .png, .svg or .pdf)").arg(suffix);
    return false;
}

} // namespace org
