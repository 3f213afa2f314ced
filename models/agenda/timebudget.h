// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agendastate.h"
#include "data/topicrequest.h"

namespace Quorum {

/** Per day: minutes requested (by the requests scheduled there), scheduled and available. */
struct DayBudget
{
    Id dayId = 0;
    QDate date;
    int requested = 0; ///< minutes the requests scheduled on this day asked for
    int scheduled = 0; ///< minutes of topics on this day
    int breaks = 0; ///< minutes of breaks on this day
    int available = -1; ///< planned end minus planned start; -1 when the day has no planned times
};

struct TimeBudget
{
    QList<DayBudget> days;
    int unscheduled = 0; ///< minutes requested by proposed requests, not yet on the agenda

    static TimeBudget compute(const AgendaState &agenda, const QList<TopicRequest> &requests);
};

} // namespace Quorum
