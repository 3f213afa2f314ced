// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletemeeting.h"

#include "document/libraryfile.h"
#include "document/librarymodels.h"

#include <QCoreApplication>

namespace Quorum {

DeleteMeeting::DeleteMeeting(EditContext context, MeetingRows rows, Id showAfter)
    : m_context(context)
    , m_rows(std::move(rows))
    , m_showAfter(showAfter)
{
    setText(QCoreApplication::translate("Quorum::DeleteMeeting", "Delete meeting “%1”").arg(m_rows.title()));
}

void DeleteMeeting::redo()
{
    const bool written
        = m_context.file->write(QCoreApplication::translate("Quorum::DeleteMeeting", "delete the meeting"),
                                [&](const QSqlDatabase &db) { m_rows.remove(db); });
    setObsolete(!written);
    if (!written)
        return;
    m_context.models->refreshMeetings();
    m_context.models->show(m_showAfter ? m_showAfter : m_context.models->newestMeetingId());
}

void DeleteMeeting::undo()
{
    const bool written
        = m_context.file->write(QCoreApplication::translate("Quorum::DeleteMeeting", "restore the meeting"),
                                [&](const QSqlDatabase &db) { m_rows.restore(db); });
    setObsolete(!written);
    if (!written)
        return;
    m_context.models->refreshMeetings();
    m_context.models->show(m_rows.meetingId());
}

} // namespace Quorum
