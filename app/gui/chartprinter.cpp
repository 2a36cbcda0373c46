// SPDX-License-Identifier: MIT
#include "chartprinter.h"

#include "rules/ruleengine.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <limits>

namespace org::ui {

namespace {
constexpr double kMinScale = 0.5;   ///< smallest print scale before a chart is split (as the PDF)
constexpr double kHeaderPx = 36;    ///< room for the page line
} // namespace

std::vector<ChartPrinter::Page> ChartPrinter::paginate(const Org &org, const ChartExporter &exporter,
                                                       const ExportOptions &options, const QSizeF &roomPx)
{
    const std::vector<QSizeF> sizes = exporter.cardPainter().measure(org);
    auto layoutFor = [&](const LayoutOptions &o) { return TreeLayout(o).layout(org, sizes); };
    std::vector<Page> pages;
    if (options.page == ExportOptions::Page::Fit) {
        Page page;
        page.layout = layoutFor(options.layout);
        pages.push_back(std::move(page));
        return pages;
    }
    const bool td = options.layout.orientation == Orientation::TopDown;
    auto fits = [&](const LayoutResult &r) {
        return r.bounds.width() + (td ? 0 : 170) <= roomPx.width() && r.bounds.height() <= roomPx.height();
    };
    struct Job { Org::Vertex root; int depth; };
    std::vector<Job> jobs{{options.layout.root, 0}};
    const int limit = options.layout.maxDepth;
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        LayoutOptions o = options.layout;
        o.root = jobs[j].root;
        const int remaining = limit < 0 ? std::numeric_limits<int>::max() : limit - jobs[j].depth;
        LayoutResult best;
        bool found = false;
        for (int d = 1; d <= remaining; ++d) {
            o.maxDepth = d;
            LayoutResult r = layoutFor(o);
            if (!fits(r))
                break;
            const bool whole = r.truncated.empty() || d == remaining;
            best = std::move(r);
            found = true;
            if (whole)
                break;
        }
        if (!found) {
            o.maxDepth = std::min(1, remaining);
            o.compact = true;
            best = layoutFor(o);
        }
        Page page;
        page.root = jobs[j].root;
        for (Org::Vertex t : best.truncated) {
            if (t < o.collapsed.size() && o.collapsed[t])
                continue;
            int rel = 0;
            for (Org::Vertex u = t; u != o.root && u != Org::npos; u = org.manager(u))
                ++rel;
            if (o.root == Org::npos)
                --rel;
            const int depth = jobs[j].depth + rel;
            if (limit >= 0 && depth >= limit)
                continue;
            jobs.push_back({t, depth});
            page.continuedOn.insert(t, int(jobs.size()));
        }
        page.layout = std::move(best);
        pages.push_back(std::move(page));
    }
    return pages;
}

int ChartPrinter::print(QPagedPaintDevice *device, const Org &org, const ChartExporter &exporter,
                        const ExportOptions &options)
{
    // Device pixels per chart px at 100 % (96 px per inch).
    const double devPerPx = device->logicalDpiX() / 96.0;
    const QSizeF pageDev(device->width(), device->height());
    const QSizeF roomPx(pageDev.width() / (devPerPx * kMinScale) - 40,
                        pageDev.height() / (devPerPx * kMinScale) - kHeaderPx - 40);
    const std::vector<Page> pages = paginate(org, exporter, options, roomPx);
    QPainter p;
    if (!p.begin(device))
        return 0;
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const int total = int(pages.size());
    for (int i = 0; i < total; ++i) {
        const Page &page = pages[std::size_t(i)];
        if (i > 0)
            device->newPage();
        p.resetTransform();
        const QRectF b = page.layout.bounds;
        const double w = b.width() + 40, h = b.height() + kHeaderPx + 40;
        const double scale = std::min({1.0 * devPerPx, pageDev.width() / w, pageDev.height() / h});
        p.translate((pageDev.width() - w * scale) / 2, 0);
        p.scale(scale, scale);
        QString line = options.title;
        if (page.root != Org::npos) {
            const Position &rp = org.position(page.root);
            line = rp.isOpen() ? RuleEngine::shortName(org, page.root) : rp.name;
        }
        if (total > 1)
            line += (line.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("Page %1 of %2").arg(i + 1).arg(total);
        if (!line.isEmpty()) {
            QFont f = exporter.cardPainter().style().textFont();
            f.setPixelSize(13);
            p.setFont(f);
            p.setPen(exporter.cardPainter().style().mutedText);
            p.drawText(QRectF(20, 8, w - 40, kHeaderPx - 8), Qt::AlignLeft | Qt::AlignVCenter, line);
        }
        p.translate(20 - b.left(), kHeaderPx + 20 - b.top());
        exporter.paintChart(p, page.layout, page.continuedOn);
    }
    p.end();
    return total;
}

} // namespace org::ui
