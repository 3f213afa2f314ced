// SPDX-License-Identifier: GPL-3.0-or-later
#include "serieshistoryrepository.h"

#include "actionitemrepository.h"
#include "agendarepository.h"
#include "decisionrepository.h"
#include "statement.h"

#include <QHash>

#include <algorithm>

namespace Quorum {

QList<ParkedTopic> SeriesHistoryRepository::parkedTopics(Id seriesId, const QDate &date, Id meetingId) const
{
    if (!seriesId || !date.isValid())
        return {};
    const QString context = tr("read the parking lot");
    Statement s = Statement::run(
        m_db,
        QStringLiteral("SELECT e.id, m.id, m.title, d.day_date FROM agenda_entry e "
                       "JOIN meeting_day d ON d.id = e.day_id JOIN meeting m ON m.id = d.meeting_id "
                       "WHERE m.series_id = ? AND m.id <> ? "
                       "AND (m.start_date < ? OR (m.start_date = ? AND (? = 0 OR m.id < ?))) "
                       "AND e.kind = 'topic' AND (e.run_status <> 'planned' OR e.carry_over = 1) "
                       "AND e.parking_dismissed = 0 "
                       "AND NOT EXISTS (SELECT 1 FROM agenda_entry c WHERE c.carried_from_entry_id = e.id) "
                       "ORDER BY m.start_date, m.id, d.day_date, e.start_time, e.id"),
        context, {seriesId, meetingId, sqlDate(date), sqlDate(date), meetingId, meetingId});
    QList<ParkedTopic> result;
    QHash<Id, qsizetype> index;
    QList<Id> meetings;
    while (s.next()) {
        ParkedTopic t;
        t.entry.id = s.integer(0);
        t.meetingId = s.integer(1);
        t.meetingTitle = s.text(2);
        t.date = dateFromSql(s.value(3));
        index.insert(t.entry.id, result.size());
        if (!meetings.contains(t.meetingId))
            meetings << t.meetingId;
        result << t;
    }
    // Each entry whole (coordinators, notes, run), read with its meeting's agenda.
    const AgendaRepository agenda(m_db);
    for (Id meeting : std::as_const(meetings)) {
        for (const AgendaEntry &e : agenda.forMeeting(meeting)) {
            const auto i = index.constFind(e.id);
            if (i != index.cend())
                result[*i].entry = e;
        }
    }
    return result;
}

QString SeriesHistoryRepository::runningNotes(Id entryId) const
{
    Statement s = Statement::run(m_db, QStringLiteral("SELECT running_notes FROM agenda_entry WHERE id = ?"),
                                 tr("read the notes of a carried topic"), {entryId});
    return s.next() ? s.text(0) : QString();
}

QList<Id> SeriesHistoryRepository::carriedFrom(Id entryId) const
{
    Statement s = Statement::run(m_db, QStringLiteral("SELECT id FROM agenda_entry WHERE carried_from_entry_id = ?"),
                                 tr("read the parking lot"), {entryId});
    QList<Id> ids;
    while (s.next())
        ids << s.integer(0);
    return ids;
}

bool SeriesHistoryRepository::isNewestOfSeries(Id meetingId) const
{
    Statement s = Statement::run(
        m_db,
        QStringLiteral("SELECT m.series_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM meeting o "
                       "WHERE o.series_id = m.series_id AND o.id <> m.id AND (o.start_date > m.start_date "
                       "OR (o.start_date = m.start_date AND o.id > m.id))) FROM meeting m WHERE m.id = ?"),
        tr("read the meetings of the series"), {meetingId});
    return s.next() && s.integer(0) != 0;
}

SinceLastMeeting SeriesHistoryRepository::sinceLastMeeting(Id meetingId, const NameLookup &names) const
{
    const QString context = tr("read what changed since the last meeting");
    SinceLastMeeting result;
    result.meetingId = meetingId;
    Statement previous
        = Statement::run(m_db,
                         QStringLiteral("SELECT p.id, p.title, p.start_date FROM meeting m JOIN meeting p "
                                        "ON p.series_id = m.series_id AND p.id <> m.id "
                                        "WHERE m.id = ? AND (p.start_date < m.start_date "
                                        "OR (p.start_date = m.start_date AND p.id < m.id)) "
                                        "ORDER BY p.start_date DESC, p.id DESC LIMIT 1"),
                         context, {meetingId});
    if (!previous.next())
        return result;
    result.previousMeetingId = previous.integer(0);
    result.previousTitle = previous.text(1);
    result.previousDate = dateFromSql(previous.value(2));

    // Closed: a done date on or after the previous meeting's date. Opened: recorded in the
    // previous meeting or in any meeting of the library between it and this one.
    Statement closed = Statement::run(
        m_db,
        QStringLiteral("SELECT a.id, a.meeting_id FROM action_item a JOIN meeting m ON m.id = a.meeting_id "
                       "WHERE a.done = 1 AND a.done_date >= ? ORDER BY a.done_date, m.start_date, a.position, a.id"),
        context, {sqlDate(result.previousDate)});
    QList<std::pair<Id, Id>> closedIds;
    while (closed.next())
        closedIds.append({closed.integer(0), closed.integer(1)});
    Statement opened = Statement::run(
        m_db,
        QStringLiteral("SELECT a.id, a.meeting_id FROM action_item a JOIN meeting m ON m.id = a.meeting_id "
                       "JOIN meeting t ON t.id = ? JOIN meeting p ON p.id = ? "
                       "WHERE m.id <> t.id AND (m.id = p.id OR (m.start_date >= p.start_date "
                       "AND (m.start_date < t.start_date OR (m.start_date = t.start_date AND m.id < t.id)))) "
                       "ORDER BY m.start_date, m.id, a.position, a.id"),
        context, {meetingId, result.previousMeetingId});
    QList<std::pair<Id, Id>> openedIds;
    while (opened.next())
        openedIds.append({opened.integer(0), opened.integer(1)});

    // The items whole (assignees), read per meeting they come from.
    QHash<Id, ActionItem> actions;
    QHash<Id, std::pair<QString, QDate>> meetingOf;
    const ActionItemRepository actionRepository(m_db);
    QList<Id> read;
    for (const auto &list : {closedIds, openedIds}) {
        for (const auto &[action, meeting] : list) {
            if (read.contains(meeting))
                continue;
            read << meeting;
            for (const ActionItem &a : actionRepository.list(meeting))
                actions.insert(a.id, a);
            Statement m = Statement::run(m_db, QStringLiteral("SELECT title, start_date FROM meeting WHERE id = ?"),
                                         context, {meeting});
            if (m.next())
                meetingOf.insert(meeting, {m.text(0), dateFromSql(m.value(1))});
        }
    }
    const auto items = [&](const QList<std::pair<Id, Id>> &ids, bool closedSection) {
        QList<SinceLastMeeting::Item> list;
        for (const auto &[action, meeting] : ids) {
            const ActionItem a = actions.value(action);
            SinceLastMeeting::Item item;
            item.id = a.id;
            item.text = a.description;
            item.who = names.joinAssignees(a.assignees);
            item.done = a.done;
            item.date = closedSection ? a.doneDate : a.dueDate;
            item.meetingId = meeting;
            item.meetingTitle = meetingOf.value(meeting).first;
            item.meetingDate = meetingOf.value(meeting).second;
            list << item;
        }
        return list;
    };
    result.sections.append({QStringLiteral("closed"), tr("Action items closed"), items(closedIds, true)});
    result.sections.append({QStringLiteral("opened"), tr("Action items opened"), items(openedIds, false)});

    // Decisions taken in the same meetings as the opened items: the previous one and those between.
    // (What it is ordered by is selected too: PostgreSQL wants that of a SELECT DISTINCT.)
    Statement taken = Statement::run(
        m_db,
        QStringLiteral("SELECT DISTINCT m.id, m.start_date FROM meeting m JOIN meeting t ON t.id = ? JOIN meeting p ON p.id = ? "
                       "WHERE m.id <> t.id AND (m.id = p.id OR (m.start_date >= p.start_date "
                       "AND (m.start_date < t.start_date OR (m.start_date = t.start_date AND m.id < t.id)))) "
                       "AND EXISTS (SELECT 1 FROM decision d WHERE d.meeting_id = m.id) "
                       "ORDER BY m.start_date, m.id"),
        context, {meetingId, result.previousMeetingId});
    QList<Id> decisionMeetings;
    while (taken.next())
        decisionMeetings << taken.integer(0);
    QList<SinceLastMeeting::Item> decisions;
    const DecisionRepository decisionRepository(m_db);
    for (Id meeting : std::as_const(decisionMeetings)) {
        Statement m = Statement::run(m_db, QStringLiteral("SELECT title, start_date FROM meeting WHERE id = ?"),
                                     context, {meeting});
        const bool found = m.next();
        for (const Decision &d : decisionRepository.forMeeting(meeting)) {
            SinceLastMeeting::Item item;
            item.id = d.id;
            item.text = d.text;
            item.who = names.joinAssignees(d.decidedBy);
            item.date = d.date;
            item.meetingId = meeting;
            if (found) {
                item.meetingTitle = m.text(0);
                item.meetingDate = dateFromSql(m.value(1));
            }
            decisions << item;
        }
    }
    result.sections.append({QStringLiteral("decisions"), tr("Decisions taken"), decisions});
    return result;
}

} // namespace Quorum
