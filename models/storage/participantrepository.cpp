// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantrepository.h"

#include "statement.h"

#include <QHash>

namespace Quorum {

QList<Participant> ParticipantRepository::forMeeting(Id meetingId) const
{
    Statement s = Statement::run(m_db,
                                 QStringLiteral("SELECT person_id, role, attendance FROM participant "
                                                "WHERE meeting_id = ? ORDER BY position"),
                                 tr("read the participants"), {meetingId});
    QList<Participant> result;
    QHash<Id, qsizetype> index;
    while (s.next()) {
        index.insert(s.integer(0), result.size());
        result.append({meetingId, s.integer(0), s.text(1), s.text(2), {}});
    }
    Statement d = Statement::run(m_db,
                                 QStringLiteral("SELECT a.person_id, a.day_id, a.attendance, a.arrived, a.departed "
                                                "FROM day_attendance a JOIN meeting_day d ON d.id = a.day_id "
                                                "WHERE d.meeting_id = ? ORDER BY a.person_id, a.day_id"),
                                 tr("read the attendance per day"), {meetingId});
    while (d.next()) {
        const auto at = index.constFind(d.integer(0));
        if (at != index.cend())
            result[*at].days.append({d.integer(1), d.text(2), timeFromSql(d.value(3)), timeFromSql(d.value(4))});
    }
    return result;
}

void ParticipantRepository::insert(const Participant &p, int position)
{
    Statement::run(m_db,
                   QStringLiteral("INSERT INTO participant (meeting_id, person_id, position, role, attendance) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   tr("add a participant"), {p.meetingId, p.personId, position, p.role, p.attendance});
    for (const DayAttendance &d : p.days)
        restoreAttendance({{p.personId, d}});
}

DayReferences ParticipantRepository::attendanceOn(Id dayId) const
{
    Statement s = Statement::run(m_db,
                                 QStringLiteral("SELECT person_id, attendance, arrived, departed FROM day_attendance "
                                                "WHERE day_id = ? ORDER BY person_id"),
                                 tr("read the attendance per day"), {dayId});
    DayReferences result;
    while (s.next())
        result.append({s.integer(0), {dayId, s.text(1), timeFromSql(s.value(2)), timeFromSql(s.value(3))}});
    return result;
}

void ParticipantRepository::restoreAttendance(const DayReferences &attendance)
{
    for (const auto &[personId, d] : attendance)
        Statement::run(m_db,
                       QStringLiteral("INSERT INTO day_attendance (day_id, person_id, attendance, arrived, departed) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       tr("save the attendance per day"),
                       {d.dayId, personId, d.attendance, sqlTime(d.arrived), sqlTime(d.departed)});
}

void ParticipantRepository::replace(Id meetingId, const QList<Participant> &participants)
{
    Statement::run(m_db, QStringLiteral("DELETE FROM participant WHERE meeting_id = ?"), tr("save the participants"),
                   {meetingId});
    Statement::run(m_db,
                   QStringLiteral("DELETE FROM day_attendance WHERE day_id IN "
                                  "(SELECT id FROM meeting_day WHERE meeting_id = ?)"),
                   tr("save the participants"), {meetingId});
    int position = 0;
    for (const Participant &p : participants)
        insert(p, position++);
}

} // namespace Quorum
