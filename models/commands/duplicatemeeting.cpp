// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatemeeting.h"

#include "document/libraryfile.h"
#include "document/librarymodels.h"

#include <QCoreApplication>

namespace Quorum {

DuplicateMeeting::DuplicateMeeting(EditContext context, MeetingRows source, QString title)
    : m_context(context)
    , m_source(std::move(source))
    , m_title(std::move(title))
{
    setText(QCoreApplication::translate("Quorum::DuplicateMeeting", "Duplicate meeting “%1”").arg(m_source.title()));
}

void DuplicateMeeting::redo()
{
    std::optional<MeetingRows> copy = m_copy;
    const bool written = m_context.file->write(
        QCoreApplication::translate("Quorum::DuplicateMeeting", "copy the meeting"), [&](const QSqlDatabase &db) {
            if (copy) {
                copy->restore(db);
                return;
            }
            MeetingRows::CopyOptions options;
            options.title = m_title;
            copy = MeetingRows::read(db, m_source.insertCopy(db, options));
        });
    setObsolete(!written);
    if (!written)
        return;
    m_copy = copy;
    m_context.models->refreshMeetings();
    m_context.models->show(m_copy->meetingId());
}

void DuplicateMeeting::undo()
{
    const bool written
        = m_context.file->write(QCoreApplication::translate("Quorum::DuplicateMeeting", "remove the copy"),
                                [&](const QSqlDatabase &db) { m_copy->remove(db); });
    setObsolete(!written);
    if (!written)
        return;
    m_context.models->refreshMeetings();
    m_context.models->show(m_source.meetingId());
}

} // namespace Quorum
