// SPDX-License-Identifier: GPL-3.0-or-later
#include "replacetopicrequests.h"

#include "commandids.h"
#include "meetingdocument.h"

namespace Quorum {

ReplaceTopicRequests::ReplaceTopicRequests(MeetingDocument *document, Id meetingId, QList<TopicRequest> before,
                                           QList<TopicRequest> after, const QString &text, qint64 mergeKey)
    : m_document(document)
    , m_meetingId(meetingId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
    setText(text);
    m_lastEdit.start();
}

void ReplaceTopicRequests::redo()
{
    setObsolete(!m_document->applyTopicRequests(m_meetingId, m_before, m_after));
}

void ReplaceTopicRequests::undo()
{
    setObsolete(!m_document->applyTopicRequests(m_meetingId, m_after, m_before));
}

int ReplaceTopicRequests::id() const
{
    return m_mergeKey ? int(CommandId::ReplaceTopicRequests) : -1;
}

bool ReplaceTopicRequests::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ReplaceTopicRequests *>(other);
    if (o->m_meetingId != m_meetingId || o->m_mergeKey != m_mergeKey || m_lastEdit.elapsed() > MergeWindowMs)
        return false;
    m_after = o->m_after;
    m_lastEdit.restart();
    return true;
}

} // namespace Quorum
