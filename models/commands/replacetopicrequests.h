// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/topicrequest.h"
#include "snapshotcommand.h"

namespace Quorum {

class MeetingDocument;

/** Any edit of a meeting's topic requests: the list before and after. */
class ReplaceTopicRequests : public SnapshotCommand<QList<TopicRequest>>
{
public:
    ReplaceTopicRequests(MeetingDocument *document, Id meetingId, QList<TopicRequest> before,
                         QList<TopicRequest> after, const QString &text, qint64 mergeKey = 0);

protected:
    bool store(const QList<TopicRequest> &from, const QList<TopicRequest> &to) override;

private:
    MeetingDocument *m_document;
};

} // namespace Quorum
