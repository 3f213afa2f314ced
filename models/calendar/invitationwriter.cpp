// SPDX-License-Identifier: GPL-3.0-or-later
#include "invitationwriter.h"

#include "agenda/agendastate.h"
#include "document/meetingreader.h"
#include "export/actionexport.h"
#include "storage/database.h"
#include "storage/invitationrepository.h"
#include "storage/personrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QUuid>

#include <algorithm>

namespace Quorum {

namespace {

QString clock(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString range(const QTime &start, const QTime &end)
{
    return clock(start) + QStringLiteral("\u2013") + clock(end);
}

/** The first start and the last end of entries (those with a start time); invalid when none has one. */
void span(const QList<const AgendaEntry *> &entries, QTime *start, QTime *end)
{
    *start = QTime();
    *end = QTime();
    for (const AgendaEntry *e : entries) {
        if (!e->startTime.isValid() || e->isParked())
            continue;
        if (!start->isValid() || e->startTime < *start)
            *start = e->startTime;
        const QTime until = e->startTime.addSecs(e->plannedMinutes() * 60);
        if (!end->isValid() || until > *end)
            *end = until;
    }
}

/** A day's agenda and the names it needs, read once for all the day's events. */
struct MeetingData
{
    MeetingContent content;
    AgendaState agenda;
    NameLookup names;
    QTimeZone zone;
};

MeetingData readMeeting(const QSqlDatabase &db, Id meetingId)
{
    const MeetingReader reader(db);
    MeetingData d;
    d.content = reader.load(meetingId); // throws when there is no such meeting
    d.agenda.startDate = d.content.meeting.startDate;
    d.agenda.endDate = d.content.meeting.endDate;
    d.agenda.days = d.content.days;
    d.agenda.entries = d.content.entries;
    d.names = reader.names();
    d.zone = QTimeZone(d.content.meeting.timeZone.toUtf8());
    if (d.content.meeting.timeZone.isEmpty() || !d.zone.isValid())
        d.zone = QTimeZone::utc();
    return d;
}

QString blockName(const AgendaEntry &block, const NameLookup &names)
{
    if (!block.title.trimmed().isEmpty())
        return block.title.simplified();
    const QString moderator = names.person(block.moderatorId);
    return moderator.isEmpty() ? InvitationWriter::tr("Block") : InvitationWriter::tr("Moderator: %1").arg(moderator);
}

/** "09:00–09:15  Welcome — Wil O'Mullane" for each timed entry (and a block's heading). */
QStringList agendaLines(const MeetingData &d, const MeetingDay &day, Id onlyBlock)
{
    QStringList lines;
    const auto entryLine = [&](const AgendaEntry &e, const QString &indent) {
        if (e.isParked())
            return;
        QString line = indent;
        if (e.startTime.isValid())
            line += (e.plannedMinutes() > 0 ? range(e.startTime, e.startTime.addSecs(e.plannedMinutes() * 60))
                                            : clock(e.startTime))
                    + QStringLiteral("  ");
        line += e.title.simplified();
        const QString who = d.names.joinPeople(e.coordinatorIds);
        if (!who.isEmpty())
            line += QStringLiteral(" \u2014 ") + who;
        lines << line;
    };
    for (Id id : d.agenda.children(day.id, 0)) {
        const AgendaEntry *e = d.agenda.entry(id);
        if (onlyBlock && id != onlyBlock)
            continue;
        if (e->kind != AgendaEntry::Kind::Block) {
            entryLine(*e, QString());
            continue;
        }
        QList<const AgendaEntry *> inside;
        for (Id child : d.agenda.children(day.id, id))
            inside << d.agenda.entry(child);
        QTime start, end;
        span(inside, &start, &end);
        lines << (start.isValid() ? range(start, end) + QStringLiteral("  ") : QString()) + blockName(*e, d.names);
        for (const AgendaEntry *child : std::as_const(inside))
            entryLine(*child, QStringLiteral("    "));
    }
    return lines;
}

/** How to join, as ConferenceText reads it back: never a passcode. */
QStringList joiningLines(const Meeting &m)
{
    QStringList lines;
    const QString url = Meeting::printableJoinUrl(m.joinUrl);
    if (!url.isEmpty())
        lines << InvitationWriter::tr("Join: %1").arg(url);
    if (!m.meetingCode.trimmed().isEmpty())
        lines << InvitationWriter::tr("Meeting ID: %1").arg(m.meetingCode.simplified());
    for (const DialIn &dial : m.dialIns) {
        if (dial.number.trimmed().isEmpty())
            continue;
        lines << (dial.label.trimmed().isEmpty()
                      ? InvitationWriter::tr("Phone: %1").arg(dial.number.simplified())
                      : InvitationWriter::tr("Phone (%1): %2").arg(dial.label.simplified(), dial.number.simplified()));
    }
    if (!m.sipAddress.trimmed().isEmpty())
        lines << InvitationWriter::tr("SIP: %1").arg(m.sipAddress.simplified());
    if (!m.passcodeHint.trimmed().isEmpty())
        lines << InvitationWriter::tr("Passcode: %1").arg(m.passcodeHint.simplified());
    return lines;
}

QString description(const MeetingData &d, const MeetingDay &day, Id onlyBlock)
{
    QStringList text = joiningLines(d.content.meeting);
    const QStringList agenda = agendaLines(d, day, onlyBlock);
    if (!agenda.isEmpty()) {
        if (!text.isEmpty())
            text << QString();
        text << InvitationWriter::tr("Agenda, %1 (times in %2):")
                    .arg(QLocale().toString(day.date, QLocale::LongFormat), QString::fromUtf8(d.zone.id()));
        text << agenda;
    }
    return text.join(QLatin1Char('\n'));
}

QList<InvitationEvent> eventsOf(const MeetingData &d, InvitationOptions::Events kind)
{
    QList<InvitationEvent> events;
    const Meeting &m = d.content.meeting;
    const qsizetype dayCount = d.content.days.size();
    for (qsizetype i = 0; i < dayCount; ++i) {
        const MeetingDay &day = d.content.days.at(i);
        const QString dayKey = QStringLiteral("day-%1").arg(i + 1);
        const QString title = m.title.simplified();
        if (kind == InvitationOptions::Events::PerBlock) {
            bool any = false;
            int blockNumber = 0;
            for (Id id : d.agenda.children(day.id, 0)) {
                const AgendaEntry *block = d.agenda.entry(id);
                if (block->kind != AgendaEntry::Kind::Block)
                    continue;
                ++blockNumber;
                QList<const AgendaEntry *> inside;
                for (Id child : d.agenda.children(day.id, id))
                    inside << d.agenda.entry(child);
                QTime start, end;
                span(inside, &start, &end);
                if (!start.isValid())
                    continue;
                InvitationEvent e;
                e.key = dayKey + QStringLiteral("-block-%1").arg(blockNumber);
                e.summary = InvitationWriter::tr("%1 \u2014 %2").arg(title, blockName(*block, d.names));
                e.date = day.date;
                e.start = QDateTime(day.date, start, d.zone);
                e.end = QDateTime(day.date, end, d.zone);
                e.description = description(d, day, id);
                events << e;
                any = true;
            }
            if (any)
                continue;
        }
        InvitationEvent e;
        e.key = dayKey;
        e.summary
            = dayCount > 1 ? InvitationWriter::tr("%1 \u2014 day %2 of %3").arg(title).arg(i + 1).arg(dayCount) : title;
        e.date = day.date;
        QList<const AgendaEntry *> entries;
        for (const AgendaEntry &entry : d.content.entries) {
            if (entry.dayId == day.id && entry.kind != AgendaEntry::Kind::Block)
                entries << &entry;
        }
        QTime start, end;
        span(entries, &start, &end);
        if (day.plannedStart.isValid())
            start = day.plannedStart;
        if (day.plannedEnd.isValid())
            end = day.plannedEnd;
        if (start.isValid()) {
            e.start = QDateTime(day.date, start, d.zone);
            e.end = end.isValid() && end > start ? QDateTime(day.date, end, d.zone) : e.start;
        }
        e.description = description(d, day, 0);
        events << e;
    }
    return events;
}

QList<InvitationAttendee> attendeesOf(const QSqlDatabase &db, const MeetingContent &content)
{
    QHash<Id, Person> people;
    for (const Person &p : PersonRepository(db).all())
        people.insert(p.id, p);
    QList<InvitationAttendee> list;
    for (const Participant &p : content.participants) {
        const Person person = people.value(p.personId);
        if (ActionExport::icalMailto(person.email).isEmpty())
            continue;
        list.append({person.shownName(), person.email.trimmed(), InvitationWriter::role(p.role)});
    }
    return list;
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString localTime(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString offset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    seconds = qAbs(seconds);
    QString text = QStringLiteral("%1%2%3")
                       .arg(sign)
                       .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                       .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
    if (seconds % 60)
        text += QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return text;
}

/** DTSTART and DTEND lines: in the zone (TZID), or UTC, or dates for an all-day event. */
QStringList timeLines(const InvitationEvent &e, const QTimeZone &zone)
{
    if (e.isAllDay())
        return {QStringLiteral("DTSTART;VALUE=DATE:") + e.date.toString(QStringLiteral("yyyyMMdd")),
                QStringLiteral("DTEND;VALUE=DATE:") + e.date.addDays(1).toString(QStringLiteral("yyyyMMdd"))};
    if (zone == QTimeZone::utc())
        return {QStringLiteral("DTSTART:") + stamp(e.start), QStringLiteral("DTEND:") + stamp(e.end)};
    const QString tzid = QString::fromUtf8(zone.id());
    return {QStringLiteral("DTSTART;TZID=%1:%2").arg(tzid, localTime(e.start)),
            QStringLiteral("DTEND;TZID=%1:%2").arg(tzid, localTime(e.end))};
}

/** One person's line: ORGANIZER or ATTENDEE with its parameters; empty without a usable address. */
QString personLine(const QString &property, const QString &name, const QString &email, const QString &parameters)
{
    const QString mailto = ActionExport::icalMailto(email);
    if (mailto.isEmpty())
        return {};
    QString line = property;
    if (!name.trimmed().isEmpty())
        line += QStringLiteral(";CN=") + ActionExport::icalParameter(name);
    return line + parameters + QLatin1Char(':') + mailto;
}

QString sha256(const QStringList &lines)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

QString InvitationWriter::role(const QString &participantRole)
{
    if (participantRole == QLatin1String("moderator"))
        return QStringLiteral("CHAIR");
    if (participantRole == QLatin1String("guest"))
        return QStringLiteral("OPT-PARTICIPANT");
    return QStringLiteral("REQ-PARTICIPANT");
}

QList<InvitationEvent> InvitationWriter::events(const QSqlDatabase &db, Id meetingId, InvitationOptions::Events events)
{
    return eventsOf(readMeeting(db, meetingId), events);
}

QList<InvitationAttendee> InvitationWriter::attendees(const QSqlDatabase &db, Id meetingId)
{
    return attendeesOf(db, MeetingReader(db).load(meetingId));
}

InvitationOrganizer InvitationWriter::rememberedOrganizer(const QSqlDatabase &db, Id meetingId)
{
    const InvitationRecord record = InvitationRepository(db).load(meetingId);
    return {record.organizerName, record.organizerEmail};
}

QList<InvitationEvent> InvitationWriter::events(const Database &db, Id meetingId, InvitationOptions::Events events)
{
    return InvitationWriter::events(db.connection(), meetingId, events);
}

QList<InvitationAttendee> InvitationWriter::attendees(const Database &db, Id meetingId)
{
    return attendees(db.connection(), meetingId);
}

InvitationOrganizer InvitationWriter::rememberedOrganizer(const Database &db, Id meetingId)
{
    return rememberedOrganizer(db.connection(), meetingId);
}

QList<InvitationOrganizer> InvitationWriter::organizers(const Database &db)
{
    return organizers(db.connection());
}

bool InvitationWriter::findOrganizer(const QSqlDatabase &db, const QString &nameOrEmail, InvitationOrganizer *organizer,
                                     QString *error)
{
    *organizer = InvitationOrganizer();
    const QString wanted = nameOrEmail.simplified();
    if (wanted.isEmpty())
        return true;
    const auto same = [&](const QString &text) { return text.compare(wanted, Qt::CaseInsensitive) == 0; };
    const QList<Person> people = PersonRepository(db).all();
    for (int pass = 0; pass < 2; ++pass) {
        for (const Person &p : people) {
            const bool match = pass == 0 ? same(p.email.trimmed())
                                         : same(p.displayName) || same(p.username)
                                               || std::any_of(p.aliases.cbegin(), p.aliases.cend(), same);
            if (!match)
                continue;
            if (ActionExport::icalMailto(p.email).isEmpty()) {
                *error = tr("%1 has no email in the directory; an organizer needs one.").arg(p.shownName());
                return false;
            }
            *organizer = {p.shownName(), p.email.trimmed()};
            return true;
        }
    }
    *error = tr("Nobody in the directory is “%1”: the organizer is a person of the directory (a name or an "
                "email).")
                 .arg(wanted);
    return false;
}

QList<InvitationOrganizer> InvitationWriter::organizers(const QSqlDatabase &db)
{
    QList<InvitationOrganizer> list;
    for (const Person &p : PersonRepository(db).all()) {
        if (!ActionExport::icalMailto(p.email).isEmpty())
            list.append({p.shownName(), p.email.trimmed()});
    }
    std::sort(list.begin(), list.end(), [](const InvitationOrganizer &a, const InvitationOrganizer &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return list;
}

QStringList InvitationWriter::timeZone(const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    const QString name = QString::fromUtf8(zone.id());
    QStringList lines{QStringLiteral("BEGIN:VTIMEZONE"), QStringLiteral("TZID:") + name};
    QList<QTimeZone::OffsetData> changes;
    const QTimeZone::OffsetData before = zone.previousTransition(from.addSecs(1));
    if (before.atUtc.isValid())
        changes << before;
    for (const QTimeZone::OffsetData &t : zone.transitions(from, to)) {
        if (!before.atUtc.isValid() || t.atUtc > before.atUtc)
            changes << t;
    }
    if (changes.isEmpty()) {
        // A zone that has not changed its offset: one observance since long before the meeting.
        const int now = zone.offsetFromUtc(from);
        lines << QStringLiteral("BEGIN:STANDARD") << QStringLiteral("DTSTART:19700101T000000")
              << QStringLiteral("TZOFFSETFROM:") + offset(now) << QStringLiteral("TZOFFSETTO:") + offset(now);
        const QString abbreviation = zone.abbreviation(from);
        if (!abbreviation.isEmpty())
            lines << QStringLiteral("TZNAME:") + ActionExport::icalText(abbreviation);
        lines << QStringLiteral("END:STANDARD");
    }
    // One observance per kind of change (daylight or standard, offsets, name); its later changes as RDATEs.
    struct Observance
    {
        bool daylight;
        int from;
        int to;
        QString name;
        QStringList starts; ///< local time before the change, in the offset it changes from
    };
    QList<Observance> observances;
    for (const QTimeZone::OffsetData &t : std::as_const(changes)) {
        const int fromOffset = zone.offsetFromUtc(t.atUtc.addSecs(-1));
        const bool daylight = t.daylightTimeOffset != 0;
        const QString start = t.atUtc.toUTC().addSecs(fromOffset).toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
        auto it = std::find_if(observances.begin(), observances.end(), [&](const Observance &o) {
            return o.daylight == daylight && o.from == fromOffset && o.to == t.offsetFromUtc
                   && o.name == t.abbreviation;
        });
        if (it == observances.end())
            observances.append({daylight, fromOffset, t.offsetFromUtc, t.abbreviation, {start}});
        else
            it->starts << start;
    }
    for (const Observance &o : std::as_const(observances)) {
        const QString kind = o.daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        lines << QStringLiteral("BEGIN:") + kind << QStringLiteral("DTSTART:") + o.starts.constFirst()
              << QStringLiteral("TZOFFSETFROM:") + offset(o.from) << QStringLiteral("TZOFFSETTO:") + offset(o.to);
        for (qsizetype i = 1; i < o.starts.size(); ++i)
            lines << QStringLiteral("RDATE:") + o.starts.at(i);
        if (!o.name.isEmpty())
            lines << QStringLiteral("TZNAME:") + ActionExport::icalText(o.name);
        lines << QStringLiteral("END:") + kind;
    }
    lines << QStringLiteral("END:VTIMEZONE");
    return lines;
}

QByteArray InvitationWriter::write(const QSqlDatabase &db, Id meetingId, const InvitationOptions &options)
{
    const MeetingData d = readMeeting(db, meetingId);
    const QList<InvitationEvent> events = eventsOf(d, options.events);
    if (events.isEmpty())
        throw StorageError(
            tr("The meeting “%1” has no days: there is nothing to invite to.").arg(d.content.meeting.title));
    const QList<InvitationAttendee> attendees = attendeesOf(db, d.content);
    InvitationRepository repository(db);
    const InvitationRecord before = repository.load(meetingId);
    InvitationRecord record = before;
    if (record.uuid.isEmpty())
        record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (options.organizer) {
        record.organizerName = options.organizer->name.simplified();
        record.organizerEmail = ActionExport::icalMailto(options.organizer->email).isEmpty()
                                    ? QString()
                                    : options.organizer->email.trimmed();
        if (record.organizerEmail.isEmpty())
            record.organizerName.clear();
    }

    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                      QStringLiteral("PRODID:-//Quorum//Quorum meeting invitation//EN"),
                      QStringLiteral("CALSCALE:GREGORIAN"), QStringLiteral("METHOD:REQUEST")};
    if (d.zone != QTimeZone::utc()) {
        QDateTime from, to;
        for (const InvitationEvent &e : events) {
            const QDateTime start = e.isAllDay() ? QDateTime(e.date, QTime(0, 0), d.zone) : e.start;
            const QDateTime end = e.isAllDay() ? QDateTime(e.date.addDays(1), QTime(0, 0), d.zone) : e.end;
            if (!from.isValid() || start < from)
                from = start;
            if (!to.isValid() || end > to)
                to = end;
        }
        lines << timeZone(d.zone, from, to);
    }
    const Meeting &m = d.content.meeting;
    const QString url = Meeting::printableJoinUrl(m.joinUrl);
    for (const InvitationEvent &e : events) {
        const QString uid = QStringLiteral("quorum-%1-%2@quorum.invalid").arg(record.uuid, e.key);
        QStringList content = timeLines(e, d.zone);
        content << QStringLiteral("SUMMARY:") + ActionExport::icalText(e.summary);
        if (!m.location.trimmed().isEmpty())
            content << QStringLiteral("LOCATION:") + ActionExport::icalText(m.location.simplified());
        if (!url.isEmpty())
            content << QStringLiteral("URL:") + url;
        if (!e.description.isEmpty())
            content << QStringLiteral("DESCRIPTION:") + ActionExport::icalText(e.description);
        const QString organizer
            = personLine(QStringLiteral("ORGANIZER"), record.organizerName, record.organizerEmail, {});
        if (!organizer.isEmpty())
            content << organizer;
        for (const InvitationAttendee &a : attendees)
            content << personLine(QStringLiteral("ATTENDEE"), a.name, a.email,
                                  QStringLiteral(";ROLE=%1;PARTSTAT=NEEDS-ACTION;RSVP=TRUE").arg(a.role));
        content << QStringLiteral("STATUS:CONFIRMED") << QStringLiteral("TRANSP:OPAQUE");

        // The sequence rises when the event says something else than when it was last written.
        const QString hash = sha256(content);
        InvitationEventRecord written{uid, 0, hash};
        if (const InvitationEventRecord *last = before.event(uid))
            written.sequence = last->sequence + (last->sha256 == hash ? 0 : 1);
        record.events.removeIf([&](const InvitationEventRecord &r) { return r.uid == uid; });
        record.events << written;

        lines << QStringLiteral("BEGIN:VEVENT") << QStringLiteral("UID:") + uid
              << QStringLiteral("DTSTAMP:") + stamp(options.stamp)
              << QStringLiteral("SEQUENCE:%1").arg(written.sequence) << content << QStringLiteral("END:VEVENT");
    }
    lines << QStringLiteral("END:VCALENDAR");
    std::sort(record.events.begin(), record.events.end(),
              [](const InvitationEventRecord &a, const InvitationEventRecord &b) { return a.uid < b.uid; });
    if (!(record == before))
        repository.save(meetingId, record);

    QByteArray out;
    for (const QString &line : std::as_const(lines))
        out += ActionExport::foldLine(line.toUtf8());
    return out;
}

QByteArray InvitationWriter::write(Database &db, Id meetingId, const InvitationOptions &options)
{
    if (db.isReadOnly())
        throw StorageError(tr("The library is open read-only: an invitation is remembered (its UIDs and sequence "
                              "numbers) in the library, so it cannot be exported now."));
    Transaction transaction(db.connection(), tr("export the invitation"));
    const QByteArray data = write(db.connection(), meetingId, options);
    transaction.commit();
    return data;
}

} // namespace Quorum
