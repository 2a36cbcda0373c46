// SPDX-License-Identifier: MIT
// ChartExporter's single-image writers: PNG (QImage) and SVG (QSvgGenerator).
#include "chartexporter.h"

#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace org {

bool ChartExporter::writePng(const QString &path, const ExportOptions &options)
{
    const LayoutResult layout = layoutFor(options.layout);
    const Header header{options.title, subtitle(), options.legend};
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
    const Header header{options.title, subtitle(), options.legend};
    const double width = std::max(layout.bounds.width(), 560.0);
    const double hh = paintHeader(nullptr, QRectF(kMargin, kMargin, width, 1e9), header);
    const QSizeF size = sceneSize(layout, hh);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(options.title.isEmpty() ? QStringLiteral("OrgDesigner") : options.title);
    svg.setDescription(subtitle());
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

} // namespace org
