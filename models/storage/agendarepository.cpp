// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendarepository.h"

#include "dialect.h"
#include "meetingrepository.h"
#include "participantrepository.h"
#include "statement.h"
#include "storageerror.h"

#include <algorithm>

#include <QHash>

namespace Quorum {

namespace {
/** Minutes as stored: NULL for -1 (not set). */
QVariant minutesOrNull(int minutes)
{
    return minutes < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(minutes);
}
/** An entry's columns after its id, in the order insert() and update() name them. */
QVariantList columnValues(const AgendaEntry &e)
{
    return {e.dayId,
            nullIfZero(e.parentId),
            e.position,
            AgendaEntry::kindKey(e.kind),
            e.title,
            sqlTime(e.startTime),
            minutesOrNull(e.durationMinutes),
            e.pinned ? 1 : 0,
            nullIfZero(e.moderatorId),
            e.preNotes,
            e.runningNotes,
            sqlDateTime(e.actualStart),
            sqlDateTime(e.actualEnd),
            e.pausedSeconds,
            AgendaEntry::runStatusKey(e.runStatus),
            sqlTime(e.originalStart),
            minutesOrNull(e.originalMinutes),
            e.carryOver ? 1 : 0,
            e.parkingDismissed ? 1 : 0,
            nullIfZero(e.carriedFromEntryId),
            sqlDate(e.carriedFromDate),
            e.recurring ? 1 : 0};
}
} // namespace

QList<AgendaEntry> AgendaRepository::forMeeting(Id meetingId) const
{
    const QString context = tr("read the agenda");
    Statement s = Statement::run(
        m_db,
        QStringLiteral("SELECT e.id, e.day_id, e.parent_id, e.position, e.kind, e.title, e.start_time, "
                       "e.duration_minutes, e.pinned, e.moderator_id, e.pre_notes, e.running_notes, e.actual_start, "
                       "e.actual_end, e.paused_seconds, e.run_status, e.original_start, e.original_minutes, "
                       "e.carry_over, e.parking_dismissed, e.carried_from_entry_id, e.carried_from_date, e.recurring "
                       "FROM agenda_entry e JOIN meeting_day d ON d.id = e.day_id "
                       "WHERE d.meeting_id = ? "
                       "ORDER BY d.day_date, e.parent_id IS NOT NULL, e.parent_id, e.position, e.id"),
        context, {meetingId});
    QList<AgendaEntry> result;
    QHash<Id, qsizetype> index;
    while (s.next()) {
        AgendaEntry e;
        e.id = s.integer(0);
        e.dayId = s.integer(1);
        e.parentId = s.integer(2);
        e.position = int(s.integer(3));
        AgendaEntry::kindFromKey(s.text(4), &e.kind);
        e.title = s.text(5);
        e.startTime = timeFromSql(s.value(6));
        e.durationMinutes = s.value(7).isNull() ? -1 : int(s.integer(7));
        e.pinned = s.integer(8) != 0;
        e.moderatorId = s.integer(9);
        e.preNotes = s.text(10);
        e.runningNotes = s.text(11);
        e.actualStart = dateTimeFromSql(s.value(12));
        e.actualEnd = dateTimeFromSql(s.value(13));
        e.pausedSeconds = int(s.integer(14));
        AgendaEntry::runStatusFromKey(s.text(15), &e.runStatus);
        e.originalStart = timeFromSql(s.value(16));
        e.originalMinutes = s.value(17).isNull() ? -1 : int(s.integer(17));
        e.carryOver = s.integer(18) != 0;
        e.parkingDismissed = s.integer(19) != 0;
        e.carriedFromEntryId = s.integer(20);
        e.carriedFromDate = dateFromSql(s.value(21));
        e.recurring = s.integer(22) != 0;
        index.insert(e.id, result.size());
        result.append(e);
    }
    Statement c = Statement::run(m_db,
                                 QStringLiteral("SELECT c.entry_id, c.person_id FROM agenda_coordinator c "
                                                "JOIN agenda_entry e ON e.id = c.entry_id "
                                                "JOIN meeting_day d ON d.id = e.day_id "
                                                "WHERE d.meeting_id = ? ORDER BY c.entry_id, c.position"),
                                 context, {meetingId});
    while (c.next())
        result[index.value(c.integer(0))].coordinatorIds.append(c.integer(1));
    return result;
}

Id AgendaRepository::insert(const AgendaEntry &e)
{
    const QString context = tr("add the agenda entry “%1”").arg(e.title);
    const Id id
        = Statement::run(m_db,
                         QStringLiteral("INSERT INTO agenda_entry (id, day_id, parent_id, position, kind, title, "
                                        "start_time, duration_minutes, pinned, moderator_id, pre_notes, "
                                        "running_notes, actual_start, actual_end, paused_seconds, run_status, "
                                        "original_start, original_minutes, carry_over, parking_dismissed, "
                                        "carried_from_entry_id, carried_from_date, recurring) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                             + Dialect::returningId(m_db),
                         context, QVariantList{nullIfZero(e.id)} + columnValues(e))
              .lastInsertId();
    setCoordinators(id, e.coordinatorIds);
    return id;
}

void AgendaRepository::setCoordinators(Id entryId, const QList<Id> &people)
{
    const QString context = tr("save the coordinators");
    Statement::run(m_db, QStringLiteral("DELETE FROM agenda_coordinator WHERE entry_id = ?"), context, {entryId});
    int position = 0;
    for (Id person : people)
        Statement::run(
            m_db, QStringLiteral("INSERT INTO agenda_coordinator (entry_id, person_id, position) VALUES (?, ?, ?)"),
            context, {entryId, person, position++});
}

void AgendaRepository::update(const AgendaEntry &e)
{
    Statement::run(
        m_db,
        QStringLiteral("UPDATE agenda_entry SET day_id = ?, parent_id = ?, position = ?, kind = ?, title = ?, "
                       "start_time = ?, duration_minutes = ?, pinned = ?, moderator_id = ?, pre_notes = ?, "
                       "running_notes = ?, actual_start = ?, actual_end = ?, paused_seconds = ?, run_status = ?, "
                       "original_start = ?, original_minutes = ?, carry_over = ?, parking_dismissed = ?, "
                       "carried_from_entry_id = ?, carried_from_date = ?, recurring = ? WHERE id = ?"),
        tr("save the agenda entry “%1”").arg(e.title), columnValues(e) + QVariantList{e.id});
}

EntryReferences AgendaRepository::referencesTo(Id entryId) const
{
    const QString context = tr("read what refers to an agenda entry");
    EntryReferences refs;
    Statement a
        = Statement::run(m_db, QStringLiteral("SELECT id FROM action_item WHERE entry_id = ?"), context, {entryId});
    while (a.next())
        refs.actionItems << a.integer(0);
    Statement f
        = Statement::run(m_db, QStringLiteral("SELECT id FROM attachment WHERE entry_id = ?"), context, {entryId});
    while (f.next())
        refs.attachments << f.integer(0);
    Statement t = Statement::run(m_db, QStringLiteral("SELECT id FROM topic_request WHERE scheduled_entry_id = ?"),
                                 context, {entryId});
    while (t.next())
        refs.topicRequests << t.integer(0);
    Statement carried = Statement::run(
        m_db, QStringLiteral("SELECT id FROM agenda_entry WHERE carried_from_entry_id = ?"), context, {entryId});
    while (carried.next())
        refs.carriedEntries << carried.integer(0);
    Statement d
        = Statement::run(m_db, QStringLiteral("SELECT id FROM decision WHERE entry_id = ?"), context, {entryId});
    while (d.next())
        refs.decisions << d.integer(0);
    return refs;
}

void AgendaRepository::restoreReferences(Id entryId, const EntryReferences &refs)
{
    const QString context = tr("restore what referred to an agenda entry");
    for (Id id : refs.actionItems)
        Statement::run(m_db, QStringLiteral("UPDATE action_item SET entry_id = ? WHERE id = ?"), context,
                       {entryId, id});
    for (Id id : refs.attachments)
        Statement::run(m_db, QStringLiteral("UPDATE attachment SET entry_id = ? WHERE id = ?"), context, {entryId, id});
    for (Id id : refs.topicRequests)
        Statement::run(m_db, QStringLiteral("UPDATE topic_request SET scheduled_entry_id = ? WHERE id = ?"), context,
                       {entryId, id});
    for (Id id : refs.carriedEntries)
        Statement::run(m_db, QStringLiteral("UPDATE agenda_entry SET carried_from_entry_id = ? WHERE id = ?"), context,
                       {entryId, id});
    for (Id id : refs.decisions)
        Statement::run(m_db, QStringLiteral("UPDATE decision SET entry_id = ? WHERE id = ?"), context, {entryId, id});
}

void AgendaRepository::replace(Id meetingId, const AgendaState &from, const AgendaState &to,
                               AgendaReferences *references)
{
    const QString context = tr("save the agenda");
    QHash<Id, const AgendaEntry *> after;
    for (const AgendaEntry &e : to.entries)
        after.insert(e.id, &e);
    QHash<Id, const AgendaEntry *> before;
    for (const AgendaEntry &e : from.entries)
        before.insert(e.id, &e);

    // 1. Entries that go: entries of blocks before the blocks.
    QList<const AgendaEntry *> gone;
    for (const AgendaEntry &e : from.entries) {
        if (!after.contains(e.id))
            gone << &e;
    }
    std::stable_sort(gone.begin(), gone.end(),
                     [](const AgendaEntry *a, const AgendaEntry *b) { return a->parentId != 0 && b->parentId == 0; });
    for (const AgendaEntry *e : std::as_const(gone)) {
        references->entries.insert(e->id, referencesTo(e->id));
        Statement::run(m_db, QStringLiteral("DELETE FROM agenda_entry WHERE id = ?"), context, {e->id});
    }

    // 2. Days: gone, then changed (through a placeholder date, so two days can swap), then new.
    QHash<Id, const MeetingDay *> daysAfter;
    for (const MeetingDay &d : to.days)
        daysAfter.insert(d.id, &d);
    QList<const MeetingDay *> changedDays;
    for (const MeetingDay &d : from.days) {
        const MeetingDay *n = daysAfter.value(d.id);
        if (!n) {
            references->days.insert(d.id, ParticipantRepository(m_db).attendanceOn(d.id));
            Statement::run(m_db, QStringLiteral("DELETE FROM meeting_day WHERE id = ?"), context, {d.id});
        } else if (n->date != d.date) {
            changedDays << n;
            Statement::run(m_db, QStringLiteral("UPDATE meeting_day SET day_date = 'moving-' || id WHERE id = ?"),
                           context, {d.id});
        } else if (*n != d) {
            changedDays << n;
        }
        daysAfter.remove(d.id);
    }
    MeetingRepository meetings(m_db);
    for (const MeetingDay *d : std::as_const(changedDays))
        meetings.updateDay(*d);
    for (const MeetingDay &d : to.days) {
        if (daysAfter.contains(d.id)) {
            MeetingDay added = d;
            added.meetingId = meetingId;
            meetings.insertDay(added);
            ParticipantRepository(m_db).restoreAttendance(references->days.value(d.id));
        }
    }
    if (from.startDate != to.startDate || from.endDate != to.endDate)
        meetings.setDates(meetingId, to.startDate, to.endDate);

    // 3. Entries that come or change: blocks before their entries.
    QList<const AgendaEntry *> ordered;
    for (const AgendaEntry &e : to.entries)
        ordered << &e;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const AgendaEntry *a, const AgendaEntry *b) { return a->parentId == 0 && b->parentId != 0; });
    for (const AgendaEntry *e : std::as_const(ordered)) {
        const AgendaEntry *old = before.value(e->id);
        if (!old) {
            insert(*e);
            if (references->entries.contains(e->id))
                restoreReferences(e->id, references->entries.value(e->id));
            continue;
        }
        if (*old == *e)
            continue;
        update(*e);
        if (old->coordinatorIds != e->coordinatorIds)
            setCoordinators(e->id, e->coordinatorIds);
    }
}

void AgendaRepository::setParkingDismissed(Id entryId, bool dismissed)
{
    const Statement s
        = Statement::run(m_db, QStringLiteral("UPDATE agenda_entry SET parking_dismissed = ? WHERE id = ?"),
                         tr("save the parking lot"), {dismissed ? 1 : 0, entryId});
    if (s.numRowsAffected() != 1)
        throw StorageError(tr("Could not save the parking lot: the agenda entry is no longer in the library."));
}

void AgendaRepository::setCarriedFrom(Id entryId, Id sourceId)
{
    Statement::run(m_db, QStringLiteral("UPDATE agenda_entry SET carried_from_entry_id = ? WHERE id = ?"),
                   tr("save where an agenda entry was carried from"), {nullIfZero(sourceId), entryId});
}

} // namespace Quorum
