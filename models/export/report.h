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
    /** RunSheet: the moderator's copy of each day with the planned and the actual times (models/agenda/liverun.h). */
    enum class Kind { Agenda, Minutes, Actions, RunSheet, Decisions };
    enum class Variant { Participant, Moderator };
    enum class Grouping { ByAssignee, ByMeeting };

    Kind kind = Kind::Agenda;
    Variant variant = Variant::Participant; ///< agenda only
    Grouping grouping = Grouping::ByAssignee; ///< action report only
    bool includeParticipants = true; ///< agenda: the list at the end; minutes: with attendance
    bool includeActionTable = true; ///< minutes: the table of every action item
    bool includeDecisions = true; ///< minutes: the decisions (when there are any)
    bool includeAttachments = true; ///< minutes: the attachment list
    /** Minutes: planned against actual times per entry, block and day (left out when no day has run). */
    bool includeTiming = false;
    QPageSize::PageSizeId pageSize = defaultPageSize(); ///< the locale's paper: every document path starts from it
    QDate generated = QDate::currentDate(); ///< printed in the footer
    QDate today = QDate::currentDate(); ///< what "overdue" is measured against

    /** US Letter where the locale's country prints on it, A4 everywhere else. */
    static QPageSize::PageSizeId defaultPageSize(const QLocale &locale = QLocale());
    /** agenda, minutes, actions, run-sheet or decisions: the command line's word. */
    static QString kindKey(Kind kind);
    static bool kindFromKey(const QString &key, Kind *kind);
    /** Every kind's key, in the order the command line lists them. */
    static QStringList kindKeys();
};

/**
 * A table row. Band and Detail rows hold one cell that spans the whole table; a Detail row
 * belongs to the row above it and is printed on the same page.
 */
struct ReportRow
{
    /** Total: a sum under the rows above it (a day's planned and actual times), in bold. */
    enum class Style { Normal, Band, Break, Detail, Total };

    Style style = Style::Normal;
    QStringList cells;
    QString markdown; ///< Detail rows: notes shown under the cell text
    int writingLines = 0; ///< Detail rows: ruled lines left empty for handwritten notes
    bool done = false; ///< the state the table's checkColumn shows
    QList<int> alerts; ///< columns whose cell is a warning (an overdue date): bold, red and marked
};

struct ReportTable
{
    QStringList headers; ///< repeated at the top of every page the table runs onto
    QList<int> widths; ///< per cent of the page width, one per column
    QList<int> noWrap; ///< columns whose cells are never broken across lines (times, dates)
    QList<ReportRow> rows;
    /**
     * The column that shows each row's done state (a box, or a task list item in Markdown), or
     * -1. Its cells hold no text.
     */
    int checkColumn = -1;
    /** With checkColumn: the column that says what is to be done (the task's text in Markdown). */
    int taskColumn = -1;
    /**
     * Normal rows only: printed in this many runs side by side, each run read top to bottom
     * before the next (headers and widths are those of one run). A printed page holds whole
     * runs: a list that runs onto the next page starts its runs again there.
     */
    int runs = 1;
    /**
     * The heading printed above the rest of the table when it runs onto another page ("Day 3:
     * … (continued)"), at continuedLevel; a Band row above the page end is repeated under it.
     */
    QString continuedHeading;
    int continuedLevel = 2;

    /** The rows as they are shown: runs > 1 puts the rows side by side, a run per group of columns. */
    QList<ReportRow> shownRows() const
    {
        if (runs <= 1)
            return rows;
        const qsizetype perRun = (rows.size() + runs - 1) / runs;
        QList<ReportRow> shown(perRun);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            ReportRow &row = shown[i % perRun];
            row.cells << rows.at(i).cells;
            while (row.cells.size() % headers.size())
                row.cells << QString();
        }
        return shown;
    }
    QStringList shownHeaders() const
    {
        QStringList all;
        for (int run = 0; run < qMax(1, runs); ++run)
            all << headers;
        return all;
    }
    QList<int> shownWidths() const
    {
        QList<int> all;
        for (int run = 0; run < qMax(1, runs); ++run) {
            for (int w : widths)
                all << w / qMax(1, runs);
        }
        return all;
    }
};

/** An action item in running text: its state, who does it, what, and the rest (due date, ticket). */
struct ReportTask
{
    bool done = false;
    QString who;
    QString text;
    QStringList details;
    bool overdue = false; ///< the first detail is a due date that has passed
};

/** What an action report holds, for its title and header: the filters that chose its items, in words. */
struct ActionReportScope
{
    QString title; ///< "Open action items"; empty for "Action items"
    QList<QPair<QString, QString>> facts; ///< label and words: ("Assigned to", "anyone"), …
};

/** One piece of a document, in reading order. */
struct ReportBlock
{
    enum class Type { Heading, Paragraph, Note, Label, Facts, Table, Markdown, Tasks };

    Type type = Type::Paragraph;
    int level = 2; ///< headings: 1 (the title) to 4
    QString text; ///< heading and paragraph text; Note: a small grey line; Label: what follows
    QList<QPair<QString, QString>> facts; ///< label and value
    ReportTable table;
    QString markdown; ///< notes written in Markdown
    QList<ReportTask> tasks;
    /** A heading or table rows that start the next page: set by a builder (a run sheet's days) or the printer. */
    bool pageBreakBefore = false;
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
        ReportBlock &b = add(ReportBlock::Type::Heading);
        b.level = level;
        b.text = text;
    }
    void paragraph(const QString &text) { add(ReportBlock::Type::Paragraph).text = text; }
    void note(const QString &text) { add(ReportBlock::Type::Note).text = text; }
    void label(const QString &text) { add(ReportBlock::Type::Label).text = text; }
    void facts(const QList<QPair<QString, QString>> &facts) { add(ReportBlock::Type::Facts).facts = facts; }
    void table(const ReportTable &table) { add(ReportBlock::Type::Table).table = table; }
    void markdown(const QString &markdown) { add(ReportBlock::Type::Markdown).markdown = markdown; }
    void tasks(const QList<ReportTask> &tasks) { add(ReportBlock::Type::Tasks).tasks = tasks; }

private:
    ReportBlock &add(ReportBlock::Type type)
    {
        ReportBlock block;
        block.type = type;
        block.level = 0;
        blocks.append(block);
        return blocks.last();
    }
};

} // namespace Quorum
