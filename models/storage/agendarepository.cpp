// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendarepository.h"

#include "statement.h"

#include <QHash>

namespace Quorum {

QList<AgendaEntry> AgendaRepository::forMeeting(Id meetingId) const
{
    const QString context = tr("read the agenda");
    Statement s = Statement::run(
        m_db,
        QStringLiteral("SELECT e.id, e.day_id, e.parent_id, e.position, e.kind, e.title, e.start_time, "
                       "e.duration_minutes, e.pinned, e.moderator_id, e.pre_notes, e.running_notes "
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
    const Id id = Statement::run(m_db,
                                 QStringLiteral("INSERT INTO agenda_entry (day_id, parent_id, position, kind, title, "
                                                "start_time, duration_minutes, pinned, moderator_id, pre_notes, "
                                                "running_notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 context,
                                 {e.dayId, nullIfZero(e.parentId), e.position, AgendaEntry::kindKey(e.kind), e.title,
                                  sqlTime(e.startTime),
                                  e.durationMinutes < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(e.durationMinutes),
                                  e.pinned ? 1 : 0, nullIfZero(e.moderatorId), e.preNotes, e.runningNotes})
                      .lastInsertId();
    int position = 0;
    for (Id person : e.coordinatorIds)
        Statement::run(m_db,
                       QStringLiteral("INSERT INTO agenda_coordinator (entry_id, person_id, position) VALUES (?, ?, ?)"),
                       context, {id, person, position++});
    return id;
}

} // namespace Quorum
