// SPDX-License-Identifier: GPL-3.0-or-later
#include "addmeeting.h"

#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "storage/meetingrepository.h"
#include "storage/seriesrepository.h"

#include <QCoreApplication>

namespace Quorum {

AddMeeting::AddMeeting(EditContext context, Meeting meeting, QString seriesName)
    : m_context(context)
    , m_meeting(std::move(meeting))
    , m_seriesName(std::move(seriesName))
{
    setText(QCoreApplication::translate("Quorum::AddMeeting", "New meeting “%1”").arg(m_meeting.title));
    for (QDate d = m_meeting.startDate; d.isValid() && d <= m_meeting.endDate; d = d.addDays(1))
        m_days.append({0, 0, d, {}, {}, {}, {}, {}});
}

void AddMeeting::redo()
{
    m_previousMeeting = m_context.models->currentMeetingId();
    Meeting meeting = m_meeting;
    QList<MeetingDay> days = m_days;
    Id seriesId = m_seriesId;
    bool seriesCreated = false;
    const bool written = m_context.file->write(
        QCoreApplication::translate("Quorum::AddMeeting", "add the meeting"), [&](const QSqlDatabase &db) {
            if (!m_seriesName.isEmpty())
                seriesId = SeriesRepository(db).findOrInsert(m_seriesName, m_seriesId, &seriesCreated);
            meeting.seriesId = seriesId;
            MeetingRepository meetings(db);
            meeting.id = meetings.insert(meeting);
            for (MeetingDay &d : days) {
                d.meetingId = meeting.id;
                d.id = meetings.insertDay(d);
            }
        });
    setObsolete(!written);
    if (!written)
        return;
    // Only now that everything is written: keep the ids for the next redo.
    m_meeting = meeting;
    m_days = days;
    m_seriesId = seriesId;
    m_seriesCreated = seriesCreated;
    m_context.models->refreshMeetings();
    m_context.models->show(m_meeting.id);
}

void AddMeeting::undo()
{
    const bool written = m_context.file->write(QCoreApplication::translate("Quorum::AddMeeting", "remove the meeting"),
                                               [&](const QSqlDatabase &db) {
                                                   MeetingRepository(db).remove(m_meeting.id);
                                                   if (m_seriesCreated)
                                                       SeriesRepository(db).remove(m_seriesId);
                                               });
    setObsolete(!written);
    if (!written)
        return;
    m_context.models->refreshMeetings();
    m_context.models->show(m_previousMeeting ? m_previousMeeting : m_context.models->newestMeetingId());
}

} // namespace Quorum
