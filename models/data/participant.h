// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QStringList>

namespace Quorum {

/** A person's part in one meeting. role and attendance hold the stored keys. */
struct Participant
{
    Id meetingId = 0;
    Id personId = 0;
    QString role = QStringLiteral("attendee"); ///< moderator, coordinator, attendee, notetaker, guest
    QString attendance = QStringLiteral("invited"); ///< invited, present, absent, excused

    bool operator==(const Participant &o) const
    {
        return meetingId == o.meetingId && personId == o.personId && role == o.role && attendance == o.attendance;
    }

    /** The stored keys, in the order a list offers them. */
    static QStringList roles();
    static QStringList attendances();
    /** What a person reads for a role or attendance key ("Note-taker" for notetaker); an unknown key as it is. */
    static QString roleName(const QString &key);
    static QString attendanceName(const QString &key);
};

} // namespace Quorum
