// SPDX-License-Identifier: GPL-3.0-or-later
#include "movemeeting.h"

#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "storage/meetingrepository.h"
#include "storage/seriesrepository.h"

#include <QCoreApplication>

namespace Quorum {

MoveMeeting::MoveMeeting(EditContext context, Id meetingId, Id fromSeries, QString seriesName)
    : m_context(context)
    , m_meetingId(meetingId)
    , m_fromSeries(fromSeries)
    , m_seriesName(std::move(seriesName))
{
    setText(QCoreApplication::translate("Quorum::MoveMeeting", "Move meeting to series “%1”").arg(m_seriesName));
}

void MoveMeeting::redo()
{
    Id to = 0;
    bool created = false;
    const bool written = m_context.file->write(
        QCoreApplication::translate("Quorum::MoveMeeting", "move the meeting to another series"),
        [&](const QSqlDatabase &db) {
            to = SeriesRepository(db).findOrInsert(m_seriesName, m_toSeries, &created);
            MeetingRepository(db).setField(m_meetingId, Meeting::SeriesId, to);
        });
    setObsolete(!written);
    if (!written)
        return;
    m_toSeries = to;
    m_seriesCreated = created;
    refresh();
}

void MoveMeeting::undo()
{
    const bool written = m_context.file->write(
        QCoreApplication::translate("Quorum::MoveMeeting", "move the meeting back"), [&](const QSqlDatabase &db) {
            MeetingRepository(db).setField(m_meetingId, Meeting::SeriesId, m_fromSeries);
            if (m_seriesCreated)
                SeriesRepository(db).remove(m_toSeries);
        });
    setObsolete(!written);
    if (!written)
        return;
    refresh();
}

void MoveMeeting::refresh()
{
    // The shown meeting's own refresh updates the sidebar when its series changed.
    if (m_context.models->currentMeetingId() == m_meetingId)
        m_context.models->refreshMeeting(m_meetingId);
    else
        m_context.models->refreshMeetings();
}

} // namespace Quorum
