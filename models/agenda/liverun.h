// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agendastate.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace Quorum {

/**
 * The live run of one day of a meeting, read from its AgendaState at an instant, and the steps a
 * moderator takes while it runs.
 *
 * An entry runs from its actual start to its actual end (UTC instants, whole seconds); the run
 * of the day starts with its first entry and ends when the last one does (or the moderator ends
 * it). While the run stands paused (MeetingDay::pausedAt) the running entry's clock stops; a
 * resume adds the pause to its pausedSeconds. Skipped and parked entries take no time in the
 * run; parked ones none in the plan either.
 *
 * Planned times are the entries' start times and durations on the day's date in the meeting's
 * time zone; "the original plan" is the plan as it stood when the day's run began
 * (AgendaEntry::originalStart/originalMinutes), which re-timing the rest of the day leaves alone:
 * how far a block or the day is ahead or behind is measured against it.
 *
 * Every step is a function of an AgendaState and an instant that returns false, changing
 * nothing, when it does not apply; MeetingDocument stores the result as one undo step.
 */
class LiveRun
{
public:
    enum class State { Upcoming, Running, Done, Skipped, Parked };

    LiveRun(const AgendaState &state, Id dayId, const QTimeZone &zone);

    /** The meeting's time zone, or the system's when it names none (or one this machine does not know). */
    static QTimeZone zone(const QString &timeZoneId);
    /** An instant as the run stores it: UTC, whole seconds. */
    static QDateTime instant(const QDateTime &time);

    /** The day whose run is live (started, not ended); 0 when none. */
    static Id liveDay(const AgendaState &state);
    /** The meeting's day that is today at now in zone; 0 when none. */
    static Id dayOn(const AgendaState &state, const QTimeZone &zone, const QDateTime &now);
    /** The day to offer a run of: the live one, else today's, else the first that has not run; 0 when none. */
    static Id dayToRun(const AgendaState &state, const QTimeZone &zone, const QDateTime &now);

    Id dayId() const { return m_dayId; }
    const MeetingDay *day() const { return m_state.day(m_dayId); }
    const AgendaState &state() const { return m_state; }
    const QTimeZone &timeZone() const { return m_zone; }
    bool isStarted() const;
    bool isEnded() const;
    bool isLive() const { return isStarted() && !isEnded(); }
    bool isPaused() const;

    /** The day's timed entries (topics, breaks, closing lines) in the order they happen. */
    const QList<Id> &timeline() const { return m_timeline; }
    State stateOf(Id entryId) const;
    /** The running entry; 0 when none. */
    Id current() const;
    /**
     * Entries still to come after the running one (from the first when none runs; none once the day
     * ended), at most count (-1: all).
     */
    QList<Id> upcoming(int count = -1) const;
    Id next() const;
    /** The last entry held before the running one; 0 when none. */
    Id previous() const;
    /** The block an entry belongs to; 0 when it sits directly under its day. */
    Id blockOf(Id entryId) const;

    /** The entry's planned start and end as instants (the plan as it stands); invalid when it has no start. */
    QDateTime plannedStart(Id entryId) const;
    QDateTime plannedEnd(Id entryId) const;
    /** The same for the original plan (the plan as it stands when the day has not started). */
    QDateTime originalStart(Id entryId) const;
    QDateTime originalEnd(Id entryId) const;
    int originalMinutes(Id entryId) const;

    /** Seconds the entry has run at now, pauses left out (0 before it starts). */
    qint64 elapsedSeconds(Id entryId, const QDateTime &now) const;
    /** Planned seconds less elapsed: negative once it overruns. */
    qint64 remainingSeconds(Id entryId, const QDateTime &now) const;
    /** Seconds the run has stood paused during the entry, the pause going on included. */
    qint64 pausedSeconds(Id entryId, const QDateTime &now) const;

    struct Span
    {
        QDateTime start;
        QDateTime end;
    };
    /**
     * When each entry of the timeline ran or is now expected to run: held entries as they ran, the
     * running one until its planned time is up (or now, once it overruns), the rest one after the
     * other (a pinned one not before its planned start); skipped and parked ones take no time,
     * nor, once the day ended, those it did not reach. Before the day starts, the plan.
     */
    QHash<Id, Span> projection(const QDateTime &now) const;
    /** Whether the entry takes time in the run: not skipped, parked, or left unreached by a day that ended. */
    bool takesTime(Id entryId) const;
    /** Minutes the day is expected to end after (positive) or before (negative) its original plan. */
    int dayVarianceMinutes(const QDateTime &now) const;
    /** The same for a block's entries. */
    int blockVarianceMinutes(Id blockId, const QDateTime &now) const;
    /** The actual start and end of the day's run: the day's, or while it runs, its start and now. */
    Span actualSpan(const QDateTime &now) const;

    // Steps. now is the instant of the step (see instant()).
    /** Starts the day's run: its first entry starts at firstStart; the plan as it stands becomes the original plan. */
    static bool start(AgendaState *state, Id dayId, const QDateTime &firstStart);
    /** Ends the running entry and starts the next; after the last one the day ends. */
    static bool next(AgendaState *state, Id dayId, const QDateTime &now);
    /** Goes back: the running entry is not started after all and the one before it runs on. */
    static bool previous(AgendaState *state, Id dayId, const QDateTime &now);
    /** The running entry is skipped (not held) and the next one starts. */
    static bool skip(AgendaState *state, Id dayId, const QDateTime &now);
    static bool pause(AgendaState *state, Id dayId, const QDateTime &now);
    static bool resume(AgendaState *state, Id dayId, const QDateTime &now);
    /** Ends the running entry and the day. */
    static bool endDay(AgendaState *state, Id dayId, const QDateTime &now);

    /** How to re-time the rest of the day when the run is late or early. */
    enum class Retime {
        Push, ///< everything after the running entry moves
        Shorten, ///< the chosen entries give (or take) the time, in proportion to their length
        Drop, ///< the chosen entries go to the parking lot
    };
    struct RetimeChoice
    {
        Retime how = Retime::Push;
        QList<Id> chosen; ///< entries still to come (Shorten, Drop)
        bool movePinned = false; ///< pinned entries move too (else they keep their start)
    };
    /**
     * Minutes the rest of the day moves when the plan takes the actual times: what is held keeps
     * its actual start and length, the running entry ends when planned or, once over, now.
     */
    int lateMinutes(const QDateTime &now) const;
    /** Re-times the rest of the day from the actual times, as chosen. */
    static bool retimeRest(AgendaState *state, Id dayId, const QTimeZone &zone, const QDateTime &now,
                           const RetimeChoice &choice);

private:
    /** time on the day's date in the meeting's time zone. */
    QDateTime at(const QTime &time) const;

    AgendaState m_state;
    Id m_dayId = 0;
    QTimeZone m_zone;
    QList<Id> m_timeline;
};

} // namespace Quorum
