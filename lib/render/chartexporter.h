// SPDX-License-Identifier: MIT
#pragma once

#include "cardpainter.h"
#include "layout/treelayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <vector>

class QPainter;

class QPagedPaintDevice;

namespace org {

/// How a chart is exported (see ChartExporter).
struct ExportOptions
{
    enum class Page : std::uint8_t { Fit, A4, A3 };

    LayoutOptions layout;            ///< orientation, compact, root, depth, collapsed
    QString title;                   ///< title block; empty: no title line
    double scale = 0;                ///< PNG: pixels per px at 100 %; 0 = automatic (2, less for huge charts)
    /// PDF: one page sized to the chart (refused when larger than a PDF page can
    /// be at half size), or A4/A3 pages split by subtree
    Page page = Page::Fit;
    bool landscape = false;          ///< PDF A4/A3: the orientation of the pages
    /// A4/A3 PDF and printing: a page whose sheet prints clearly larger the other
    /// way round (a tall subtree on a landscape page) turns to that orientation
    bool turnPages = true;
    bool legend = true;
    int maxPngSide = 16000;          ///< PNG limit per side (pixels; ImageMagick's default policy stops at 16K)
    qint64 maxPngPixels = 256LL * 1000 * 1000; ///< PNG limit of width × height
    int maxSvgCards = 10000;         ///< SVG limit of cards (the generator holds the whole file, ~27 KB a card, in memory)
};

/// One page of a paged export (PDF, printing).
struct ExportedPage
{
    QSizeF sizePt;      ///< the page (PDF) or its printable area (printing), points
    double scale = 0;   ///< points per px at 100 % of the chart (0.75: full size)
};

/// Paints a whole chart — title block, legend, connectors, cards with problem
/// badges, "continued on page N" marks — with one QPainter code path, into PNG
/// (QImage), SVG (QSvgGenerator) or vector PDF (QPdfWriter: selectable text,
/// embedded fonts, CJK included). A4/A3 PDFs split a large chart by subtree:
/// each page holds a manager and as many levels below as fit, and every cut
/// line says on which page it continues. Needs a QGuiApplication (fonts).
///
/// The chart's text (legend, subtitle, page marks, cards) is in the language of
/// the Translator given, whatever the application's language; errorString() is
/// in the application's language (it is for the user of the app, not the chart).
///
/// Usage: `ChartExporter(org, roles, problems, Translator("en")).write("chart.pdf", opts)`
class ChartExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)
public:
    ChartExporter(const Org &org, RoleCatalogue roles, std::vector<Problem> problems, Translator translator,
                  CardStyle style = {});
    ~ChartExporter();

    /// Writes PNG, SVG or PDF by the file's suffix. False with errorString() on failure.
    bool write(const QString &path, const ExportOptions &options);
    bool writePng(const QString &path, const ExportOptions &options);
    bool writeSvg(const QString &path, const ExportOptions &options);
    bool writePdf(const QString &path, const ExportOptions &options);
    /// Paints the chart onto a paged device (a QPrinter, print preview) with the
    /// paging of the PDF export, on the device's own page size; returns the page
    /// count (0 when the device cannot be painted on); `pages`, when given, gets
    /// the size and scale of each page.
    int print(QPagedPaintDevice *device, const ExportOptions &options,
              std::vector<ExportedPage> *pages = nullptr) const;

    QString errorString() const { return m_error; }
    /// Pages of the last PDF written.
    int pageCount() const { return int(m_pages.size()); }
    /// Size and scale of each page of the last PDF written.
    const std::vector<ExportedPage> &pages() const { return m_pages; }

    /// Draws connectors, then cards, of a layout at 1 unit = 1 px at 100 %.
    /// `continuedOn` maps a cut vertex to the page where its reports continue.
    void paintChart(QPainter &painter, const LayoutResult &layout,
                    const QHash<Org::Vertex, int> &continuedOn = {}) const;

    const CardPainter &cardPainter() const { return m_cards; }
    /// Size of the laid-out cards (no header) for these options, px at 100 %.
    QSizeF chartSize(const LayoutOptions &options) const;

private:
    static constexpr double kMargin = 24;          ///< around the scene (px)
    static constexpr double kPxToPt = 0.75;        ///< 96 px per inch, 72 pt per inch
    static constexpr double kMinPdfScale = 0.5;    ///< smallest print scale before a chart is split
    static constexpr double kMaxFitPagePt = 14400; ///< 200 inches: the PDF page size limit of readers
    static constexpr double kTurnPageGain = 1.1;   ///< a page turns when that prints its sheet 10 % larger

    /// Title block: title, subtitle (counts, page), legend.
    struct Header
    {
        QString title;
        QString subtitle;
        bool legend = true;
    };
    /// "N positions · N open positions · N problems" in the chart's language.
    QString subtitle() const;
    /// The paging shared by writePdf() and print(). With `choosePageSize` the
    /// pages get the size of `options.page` (PDF); otherwise the device's.
    std::vector<ExportedPage> renderPages(QPagedPaintDevice &device, const ExportOptions &options,
                                          bool choosePageSize) const;
    /// Paints (or with no painter, measures) the title block; `cards` default to m_cards.
    double paintHeader(QPainter *painter, const QRectF &area, const Header &header,
                       const CardPainter *cards = nullptr) const;
    /// paintChart() with the fonts of `cards` (the PDF's searchable fonts).
    void paintChart(QPainter &painter, const LayoutResult &layout, const QHash<Org::Vertex, int> &continuedOn,
                    const CardPainter &cards) const;
    /// The layout of the whole chart; without `connectors` only the cards (quicker).
    LayoutResult layoutFor(const LayoutOptions &options, bool connectors = true) const;
    QSizeF sceneSize(const LayoutResult &layout, double headerHeight) const;
    /// The language of the chart's text.
    const Translator &translator() const;

    const Org &m_org;
    std::vector<Problem> m_problems;
    CardPainter m_cards;
    std::vector<QSizeF> m_sizes;
    std::vector<CardBadge> m_badges;
    QString m_error;
    std::vector<ExportedPage> m_pages;
};

} // namespace org
