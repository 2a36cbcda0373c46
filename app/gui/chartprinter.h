// SPDX-License-Identifier: MIT
#pragma once

#include "render/chartexporter.h"

class QPagedPaintDevice;

namespace org::ui {

/// Prints a chart (QPrinter, print preview) with the paging of the PDF export
/// (ChartExporter::print): a chart that does not fit a page at half size is
/// split by subtree, small subtrees share a page, and every cut card says on
/// which page its reports continue. Fit (one page) scales the chart down.
class ChartPrinter final
{
public:
    /// `exporter` paints the cards; `options` as for a PDF export. Returns the page count.
    static int print(QPagedPaintDevice *device, const ChartExporter &exporter, const ExportOptions &options)
    {
        return exporter.print(device, options);
    }
};

} // namespace org::ui
