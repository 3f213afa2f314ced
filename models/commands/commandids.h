// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Quorum::CommandId {

/** QUndoCommand::id() values of the commands that merge. */
enum : int {
    SetMeetingField = 1,
    ReplaceAgenda = 2,
    ReplaceTopicRequests = 3,
    ReplaceActionItems = 4,
    ReplaceLinkPatterns = 5,
    ReplaceParticipants = 6,
    UpdatePerson = 7,
    ReplaceGroups = 8,
    ReplaceAttachments = 9,
};

} // namespace Quorum::CommandId
