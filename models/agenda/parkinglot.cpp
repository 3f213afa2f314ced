// SPDX-License-Identifier: GPL-3.0-or-later
#include "parkinglot.h"

#include <algorithm>

namespace Quorum {

AgendaEntry ParkingLot::entryFor(const ParkedTopic &topic)
{
    AgendaEntry e;
    e.kind = AgendaEntry::Kind::Topic;
    e.title = topic.entry.title;
    e.durationMinutes
        = topic.entry.durationMinutes >= 0 ? topic.entry.durationMinutes : AgendaEntry::defaultMinutes(e.kind);
    e.coordinatorIds = topic.entry.coordinatorIds;
    e.preNotes = topic.entry.preNotes;
    e.carriedFromEntryId = topic.entry.id;
    e.carriedFromDate = topic.date;
    return e;
}

QList<Id> ParkingLot::schedule(AgendaState *agenda, const QList<ParkedTopic> &topics, Id dayId, Id blockId,
                               const std::function<Id()> &newId)
{
    if (!agenda->day(dayId))
        return {};
    if (blockId) {
        const AgendaEntry *block = agenda->entry(blockId);
        if (!block || block->kind != AgendaEntry::Kind::Block || block->dayId != dayId)
            return {};
    }
    const bool carried = std::any_of(topics.cbegin(), topics.cend(), [&](const ParkedTopic &t) {
        return std::any_of(agenda->entries.cbegin(), agenda->entries.cend(),
                           [&](const AgendaEntry &e) { return e.carriedFromEntryId == t.entry.id; });
    });
    if (carried)
        return {};
    AgendaState after = *agenda;
    QList<Id> ids;
    for (const ParkedTopic &t : topics) {
        AgendaEntry e = entryFor(t);
        e.id = newId();
        e.dayId = dayId;
        e.parentId = blockId;
        if (!after.insert(e, int(after.children(dayId, blockId).size())))
            return {};
        ids << e.id;
    }
    *agenda = after;
    return ids;
}

} // namespace Quorum
