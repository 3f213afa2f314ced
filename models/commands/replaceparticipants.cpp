// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaceparticipants.h"

#include "commandids.h"
#include "meetingdocument.h"

namespace Quorum {

ReplaceParticipants::ReplaceParticipants(MeetingDocument *document, Id meetingId, QList<Participant> before,
                                         QList<Participant> after, const QString &text)
    : SnapshotCommand(CommandId::ReplaceParticipants, meetingId, std::move(before), std::move(after), text, 0)
    , m_document(document)
{
}

bool ReplaceParticipants::store(const QList<Participant> &, const QList<Participant> &to)
{
    return m_document->applyParticipants(meetingId(), to);
}

} // namespace Quorum
