// SPDX-License-Identifier: MIT
#pragma once

#include "render/chartexporter.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace org::ui {

/// Prints a chart (QPrinter, print preview) with the paging of the PDF export:
/// a chart that does not fit a page at half size is split by subtree, each page
/// holding a manager and as many levels below as fit, every cut card saying on
/// which page its reports continue. Fit (one page) scales the chart down.
class ChartPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(ChartPrinter)
public:
    /// `exporter` paints the cards; `options` as for a PDF export. Returns the page count.
    static int print(QPagedPaintDevice *device, const Org &org, const ChartExporter &exporter,
                     const ExportOptions &options);
    /// The pages' layouts and the page each cut card continues on.
    struct Page
    {
        LayoutResult layout;
        QHash<Org::Vertex, int> continuedOn;
        Org::Vertex root = Org::npos;
    };
    static std::vector<Page> paginate(const Org &org, const ChartExporter &exporter,
                                      const ExportOptions &options, const QSizeF &roomPx);
};

} // namespace org::ui
