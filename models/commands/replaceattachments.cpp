// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaceattachments.h"

#include "commandids.h"
#include "meetingdocument.h"

namespace Quorum {

ReplaceAttachments::ReplaceAttachments(MeetingDocument *document, Id meetingId, QList<Attachment> before,
                                       QList<Attachment> after, const QString &text)
    : SnapshotCommand(CommandId::ReplaceAttachments, meetingId, std::move(before), std::move(after), text, 0)
    , m_document(document)
{
}

bool ReplaceAttachments::store(const QList<Attachment> &from, const QList<Attachment> &to)
{
    return m_document->applyAttachments(meetingId(), from, to);
}

} // namespace Quorum
