// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meetinghistory.h"
#include "repository.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace Quorum {

/**
 * A meeting's final record (meeting_final), its finalizations and reopenings (meeting_event) and
 * its kept changes (revision). Every call throws StorageError on a failure.
 */
class HistoryRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(HistoryRepository)

public:
    using Repository::Repository;

    /** The meeting's final record; empty (not final) when there is none. */
    FinalState finalState(Id meetingId) const;
    /** The meetings whose record is final. */
    QSet<Id> finalMeetings() const;
    /** Stores state as the meeting's final record, or removes it when state is not final. */
    void setFinalState(Id meetingId, const FinalState &state);

    /** Adds an event (event.id 0: a new id) and returns its id. */
    Id addEvent(const MeetingEvent &event);
    QList<MeetingEvent> events(Id meetingId) const;

    /** The meeting's revisions, oldest first (by id); meetingId 0: the library's. */
    QList<Revision> revisions(Id meetingId) const;
    /** The newest revision of the meeting; id 0 when none. */
    Revision newest(Id meetingId) const;
    /** Whether a revision of the part of an entry's notes is kept. */
    bool hasNotesRevision(Id meetingId, const QString &part, Id entryId) const;
    /** Adds a revision (revision.id 0: a new id) and returns its id. */
    Id insert(const Revision &revision);
    /** A later change coalesced into the revision id: its time and text. */
    void touch(Id revisionId, const QDateTime &at, const QString &content, bool hasContent);
    /** Removes every revision older than before (UTC) from the library; returns how many went. */
    int prune(const QDateTime &before);
};

} // namespace Quorum
