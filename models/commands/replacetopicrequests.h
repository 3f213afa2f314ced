// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/topicrequest.h"

#include <QElapsedTimer>
#include <QUndoCommand>

namespace Quorum {

class MeetingDocument;

/** Any edit of a meeting's topic requests, stored as the difference between two lists. */
class ReplaceTopicRequests : public QUndoCommand
{
public:
    static constexpr qint64 MergeWindowMs = 2000;

    ReplaceTopicRequests(MeetingDocument *document, Id meetingId, QList<TopicRequest> before,
                         QList<TopicRequest> after, const QString &text, qint64 mergeKey = 0);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    MeetingDocument *m_document;
    Id m_meetingId;
    QList<TopicRequest> m_before;
    QList<TopicRequest> m_after;
    qint64 m_mergeKey;
    QElapsedTimer m_lastEdit;
};

} // namespace Quorum
