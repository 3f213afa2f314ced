// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wikidom.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace Quorum {

/** A task found in a page's text: "☑ Name — text 28 Sep 2020", a task list item, a checkbox line. */
struct WikiTask
{
    QString text; ///< as the page has it, names and date included
    bool done = false;
    QDate due; ///< from a <time datetime> in the task, else found in the text later
    QStringList mentions; ///< "name\x1fusername" of user mentions in the task, in order
    QString ticket; ///< a Jira macro's key in the task
};

/**
 * Turns page content into what Quorum stores: notes cells into Markdown (lists and nested lists,
 * code, links, emphasis, a pasted Zoom chat as ChatTranscript makes it), with the tasks written
 * among them taken out; and the small readers of dates, times and durations that pages use.
 */
class WikiText
{
public:
    /** Markdown of a cell or section; the tasks in it go to *tasks, the ticket keys to *tickets. */
    static QString notes(const WikiNode &node, QList<WikiTask> *tasks, QStringList *tickets);
    /** Text of inline content, mentions as names, Jira macros as their keys; plain: no Markdown (links as their text). */
    static QString text(const WikiNode &node, bool plain = false);

    /** "2020-09-28", "28 Sep 2020", "Sep 28, 2020", "28 September 2020": the first date in text. */
    static QDate firstDate(const QString &text, qsizetype *start = nullptr, qsizetype *length = nullptr);
    /** The last date in text, with where it is. */
    static QDate lastDate(const QString &text, qsizetype *start = nullptr, qsizetype *length = nullptr);
    /** "09:00", "QE 12:30", "10:00am", "2 pm": the first time of day in text. */
    static QTime firstTime(const QString &text);
    /** "15 min", "0:30", "1h", "1 hour", "1.5 hours": minutes, or -1. */
    static int duration(const QString &text, bool colonIsDuration);
    /** Ticket keys (DM-26798, RFC-723, DMTN-148) in text, each once. */
    static QStringList tickets(const QString &text);
    /** The time zone a "PT", "Pacific", "ET", "UTC" in text names, or an empty string. */
    static QString timeZoneIn(const QString &text);
    /** The text shortened to at most n characters for a report. */
    static QString excerpt(const QString &text, int n = 160);
};

} // namespace Quorum
