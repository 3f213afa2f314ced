// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaceagenda.h"

#include "document/meetingreader.h"
#include "stalecheck.h"

#include "commandids.h"
#include "document/libraryfile.h"
#include "document/librarymodels.h"

#include "storage/agendarepository.h"
#include "storage/historyrecorder.h"
#include <QCoreApplication>

namespace Quorum {

ReplaceAgenda::ReplaceAgenda(EditContext context, Id meetingId, AgendaState before, AgendaState after,
                             const QString &text, qint64 mergeKey)
    : SnapshotCommand(CommandId::ReplaceAgenda, meetingId, std::move(before), std::move(after), text, mergeKey)
    , m_context(context)
{ }

bool ReplaceAgenda::store(const AgendaState &from, const AgendaState &to)
{
    const bool written = m_context.file->write(
        QCoreApplication::translate("Quorum::ReplaceAgenda", "save the agenda"), [&](const QSqlDatabase &db) {
            if (StaleCheck::applies(db)) {
                // Two people typing notes into the same entry: the second save is refused, not lost.
                StaleCheck::lockMeeting(db, meetingId());
                const MeetingReader reader(db);
                StaleCheck::requireUnchanged(
                    db, "meeting_day", QCoreApplication::translate("Quorum::ReplaceAgenda", "a day of the meeting"),
                    reader.days(meetingId()), from.days, to.days, [](const MeetingDay &d) { return d.id; });
                StaleCheck::requireUnchanged(
                    db, "agenda_entry", QCoreApplication::translate("Quorum::ReplaceAgenda", "this agenda entry"),
                    reader.entries(meetingId()), from.entries, to.entries, [](const AgendaEntry &e) { return e.id; });
            }
            AgendaRepository(db).replace(meetingId(), from, to, &m_references);
            HistoryRecorder(db, m_context.models->now()).recordAgenda(meetingId(), from, to, text(), isUndoing());
        });
    // On a team library a refused save may mean someone else changed the agenda: shown as it is now.
    if (written || m_context.file->isServer())
        m_context.models->refreshAgenda(meetingId());
    return written;
}

} // namespace Quorum
