// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/entryreferences.h"
#include "data/meeting.h"
#include "editcontext.h"

#include <QUndoCommand>

namespace Quorum {

/**
 * Moves a meeting's start and end dates, adding a day for each new date and removing the days
 * no longer covered (only empty ones: a day with agenda entries makes the edit fail).
 */
class SetMeetingDates : public QUndoCommand
{
public:
    SetMeetingDates(EditContext context, Id meetingId, QDate oldStart, QDate oldEnd, QDate newStart, QDate newEnd,
                    QList<MeetingDay> addedDays, QList<MeetingDay> removedDays);
    void redo() override;
    void undo() override;

private:
    /** Sets the dates, removes the days in remove and inserts those in insert (filling in new ids). */
    bool store(const QDate &start, const QDate &end, QList<MeetingDay> *insert, const QList<MeetingDay> &remove);

    EditContext m_context;
    Id m_meetingId;
    QDate m_oldStart, m_oldEnd, m_newStart, m_newEnd;
    QList<MeetingDay> m_added; ///< ids known after the first redo, and kept for the next
    QList<MeetingDay> m_removed; ///< as they were, ids included, so undo restores them exactly
    QHash<Id, DayReferences> m_dayReferences; ///< the removed days' attendance, for undo
};

} // namespace Quorum
