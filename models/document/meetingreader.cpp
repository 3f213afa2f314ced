// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingreader.h"

#include "storage/actionitemrepository.h"
#include "storage/agendarepository.h"
#include "storage/attachmentrepository.h"
#include "storage/decisionrepository.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/personrepository.h"
#include "storage/topicrequestrepository.h"

namespace Quorum {

MeetingContent MeetingReader::load(Id meetingId) const
{
    MeetingContent c;
    c.meeting = meeting(meetingId);
    c.days = days(meetingId);
    c.entries = entries(meetingId);
    c.participants = participants(meetingId);
    c.actions = actions(meetingId);
    c.attachments = attachments(meetingId);
    c.requests = requests(meetingId);
    c.decisions = decisions(meetingId);
    return c;
}

Meeting MeetingReader::meeting(Id meetingId) const
{
    return MeetingRepository(m_db).load(meetingId);
}

QList<MeetingDay> MeetingReader::days(Id meetingId) const
{
    return MeetingRepository(m_db).days(meetingId);
}

QList<AgendaEntry> MeetingReader::entries(Id meetingId) const
{
    return AgendaRepository(m_db).forMeeting(meetingId);
}

QList<Participant> MeetingReader::participants(Id meetingId) const
{
    return ParticipantRepository(m_db).forMeeting(meetingId);
}

QList<ActionItem> MeetingReader::actions(Id meetingId) const
{
    return ActionItemRepository(m_db).list(meetingId);
}

QList<Attachment> MeetingReader::attachments(Id meetingId) const
{
    return AttachmentRepository(m_db).forMeeting(meetingId);
}

QList<Decision> MeetingReader::decisions(Id meetingId) const
{
    return DecisionRepository(m_db).forMeeting(meetingId);
}

QList<TopicRequest> MeetingReader::requests(Id meetingId) const
{
    return TopicRequestRepository(m_db).forMeeting(meetingId);
}

NameLookup MeetingReader::names() const
{
    PersonRepository people(m_db);
    return {people.shownNames(), people.groupNames()};
}

} // namespace Quorum
