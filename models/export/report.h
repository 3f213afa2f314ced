// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QPair>
#include <QStringList>

namespace Quorum {

/** What a printed document holds and how it is laid out. */
struct ReportOptions
{
    enum class Kind { Agenda, Minutes, Actions };
    enum class Variant { Participant, Moderator };
    enum class Grouping { ByAssignee, ByMeeting };

    Kind kind = Kind::Agenda;
    Variant variant = Variant::Participant; ///< agenda only
    Grouping grouping = Grouping::ByAssignee; ///< action report only
    bool includeParticipants = true; ///< agenda: the list at the end; minutes: with attendance
    bool includeActionTable = true; ///< minutes: the table of every action item
    bool includeAttachments = true; ///< minutes: the attachment list
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QDate generated = QDate::currentDate(); ///< printed in the footer
    QDate today = QDate::currentDate(); ///< what "overdue" is measured against

    /** US Letter where the locale's country prints on it, A4 everywhere else. */
    static QPageSize::PageSizeId defaultPageSize(const QLocale &locale = QLocale());
    static QString kindKey(Kind kind);
    static bool kindFromKey(const QString &key, Kind *kind);
};

/**
 * A table row. Band and Detail rows hold one cell that spans the whole table; a Detail row
 * belongs to the row above it and is printed on the same page.
 */
struct ReportRow
{
    enum class Style { Normal, Band, Break, Detail };

    Style style = Style::Normal;
    QStringList cells;
    QString markdown; ///< Detail rows: notes shown under the cell text
    int writingLines = 0; ///< Detail rows: ruled lines left empty for handwritten notes
};

struct ReportTable
{
    QStringList headers; ///< repeated at the top of every page the table runs onto
    QList<int> widths; ///< per cent of the page width, one per column
    QList<int> noWrap; ///< columns whose cells are never broken across lines (times, dates)
    QList<ReportRow> rows;
};

/** One piece of a document, in reading order. */
struct ReportBlock
{
    enum class Type { Heading, Paragraph, Note, Label, Facts, Table, Markdown };

    Type type = Type::Paragraph;
    int level = 2; ///< headings: 1 (the title) to 4
    QString text; ///< heading and paragraph text; Note: a small grey line; Label: what follows
    QList<QPair<QString, QString>> facts; ///< label and value
    ReportTable table;
    QString markdown; ///< notes written in Markdown
    bool pageBreakBefore = false; ///< set by the printer: a heading or table rows that start the next page
};

/**
 * A document to hand out (printed agenda, minutes, action report) as plain values: the
 * builders fill it from the library, the writers turn it into PDF, HTML or Markdown.
 */
struct ReportDocument
{
    QString title; ///< the document title and the PDF title metadata
    QString pageHeader; ///< left of every page's header (the meeting title)
    QString kindName; ///< right of every page's header ("Agenda", "Minutes", …)
    QDate generated;
    QList<ReportBlock> blocks;

    void heading(const QString &text, int level)
    {
        blocks.append({ReportBlock::Type::Heading, level, text, {}, {}, {}});
    }
    void paragraph(const QString &text) { blocks.append({ReportBlock::Type::Paragraph, 0, text, {}, {}, {}}); }
    void note(const QString &text) { blocks.append({ReportBlock::Type::Note, 0, text, {}, {}, {}}); }
    void label(const QString &text) { blocks.append({ReportBlock::Type::Label, 0, text, {}, {}, {}}); }
    void facts(const QList<QPair<QString, QString>> &facts)
    {
        blocks.append({ReportBlock::Type::Facts, 0, {}, facts, {}, {}});
    }
    void table(const ReportTable &table) { blocks.append({ReportBlock::Type::Table, 0, {}, {}, table, {}}); }
    void markdown(const QString &markdown) { blocks.append({ReportBlock::Type::Markdown, 0, {}, {}, {}, markdown}); }
};

} // namespace Quorum
