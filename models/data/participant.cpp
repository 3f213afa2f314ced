// SPDX-License-Identifier: GPL-3.0-or-later
#include "participant.h"

namespace Quorum {

QStringList Participant::roles()
{
    return {QStringLiteral("moderator"), QStringLiteral("coordinator"), QStringLiteral("attendee"),
            QStringLiteral("notetaker"), QStringLiteral("guest")};
}

QStringList Participant::attendances()
{
    return {QStringLiteral("invited"), QStringLiteral("present"), QStringLiteral("absent"), QStringLiteral("excused")};
}

} // namespace Quorum
