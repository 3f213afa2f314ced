// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/namelookup.h"
#include "data/parkedtopic.h"
#include "data/sincelastmeeting.h"
#include "repository.h"

#include <QCoreApplication>
#include <QList>

namespace Quorum {

/**
 * What a meeting inherits from the earlier meetings of its series: the parking lot (topics not
 * reached) and what happened since the previous meeting. Both are read from the records
 * themselves, never kept in a table of their own, so no edit, undo or import can leave them out
 * of step.
 */
class SeriesHistoryRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(SeriesHistoryRepository)

public:
    using Repository::Repository;

    /**
     * The parking lot of seriesId as seen from a meeting on date: the topics of the series'
     * earlier meetings (dated before date; on the same date, those with a smaller id than
     * meetingId, or every one when meetingId is 0: a meeting not created yet) that were skipped,
     * parked or marked to carry over, that no entry was carried from and that were not
     * dismissed. Oldest first. Empty for seriesId 0.
     */
    QList<ParkedTopic> parkedTopics(Id seriesId, const QDate &date, Id meetingId = 0) const;
    /** An entry's running notes (what was noted when a parked topic was last on an agenda); empty when it is gone. */
    QString runningNotes(Id entryId) const;
    /** The entries carried from entryId (normally one, or none). */
    QList<Id> carriedFrom(Id entryId) const;

    /**
     * The action items closed and opened since the previous meeting of meetingId's series (see
     * SinceLastMeeting), across the library; names come from names. previousMeetingId stays 0
     * when the meeting has no series or is its series' first.
     */
    SinceLastMeeting sinceLastMeeting(Id meetingId, const NameLookup &names) const;
    /** Whether no meeting of the series comes after meetingId (by date, then id): the series' next or newest meeting. */
    bool isNewestOfSeries(Id meetingId) const;
};

} // namespace Quorum
