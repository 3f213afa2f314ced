// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Quorum::CommandId {

/**
 * The kinds of SnapshotCommand, its QUndoCommand::id() when it is pushed with a merge key (a
 * burst of typing in one field); pushed without one, a command never merges.
 */
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
    SetDialIns = 10,
    // Decisions (issue 19): a number of its own, clear of the other kinds added beside it.
    ReplaceDecisions = 21,
};

} // namespace Quorum::CommandId
