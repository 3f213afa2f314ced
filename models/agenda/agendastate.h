// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/agendaentry.h"
#include "data/meeting.h"

#include <QList>

namespace Quorum {

/**
 * A meeting's whole agenda as values: its dates, days and entries. Every agenda edit is computed
 * as a new AgendaState (operation, then retime()) and stored as the difference to the old one,
 * so undo is "store the old state" and redo "store the new state".
 *
 * Order: top-level items of a day and the entries of a block are ordered by position; the
 * operations here keep positions 0..n-1 among siblings.
 */
struct AgendaState
{
    QDate startDate;
    QDate endDate;
    QList<MeetingDay> days; ///< in date order
    QList<AgendaEntry> entries;

    bool operator==(const AgendaState &o) const
    {
        return startDate == o.startDate && endDate == o.endDate && days == o.days && entries == o.entries;
    }

    int indexOf(Id entryId) const;
    const AgendaEntry *entry(Id entryId) const;
    AgendaEntry *entry(Id entryId);
    const MeetingDay *day(Id dayId) const;
    /** Siblings under (dayId, parentId), in order. */
    QList<Id> children(Id dayId, Id parentId) const;
    /** The day's timed entries (topics, breaks, closing lines) in the order they happen. */
    QList<Id> timeline(Id dayId) const;

    /**
     * Recomputes start times of every day: each entry starts when the one before it ends,
     * beginning at the day's planned start (or the first entry's own start when there is none);
     * a pinned entry keeps its start, and so does one that has been held (its plan is history).
     * A parked entry takes no time.
     */
    void retime();
    /**
     * The first entry of the day that would end after midnight once retimed, 0 when none: a
     * meeting day has 24 hours, so edits and imports that would wrap the clock are refused.
     */
    Id pastMidnight(Id dayId) const;

    /** Inserts entry (its dayId and parentId set) at index among its siblings; returns false if the place is invalid. */
    bool insert(AgendaEntry entry, int index);
    /** Removes the entry (and a block's entries). */
    bool remove(Id entryId);
    /**
     * Moves the entry to index among the siblings under (dayId, parentId). Blocks stay top level.
     * What has run stays on its day; a skipped or parked entry moved to another day is planned there.
     */
    bool move(Id entryId, Id dayId, Id parentId, int index);
    /** Moves an entry one place up or down, into and out of neighbouring blocks and across days. */
    bool step(Id entryId, int direction);

    /**
     * Inserts a new entry (id, kind and values set) where "add after" puts it: after the entry
     * afterId among its siblings, at the end of a block when afterId is a block (a new block goes
     * after it on the day), at the end of the day dayId when afterId is 0, or at the end of the
     * first day when both are 0. False when there is no such place.
     */
    bool insertAfter(AgendaEntry entry, Id afterId, Id dayId);
    /** Moves an entry where it was dropped: onto a day or a block at row (-1: the end), or onto an entry just after it. */
    bool drop(Id entryId, Id targetDayId, Id targetEntryId, int row);
    /**
     * Adds day (its id set) after the last one, of the same meeting, with the last day's planned times;
     * the meeting ends a day later.
     */
    bool appendDay(MeetingDay day);
    /** Removes a day with its entries; the meeting keeps at least one day, and its dates follow. */
    bool removeDay(Id dayId);
    /** Trades a day's place (and date) with its neighbour's, neither of which has run; its entries and planned times go with it. */
    bool stepDay(Id dayId, int direction);

    /** Overlap (negative) or gap (positive) in minutes between the entry and the one before it; 0 when none. */
    int slackBefore(Id entryId) const;
    /** Minutes the day runs past its planned end; 0 when it does not. */
    int overrun(Id dayId) const;

    /** An entry running into the next one on its day's timeline (usually a pinned break). */
    struct Overlap
    {
        Id earlier = 0;
        Id later = 0;
        int minutes = 0;
        bool operator==(const Overlap &o) const
        {
            return earlier == o.earlier && later == o.later && minutes == o.minutes;
        }
    };
    /** The day's overlaps, in the order of its timeline. */
    QList<Overlap> overlaps(Id dayId) const;
    /** Minutes the day's entries take beyond its planned time (planned start to end); 0 when they fit. */
    int overbooked(Id dayId) const;
    /** The largest overlap of an entry in the block with the entry after it (inside or after the block); 0 when none. */
    int blockOverlap(Id blockId) const;

private:
    void renumber(Id dayId, Id parentId);
};

} // namespace Quorum
