// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/invitationrecord.h"
#include "repository.h"

#include <QCoreApplication>
namespace Quorum {

/** A meeting's calendar invitation record (meeting_invitation, invitation_event; 0010_invitations.sql). */
class InvitationRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(InvitationRepository)

public:
    using Repository::Repository;

    /** The meeting's record; an empty one (no UUID) when its invitation was never exported. */
    InvitationRecord load(Id meetingId) const;
    /** The meeting whose invitation has this UUID, or 0. */
    Id meetingWithUuid(const QString &uuid) const;
    /** Replaces the meeting's record (its events too); an empty record removes it. */
    void save(Id meetingId, const InvitationRecord &record);
};

} // namespace Quorum
