// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantrepository.h"

#include "statement.h"

namespace Quorum {

QList<Participant> ParticipantRepository::forMeeting(Id meetingId) const
{
    Statement s = Statement::run(m_db,
                                 QStringLiteral("SELECT person_id, role, attendance FROM participant "
                                                "WHERE meeting_id = ? ORDER BY position"),
                                 tr("read the participants"), {meetingId});
    QList<Participant> result;
    while (s.next())
        result.append({meetingId, s.integer(0), s.text(1), s.text(2)});
    return result;
}

void ParticipantRepository::insert(const Participant &p, int position)
{
    Statement::run(m_db,
                   QStringLiteral("INSERT INTO participant (meeting_id, person_id, position, role, attendance) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   tr("add a participant"), {p.meetingId, p.personId, position, p.role, p.attendance});
}

void ParticipantRepository::replace(Id meetingId, const QList<Participant> &participants)
{
    Statement::run(m_db, QStringLiteral("DELETE FROM participant WHERE meeting_id = ?"), tr("save the participants"),
                   {meetingId});
    int position = 0;
    for (const Participant &p : participants)
        insert(p, position++);
}

} // namespace Quorum
