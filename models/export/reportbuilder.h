// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionexport.h"
#include "data/decision.h"
#include "data/meeting.h"
#include "report.h"

#include <QCoreApplication>

namespace Quorum {

class Database;

/**
 * Fills ReportDocuments from a library: the printed agenda (participant or moderator copy), the
 * minutes, and the action report. Reads only; every method may throw StorageError.
 */
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    explicit ReportBuilder(const Database &db);

    /** The agenda, the minutes or the run sheet of one meeting, as options.kind says. */
    ReportDocument meetingDocument(Id meetingId, const ReportOptions &options) const;
    /** The agenda of one meeting. */
    ReportDocument agenda(Id meetingId, const ReportOptions &options) const;
    /** The minutes of one meeting; with options.includeTiming, planned against actual times too. */
    ReportDocument minutes(Id meetingId, const ReportOptions &options) const;
    /**
     * What a mail with the minutes says in its text: the title, when and where, who attended,
     * the decisions and the table of action items (the minutes' own pieces, without the notes).
     */
    ReportDocument minutesSummary(Id meetingId, const ReportOptions &options) const;
    /** "Tuesday, 15 September 2020 – Thursday, 17 September 2020": the dates the minutes open with. */
    static QString meetingDates(const Meeting &meeting);
    /**
     * The run sheet of one meeting: per day, the moderator's copy of the plan (as it stood when the
     * day's run began) beside what was held (actual times, skipped and parked entries), with the
     * blocks' moderators, the pre-meeting notes, and the day's totals.
     */
    ReportDocument runSheet(Id meetingId, const ReportOptions &options) const;
    /**
     * The action report: rows (already filtered, in the order given) grouped by assignee or by
     * meeting, under a header that says in words which filters chose them (scope).
     */
    static ReportDocument actions(const QList<ActionExportRow> &rows, const ReportOptions &options,
                                  const ActionReportScope &scope);

    /**
     * The decision register: rows (already filtered, in the order given) in one table with their
     * meetings, under a header that says in words which filters chose them (facts).
     */
    static ReportDocument decisions(const QList<RegisterDecision> &rows, const ReportOptions &options,
                                    const QList<QPair<QString, QString>> &facts);

    /**
     * The meeting's date (short, as the locale writes it) and short title (MeetingTitle::shorten),
     * its middle words cut past 30 characters, for a table cell.
     */
    static QString meetingLabel(const QString &title, const QString &seriesName, const QDate &date);

    /** A document's title: the meeting's title (agenda), "Minutes: …", "Run sheet: …" or "Action items". */
    static QString title(ReportOptions::Kind kind, const QString &meetingTitle);

    /**
     * The meeting an export without --meeting means: the newest one with running notes (a record
     * to print), else the newest with an agenda, else the newest; 0 if none.
     */
    static Id defaultMeeting(const Database &db);

    /**
     * "09:00–09:15", "09:00" (no or zero duration) or "" (no start) for an entry's start and duration,
     * on locale's clock ("9:00 AM–9:15 AM" in en_US); QLocale::c() for "HH:mm" in exchanged data.
     */
    static QString timeRange(const QTime &start, int durationMinutes, const QLocale &locale = QLocale());

private:
    const Database &m_db;
};

} // namespace Quorum
