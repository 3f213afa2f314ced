// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportprinter.h"

#include "reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <limits>

namespace Quorum {

namespace {

/** A text document that never loads anything: no file, no image, no style sheet from outside. */
class SealedTextDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

const QMarginsF PageMargins(16, 14, 16, 12); // millimetres: left, top, right, bottom

QFont bodyFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    // No ligatures: text copied from the PDF (or searched in it) reads "offs", not "oﬀs". Scripts
    // that need shaping (Arabic, Devanagari, …) are still shaped.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(10);
    return font;
}

QFont marginFont()
{
    QFont font = bodyFont();
    font.setPointSizeF(8);
    return font;
}

/** The top and bottom of table rows first to last, in document coordinates. */
QPair<qreal, qreal> rowExtent(QTextTable *table, int first, int last)
{
    const QTextDocument *text = table->document();
    QAbstractTextDocumentLayout *layout = text->documentLayout();
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = 0;
    for (int row = first; row <= last; ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (!cell.isValid() || cell.column() != column)
                continue;
            // Blocks found by position, not through a text cursor: a cursor lays its line out.
            top = qMin(top, layout->blockBoundingRect(text->findBlock(cell.firstPosition())).top());
            bottom = qMax(bottom, layout->blockBoundingRect(text->findBlock(cell.lastPosition())).bottom());
        }
    }
    return {top, bottom};
}

/** Something the printer moves to the next page, and where on the document it is now. */
struct PageBreak
{
    int block = -1; ///< a text block's number, or the index of a table in the ReportDocument
    int row = -1; ///< tables: the first row to move
    qreal y = std::numeric_limits<qreal>::max();

    bool isValid() const { return block >= 0; }
};

qreal pageTopOf(qreal y, qreal pageHeight)
{
    return std::floor(y / pageHeight) * pageHeight;
}

/** A heading or a label, which belongs with what follows it; headings of notes (h5) are paragraphs. */
bool isHeading(const QTextBlock &block)
{
    const int level = block.blockFormat().headingLevel();
    return level != 0 && level != 5;
}

/** The top of a block's first line, in document coordinates. */
qreal lineTop(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const QTextLayout *lines = block.layout();
    return layout->blockBoundingRect(block).top() + (lines->lineCount() ? lines->lineAt(0).rect().top() : 0);
}

/**
 * block as the one to move, or the heading or label above it that introduces it (a topic's
 * heading above its "Notes:" label), with it, when that is on the same page and not at its top:
 * moving the label alone would leave the heading at the foot of the page.
 */
PageBreak withHeadingsAbove(QTextDocument *text, QTextBlock block, const QList<int> &breaks, qreal pageHeight,
                            qreal minSpace)
{
    QAbstractTextDocumentLayout *layout = text->documentLayout();
    const qreal pageTop = pageTopOf(lineTop(layout, block), pageHeight);
    for (QTextBlock above = block.previous(); above.isValid() && isHeading(above); above = above.previous()) {
        const qreal top = lineTop(layout, above);
        if (breaks.contains(above.blockNumber()) || pageTopOf(top, pageHeight) != pageTop || top - pageTop < minSpace)
            break;
        block = above;
    }
    return {block.blockNumber(), -1, lineTop(layout, block)};
}

/**
 * The first text block outside tables that should start the next page: a heading (or label)
 * with too little room, or what follows it on another page, and a short paragraph or list item
 * that runs over a page end, with the headings or labels above it on its page. Headings of
 * notes (h5) count as paragraphs. Blocks below limit are not looked at.
 */
