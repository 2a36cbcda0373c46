// SPDX-License-Identifier: MIT
// ChartExporter's paged writers: vector PDF (QPdfWriter) and printing, one
// sheet of PageSplitter blocks per page.
#include "chartexporter.h"

#include "pagesplitter.h"
#include "pdffonts.h"

#include <QPagedPaintDevice>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace org {

bool ChartExporter::writePdf(const QString &path, const ExportOptions &options)
{
    m_pages.clear();
    if (options.page == ExportOptions::Page::Fit) {
        // One page sized to the chart: readers stop at 200 inches per side, and
        // shrinking a huge chart to that is unreadable (and slow to write).
        // Refuse before any page or card is drawn.
        const LayoutResult probe = layoutFor(options.layout, false);
        const bool td = options.layout.orientation == Orientation::TopDown;
        const double width = std::max(probe.bounds.width(), 560.0);
        const Header header{options.title, subtitle(), options.legend};
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
    if (m_pages.empty()) {
        m_error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

int ChartExporter::print(QPagedPaintDevice *device, const ExportOptions &options,
                         std::vector<ExportedPage> *pages) const
{
    std::vector<ExportedPage> printed;
    if (device)
        printed = renderPages(*device, options, false);
    const int count = int(printed.size());
    if (pages)
        *pages = std::move(printed);
    return count;
}

std::vector<ExportedPage> ChartExporter::renderPages(QPagedPaintDevice &device, const ExportOptions &options,
                                                     bool choosePageSize) const
{
    std::vector<ExportedPage> pagesOut;
    const Header firstHeader{options.title, subtitle(), options.legend};
    // The same cards in fonts whose text a PDF reader can search (PdfFonts):
    // same glyphs and metrics, so the layout measured with m_cards holds.
    // Qt caches a font's engine, fallbacks included, by its FIRST family and
    // its size, weight and strategy (QFontDatabasePrivate::findFont): a chart
    // painted before in the same process ("Noto Sans" + the original CJK font)
    // would lend its engine to the PDF. PreferOutline (all our fonts are
    // outlines: the same faces match) gives the PDF's fonts keys of their own.
    CardStyle pdfStyle = m_cards.style();
    pdfStyle.fontFamilies = PdfFonts::searchable(pdfStyle.fontFamilies);
    pdfStyle.styleStrategy = QFont::StyleStrategy(pdfStyle.styleStrategy | QFont::PreferOutline);
    const CardPainter cards(pdfStyle, m_cards.roles(), translator());
    const double unitsPerPt = device.logicalDpiX() / 72.0;
    const double marginPt = choosePageSize ? 28 : 0; // printers keep their own margins
    const bool customSize = choosePageSize && options.page == ExportOptions::Page::Fit;
    // The orientation asked for: the options' for a PDF, the printer's when printing.
    const bool preferLandscape =
        choosePageSize ? options.landscape : device.pageLayout().orientation() == QPageLayout::Landscape;
    // The page's room in points, in either orientation.
    auto pageSizePt = [&](bool landscape) -> QSizeF {
        if (!choosePageSize) {
            QPageLayout layout = device.pageLayout();
            layout.setOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
            return layout.paintRect(QPageLayout::Point).size();
        }
        QSizeF pt = QPageSize(options.page == ExportOptions::Page::A3 ? QPageSize::A3 : QPageSize::A4)
                        .size(QPageSize::Point);
        if (landscape)
            pt.transpose();
        return pt;
    };

    const bool td = options.layout.orientation == Orientation::TopDown;
    const PageSplitter splitter(m_org, m_sizes, options.layout);
    PageSplit split;
    if (options.page == ExportOptions::Page::Fit) {
        split = splitter.whole();
    } else {
        const QSizeF pagePt = pageSizePt(preferLandscape);
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
                                  ? (m_org.position(named).isOpen() ? cards.openPositionLabel()
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
        bool landscape = preferLandscape;
        if (customSize) {
            pagePt = QSizeF(scene.width() * kPxToPt, scene.height() * kPxToPt);
            const double over = std::max(pagePt.width(), pagePt.height()) / kMaxFitPagePt;
            if (over > 1) {
                scale = 1 / over;
                pagePt /= over;
            }
        } else {
            auto scaleOn = [&](const QSizeF &pt) {
                const double sx = (pt.width() - 2 * marginPt) / (scene.width() * kPxToPt);
                const double sy = (pt.height() - 2 * marginPt) / (scene.height() * kPxToPt);
                return std::min({1.0, sx, sy});
            };
            pagePt = pageSizePt(landscape);
            scale = scaleOn(pagePt);
            // A tall sheet on a landscape page (or a wide one on a portrait page)
            // turns the page when that prints it clearly larger.
            if (options.turnPages) {
                const QSizeF turned = pageSizePt(!landscape);
                const double turnedScale = scaleOn(turned);
                if (turnedScale > scale * kTurnPageGain) {
                    landscape = !landscape;
                    pagePt = turned;
                    scale = turnedScale;
                }
            }
        }
        const QPageSize pageSize(pagePt, QPageSize::Point, QString(), QPageSize::ExactMatch);
        if (!pageSize.isValid() || pagePt.width() < 1 || pagePt.height() < 1) {
            if (p.isActive())
                p.end();
            return {}; // never a page of no size
        }
        if (choosePageSize) {
            device.setPageSize(pageSize);
            if (i == 0)
                device.setPageMargins(QMarginsF(0, 0, 0, 0));
        } else {
            device.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        }
        pagesOut.push_back({pagePt, scale * kPxToPt});
        if (i == 0) {
            if (!p.begin(&device))
                return {};
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
        paintHeader(&p, QRectF(kMargin, kMargin, width, 1e9), header, &cards);
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
                                    : m_org.position(m).isOpen() ? cards.openPositionLabel()
                                                                 : m_org.position(m).name;
                p.save();
                p.setFont(pdfStyle.font(12, false));
                p.setPen(QColor(0x6b, 0x72, 0x80));
                p.drawText(QRectF(0, 0, width, captionH), Qt::AlignLeft | Qt::AlignVCenter,
                           translator().translate("ChartExporter", "↑ reports to %1 (page %2)")
                               .arg(who, QString::number(from)));
                p.restore();
                p.translate(0, captionH);
            }
            p.save();
            p.translate(-block.layout.bounds.left(), -block.layout.bounds.top());
            paintChart(p, block.layout, block.continuedOn, cards);
            p.restore();
            p.translate(0, splitter.blockHeight(block));
            first = false;
        }
    }
    p.end();
    return pagesOut;
}

} // namespace org
