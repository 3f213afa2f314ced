// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "series.h"

namespace Quorum {

/** A person's part in one meeting. role and attendance hold the stored keys. */
struct Participant
{
    Id meetingId = 0;
    Id personId = 0;
    QString role = QStringLiteral("attendee");        ///< moderator, coordinator, attendee, notetaker, guest
    QString attendance = QStringLiteral("invited");   ///< invited, present, absent, excused
};

} // namespace Quorum
