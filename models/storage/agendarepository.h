// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/agendaentry.h"
#include "repository.h"

namespace Quorum {

class AgendaRepository : public Repository
{
public:
    using Repository::Repository;

    /** Every entry of a meeting: by day date, blocks before their children, then position. */
    QList<AgendaEntry> forMeeting(Id meetingId) const;
    Id insert(const AgendaEntry &entry);
};

} // namespace Quorum
