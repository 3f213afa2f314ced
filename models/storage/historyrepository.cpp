// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyrepository.h"

#include "dialect.h"
#include "statement.h"
#include "storageerror.h"

namespace Quorum {

namespace {

const char *const RevisionColumns = "id, meeting_id, at, author, part, entry_id, entry_title, summary, content";

Revision revisionOf(const Statement &s)
{
    Revision r;
    r.id = s.integer(0);
    r.meetingId = s.integer(1);
    r.at = dateTimeFromSql(s.value(2));
    r.author = s.text(3);
    r.part = s.text(4);
    r.entryId = s.integer(5);
    r.entryTitle = s.text(6);
    r.summary = s.text(7);
    r.hasContent = !s.value(8).isNull();
    r.content = s.text(8);
    return r;
}

} // namespace

FinalState HistoryRepository::finalState(Id meetingId) const
{
    Statement s
        = Statement::run(m_db, QStringLiteral("SELECT by_name, at, sha256 FROM meeting_final WHERE meeting_id = ?"),
                         tr("read the final record"), {meetingId});
    FinalState state;
    if (s.next()) {
        state.by = s.text(0);
        state.at = dateTimeFromSql(s.value(1));
        state.sha256 = s.text(2);
    }
    return state;
}

QSet<Id> HistoryRepository::finalMeetings() const
{
    Statement s
        = Statement::run(m_db, QStringLiteral("SELECT meeting_id FROM meeting_final"), tr("read the final records"));
    QSet<Id> ids;
    while (s.next())
        ids.insert(s.integer(0));
    return ids;
}

void HistoryRepository::setFinalState(Id meetingId, const FinalState &state)
{
    const QString context = tr("save the final record");
    Statement::run(m_db, QStringLiteral("DELETE FROM meeting_final WHERE meeting_id = ?"), context, {meetingId});
    if (state.isFinal())
        Statement::run(
            m_db, QStringLiteral("INSERT INTO meeting_final (meeting_id, by_name, at, sha256) VALUES (?, ?, ?, ?)"),
            context, {meetingId, state.by, sqlDateTime(state.at), state.sha256});
}

Id HistoryRepository::addEvent(const MeetingEvent &event)
{
    Statement s = Statement::run(
        m_db,
        QStringLiteral(
            "INSERT INTO meeting_event (id, meeting_id, kind, by_name, at, sha256) VALUES (?, ?, ?, ?, ?, ?)")
            + Dialect::returningId(m_db),
        tr("record the finalization"),
        {nullIfZero(event.id), event.meetingId, MeetingEvent::kindKey(event.kind), event.by, sqlDateTime(event.at),
         event.sha256});
    return s.lastInsertId();
}

QList<MeetingEvent> HistoryRepository::events(Id meetingId) const
{
    Statement s = Statement::run(
        m_db,
        QStringLiteral(
            "SELECT id, meeting_id, kind, by_name, at, sha256 FROM meeting_event WHERE meeting_id = ? ORDER BY id"),
        tr("read the finalizations"), {meetingId});
    QList<MeetingEvent> events;
    while (s.next()) {
        MeetingEvent e;
        e.id = s.integer(0);
        e.meetingId = s.integer(1);
        MeetingEvent::kindFromKey(s.text(2), &e.kind);
        e.by = s.text(3);
        e.at = dateTimeFromSql(s.value(4));
        e.sha256 = s.text(5);
        events << e;
    }
    return events;
}

QList<Revision> HistoryRepository::revisions(Id meetingId) const
{
    const QString where = meetingId ? QStringLiteral(" WHERE meeting_id = ?") : QString();
    Statement s = Statement::run(
        m_db, QStringLiteral("SELECT %1 FROM revision%2 ORDER BY id").arg(QLatin1String(RevisionColumns), where),
        tr("read the history"), meetingId ? QVariantList{meetingId} : QVariantList{});
    QList<Revision> list;
    while (s.next())
        list << revisionOf(s);
    return list;
}

Revision HistoryRepository::newest(Id meetingId) const
{
    Statement s = Statement::run(m_db,
                                 QStringLiteral("SELECT %1 FROM revision WHERE meeting_id = ? ORDER BY id DESC LIMIT 1")
                                     .arg(QLatin1String(RevisionColumns)),
                                 tr("read the history"), {meetingId});
    return s.next() ? revisionOf(s) : Revision();
}

bool HistoryRepository::hasNotesRevision(Id meetingId, const QString &part, Id entryId) const
{
    Statement s = Statement::run(
        m_db, QStringLiteral("SELECT 1 FROM revision WHERE meeting_id = ? AND part = ? AND entry_id = ? LIMIT 1"),
        tr("read the history"), {meetingId, part, entryId});
    return s.next();
}

Id HistoryRepository::insert(const Revision &r)
{
    Statement s = Statement::run(
        m_db,
        QStringLiteral(
            "INSERT INTO revision (id, meeting_id, at, author, part, entry_id, entry_title, summary, content) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            + Dialect::returningId(m_db),
        tr("record the change in the history"),
        {nullIfZero(r.id), r.meetingId, sqlDateTime(r.at), r.author, r.part, nullIfZero(r.entryId), r.entryTitle,
         r.summary, r.hasContent ? QVariant(r.content) : QVariant(QMetaType::fromType<QString>())});
    return s.lastInsertId();
}

void HistoryRepository::touch(Id revisionId, const QDateTime &at, const QString &content, bool hasContent)
{
    Statement::run(
        m_db, QStringLiteral("UPDATE revision SET at = ?, content = ? WHERE id = ?"),
        tr("record the change in the history"),
        {sqlDateTime(at), hasContent ? QVariant(content) : QVariant(QMetaType::fromType<QString>()), revisionId});
}

int HistoryRepository::prune(const QDateTime &before)
{
    const Statement s = Statement::run(m_db, QStringLiteral("DELETE FROM revision WHERE at < ?"),
                                       tr("prune the history"), {sqlDateTime(before)});
    return s.numRowsAffected();
}

} // namespace Quorum
