// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendastate.h"

#include <algorithm>

namespace Quorum {

int AgendaState::indexOf(Id entryId) const
{
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).id == entryId)
            return i;
    }
    return -1;
}

const AgendaEntry *AgendaState::entry(Id entryId) const
{
    const int i = indexOf(entryId);
    return i < 0 ? nullptr : &entries.at(i);
}

AgendaEntry *AgendaState::entry(Id entryId)
{
    const int i = indexOf(entryId);
    return i < 0 ? nullptr : &entries[i];
}

const MeetingDay *AgendaState::day(Id dayId) const
{
    for (const MeetingDay &d : days) {
        if (d.id == dayId)
            return &d;
    }
    return nullptr;
}

QList<Id> AgendaState::children(Id dayId, Id parentId) const
{
    QList<const AgendaEntry *> found;
    for (const AgendaEntry &e : entries) {
        if (e.dayId == dayId && e.parentId == parentId)
            found << &e;
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const AgendaEntry *a, const AgendaEntry *b) { return a->position < b->position; });
    QList<Id> ids;
    for (const AgendaEntry *e : found)
        ids << e->id;
    return ids;
}

QList<Id> AgendaState::timeline(Id dayId) const
{
    QList<Id> result;
    for (Id top : children(dayId, 0)) {
        if (entry(top)->kind == AgendaEntry::Kind::Block)
            result << children(dayId, top);
        else
            result << top;
    }
    return result;
}

void AgendaState::retime()
{
    for (const MeetingDay &d : days) {
        const QList<Id> order = timeline(d.id);
        QTime cursor = d.plannedStart;
        for (Id id : order) {
            AgendaEntry *e = entry(id);
            if (!cursor.isValid())
                cursor = e->startTime.isValid() ? e->startTime : QTime(9, 0);
            if (!(e->pinned && e->startTime.isValid()) && !(e->isHeld() && e->startTime.isValid()))
                e->startTime = cursor;
            cursor = e->startTime.addSecs(e->plannedMinutes() * 60);
        }
    }
}

Id AgendaState::pastMidnight(Id dayId) const
{
    const MeetingDay *d = day(dayId);
    if (!d)
        return 0;
    // retime() in whole seconds from midnight, without the wrap of QTime::addSecs().
    const QTime midnight(0, 0);
    constexpr qint64 dayEnd = 24 * 60 * 60;
    qint64 cursor = d->plannedStart.isValid() ? midnight.secsTo(d->plannedStart) : -1;
    for (Id id : timeline(dayId)) {
        const AgendaEntry *e = entry(id);
        if (cursor < 0)
            cursor = e->startTime.isValid() ? midnight.secsTo(e->startTime) : 9 * 60 * 60;
        const bool keepsStart = (e->pinned || e->isHeld()) && e->startTime.isValid();
        cursor = (keepsStart ? midnight.secsTo(e->startTime) : cursor) + qint64(e->plannedMinutes()) * 60;
        if (cursor > dayEnd)
            return id;
    }
    return 0;
}

void AgendaState::renumber(Id dayId, Id parentId)
{
    int position = 0;
    for (Id id : children(dayId, parentId))
        entry(id)->position = position++;
}

bool AgendaState::insert(AgendaEntry e, int index)
{
    if (!day(e.dayId))
        return false;
    if (e.parentId) {
        const AgendaEntry *parent = entry(e.parentId);
        if (!parent || parent->kind != AgendaEntry::Kind::Block || parent->dayId != e.dayId
            || e.kind == AgendaEntry::Kind::Block)
            return false;
    }
    QList<Id> siblings = children(e.dayId, e.parentId);
    index = qBound(0, index, int(siblings.size()));
    for (int i = 0; i < siblings.size(); ++i)
        entry(siblings.at(i))->position = i < index ? i : i + 1;
    e.position = index;
    entries.append(e);
    return true;
}

bool AgendaState::remove(Id entryId)
{
    const AgendaEntry *e = entry(entryId);
    if (!e)
        return false;
    const Id dayId = e->dayId, parentId = e->parentId;
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&](const AgendaEntry &x) { return x.id == entryId || x.parentId == entryId; }),
                  entries.end());
    renumber(dayId, parentId);
    return true;
}

