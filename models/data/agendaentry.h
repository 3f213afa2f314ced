// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QDateTime>
#include <QList>
#include <QTime>

namespace Quorum {

/**
 * A line of a day's agenda. Blocks ("Moderator: X") sit directly under a day and group the
 * topics, breaks and closing lines that follow; those may also sit directly under a day.
 */
struct AgendaEntry
{
    enum class Kind { Block, Topic, Break, Closing };
    /** Whether the entry is (or was) held: planned, skipped during the run, or parked (taken off the day when re-timing). */
    enum class RunStatus { Planned, Skipped, Parked };

    Id id = 0;
    Id dayId = 0;
    Id parentId = 0; ///< the block holding this entry, or 0
    int position = 0; ///< order among siblings
    Kind kind = Kind::Topic;
    QString title;
    QTime startTime; ///< invalid when not set
    int durationMinutes = -1; ///< -1 when not set
    bool pinned = false; ///< a pinned entry keeps its start when others are re-timed
    bool recurring = false; ///< every meeting of the series has it (carried to the next meeting)
    Id moderatorId = 0; ///< blocks only
    QList<Id> coordinatorIds;
    QString preNotes; ///< Markdown
    QString runningNotes; ///< Markdown

    // The live run (models/agenda/liverun.h).
    QDateTime actualStart; ///< UTC; invalid until the entry starts
    QDateTime actualEnd; ///< UTC; invalid while it runs and before
    int pausedSeconds = 0; ///< how long the run stood paused during the entry
    RunStatus runStatus = RunStatus::Planned;
    QTime originalStart; ///< the plan when the day's run began; invalid before
    int originalMinutes = -1; ///< the planned duration then; -1 when none

    // The parking lot (storage/parkinglotrepository.h).
    bool carryOver = false; ///< marked by hand to be carried over to the next meeting of the series
    bool parkingDismissed = false; ///< taken out of the parking lot: no longer offered
    Id carriedFromEntryId = 0; ///< the entry of an earlier meeting this one was scheduled from, or 0 (it went)
    QDate carriedFromDate; ///< that entry's date, kept when the entry goes; invalid when not carried

    /** Offered by the parking lot when its meeting is over: a topic skipped, parked or marked to carry over. */
    bool isUnreached() const { return kind == Kind::Topic && (runStatus != RunStatus::Planned || carryOver); }

    /** Held or being held: it has an actual start. */
    bool isHeld() const { return actualStart.isValid(); }
    /** Takes no time in the plan: parked. */
    bool isParked() const { return runStatus == RunStatus::Parked; }
    /** The minutes the entry takes in the plan: none when parked or not set. */
    int plannedMinutes() const { return isParked() ? 0 : qMax(0, durationMinutes); }

    bool operator==(const AgendaEntry &o) const;
    bool operator!=(const AgendaEntry &o) const { return !(*this == o); }

    static QString kindKey(Kind kind);
    /** How long a new entry of kind lasts: a topic 30 minutes, a break 15, a closing line none; a block has no duration of its own (-1). */
    static int defaultMinutes(Kind kind);
    static bool kindFromKey(const QString &key, Kind *kind);
    static QString runStatusKey(RunStatus status);
    static bool runStatusFromKey(const QString &key, RunStatus *status);
};

} // namespace Quorum
