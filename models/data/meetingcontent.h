// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionitem.h"
#include "agendaentry.h"
#include "attachment.h"
#include "decision.h"
#include "meeting.h"
#include "participant.h"
#include "topicrequest.h"

#include <QList>

namespace Quorum {

/** One meeting and everything that belongs to it, as stored. */
struct MeetingContent
{
    Meeting meeting;
    QList<MeetingDay> days; ///< in date order
    QList<AgendaEntry> entries;
    QList<Participant> participants; ///< in order
    QList<ActionItem> actions; ///< in order
    QList<Attachment> attachments; ///< in order
    QList<TopicRequest> requests; ///< in order
    QList<Decision> decisions; ///< in order
};

} // namespace Quorum
