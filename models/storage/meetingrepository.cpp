// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingrepository.h"

#include "dialect.h"
#include "statement.h"
#include "storageerror.h"

#include <QLocale>

namespace Quorum {

namespace {

const char *columnOf(Meeting::Field field)
{
    switch (field) {
    case Meeting::Title: return "title";
    case Meeting::SeriesId: return "series_id";
    case Meeting::StartDate: return "start_date";
    case Meeting::EndDate: return "end_date";
    case Meeting::TimeZone: return "timezone";
    case Meeting::Location: return "location";
    case Meeting::JoinUrl: return "join_url";
    case Meeting::MeetingCode: return "meeting_code";
    case Meeting::SipAddress: return "sip_address";
    case Meeting::PasscodeHint: return "passcode_hint";
    case Meeting::Description: return "description";
    }
    return nullptr;
}

} // namespace

QList<MeetingSummary> MeetingRepository::summaries() const
{
    Statement s
        = Statement::run(m_db,
                         QStringLiteral("SELECT m.id, m.series_id, s.name, m.title, m.start_date, m.end_date, "
                                        // The live day's number: days count in date order.
                                        "(SELECT (SELECT count(*) FROM meeting_day e WHERE e.meeting_id = m.id "
                                        "AND (e.day_date < d.day_date OR (e.day_date = d.day_date AND e.id <= d.id))) "
                                        "FROM meeting_day d WHERE d.meeting_id = m.id "
                                        "AND d.actual_start IS NOT NULL AND d.actual_end IS NULL "
                                        "ORDER BY d.day_date LIMIT 1), "
                                        "EXISTS (SELECT 1 FROM meeting_final f WHERE f.meeting_id = m.id) "
                                        "FROM meeting m LEFT JOIN series s ON s.id = m.series_id "
                                        "ORDER BY m.start_date DESC, m.id DESC"),
                         tr("read the list of meetings"));
    QList<MeetingSummary> result;
    while (s.next()) {
        MeetingSummary m;
        m.id = s.integer(0);
        m.seriesId = s.integer(1);
        m.seriesName = s.text(2);
        m.title = s.text(3);
        m.startDate = dateFromSql(s.value(4));
        m.endDate = dateFromSql(s.value(5));
        m.liveDay = int(s.integer(6));
        m.live = m.liveDay > 0;
        m.finalized = s.integer(7) != 0;
        result.append(m);
    }
    return result;
}

Meeting MeetingRepository::load(Id id) const
{
    Statement s = Statement::run(m_db,
                                 QStringLiteral("SELECT series_id, title, start_date, end_date, timezone, location, "
                                                "join_url, meeting_code, sip_address, passcode_hint, description "
                                                "FROM meeting WHERE id = ?"),
                                 tr("read the meeting"), {id});
    if (!s.next())
        throw StorageError(tr("The meeting no longer exists in the library."));
    Meeting m;
    m.id = id;
    m.seriesId = s.integer(0);
    m.title = s.text(1);
    m.startDate = dateFromSql(s.value(2));
    m.endDate = dateFromSql(s.value(3));
    m.timeZone = s.text(4);
    m.location = s.text(5);
    m.joinUrl = s.text(6);
    m.meetingCode = s.text(7);
    m.sipAddress = s.text(8);
    m.passcodeHint = s.text(9);
    m.description = s.text(10);
    Statement d = Statement::run(
        m_db, QStringLiteral("SELECT label, number FROM dial_in WHERE meeting_id = ? ORDER BY position"),
        tr("read the dial-in numbers"), {id});
    while (d.next())
        m.dialIns.append({d.text(0), d.text(1)});
    return m;
}

Id MeetingRepository::insert(const Meeting &m)
{
    // An id of 0 lets SQLite choose; a given id restores a meeting that an undo removed.
    const Id id = Statement::run(
                      m_db,
                      QStringLiteral("INSERT INTO meeting (id, series_id, title, start_date, end_date, timezone, "
                                     "location, join_url, meeting_code, sip_address, passcode_hint, description) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                          + Dialect::returningId(m_db),
                      tr("add the meeting “%1”").arg(m.title),
                      {nullIfZero(m.id), nullIfZero(m.seriesId), m.title, sqlDate(m.startDate), sqlDate(m.endDate),
                       m.timeZone, m.location, m.joinUrl, m.meetingCode, m.sipAddress, m.passcodeHint, m.description})
                      .lastInsertId();
    setDialIns(id, m.dialIns);
    return id;
}

void MeetingRepository::setField(Id id, Meeting::Field field, const QVariant &value)
{
    QVariant stored = value;
    if (field == Meeting::SeriesId)
        stored = nullIfZero(value.toLongLong());
    else if (field == Meeting::StartDate || field == Meeting::EndDate)
        stored = sqlDate(value.toDate());
    // The column name comes from the fixed table above, never from input.
    Statement::run(m_db, QStringLiteral("UPDATE meeting SET %1 = ? WHERE id = ?").arg(QLatin1String(columnOf(field))),
                   tr("save the meeting"), {stored, id});
}

void MeetingRepository::setDialIns(Id id, const QList<DialIn> &dialIns)
{
    const QString context = tr("save the dial-in numbers");
    Statement::run(m_db, QStringLiteral("DELETE FROM dial_in WHERE meeting_id = ?"), context, {id});
    int position = 0;
    for (const DialIn &d : dialIns)
        Statement::run(m_db,
                       QStringLiteral("INSERT INTO dial_in (meeting_id, position, label, number) VALUES (?, ?, ?, ?)"),
                       context, {id, position++, d.label, d.number});
}

void MeetingRepository::setDates(Id id, const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        throw StorageError(tr("A meeting cannot end before it starts."));
    Statement::run(m_db, QStringLiteral("UPDATE meeting SET start_date = ?, end_date = ? WHERE id = ?"),
                   tr("save the meeting dates"), {sqlDate(start), sqlDate(end), id});
}

void MeetingRepository::removeEmptyDay(const MeetingDay &day)
{
    const QString context = tr("remove the day %1").arg(day.date.toString(Qt::ISODate));
    Statement count
        = Statement::run(m_db, QStringLiteral("SELECT count(*) FROM agenda_entry WHERE day_id = ?"), context, {day.id});
    if (count.next() && count.integer(0) > 0)
        throw StorageError(tr("%1 has agenda entries. Move or remove them before leaving that day out of the meeting.")
                               .arg(QLocale().toString(day.date, QLocale::LongFormat)));
    Statement::run(m_db, QStringLiteral("DELETE FROM meeting_day WHERE id = ?"), context, {day.id});
}

void MeetingRepository::remove(Id id)
{
    Statement::run(m_db, QStringLiteral("DELETE FROM meeting WHERE id = ?"), tr("delete the meeting"), {id});
}

QList<MeetingDay> MeetingRepository::days(Id meetingId) const
{
    Statement s = Statement::run(m_db,
                                 QStringLiteral("SELECT id, day_date, planned_start, planned_end, actual_start, "
                                                "actual_end, paused_at FROM meeting_day "
                                                "WHERE meeting_id = ? ORDER BY day_date"),
                                 tr("read the meeting days"), {meetingId});
    QList<MeetingDay> result;
    while (s.next())
        result.append({s.integer(0), meetingId, dateFromSql(s.value(1)), timeFromSql(s.value(2)),
                       timeFromSql(s.value(3)), dateTimeFromSql(s.value(4)), dateTimeFromSql(s.value(5)),
                       dateTimeFromSql(s.value(6))});
    return result;
}

Id MeetingRepository::insertDay(const MeetingDay &day)
{
    return Statement::run(
               m_db,
               QStringLiteral("INSERT INTO meeting_day (id, meeting_id, day_date, planned_start, planned_end, "
                              "actual_start, actual_end, paused_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                   + Dialect::returningId(m_db),
               tr("add the day %1").arg(day.date.toString(Qt::ISODate)),
               {nullIfZero(day.id), day.meetingId, sqlDate(day.date), sqlTime(day.plannedStart),
                sqlTime(day.plannedEnd), sqlDateTime(day.actualStart), sqlDateTime(day.actualEnd),
                sqlDateTime(day.pausedAt)})
        .lastInsertId();
}

void MeetingRepository::updateDay(const MeetingDay &day)
{
    Statement::run(m_db,
                   QStringLiteral("UPDATE meeting_day SET day_date = ?, planned_start = ?, planned_end = ?, "
                                  "actual_start = ?, actual_end = ?, paused_at = ? WHERE id = ?"),
                   tr("save the day %1").arg(day.date.toString(Qt::ISODate)),
                   {sqlDate(day.date), sqlTime(day.plannedStart), sqlTime(day.plannedEnd), sqlDateTime(day.actualStart),
                    sqlDateTime(day.actualEnd), sqlDateTime(day.pausedAt), day.id});
}

} // namespace Quorum
