// SPDX-License-Identifier: MIT
#include "chartexporter.h"

#include "chartpainter.h"
#include "pagesplitter.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace org {

namespace {

constexpr double kMargin = 24;       ///< around the scene (px)
constexpr double kPxToPt = 0.75;     ///< 96 px per inch, 72 pt per inch
constexpr double kMinPdfScale = 0.5; ///< smallest print scale before a chart is split
constexpr double kMaxFitPagePt = 14400; ///< 200 inches: the PDF page size limit of readers

} // namespace

struct ChartExporter::Header
{
    QString title;
    QString subtitle;
    bool legend = true;
};

ChartExporter::ChartExporter(const Org &org, RoleCatalogue roles, std::vector<Problem> problems,
                             Translator translator, CardStyle style)
    : m_org(org), m_problems(std::move(problems)),
      m_cards(std::move(style), std::move(roles), std::move(translator))
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
    ChartPaintOptions options;
    options.clip = painter.hasClipping() ? painter.clipBoundingRect() : QRectF();
    options.truncationMarks = true;
    options.continuedOn = continuedOn;
    ChartPainter(m_org, m_cards, m_badges).paint(painter, layout, options);
}

double ChartExporter::paintHeader(QPainter *painter, const QRectF &area, const Header &h) const
{
    const CardStyle &s = m_cards.style();
    const QFont titleFont = s.font(20, true);
    const QFont subFont = s.font(12, false);
    const QFont legendFont = s.font(11, false);
    const QFontMetricsF tfm(titleFont), sfm(subFont), lfm(legendFont);
    double y = area.top();
    if (painter)
        painter->save();
    if (!h.title.isEmpty()) {
        if (painter) {
            painter->setFont(titleFont);
            painter->setPen(s.text);
            painter->drawText(QRectF(area.left(), y, area.width(), 28), Qt::AlignLeft | Qt::AlignVCenter,
                              tfm.elidedText(h.title, Qt::ElideRight, area.width()));
        }
        y += 30;
    }
    if (!h.subtitle.isEmpty()) {
        if (painter) {
            painter->setFont(subFont);
            painter->setPen(s.mutedText);
            painter->drawText(QRectF(area.left(), y, area.width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
                              sfm.elidedText(h.subtitle, Qt::ElideRight, area.width()));
        }
        y += 22;
    }
    if (h.legend) {
        // Roles in use (catalogue order), open position, badge colours.
        struct Item { QString text; QColor colour; int kind; }; // 0 role, 1 open, 2 badge
        std::vector<Item> items;
        std::vector<char> used(std::size_t(m_cards.roles().size()), 0);
        for (const Position &p : m_org.positions()) {
            const int i = m_cards.roles().indexOfKey(p.role);
            if (i >= 0)
                used[std::size_t(i)] = 1;
        }
        for (int i = 0; i < m_cards.roles().size(); ++i)
            if (used[std::size_t(i)])
                items.push_back({m_cards.roleText(m_cards.roles().at(i).key), m_cards.roles().at(i).color, 0});
        items.push_back({m_cards.openPositionLabel(), s.mutedText, 1});
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

namespace {

QString subtitleFor(const Org &org, const std::vector<Problem> &problems, const Translator &t)
{
    int open = 0;
    for (const Position &p : org.positions())
        open += p.isOpen();
    return t.translate("ChartExporter", "%n position(s)", nullptr, org.size()) + QStringLiteral(" · ")
           + t.translate("ChartExporter", "%n open position(s)", nullptr, open) + QStringLiteral(" · ")
           + t.translate("ChartExporter", "%n problem(s)", nullptr, int(problems.size()));
}

} // namespace

bool ChartExporter::writePng(const QString &path, const ExportOptions &options)
{
    const LayoutResult layout = layoutFor(options.layout);
    const Header header{options.title, subtitleFor(m_org, m_problems, m_cards.translator()), options.legend};
    const double width = std::max(layout.bounds.width(), 560.0);
    const double hh = paintHeader(nullptr, QRectF(kMargin, kMargin, width, 1e9), header);
    const QSizeF size = sceneSize(layout, hh);
    double scale = options.scale;
    const bool automatic = scale <= 0;
    if (automatic) {
        scale = 2;
        scale = std::min(scale, double(options.maxPngSide) / std::max(size.width(), size.height()));
        scale = std::min(scale, std::sqrt(double(options.maxPngPixels) / (size.width() * size.height())));
        scale = std::floor(scale * 100) / 100;
    }
    const double w = std::ceil(size.width() * scale), h = std::ceil(size.height() * scale);
    if (scale < (automatic ? 0.5 : 0.01) || w > options.maxPngSide || h > options.maxPngSide
        || w * h > double(options.maxPngPixels)) {
        m_error = tr("the chart is %1 × %2 px at 100 %, too large for a PNG at scale %3 (limit: %4 px "
                     "per side, %5 megapixels); use --compact, --root, --depth or a smaller --scale, "
                     "or export SVG or PDF")
                      .arg(qRound(size.width()))
                      .arg(qRound(size.height()))
                      .arg(automatic ? 0.5 : scale)
                      .arg(options.maxPngSide)
                      .arg(double(options.maxPngPixels) / 1e6);
        return false;
    }
    QImage image(int(w), int(h), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        m_error = tr("not enough memory for a %1 × %2 px image").arg(int(w)).arg(int(h));
        return false;
    }
    image.fill(Qt::white);
    const int dpm = int(std::lround(96.0 * scale / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        p.scale(scale, scale);
        paintHeader(&p, QRectF(kMargin, kMargin, width, 1e9), header);
        p.translate(kMargin, kMargin + hh);
        paintChart(p, layout);
    }
    if (!image.save(path, "PNG")) {
        m_error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool ChartExporter::writeSvg(const QString &path, const ExportOptions &options)
{
    // QSvgGenerator keeps the whole document in memory until the end: count the
    // cards first (no connectors: quick) and refuse what would not be bounded.
    const std::size_t cards = layoutFor(options.layout, false).shown.size();
    if (cards > std::size_t(std::max(options.maxSvgCards, 0))) {
        m_error = tr("the chart has %1 cards, too many for one SVG (limit: %2); export a part of it "
                     "with --root ID or --depth N, or a PDF split over pages with --page A4")
                      .arg(QString::number(cards), QString::number(options.maxSvgCards));
        return false;
    }
    const LayoutResult layout = layoutFor(options.layout);
    const Header header{options.title, subtitleFor(m_org, m_problems, m_cards.translator()), options.legend};
    const double width = std::max(layout.bounds.width(), 560.0);
    const double hh = paintHeader(nullptr, QRectF(kMargin, kMargin, width, 1e9), header);
    const QSizeF size = sceneSize(layout, hh);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(options.title.isEmpty() ? QStringLiteral("OrgDesigner") : options.title);
    svg.setDescription(subtitleFor(m_org, m_problems, m_cards.translator()));
    QPainter p;
    if (!p.begin(&svg)) {
        m_error = tr("cannot write %1").arg(path);
        return false;
    }
    p.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    paintHeader(&p, QRectF(kMargin, kMargin, width, 1e9), header);
    p.translate(kMargin, kMargin + hh);
    paintChart(p, layout);
    p.end();
    return true;
}

bool ChartExporter::writePdf(const QString &path, const ExportOptions &options)
{
    m_pages = 0;
    if (options.page == ExportOptions::Page::Fit) {
        // One page sized to the chart: readers stop at 200 inches per side, and
        // shrinking a huge chart to that is unreadable (and slow to write).
        // Refuse before any page or card is drawn.
        const LayoutResult probe = layoutFor(options.layout, false);
        const bool td = options.layout.orientation == Orientation::TopDown;
        const double width = std::max(probe.bounds.width(), 560.0);
        const Header header{options.title, subtitleFor(m_org, m_problems, m_cards.translator()), options.legend};
        const double hh = paintHeader(nullptr, QRectF(kMargin, kMargin, width, 1e9), header);
        const QSizeF scene(width + (td ? 0 : 170) + 2 * kMargin,
                           hh + probe.bounds.height() + (td ? 40 : 8) + 2 * kMargin);
        const double maxPx = kMaxFitPagePt / (kPxToPt * kMinPdfScale);
        if (scene.width() > maxPx || scene.height() > maxPx) {
            m_error = tr("the chart is %1 × %2 px, too large for one PDF page (at most %3 px per side, "
                         "at half size); split it over pages with --page A4 or --page A3, or export a "
                         "part of it with --root ID or --depth N")
                          .arg(QString::number(qRound(scene.width())), QString::number(qRound(scene.height())),
                               QString::number(qRound(maxPx)));
            return false;
        }
    }
    QPdfWriter pdf(path);
    pdf.setCreator(QStringLiteral("OrgDesigner " ORG_VERSION));
    pdf.setTitle(options.title.isEmpty() ? QStringLiteral("OrgDesigner") : options.title);
    pdf.setResolution(1200);
    m_pages = renderPages(pdf, options, true);
    if (m_pages == 0) {
        m_error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

int ChartExporter::print(QPagedPaintDevice *device, const ExportOptions &options) const
{
    return device ? renderPages(*device, options, false) : 0;
}

int ChartExporter::renderPages(QPagedPaintDevice &device, const ExportOptions &options,
                               bool choosePageSize) const
{
    const Header firstHeader{options.title, subtitleFor(m_org, m_problems, m_cards.translator()), options.legend};
    const double unitsPerPt = device.logicalDpiX() / 72.0;
    const double marginPt = choosePageSize ? 28 : 0; // printers keep their own margins
    const bool customSize = choosePageSize && options.page == ExportOptions::Page::Fit;
    QSizeF devicePagePt = device.pageLayout().paintRectPoints().size();
    auto pageSizePt = [&]() {
        if (!choosePageSize)
            return devicePagePt;
        QSizeF pt = QPageSize(options.page == ExportOptions::Page::A3 ? QPageSize::A3 : QPageSize::A4)
                        .size(QPageSize::Point);
        if (options.landscape)
            pt.transpose();
        return pt;
    };

    const bool td = options.layout.orientation == Orientation::TopDown;
    const PageSplitter splitter(m_org, m_sizes, options.layout);
    PageSplit split;
    if (options.page == ExportOptions::Page::Fit) {
        split = splitter.whole();
    } else {
        const QSizeF pagePt = pageSizePt();
        // The page's room for a chart in px at the smallest print scale.
        PageSplitter::Room room;
        room.width = (pagePt.width() - 2 * marginPt) / (kPxToPt * kMinPdfScale) - 2 * kMargin;
        const double hh = paintHeader(nullptr, QRectF(0, 0, room.width, 1e9), firstHeader);
        const double pageH = (pagePt.height() - 2 * marginPt) / (kPxToPt * kMinPdfScale) - 2 * kMargin;
        room.height = pageH - hh - 40;
        room.sheetHeight = pageH - 120;
        split = splitter.split(room);
    }
    const std::vector<PageBlock> &pages = split.blocks;
    const std::vector<PageSheet> &sheets = split.sheets;
    const std::vector<int> &sheetOfJob = split.sheetOfBlock;
    const double captionH = PageSplitter::kCaptionHeight;
    const double blockGap = PageSplitter::kBlockGap;

    QPainter p;
    const int total = int(sheets.size());
    for (int i = 0; i < total; ++i) {
        const PageSheet &sheet = sheets[std::size_t(i)];
        const PageBlock &page = pages[sheet.blocks.front()];
        Header header = firstHeader;
        if (i > 0) {
            header.legend = false;
            const Org::Vertex named = page.share ? page.manager : page.root;
            header.subtitle = named != Org::npos
                                  ? (m_org.position(named).isOpen() ? m_cards.openPositionLabel()
                                                                    : m_org.position(named).name)
                                  : QString();
        }
        if (total > 1) {
            const QString pageText = translator().translate("ChartExporter", "Page %1 of %2")
                                         .arg(QString::number(i + 1), QString::number(total));
            header.subtitle = header.subtitle.isEmpty() ? pageText : header.subtitle + QStringLiteral(" · ") + pageText;
        }
        double blocksW = 0;
        for (std::size_t b : sheet.blocks)
            blocksW = std::max(blocksW, pages[b].layout.bounds.width());
        const double width = std::max(blocksW, 560.0);
        const double hh = paintHeader(nullptr, QRectF(kMargin, kMargin, width, 1e9), header);
        const QSizeF scene(width + (td ? 0 : 170) + 2 * kMargin, hh + sheet.height + 2 * kMargin);
        double scale = 1; // px at 100 % per scene unit
        QSizeF pagePt;
        if (customSize) {
            pagePt = QSizeF(scene.width() * kPxToPt, scene.height() * kPxToPt);
            const double over = std::max(pagePt.width(), pagePt.height()) / kMaxFitPagePt;
            if (over > 1) {
                scale = 1 / over;
                pagePt /= over;
            }
        } else {
            pagePt = options.page == ExportOptions::Page::Fit ? devicePagePt : pageSizePt();
            const double sx = (pagePt.width() - 2 * marginPt) / (scene.width() * kPxToPt);
            const double sy = (pagePt.height() - 2 * marginPt) / (scene.height() * kPxToPt);
            scale = std::min({1.0, sx, sy});
        }
        const QPageSize pageSize(pagePt, QPageSize::Point, QString(), QPageSize::ExactMatch);
        if (!pageSize.isValid() || pagePt.width() < 1 || pagePt.height() < 1) {
            if (p.isActive())
                p.end();
            return 0; // never a page of no size
        }
        if (choosePageSize) {
            device.setPageSize(pageSize);
            if (i == 0)
                device.setPageMargins(QMarginsF(0, 0, 0, 0));
        }
        if (i == 0) {
            if (!p.begin(&device))
                return 0;
        } else {
            device.newPage();
        }
        p.resetTransform();
        const double ptPerUnit = scale * kPxToPt;
        const double offX = customSize ? 0 : (pagePt.width() - scene.width() * ptPerUnit) / 2;
        const double offY = customSize ? 0 : marginPt;
        p.scale(unitsPerPt, unitsPerPt);
        p.translate(offX, offY);
        p.scale(ptPerUnit, ptPerUnit);
        paintHeader(&p, QRectF(kMargin, kMargin, width, 1e9), header);
        p.translate(kMargin, kMargin + hh);
        bool first = true;
        for (std::size_t b : sheet.blocks) {
            const PageBlock &block = pages[b];
            if (!first)
                p.translate(0, blockGap);
            if (block.from >= 0) {
                // Where this block hangs: its manager and that manager's page.
                const Org::Vertex m = block.manager;
                const int from = sheetOfJob[std::size_t(block.from)];
                const QString who = m == Org::npos ? QString()
                                    : m_org.position(m).isOpen() ? m_cards.openPositionLabel()
                                                                 : m_org.position(m).name;
                p.save();
                QFont f = p.font();
                f.setPixelSize(12);
                p.setFont(f);
                p.setPen(QColor(0x6b, 0x72, 0x80));
                p.drawText(QRectF(0, 0, width, captionH), Qt::AlignLeft | Qt::AlignVCenter,
                           translator().translate("ChartExporter", "↑ reports to %1 (page %2)")
                               .arg(who, QString::number(from)));
                p.restore();
                p.translate(0, captionH);
            }
            p.save();
            p.translate(-block.layout.bounds.left(), -block.layout.bounds.top());
            paintChart(p, block.layout, block.continuedOn);
            p.restore();
            p.translate(0, splitter.blockHeight(block));
            first = false;
        }
    }
    p.end();
    return total;
}

} // namespace org