bool AgendaState::move(Id entryId, Id dayId, Id parentId, int index)
{
    AgendaEntry *e = entry(entryId);
    if (!e || !day(dayId) || parentId == entryId)
        return false;
    if (parentId) {
        const AgendaEntry *parent = entry(parentId);
        if (!parent || parent->kind != AgendaEntry::Kind::Block || parent->dayId != dayId
            || e->kind == AgendaEntry::Kind::Block)
            return false;
    }
    const Id oldDay = e->dayId, oldParent = e->parentId;
    if (dayId != oldDay) {
        // What ran (or runs) belongs to the day it ran on; what was skipped or parked there is
        // on the other day's plan again, to run when that day does.
        QList<AgendaEntry *> going{e};
        for (AgendaEntry &c : entries) {
            if (e->kind == AgendaEntry::Kind::Block && c.parentId == entryId)
                going << &c;
        }
        for (const AgendaEntry *g : std::as_const(going)) {
            if (g->isHeld())
                return false;
        }
        for (AgendaEntry *g : std::as_const(going)) {
            g->runStatus = AgendaEntry::RunStatus::Planned;
            g->originalStart = QTime();
            g->originalMinutes = -1;
        }
    }
    QList<Id> siblings = children(dayId, parentId);
    const int oldIndex = int(siblings.indexOf(entryId));
    if (oldIndex >= 0) {
        siblings.removeAt(oldIndex);
        if (oldIndex < index)
            --index; // the index was counted with the entry still in place
    }
    index = qBound(0, index, int(siblings.size()));
    siblings.insert(index, entryId);
    e->dayId = dayId;
    e->parentId = parentId;
    if (e->kind == AgendaEntry::Kind::Block) {
        for (AgendaEntry &c : entries) {
            if (c.parentId == entryId)
                c.dayId = dayId;
        }
    }
    for (int i = 0; i < siblings.size(); ++i)
        entry(siblings.at(i))->position = i;
    if (oldDay != dayId || oldParent != parentId)
        renumber(oldDay, oldParent);
    return true;
}

bool AgendaState::step(Id entryId, int direction)
{
    const AgendaEntry *e = entry(entryId);
    if (!e || (direction != -1 && direction != 1))
        return false;
    const Id dayId = e->dayId, parentId = e->parentId;
    const QList<Id> siblings = children(dayId, parentId);
    const int i = int(siblings.indexOf(entryId));
    const int j = i + direction;
    const bool isBlock = e->kind == AgendaEntry::Kind::Block;

    if (j >= 0 && j < siblings.size()) {
        const AgendaEntry *neighbour = entry(siblings.at(j));
        // An entry moving onto a block goes into it, at the near end.
        if (!isBlock && neighbour->kind == AgendaEntry::Kind::Block)
            return move(entryId, dayId, neighbour->id, direction < 0 ? int(children(dayId, neighbour->id).size()) : 0);
        return move(entryId, dayId, parentId, direction < 0 ? j : j + 1);
    }
    if (parentId) {
        // Out of the block, just before or after it.
        const int blockIndex = int(children(dayId, 0).indexOf(parentId));
        return move(entryId, dayId, 0, direction < 0 ? blockIndex : blockIndex + 1);
    }
    // Past the first or last item of the day: to the neighbouring day.
    int d = -1;
    for (int k = 0; k < days.size(); ++k) {
        if (days.at(k).id == dayId)
            d = k;
    }
    const int nd = d + direction;
    if (nd < 0 || nd >= days.size())
        return false;
    const Id target = days.at(nd).id;
    return move(entryId, target, 0, direction < 0 ? int(children(target, 0).size()) : 0);
}

bool AgendaState::insertAfter(AgendaEntry e, Id afterId, Id dayId)
{
    const AgendaEntry *after = entry(afterId);
    int index = 0;
    if (!after) {
        if (!dayId && !days.isEmpty())
            dayId = days.constFirst().id;
        e.dayId = dayId;
        e.parentId = 0;
        index = int(children(dayId, 0).size());
    } else {
        e.dayId = after->dayId;
        if (after->kind == AgendaEntry::Kind::Block && e.kind != AgendaEntry::Kind::Block) {
            e.parentId = after->id; // into the block, at its end
            index = int(children(e.dayId, after->id).size());
        } else if (e.kind == AgendaEntry::Kind::Block) {
            // Blocks sit on the day: after the current block, or after the block holding the entry.
            const Id top = after->parentId ? after->parentId : after->id;
            e.parentId = 0;
            index = int(children(e.dayId, 0).indexOf(top)) + 1;
        } else {
            e.parentId = after->parentId;
            index = int(children(e.dayId, e.parentId).indexOf(after->id)) + 1;
        }
    }
    return insert(e, index);
}

