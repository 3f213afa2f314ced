// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "notes/markdowntext.h"
#include "noteshtml.h"

#include <QLocale>
#include <QUrl>

namespace Quorum {

namespace {

// Styles QTextDocument understands (for PDF and printing) and browsers render the same way.
const char *const commonStyle = R"(
h1 { font-size: 17pt; margin-top: 0; margin-bottom: 5px; }
h2 { font-size: 13pt; margin-top: 19px; margin-bottom: 5px; color: #1f3b63; }
h3 { font-size: 11pt; margin-top: 13px; margin-bottom: 3px; color: #1f3b63; }
h4 { font-size: 10.5pt; margin-top: 12px; margin-bottom: 3px; }
h5 { font-size: 10pt; margin-top: 8px; margin-bottom: 3px; }
p { margin-top: 3px; margin-bottom: 3px; }
ul, ol { margin-top: 1px; margin-bottom: 4px; }
li { margin-top: 1px; margin-bottom: 1px; }
h6 { color: #555555; font-size: 8.5pt; font-weight: bold; margin-top: 5px; margin-bottom: 0; }
p.note { color: #555555; font-size: 9pt; }
pre { white-space: pre-wrap; background-color: #f2f2f2; font-family: monospace; font-size: 8.5pt; margin-top: 4px; margin-bottom: 4px; }
code { font-family: monospace; }
blockquote { color: #444444; margin-left: 19px; }
a { color: #1a4f9c; }
table.grid { border-collapse: collapse; border-color: #9aa5b1; margin-top: 5px; margin-bottom: 5px; }
table.grid th { background-color: #e9edf2; text-align: left; font-size: 9pt; }
table.grid td { font-size: 9.5pt; vertical-align: top; }
td.band { background-color: #d9e3f0; font-weight: bold; }
td.break { color: #5b6470; font-style: italic; background-color: #f6f6f6; }
td.detail { font-size: 9pt; color: #333333; }
td.total { font-weight: bold; background-color: #eef1f5; }
p.task { margin-top: 2px; margin-bottom: 2px; }
table.facts { margin-top: 8px; margin-bottom: 8px; }
table.facts th { text-align: left; font-weight: bold; color: #333333; padding-right: 13px; }
)";

// What only a browser needs: page width, a body font, print rules and the date line.
const char *const browserStyle = R"(
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10pt; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #111111; }
table.grid { width: 100%; border: 1px solid #9aa5b1; }
table.grid th, table.grid td { border: 1px solid #9aa5b1; padding: 3pt 5pt; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
hr.writing { border: 0; border-bottom: 1px solid #b8b8b8; height: 1.6em; margin: 0; }
p.generated { color: #777777; font-size: 8.5pt; margin-top: 2em; border-top: 1px solid #cccccc; padding-top: 4pt; }
@page { margin: 15mm; }
)";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/** A value that is a web address becomes a link; anything else is text. */
QString valueHtml(const QString &value)
{
    if (NotesHtml::isSafeLink(value) && !value.contains(QLatin1Char(' ')))
        return QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(value));
    return esc(value);
}

QString pageBreak(const ReportBlock &block)
{
    return block.pageBreakBefore ? QStringLiteral(" style=\"page-break-before: always\"") : QString();
}

const QString OpenBox = QStringLiteral("\u2610");
const QString DoneBox = QStringLiteral("\u2611");
const QString Warning = QStringLiteral("\u26a0");

/** A warning (an overdue date): bold, red, and marked so that it shows in black and white too. */
QString alertHtml(const QString &text)
{
    QString lines = esc(text);
    lines.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral("<b class=\"alert\" style=\"color: #b00020\">%1&nbsp;%2</b>").arg(Warning, lines);
}

/** notes as HTML, converted once when a cache is given. */
QString notesHtml(const QString &markdown, ReportWriter::NotesCache *notes)
{
    if (!notes)
        return NotesHtml::fromMarkdown(markdown);
    auto it = notes->constFind(markdown);
    if (it == notes->cend())
        it = notes->insert(markdown, NotesHtml::fromMarkdown(markdown));
    return *it;
}

QString tableHtml(const ReportBlock &block, ReportWriter::Target target, ReportWriter::NotesCache *notes)
{
    ReportTable table = block.table;
    if (target == ReportWriter::Target::Browser)
        table.runs = 1; // a browser pages the list itself: one run reads in order on every page
    const QStringList headers = table.shownHeaders();
    const QList<int> widths = table.shownWidths();
    const int columns = int(headers.size());
    QString out
        = QStringLiteral(
              "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"%1>\n<thead><tr>")
              .arg(pageBreak(block));
    for (int c = 0; c < columns; ++c)
        out += QStringLiteral("<th width=\"%1%\">%2</th>")
                   .arg(widths.value(c, 100 / qMax(1, columns)))
                   .arg(esc(headers.at(c)));
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const ReportRow &row : table.shownRows()) {
        switch (row.style) {
        case ReportRow::Style::Band:
            out += QStringLiteral("<tr><td class=\"band\" colspan=\"%1\" bgcolor=\"#d9e3f0\">%2</td></tr>\n")
                       .arg(columns)
                       .arg(esc(row.cells.value(0)));
            break;
        case ReportRow::Style::Detail: {
            QString content = notesHtml(row.markdown, notes);
            for (int i = 0; i < row.writingLines; ++i) {
                // Room to write by hand: ruled lines in a browser, spaced rules in print.
                content += target == ReportWriter::Target::Browser ? QStringLiteral("<hr class=\"writing\">")
                                                                   : QStringLiteral("<p>&nbsp;</p><hr>");
            }
            out += QStringLiteral("<tr><td></td><td class=\"detail\" colspan=\"%1\">%2</td></tr>\n")
                       .arg(columns - 1)
                       .arg(content);
            break;
        }
        case ReportRow::Style::Break:
        case ReportRow::Style::Total:
        case ReportRow::Style::Normal: {
            // The background as an attribute too: QTextDocument does not take it from a class.
            const QString cell
                = row.style == ReportRow::Style::Break   ? QStringLiteral("<td class=\"break\" bgcolor=\"#f6f6f6\"%1>")
                  : row.style == ReportRow::Style::Total ? QStringLiteral("<td class=\"total\" bgcolor=\"#eef1f5\"%1>")
                                                         : QStringLiteral("<td%1>");
            out += QStringLiteral("<tr>");
            for (int c = 0; c < columns; ++c) {
                // QTextDocument (the printed page) reads the style, not the attribute.
                const QString noWrap = !table.noWrap.contains(c) ? QString()
                                       : target == ReportWriter::Target::Print
                                           ? QStringLiteral(" style=\"white-space:nowrap\"")
                                           : QStringLiteral(" nowrap");
                out += cell.arg(noWrap);
                if (c == table.checkColumn)
                    out += row.done ? DoneBox : OpenBox;
                else if (row.alerts.contains(c) && !row.cells.value(c).isEmpty())
                    out += alertHtml(row.cells.value(c));
                else
                    out += esc(row.cells.value(c));
                out += QStringLiteral("</td>");
            }
            out += QStringLiteral("</tr>\n");
            break;
        }
        }
    }
    return out + QStringLiteral("</tbody></table>\n");
}

/** Action items in running text: "☐ Who — what · due … · ticket", one paragraph each. */
QString tasksHtml(const QList<ReportTask> &tasks)
{
    QString out;
    for (const ReportTask &task : tasks) {
        QString line = (task.done ? DoneBox : OpenBox) + QStringLiteral("&nbsp;");
        if (!task.who.isEmpty())
            line += QStringLiteral("<b>%1</b> \u2014 ").arg(esc(task.who));
        line += esc(task.text);
        for (int i = 0; i < task.details.size(); ++i) {
            const QString &detail = task.details.at(i);
            line += QStringLiteral(" \u00b7 ") + (i == 0 && task.overdue ? alertHtml(detail) : esc(detail));
        }
        out += QStringLiteral("<p class=\"task\">%1</p>\n").arg(line);
    }
    return out;
}

/** Any text of the document as Markdown that shows just that text, on one line: nothing in it is markup. */
QString markdownCell(const QString &text)
{
    QString out = text;
    out.replace(QChar(0x00a0), QLatin1Char(' ')); // kept together in print, plain in text
    return MarkdownText::escaped(out);
}

/** Notes squeezed onto one line, for a Markdown table cell: their words, without their markup. */
QString markdownLine(const QString &markdown)
{
    return markdownCell(MarkdownText::toLine(markdown));
}

/** A value that is a web address becomes a link (an autolink: nothing in it is read as markup); anything else is text. */
QString valueMarkdown(const QString &value)
{
    const QString address = QString::fromUtf8(QUrl(value.trimmed(), QUrl::StrictMode).toEncoded());
    if (NotesHtml::isSafeLink(value) && !value.trimmed().contains(QLatin1Char(' '))
        && !address.contains(QLatin1Char('<')) && !address.contains(QLatin1Char('>')))
        return QLatin1Char('<') + address + QLatin1Char('>');
    return markdownCell(value);
}

/** A warning (an overdue date) in Markdown: bold and marked. */
QString alertMarkdown(const QString &text)
{
    return QStringLiteral("**%1 %2**").arg(Warning, markdownCell(text));
}

/** "- [ ] **Who:** what · due …": a task list item, as GitHub and most editors show a box. */
QString taskMarkdown(bool done, const QString &who, const QString &text, const QStringList &details)
{
    QString line = done ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ");
    if (!who.isEmpty())
        line += QStringLiteral("**%1:** ").arg(markdownCell(who));
    line += markdownCell(text);
    for (const QString &detail : details)
        line += QStringLiteral(" \u00b7 ") + detail;
    return line;
}

/**
 * A table of action items as a task list: the columns before the task's text say who (in
 * bold), the ones after it follow as "Header: value".
 */
QString taskTableMarkdown(const ReportTable &table)
{
    QStringList lines;
    for (const ReportRow &row : table.rows) {
        if (row.style == ReportRow::Style::Band) {
            lines << QStringLiteral("**%1**").arg(markdownCell(row.cells.value(0)));
            continue;
        }
        QStringList who;
        QStringList details;
        for (int c = 0; c < table.headers.size(); ++c) {
            const QString cell = row.cells.value(c);
            if (c == table.checkColumn || c == table.taskColumn || cell.isEmpty())
                continue;
            if (c < table.taskColumn) {
                who << cell;
                continue;
            }
            const QString value = row.alerts.contains(c) ? alertMarkdown(cell) : markdownCell(cell);
            details << QStringLiteral("%1: %2").arg(markdownCell(table.headers.at(c)), value);
        }
        lines << taskMarkdown(row.done, who.join(QStringLiteral(", ")), row.cells.value(table.taskColumn), details);
    }
    return lines.join(QLatin1Char('\n'));
}

QString tableMarkdown(const ReportTable &table)
{
    if (table.checkColumn >= 0 && table.taskColumn >= 0)
        return taskTableMarkdown(table);
    const int columns = int(table.headers.size());
    QStringList lines;
    QStringList cells;
    for (const QString &h : table.headers)
        cells << markdownCell(h);
    lines << QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    lines << QStringLiteral("|") + QStringList(columns, QStringLiteral(" --- ")).join(QLatin1Char('|'))
                 + QStringLiteral("|");
    for (const ReportRow &row : table.rows) {
        cells.clear();
        switch (row.style) {
        case ReportRow::Style::Band: cells << QStringLiteral("**%1**").arg(markdownCell(row.cells.value(0))); break;
        case ReportRow::Style::Detail:
            if (row.markdown.trimmed().isEmpty())
                continue;
            cells << QString() << QStringLiteral("*%1*").arg(markdownLine(row.markdown));
            break;
        case ReportRow::Style::Break:
            for (const QString &c : row.cells)
                cells << (c.isEmpty() ? QString() : QStringLiteral("*%1*").arg(markdownCell(c)));
            break;
        case ReportRow::Style::Total:
            for (const QString &c : row.cells)
                cells << (c.isEmpty() ? QString() : QStringLiteral("**%1**").arg(markdownCell(c)));
            break;
        case ReportRow::Style::Normal:
            for (int c = 0; c < row.cells.size(); ++c)
                cells << (row.alerts.contains(c) ? alertMarkdown(row.cells.at(c)) : markdownCell(row.cells.at(c)));
            break;
        }
        while (cells.size() < columns)
            cells << QString();
        lines << QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString ReportWriter::contentSecurityPolicy()
{
    return QStringLiteral("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
                          "form-action 'none'; base-uri 'none'; frame-ancestors 'none'");
}

QString ReportWriter::toHtml(const ReportDocument &doc, Target target, NotesCache *notes)
{
    const bool browser = target == Target::Browser;
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                      .arg(esc(QLocale().bcp47Name()));
    if (browser) {
        out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n"
                              "<meta name=\"referrer\" content=\"no-referrer\">\n"
                              "<meta name=\"generator\" content=\"Quorum\">\n")
                   .arg(contentSecurityPolicy());
    }
    out += QStringLiteral("<title>%1</title>\n<style>").arg(esc(doc.title)) + QLatin1String(commonStyle);
    if (browser)
        out += QLatin1String(browserStyle);
    out += QStringLiteral("</style>\n</head>\n<body>\n");
    for (const ReportBlock &block : doc.blocks) {
        switch (block.type) {
        case ReportBlock::Type::Heading:
            out += QStringLiteral("<h%1%2>%3</h%1>\n").arg(block.level).arg(pageBreak(block), esc(block.text));
            break;
        case ReportBlock::Type::Paragraph: out += QStringLiteral("<p>%1</p>\n").arg(esc(block.text)); break;
        case ReportBlock::Type::Note: out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(block.text)); break;
        case ReportBlock::Type::Label:
            // A heading, so that it is kept on the page of what it introduces.
            out += QStringLiteral("<h6%1>%2</h6>\n").arg(pageBreak(block), esc(block.text));
            break;
        case ReportBlock::Type::Facts:
            out += QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"1\">\n");
            for (const auto &fact : block.facts)
                out += QStringLiteral("<tr><th style=\"padding-right: 10px\">%1</th><td>%2</td></tr>\n")
                           .arg(esc(fact.first), valueHtml(fact.second));
            out += QStringLiteral("</table>\n");
            break;
        case ReportBlock::Type::Table: out += tableHtml(block, target, notes); break;
        case ReportBlock::Type::Markdown:
            out += QStringLiteral("<div class=\"notes\">\n") + notesHtml(block.markdown, notes)
                   + QStringLiteral("</div>\n");
            break;
        case ReportBlock::Type::Tasks: out += tasksHtml(block.tasks); break;
        }
    }
    if (browser && doc.generated.isValid())
        out += QStringLiteral("<p class=\"generated\">%1</p>\n")
                   .arg(esc(tr("%1 \u2014 generated by Quorum on %2")
                                .arg(doc.kindName, QLocale().toString(doc.generated, QLocale::LongFormat))));
    return out + QStringLiteral("</body>\n</html>\n");
}

QString ReportWriter::toMarkdown(const ReportDocument &doc)
{
    QStringList parts;
    for (const ReportBlock &block : doc.blocks) {
        switch (block.type) {
        case ReportBlock::Type::Heading:
            parts << QString(block.level, QLatin1Char('#')) + QLatin1Char(' ') + markdownCell(block.text);
            break;
        case ReportBlock::Type::Paragraph: parts << markdownCell(block.text); break;
        case ReportBlock::Type::Note: parts << QStringLiteral("*%1*").arg(markdownCell(block.text)); break;
        case ReportBlock::Type::Label: parts << QStringLiteral("**%1**").arg(markdownCell(block.text)); break;
        case ReportBlock::Type::Facts: {
            QStringList lines;
            for (const auto &fact : block.facts)
                lines << QStringLiteral("- **%1:** %2").arg(markdownCell(fact.first), valueMarkdown(fact.second));
            parts << lines.join(QLatin1Char('\n'));
            break;
        }
        case ReportBlock::Type::Table: parts << tableMarkdown(block.table); break;
        case ReportBlock::Type::Markdown: parts << NotesHtml::toMarkdown(block.markdown); break;
        case ReportBlock::Type::Tasks: {
            QStringList lines;
            for (const ReportTask &task : block.tasks) {
                QStringList details;
                for (int i = 0; i < task.details.size(); ++i)
                    details << (i == 0 && task.overdue ? alertMarkdown(task.details.at(i))
                                                       : markdownCell(task.details.at(i)));
                lines << taskMarkdown(task.done, task.who, task.text, details);
            }
            parts << lines.join(QLatin1Char('\n'));
            break;
        }
        }
    }
    if (doc.generated.isValid())
        parts << QStringLiteral("---")
              << QStringLiteral("*%1*").arg(
                     markdownCell(tr("%1 \u2014 generated by Quorum on %2")
                                      .arg(doc.kindName, QLocale().toString(doc.generated, QLocale::LongFormat))));
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace Quorum
