// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QCoreApplication>
#include <QPalette>
#include <QSizeF>
#include <QTextDocument>

#include <memory>

class QPagedPaintDevice;

namespace Quorum {

/**
 * Lays a ReportDocument out on pages (a PDF writer or a printer): a header with the meeting
 * title on every page, a footer with "Page N of M" and the date, table headers repeated on each
 * page a table runs onto. Nothing outside the document is read: images and other resources the
 * layout asks for are refused.
 */
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)

public:
    /** The document laid out for device's page size and margins. */
    struct Layout
    {
        std::unique_ptr<QTextDocument> document;
        QSizeF body; ///< one page's text area, in device pixels
        qreal headerHeight = 0;
        int pageCount = 0;
    };

    /** Sets the margins Quorum prints with on device and lays doc out for it. */
    static Layout layout(const ReportDocument &doc, QPagedPaintDevice *device);
    /** Paints every page of doc on device (already set to its page size); returns the page count. */
    static int print(const ReportDocument &doc, QPagedPaintDevice *device);
    /** The document as a PDF on the given paper, with its title in the PDF's metadata. */
    static QByteArray toPdf(const ReportDocument &doc, QPageSize::PageSizeId pageSize);
    /** The colours text is printed in whatever the screen's palette: dark text on white paper. */
    static QPalette paperPalette();
};

} // namespace Quorum
