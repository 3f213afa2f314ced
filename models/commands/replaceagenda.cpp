// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaceagenda.h"

#include "commandids.h"
#include "meetingdocument.h"

namespace Quorum {

ReplaceAgenda::ReplaceAgenda(MeetingDocument *document, Id meetingId, AgendaState before, AgendaState after,
                             const QString &text, qint64 mergeKey)
    : SnapshotCommand(CommandId::ReplaceAgenda, meetingId, std::move(before), std::move(after), text, mergeKey)
    , m_document(document)
{ }

bool ReplaceAgenda::store(const AgendaState &from, const AgendaState &to)
{
    return m_document->applyAgenda(meetingId(), from, to, &m_references);
}

} // namespace Quorum
