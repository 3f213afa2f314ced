// SPDX-License-Identifier: GPL-3.0-or-later
#include "replacetopicrequests.h"

#include "commandids.h"
#include "meetingdocument.h"

namespace Quorum {

ReplaceTopicRequests::ReplaceTopicRequests(MeetingDocument *document, Id meetingId, QList<TopicRequest> before,
                                           QList<TopicRequest> after, const QString &text, qint64 mergeKey)
    : SnapshotCommand(CommandId::ReplaceTopicRequests, meetingId, std::move(before), std::move(after), text, mergeKey)
    , m_document(document)
{
}

bool ReplaceTopicRequests::store(const QList<TopicRequest> &from, const QList<TopicRequest> &to)
{
    return m_document->applyTopicRequests(meetingId(), from, to);
}

} // namespace Quorum