bool AgendaState::drop(Id entryId, Id targetDayId, Id targetEntryId, int row)
{
    Id parentId = 0;
    if (const AgendaEntry *t = entry(targetEntryId)) {
        targetDayId = t->dayId;
        if (t->kind == AgendaEntry::Kind::Block) {
            parentId = t->id;
        } else {
            // Dropped onto an entry: just after it, among its siblings.
            parentId = t->parentId;
            row = int(children(targetDayId, parentId).indexOf(t->id)) + 1;
        }
    }
    if (row < 0)
        row = int(children(targetDayId, parentId).size());
    return move(entryId, targetDayId, parentId, row);
}

bool AgendaState::appendDay(MeetingDay d)
{
    if (!endDate.isValid() || !d.id || day(d.id))
        return false;
    d.date = days.isEmpty() ? startDate : days.constLast().date.addDays(1);
    if (!days.isEmpty()) {
        // The day is the meeting's as stored: a team library's stale check compares the whole row.
        if (!d.meetingId)
            d.meetingId = days.constFirst().meetingId;
        d.plannedStart = days.constLast().plannedStart;
        d.plannedEnd = days.constLast().plannedEnd;
    }
    days.append(d);
    endDate = qMax(endDate, d.date);
    return true;
}

bool AgendaState::removeDay(Id dayId)
{
    const MeetingDay *d = day(dayId);
    if (!d || days.size() <= 1)
        return false;
    for (Id top : children(dayId, 0))
        remove(top);
    days.removeAt(days.indexOf(*d));
    startDate = days.constFirst().date;
    endDate = days.constLast().date;
    return true;
}

bool AgendaState::stepDay(Id dayId, int direction)
{
    const MeetingDay *d = day(dayId);
    if (!d || (direction != -1 && direction != 1))
        return false;
    const int i = int(days.indexOf(*d)), j = i + direction;
    if (j < 0 || j >= days.size())
        return false;
    // A day that has run keeps its date: its actual times happened on it.
    if (days.at(i).actualStart.isValid() || days.at(j).actualStart.isValid())
        return false;
    // Days are ordered by date: a day moves by trading dates.
    std::swap(days[i].date, days[j].date);
    days.swapItemsAt(i, j);
    return true;
}

int AgendaState::slackBefore(Id entryId) const
{
    const AgendaEntry *e = entry(entryId);
    if (!e || e->kind == AgendaEntry::Kind::Block)
        return 0;
    const QList<Id> order = timeline(e->dayId);
    const int i = int(order.indexOf(entryId));
    if (i <= 0)
        return 0;
    const AgendaEntry *prev = entry(order.at(i - 1));
    if (!prev->startTime.isValid() || !e->startTime.isValid())
        return 0;
    const QTime prevEnd = prev->startTime.addSecs(prev->plannedMinutes() * 60);
    return prevEnd.secsTo(e->startTime) / 60;
}

QList<AgendaState::Overlap> AgendaState::overlaps(Id dayId) const
{
    QList<Overlap> result;
    const QList<Id> order = timeline(dayId);
    for (qsizetype i = 1; i < order.size(); ++i) {
        const int slack = slackBefore(order.at(i));
        if (slack < 0)
            result.append({order.at(i - 1), order.at(i), -slack});
    }
    return result;
}

int AgendaState::overbooked(Id dayId) const
{
    const MeetingDay *d = day(dayId);
    if (!d || !d->plannedStart.isValid() || !d->plannedEnd.isValid())
        return 0;
    int total = 0;
    for (Id id : timeline(dayId))
        total += entry(id)->plannedMinutes();
    const int planned = d->plannedStart.secsTo(d->plannedEnd) / 60;
    return total > planned ? total - planned : 0;
}

int AgendaState::blockOverlap(Id blockId) const
{
    const AgendaEntry *block = entry(blockId);
    if (!block || block->kind != AgendaEntry::Kind::Block)
        return 0;
    int most = 0;
    for (const Overlap &o : overlaps(block->dayId)) {
        if (entry(o.earlier)->parentId == blockId)
            most = qMax(most, o.minutes);
    }
    return most;
}

int AgendaState::overrun(Id dayId) const
{
    const MeetingDay *d = day(dayId);
    if (!d || !d->plannedEnd.isValid())
        return 0;
    int latest = -1;
    for (Id id : timeline(dayId)) {
        const AgendaEntry *e = entry(id);
        if (e->startTime.isValid())
            latest = qMax(latest, QTime(0, 0).secsTo(e->startTime.addSecs(e->plannedMinutes() * 60)) / 60);
    }
    const int planned = QTime(0, 0).secsTo(d->plannedEnd) / 60;
    return latest > planned ? latest - planned : 0;
}

} // namespace Quorum
