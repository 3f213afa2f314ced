// SPDX-License-Identifier: GPL-3.0-or-later
#include "setdialins.h"

#include "commandids.h"
#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "storage/meetingrepository.h"

#include <QCoreApplication>

namespace Quorum {

namespace {
QString textOf(qsizetype before, qsizetype after)
{
    const char *text = after > before   ? "Add dial-in number"
                       : after < before ? "Remove dial-in number"
                                        : "Change dial-in number";
    return QCoreApplication::translate("Quorum::SetDialIns", text);
}
} // namespace

SetDialIns::SetDialIns(EditContext context, Id meetingId, QList<DialIn> oldDialIns, QList<DialIn> newDialIns)
    : SnapshotCommand(CommandId::SetDialIns, meetingId, oldDialIns, newDialIns,
                      textOf(oldDialIns.size(), newDialIns.size()), 0)
    , m_context(context)
{ }

bool SetDialIns::store(const QList<DialIn> &, const QList<DialIn> &to)
{
    const bool written
        = m_context.file->write(QCoreApplication::translate("Quorum::SetDialIns", "save the dial-in numbers"),
                                [&](const QSqlDatabase &db) { MeetingRepository(db).setDialIns(meetingId(), to); });
    if (written)
        m_context.models->refreshMeeting(meetingId());
    return written;
}

} // namespace Quorum
