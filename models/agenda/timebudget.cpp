// SPDX-License-Identifier: GPL-3.0-or-later
#include "timebudget.h"

namespace Quorum {

TimeBudget TimeBudget::compute(const AgendaState &agenda, const QList<TopicRequest> &requests)
{
    TimeBudget budget;
    for (const MeetingDay &d : agenda.days) {
        DayBudget day;
        day.dayId = d.id;
        day.date = d.date;
        if (d.plannedStart.isValid() && d.plannedEnd.isValid() && d.plannedEnd > d.plannedStart)
            day.available = d.plannedStart.secsTo(d.plannedEnd) / 60;
        for (Id id : agenda.timeline(d.id)) {
            const AgendaEntry *e = agenda.entry(id);
            const int minutes = qMax(0, e->durationMinutes);
            if (e->kind == AgendaEntry::Kind::Topic)
                day.scheduled += minutes;
            else if (e->kind == AgendaEntry::Kind::Break)
                day.breaks += minutes;
        }
        budget.days.append(day);
    }
    for (const TopicRequest &t : requests) {
        const int minutes = qMax(0, t.minutesRequired);
        const AgendaEntry *e = t.scheduledEntryId ? agenda.entry(t.scheduledEntryId) : nullptr;
        if (e) {
            for (DayBudget &day : budget.days) {
                if (day.dayId == e->dayId)
                    day.requested += minutes;
            }
        } else if (t.status == QLatin1String("proposed")) {
            budget.unscheduled += minutes;
        }
    }
    return budget;
}

} // namespace Quorum
