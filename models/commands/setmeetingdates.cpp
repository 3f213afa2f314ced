// SPDX-License-Identifier: GPL-3.0-or-later
#include "setmeetingdates.h"

#include "meetingdocument.h"

#include <QCoreApplication>

namespace Quorum {

SetMeetingDates::SetMeetingDates(MeetingDocument *document, Id meetingId, QDate oldStart, QDate oldEnd, QDate newStart,
                                 QDate newEnd, QList<MeetingDay> addedDays, QList<MeetingDay> removedDays)
    : m_document(document)
    , m_meetingId(meetingId)
    , m_oldStart(oldStart)
    , m_oldEnd(oldEnd)
    , m_newStart(newStart)
    , m_newEnd(newEnd)
    , m_added(std::move(addedDays))
    , m_removed(std::move(removedDays))
{
    setText(QCoreApplication::translate("Quorum::SetMeetingDates", "Change meeting dates"));
}

void SetMeetingDates::redo()
{
    setObsolete(!m_document->applyMeetingDates(m_meetingId, m_newStart, m_newEnd, &m_added, m_removed));
}

void SetMeetingDates::undo()
{
    setObsolete(!m_document->applyMeetingDates(m_meetingId, m_oldStart, m_oldEnd, &m_removed, m_added));
}

} // namespace Quorum