PageBreak firstBlockToMove(QTextDocument *text, const QList<int> &breaks, qreal pageHeight, qreal minSpace, qreal limit)
{
    QAbstractTextDocumentLayout *layout = text->documentLayout();
    // The blocks of the root frame: the frames in it are the tables.
    for (auto it = text->rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || breaks.contains(block.blockNumber()))
            continue;
        const QRectF rect = layout->blockBoundingRect(block); // lays the document out up to here
        const QTextLayout *lines = block.layout();
        if (lines->lineCount() == 0)
            continue;
        const qreal top = rect.top() + lines->lineAt(0).rect().top();
        const qreal bottom = rect.top() + lines->lineAt(lines->lineCount() - 1).rect().bottom();
        if (top > limit)
            break; // something before here moves first: laying out further is wasted
        const qreal pageTop = pageTopOf(top, pageHeight);
        if (top - pageTop < minSpace)
            continue; // at the top of a page already: moving it gains nothing
        if (isHeading(block)) {
            const QTextBlock next = block.next();
            const bool nextElsewhere
                = next.isValid() && pageTopOf(layout->blockBoundingRect(next).bottom() - 1, pageHeight) > pageTop;
            if (pageTop + pageHeight - bottom < minSpace || nextElsewhere)
                return withHeadingsAbove(text, block, breaks, pageHeight, minSpace);
        } else if (bottom > pageTop + pageHeight && bottom - top < pageHeight / 3) {
            return withHeadingsAbove(text, block, breaks, pageHeight, minSpace);
        }
    }
    return {};
}

/**
 * The first table row that should start the next page, block being the table's index in
 * doc.blocks and row the index of the row in its ReportTable (0: the whole table moves):
 * - a row (with the Detail rows that belong to it, a Total row below it, and the band above it)
 *   that runs over the end of a page although it would fit on one;
 * - the first row on a later page than the table's start, when the table has a heading to
 *   repeat there ("Day 3 (continued)");
 * - in a table printed in runs side by side, the first row on a later page: the runs start again
 *   there, or the whole table moves when it fits on one page.
 */
PageBreak firstRowToMove(QTextDocument *text, const ReportDocument &doc, qreal pageHeight)
{
    QList<int> tableBlocks;
    for (int i = 0; i < doc.blocks.size(); ++i) {
        if (doc.blocks.at(i).type == ReportBlock::Type::Table)
            tableBlocks << i;
    }
    int next = 0;
    const QList<QTextFrame *> frames = text->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        // The grid tables are the ones with header rows; the "facts" tables have none.
        if (!table || table->format().headerRowCount() == 0 || next >= tableBlocks.size())
            continue;
        const int blockIndex = tableBlocks.at(next++);
        const ReportTable &rt = doc.blocks.at(blockIndex).table;
        const int header = table->format().headerRowCount();
        const qreal tableTop = rowExtent(table, 0, 0).first;
        const qreal startPage = pageTopOf(tableTop, pageHeight);
        const bool atPageTop = tableTop - startPage < pageHeight * 0.15;
        if (rt.runs > 1) {
            const int shown = int(rt.shownRows().size());
            const qreal tableBottom = rowExtent(table, header, header + shown - 1).second;
            if (tableBottom <= startPage + pageHeight)
                continue;
            if (!atPageTop && tableBottom - tableTop < pageHeight * 0.9)
                return {blockIndex, 0, tableTop};
            for (int row = 1; row < shown; ++row) {
                const auto [top, bottom] = rowExtent(table, header + row, header + row);
                if (bottom > startPage + pageHeight)
                    return {blockIndex, row * rt.runs, top};
            }
            continue;
        }
        for (int row = 0; row < rt.rows.size(); ++row) {
            // A band is kept with the row below it, and a row with its Detail rows and a Total
            // row that follows (a sum is never alone on a page).
            int last = row;
            if (rt.rows.at(row).style == ReportRow::Style::Band && last + 1 < rt.rows.size()
                && rt.rows.at(last + 1).style != ReportRow::Style::Band)
                ++last;
            while (last + 1 < rt.rows.size()
                   && (rt.rows.at(last + 1).style == ReportRow::Style::Detail
                       || rt.rows.at(last + 1).style == ReportRow::Style::Total))
                ++last;
            const auto [top, bottom] = rowExtent(table, header + row, header + last);
            const qreal pageTop = pageTopOf(top, pageHeight);
            const bool split = bottom > pageTop + pageHeight;
            // A row that starts a page, or would not fit on one anyway, is left to run on.
            const bool movable = top - pageTop > pageHeight * 0.15 && bottom - top < pageHeight * 0.8;
            if (split && movable)
                return {blockIndex, row, row == 0 ? tableTop : top};
            if (pageTop > startPage && (row == 0 ? !atPageTop : !rt.continuedHeading.isEmpty()))
                return {blockIndex, row, row == 0 ? tableTop : top};
            row = last;
        }
    }
    return {};
}

