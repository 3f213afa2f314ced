// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Quorum {

/** One event of a meeting's invitation as last exported: its UID, SEQUENCE and what it said (sha256, hex). */
struct InvitationEventRecord
{
    QString uid;
    int sequence = 0;
    QString sha256;

    bool operator==(const InvitationEventRecord &o) const
    {
        return uid == o.uid && sequence == o.sequence && sha256 == o.sha256;
    }
};

/**
 * What a library remembers of a meeting's calendar invitations (meeting_invitation and
 * invitation_event): its UUID (empty before the first export), the organizer and every event written.
 */
struct InvitationRecord
{
    QString uuid; ///< 36 characters, the stable part of the events' UIDs
    QString organizerName;
    QString organizerEmail; ///< empty: the invitation names no organizer
    QList<InvitationEventRecord> events;

    bool isEmpty() const { return uuid.isEmpty(); }
    /** The event of that UID, or nullptr. */
    const InvitationEventRecord *event(const QString &uid) const
    {
        for (const InvitationEventRecord &e : events) {
            if (e.uid == uid)
                return &e;
        }
        return nullptr;
    }
    bool operator==(const InvitationRecord &o) const
    {
        return uuid == o.uuid && organizerName == o.organizerName && organizerEmail == o.organizerEmail
               && events == o.events;
    }
};

} // namespace Quorum
