// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicrequestrepository.h"

#include "dialect.h"
#include "statement.h"

#include <QHash>
#include <QSet>

namespace Quorum {

QList<TopicRequest> TopicRequestRepository::forMeeting(Id meetingId) const
{
    const QString context = tr("read the topic requests");
    Statement s = Statement::run(m_db,
                                 QStringLiteral("SELECT id, position, topic, minutes_required, notes, status, "
                                                "scheduled_entry_id FROM topic_request WHERE meeting_id = ? "
                                                "ORDER BY position, id"),
                                 context, {meetingId});
    QList<TopicRequest> result;
    QHash<Id, qsizetype> index;
    while (s.next()) {
        TopicRequest t;
        t.id = s.integer(0);
        t.meetingId = meetingId;
        t.position = int(s.integer(1));
        t.topic = s.text(2);
        t.minutesRequired = s.value(3).isNull() ? -1 : int(s.integer(3));
        t.notes = s.text(4);
        t.status = s.text(5);
        t.scheduledEntryId = s.integer(6);
        index.insert(t.id, result.size());
        result.append(t);
    }
    Statement r = Statement::run(m_db,
                                 QStringLiteral("SELECT r.request_id, r.person_id FROM topic_requester r "
                                                "JOIN topic_request t ON t.id = r.request_id "
                                                "WHERE t.meeting_id = ? ORDER BY r.request_id, r.position"),
                                 context, {meetingId});
    while (r.next())
        result[index.value(r.integer(0))].requestedBy.append(r.integer(1));
    return result;
}

Id TopicRequestRepository::insert(const TopicRequest &t)
{
    const QString context = tr("add the topic request “%1”").arg(t.topic);
    const Id id
        = Statement::run(m_db,
                         QStringLiteral("INSERT INTO topic_request (id, meeting_id, position, topic, minutes_required, "
                                        "notes, status, scheduled_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                             + Dialect::returningId(m_db),
                         context,
                         {nullIfZero(t.id), t.meetingId, t.position, t.topic,
                          t.minutesRequired < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(t.minutesRequired),
                          t.notes, t.status, nullIfZero(t.scheduledEntryId)})
              .lastInsertId();
    setRequesters(id, t.requestedBy);
    return id;
}

void TopicRequestRepository::setRequesters(Id requestId, const QList<Id> &people)
{
    const QString context = tr("save who requested a topic");
    Statement::run(m_db, QStringLiteral("DELETE FROM topic_requester WHERE request_id = ?"), context, {requestId});
    int position = 0;
    for (Id person : people)
        Statement::run(m_db,
                       QStringLiteral("INSERT INTO topic_requester (request_id, person_id, position) VALUES (?, ?, ?)"),
                       context, {requestId, person, position++});
}

void TopicRequestRepository::replace(const QList<TopicRequest> &from, const QList<TopicRequest> &to)
{
    const QString context = tr("save the topic requests");
    applyDifference(
        from, to,
        [&](const TopicRequest &t) {
            Statement::run(m_db, QStringLiteral("DELETE FROM topic_request WHERE id = ?"), context, {t.id});
        },
        [&](const TopicRequest &t) { insert(t); },
        [&](const TopicRequest &old, const TopicRequest &t) {
            Statement::run(m_db,
                           QStringLiteral("UPDATE topic_request SET position = ?, topic = ?, minutes_required = ?, "
                                          "notes = ?, status = ?, scheduled_entry_id = ? WHERE id = ?"),
                           context,
                           {t.position, t.topic,
                            t.minutesRequired < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(t.minutesRequired),
                            t.notes, t.status, nullIfZero(t.scheduledEntryId), t.id});
            if (old.requestedBy != t.requestedBy)
                setRequesters(t.id, t.requestedBy);
        });
}

} // namespace Quorum
