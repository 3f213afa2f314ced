// SPDX-License-Identifier: GPL-3.0-or-later
#include "addmeetingfromshape.h"

#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "storage/agendarepository.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"

#include <QCoreApplication>

namespace Quorum {

AddMeetingFromShape::AddMeetingFromShape(EditContext context, MeetingShape::Instance instance)
    : AddMeetingFromShape(
        context,
        QCoreApplication::translate("Quorum::AddMeetingFromShape", "New meeting “%1”").arg(instance.meeting.title),
        [instance](const QSqlDatabase &db) { return write(db, instance); })
{ }

AddMeetingFromShape::AddMeetingFromShape(EditContext context, const QString &text,
                                         std::function<Id(const QSqlDatabase &)> write)
    : m_context(context)
    , m_write(std::move(write))
{
    setText(text);
}

Id AddMeetingFromShape::write(const QSqlDatabase &db, const MeetingShape::Instance &instance)
{
    MeetingRepository meetings(db);
    AgendaRepository agenda(db);
    const Id meetingId = meetings.insert(instance.meeting);
    AgendaState before;
    before.startDate = instance.meeting.startDate;
    before.endDate = instance.meeting.endDate;
    for (qsizetype i = 0; i < instance.days.size(); ++i) {
        MeetingDay day = instance.days.at(i);
        day.meetingId = meetingId;
        day.id = meetings.insertDay(day);
        before.days << day;
        QList<Id> ids; // the day's entries as written, by their index in the instance
        for (AgendaEntry e : instance.entries.value(i)) {
            e.dayId = day.id;
            e.parentId = e.parentId ? ids.value(e.parentId - 1) : 0;
            e.id = agenda.insert(e);
            ids << e.id;
            before.entries << e;
        }
    }
    // Start times follow from the day's start and the durations, as after any agenda edit.
    AgendaState after = before;
    after.retime();
    AgendaReferences references;
    agenda.replace(meetingId, before, after, &references);
    ParticipantRepository participants(db);
    int position = 0;
    for (Participant p : instance.participants) {
        p.meetingId = meetingId;
        participants.insert(p, position++);
    }
    return meetingId;
}

void AddMeetingFromShape::redo()
{
    m_previousMeeting = m_context.models->currentMeetingId();
    std::optional<MeetingRows> rows = m_rows;
    const bool written = m_context.file->write(
        QCoreApplication::translate("Quorum::AddMeetingFromShape", "add the meeting"), [&](const QSqlDatabase &db) {
            if (rows) {
                rows->restore(db);
                return;
            }
            rows = MeetingRows::read(db, m_write(db));
        });
    setObsolete(!written);
    if (!written)
        return;
    m_rows = rows;
    m_context.models->refreshDirectory();
    m_context.models->refreshMeetings();
    m_context.models->show(m_rows->meetingId());
}

void AddMeetingFromShape::undo()
{
    const bool written
        = m_context.file->write(QCoreApplication::translate("Quorum::AddMeetingFromShape", "remove the meeting"),
                                [&](const QSqlDatabase &db) { m_rows->remove(db); });
    setObsolete(!written);
    if (!written)
        return;
    m_context.models->refreshMeetings();
    m_context.models->show(m_previousMeeting ? m_previousMeeting : m_context.models->newestMeetingId());
}

} // namespace Quorum
