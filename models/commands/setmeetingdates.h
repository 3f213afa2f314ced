// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meeting.h"

#include <QUndoCommand>

namespace Quorum {

class MeetingDocument;

/**
 * Moves a meeting's start and end dates, adding a day for each new date and removing the days
 * no longer covered (only empty ones: a day with agenda entries makes the edit fail).
 */
class SetMeetingDates : public QUndoCommand
{
public:
    SetMeetingDates(MeetingDocument *document, Id meetingId, QDate oldStart, QDate oldEnd, QDate newStart, QDate newEnd,
                    QList<MeetingDay> addedDays, QList<MeetingDay> removedDays);

    void redo() override;
    void undo() override;

private:
    MeetingDocument *m_document;
    Id m_meetingId;
    QDate m_oldStart, m_oldEnd, m_newStart, m_newEnd;
    QList<MeetingDay> m_added; ///< ids known after the first redo, and kept for the next
    QList<MeetingDay> m_removed; ///< as they were, ids included, so undo restores them exactly
};

} // namespace Quorum