/** Moves the table at index block in doc, and the heading or label that introduces it, to the next page. */
void moveTable(ReportDocument &doc, int block)
{
    int first = block;
    while (first > 0
           && (doc.blocks.at(first - 1).type == ReportBlock::Type::Heading
               || doc.blocks.at(first - 1).type == ReportBlock::Type::Label))
        --first;
    doc.blocks[first].pageBreakBefore = true;
}

/**
 * Splits the table at index block in doc before row: the rest starts the next page under the
 * table's continued heading, with the band it was in repeated above it.
 */
void splitTable(ReportDocument &doc, int block, int row)
{
    ReportBlock &table = doc.blocks[block];
    ReportBlock rest = table;
    rest.pageBreakBefore = false;
    rest.table.rows = table.table.rows.mid(row);
    table.table.rows = table.table.rows.mid(0, row);
    if (rest.table.rows.constFirst().style != ReportRow::Style::Band) {
        for (auto it = table.table.rows.crbegin(); it != table.table.rows.crend(); ++it) {
            if (it->style == ReportRow::Style::Band) {
                ReportRow band = *it;
                band.cells = {ReportPrinter::tr("%1 (continued)").arg(band.cells.value(0))};
                rest.table.rows.prepend(band);
                break;
            }
        }
    }
    const QString heading = rest.table.continuedHeading;
    if (heading.isEmpty()) {
        rest.pageBreakBefore = true;
        doc.blocks.insert(block + 1, rest);
        return;
    }
    // No page break of its own: the rows above may end so close to the page end that the
    // table's margin already reaches the next page, and a break would leave that page empty.
    // Left at the foot of a page, the heading is moved on like any other.
    ReportBlock title;
    title.type = ReportBlock::Type::Heading;
    title.level = rest.table.continuedLevel;
    title.text = heading;
    doc.blocks.insert(block + 1, rest);
    doc.blocks.insert(block + 1, title);
}

/** doc as a text document on pages of size body, with page breaks before the blocks numbered in breaks. */
std::unique_ptr<QTextDocument> typeset(const ReportDocument &doc, const QList<int> &breaks, QPagedPaintDevice *device,
                                       const QSizeF &body, ReportWriter::NotesCache *notes)
{
    auto text = std::make_unique<SealedTextDocument>();
    text->documentLayout()->setPaintDevice(device);
    text->setDefaultFont(bodyFont());
    text->setDocumentMargin(0);
    text->setHtml(ReportWriter::toHtml(doc, ReportWriter::Target::Print, notes));
    // Set before anything is laid out: changing a laid-out document leaves stale positions behind.
    for (int number : breaks) {
        const QTextBlock block = text->findBlockByNumber(number);
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }
    text->setPageSize(body);
    return text;
}

} // namespace

