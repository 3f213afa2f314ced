// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QList>

namespace Quorum {

/** A topic proposed before the meeting, and where it ended up on the agenda. */
struct TopicRequest
{
    Id id = 0;
    Id meetingId = 0;
    int position = 0;
    QString topic;
    QList<Id> requestedBy;
    int minutesRequired = -1; ///< -1 when not estimated
    QString notes; ///< Markdown
    QString status = QStringLiteral("proposed"); ///< proposed, scheduled, declined
    Id scheduledEntryId = 0;

    bool operator==(const TopicRequest &o) const
    {
        return id == o.id && meetingId == o.meetingId && position == o.position && topic == o.topic
               && requestedBy == o.requestedBy && minutesRequired == o.minutesRequired && notes == o.notes
               && status == o.status && scheduledEntryId == o.scheduledEntryId;
    }
};

} // namespace Quorum
