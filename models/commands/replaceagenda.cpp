// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaceagenda.h"

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
            AgendaRepository(db).replace(meetingId(), from, to, &m_references);
            HistoryRecorder(db, m_context.models->now()).recordAgenda(meetingId(), from, to, text(), isUndoing());
        });
    if (written)
        m_context.models->refreshAgenda(meetingId());
    return written;
}

} // namespace Quorum