ReportPrinter::Layout ReportPrinter::layout(const ReportDocument &doc, QPagedPaintDevice *device)
{
    device->setPageMargins(PageMargins, QPageLayout::Millimeter);
    const int dpi = device->logicalDpiY();
    const QSizeF area = device->pageLayout().paintRectPixels(dpi).size();
    const QFontMetricsF margin(marginFont(), device);

    Layout result;
    result.headerHeight = margin.height() * 2.2;
    // Whole pixels: the layout places pages at whole multiples of the page height.
    result.body = QSizeF(std::floor(area.width()), std::floor(area.height() - 2 * result.headerHeight));
    const qreal pageHeight = result.body.height();
    const qreal minSpace = QFontMetricsF(bodyFont(), device).lineSpacing() * 4;

    // Fix the first thing that page ends treat badly, lay out again, repeat: a heading left at
    // the foot of a page or a short paragraph cut in two starts the next page; a table row cut
    // in two starts the next page under a repeated header (the table is split there); a table
    // that runs onto the next page is split there under its continued heading. Each fix
    // moves text down and leaves everything before it in place, so the earlier fixes stay
    // valid and the loop ends.
    ReportDocument pages = doc;
    QList<int> breaks;
    ReportWriter::NotesCache notes;
    result.document = typeset(pages, breaks, device, result.body, &notes);
    for (int guard = 0; guard < 1000; ++guard) {
        // The tables first (which lays out nearly all of it), then the blocks above the first
        // table fix. Qt lays a document out lazily, as positions are asked for, and where a line
        // lands at a page end can depend on how far it was laid out before: asking for the blocks
        // first, only as far as the first fix, put a line across a page end in one of 40
        // three-day minutes, so the order stays.
        const PageBreak row = firstRowToMove(result.document.get(), pages, pageHeight);
        const PageBreak block = firstBlockToMove(result.document.get(), breaks, pageHeight, minSpace, row.y);
        if (!block.isValid() && !row.isValid())
            break;
        if (block.y <= row.y)
            breaks << block.block;
        else if (row.row == 0)
            moveTable(pages, row.block);
        else
            splitTable(pages, row.block, row.row);
        result.document = typeset(pages, breaks, device, result.body, &notes);
    }
    result.pageCount = result.document->pageCount();
    return result;
}

QPalette ReportPrinter::paperPalette()
{
    QPalette paper(QColor(0x11, 0x11, 0x11), Qt::white);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        paper.setColor(group, QPalette::Text, QColor(0x11, 0x11, 0x11));
        paper.setColor(group, QPalette::WindowText, QColor(0x11, 0x11, 0x11));
        paper.setColor(group, QPalette::Base, Qt::white);
        paper.setColor(group, QPalette::Window, Qt::white);
        paper.setColor(group, QPalette::Link, QColor(0x1a, 0x4f, 0x9c));
        paper.setColor(group, QPalette::LinkVisited, QColor(0x1a, 0x4f, 0x9c));
    }
    return paper;
}

int ReportPrinter::print(const ReportDocument &doc, QPagedPaintDevice *device)
{
    const Layout laid = layout(doc, device);
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    const QFont font = marginFont();
    const QFontMetricsF metrics(font, device);
    const qreal width = laid.body.width();
    const qreal footerTop = laid.headerHeight + laid.body.height();
    const QString generated = tr("Generated %1").arg(QLocale().toString(doc.generated, QLocale::LongFormat));
    const QString rightHeader = doc.kindName;
    const QString leftHeader = metrics.elidedText(
        doc.pageHeader, Qt::ElideRight, width - metrics.horizontalAdvance(rightHeader) - metrics.height() * 2);
    QPen rule(QColor(0x9a, 0xa5, 0xb1));
    rule.setWidthF(device->logicalDpiY() / 144.0); // half a point

    for (int page = 0; page < laid.pageCount; ++page) {
        if (page > 0 && !device->newPage())
            return page;
        painter.setFont(font);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF header(0, 0, width, metrics.height());
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, leftHeader);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, rightHeader);
        const QRectF footer(0, footerTop + laid.headerHeight - metrics.height(), width, metrics.height());
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, generated);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(laid.pageCount));
        painter.setPen(rule);
        painter.drawLine(QPointF(0, metrics.height() * 1.4), QPointF(width, metrics.height() * 1.4));
        painter.drawLine(QPointF(0, footer.top() - metrics.height() * 0.4),
                         QPointF(width, footer.top() - metrics.height() * 0.4));

        painter.save();
        painter.translate(0, laid.headerHeight - page * laid.body.height());
        const QRectF visible(0, page * laid.body.height(), width, laid.body.height());
        painter.setClipRect(visible);
        // On paper, in the paper's colours: never the screen's palette, which may be dark (white
        // text on white paper) when printed or exported from a window in a dark theme.
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = paperPalette();
        context.clip = visible;
        laid.document->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return laid.pageCount;
}

QByteArray ReportPrinter::toPdf(const ReportDocument &doc, QPageSize::PageSizeId pageSize)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(pageSize));
        writer.setResolution(300);
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("Quorum"));
        print(doc, &writer);
    }
    return buffer.data();
}

} // namespace Quorum
