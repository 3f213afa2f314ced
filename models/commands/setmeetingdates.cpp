// SPDX-License-Identifier: GPL-3.0-or-later
#include "setmeetingdates.h"

#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"

#include <QCoreApplication>

namespace Quorum {

SetMeetingDates::SetMeetingDates(EditContext context, Id meetingId, QDate oldStart, QDate oldEnd, QDate newStart,
                                 QDate newEnd, QList<MeetingDay> addedDays, QList<MeetingDay> removedDays)
    : m_context(context)
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
    setObsolete(!store(m_newStart, m_newEnd, &m_added, m_removed));
}

void SetMeetingDates::undo()
{
    setObsolete(!store(m_oldStart, m_oldEnd, &m_removed, m_added));
}

bool SetMeetingDates::store(const QDate &start, const QDate &end, QList<MeetingDay> *insert,
                            const QList<MeetingDay> &remove)
{
    QList<MeetingDay> stored = *insert;
    const bool written = m_context.file->write(
        QCoreApplication::translate("Quorum::SetMeetingDates", "save the meeting dates"), [&](const QSqlDatabase &db) {
            MeetingRepository meetings(db);
            ParticipantRepository participants(db);
            for (const MeetingDay &d : remove) {
                m_dayReferences.insert(d.id, participants.attendanceOn(d.id));
                meetings.removeEmptyDay(d);
            }
            meetings.setDates(m_meetingId, start, end);
            for (MeetingDay &d : stored) {
                d.id = meetings.insertDay(d);
                participants.restoreAttendance(m_dayReferences.value(d.id));
            }
        });
    if (!written) {
        // The date editors go back to what is stored.
        m_context.models->announceField(m_meetingId, Meeting::StartDate);
        return false;
    }
    *insert = stored;
    m_context.models->refreshAgenda(m_meetingId);
    return true;
}

} // namespace Quorum
