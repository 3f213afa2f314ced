// SPDX-License-Identifier: GPL-3.0-or-later
#include "addmeeting.h"

#include "meetingdocument.h"

#include <QCoreApplication>

namespace Quorum {

AddMeeting::AddMeeting(MeetingDocument *document, Meeting meeting, QString seriesName)
    : m_document(document)
    , m_meeting(std::move(meeting))
    , m_seriesName(std::move(seriesName))
{
    setText(QCoreApplication::translate("Quorum::AddMeeting", "New meeting “%1”").arg(m_meeting.title));
    for (QDate d = m_meeting.startDate; d.isValid() && d <= m_meeting.endDate; d = d.addDays(1))
        m_days.append({0, 0, d, {}, {}});
}

void AddMeeting::redo()
{
    m_previousMeeting = m_document->currentMeetingId();
    const bool ok = m_document->insertMeeting(&m_meeting, &m_days, &m_seriesId, m_seriesName, &m_seriesCreated);
    setObsolete(!ok);
    if (ok)
        m_document->setCurrentMeeting(m_meeting.id);
}

void AddMeeting::undo()
{
    const bool ok = m_document->removeMeeting(m_meeting.id, m_seriesCreated ? m_seriesId : 0);
    setObsolete(!ok);
    if (ok)
        m_document->setCurrentMeeting(m_previousMeeting ? m_previousMeeting : m_document->newestMeetingId());
}

} // namespace Quorum
