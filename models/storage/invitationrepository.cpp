// SPDX-License-Identifier: GPL-3.0-or-later
#include "invitationrepository.h"

#include "statement.h"

namespace Quorum {

InvitationRecord InvitationRepository::load(Id meetingId) const
{
    const QString context = tr("read the meeting's invitation");
    InvitationRecord record;
    Statement m = Statement::run(
        m_db,
        QStringLiteral("SELECT uuid, organizer_name, organizer_email FROM meeting_invitation WHERE meeting_id = ?"),
        context, {meetingId});
    if (!m.next())
        return record;
    record.uuid = m.text(0);
    record.organizerName = m.text(1);
    record.organizerEmail = m.text(2);
    Statement e = Statement::run(
        m_db, QStringLiteral("SELECT uid, sequence, sha256 FROM invitation_event WHERE meeting_id = ? ORDER BY uid"),
        context, {meetingId});
    while (e.next())
        record.events.append({e.text(0), int(e.integer(1)), e.text(2)});
    return record;
}

Id InvitationRepository::meetingWithUuid(const QString &uuid) const
{
    Statement s = Statement::run(m_db, QStringLiteral("SELECT meeting_id FROM meeting_invitation WHERE uuid = ?"),
                                 tr("read the meeting's invitation"), {uuid});
    return s.next() ? s.integer(0) : 0;
}

void InvitationRepository::save(Id meetingId, const InvitationRecord &record)
{
    const QString context = tr("save the meeting's invitation");
    Statement::run(m_db, QStringLiteral("DELETE FROM meeting_invitation WHERE meeting_id = ?"), context, {meetingId});
    if (record.isEmpty())
        return;
    Statement::run(m_db,
                   QStringLiteral("INSERT INTO meeting_invitation (meeting_id, uuid, organizer_name, organizer_email) "
                                  "VALUES (?, ?, ?, ?)"),
                   context, {meetingId, record.uuid, record.organizerName, record.organizerEmail});
    for (const InvitationEventRecord &e : record.events)
        Statement::run(
            m_db,
            QStringLiteral("INSERT INTO invitation_event (meeting_id, uid, sequence, sha256) VALUES (?, ?, ?, ?)"),
            context, {meetingId, e.uid, e.sequence, e.sha256});
}

} // namespace Quorum
