// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meetingcontent.h"
#include "data/namelookup.h"

#include <QSqlDatabase>

namespace Quorum {

/**
 * Reads a meeting and its parts from a library: the one way the window, the printed documents
 * and the JSON export load a meeting. Every read throws StorageError when the library cannot
 * answer; nothing is turned into an empty result.
 */
class MeetingReader
{
public:
    explicit MeetingReader(const QSqlDatabase &db)
        : m_db(db)
    { }

    /** The whole meeting. Throws StorageError, also when there is no such meeting. */
    MeetingContent load(Id meetingId) const;

    Meeting meeting(Id meetingId) const;
    QList<MeetingDay> days(Id meetingId) const;
    QList<AgendaEntry> entries(Id meetingId) const;
    QList<Participant> participants(Id meetingId) const;
    QList<ActionItem> actions(Id meetingId) const;
    QList<Attachment> attachments(Id meetingId) const;
    QList<TopicRequest> requests(Id meetingId) const;
    QList<Decision> decisions(Id meetingId) const;
    /** Shown names of every person and group, by id. */
    NameLookup names() const;

private:
    QSqlDatabase m_db;
};

} // namespace Quorum
