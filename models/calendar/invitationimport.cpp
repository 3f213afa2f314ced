// SPDX-License-Identifier: GPL-3.0-or-later
#include "invitationimport.h"

#include "data/meetingtitle.h"
#include "data/participant.h"
#include "export/jsonimporter.h"
#include "export/jsonkeys.h"
#include "notes/mimeparts.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/seriesrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "wiki/wikipeople.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

namespace Quorum {

namespace {

using Calendar = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

QString fromIcal(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

/** A name or text from the file as one line without control characters, at most max characters. */
QString oneLine(const QString &text, int max = 500)
{
    QString out;
    for (const QChar c : text) {
        // Bidirectional overrides and isolates would turn a name around on screen ("\u202eweiver"): gone.
        const bool bidi
            = (c.unicode() >= 0x202A && c.unicode() <= 0x202E) || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069);
        if (bidi)
            continue;
        out += (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
                   ? QChar(u' ')
                   : c;
    }
    return out.simplified().left(max);
}

/** The parameter of a property, or empty. */
QString parameter(icalproperty *property, icalparameter_kind kind)
{
    icalparameter *p = icalproperty_get_first_parameter(property, kind);
    if (!p)
        return {};
    switch (kind) {
    case ICAL_CN_PARAMETER: return fromIcal(icalparameter_get_cn(p));
    case ICAL_TZID_PARAMETER: return fromIcal(icalparameter_get_tzid(p));
    default: return fromIcal(icalparameter_as_ical_string(p)).section(QLatin1Char('='), 1);
    }
}

/** The IANA id a time zone of the file stands for, or empty. */
QString ianaZone(const QString &tzid, const icaltimezone *zone)
{
    const auto available
        = [](const QString &id) { return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id.toUtf8()); };
    if (available(tzid))
        return tzid;
    // "/freeassociation.sourceforge.net/America/New_York", "/mozilla.org/20050126_1/America/New_York"
    QStringList parts = tzid.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    while (parts.size() > 1) {
        parts.removeFirst();
        if (available(parts.join(QLatin1Char('/'))) && parts.join(QLatin1Char('/')).contains(QLatin1Char('/')))
            return parts.join(QLatin1Char('/'));
    }
    // Outlook and Teams: Windows' names ("Pacific Standard Time").
    const QString windows = QString::fromUtf8(QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8()));
    if (available(windows))
        return windows;
    if (zone) {
        const QString location = fromIcal(icaltimezone_get_location(const_cast<icaltimezone *>(zone)));
        if (available(location))
            return location;
    }
    return {};
}

/** A title without "Day 2", "(Day 2 of 3)", "- Day 2": the meeting's, for each of its days. */
QString withoutDay(const QString &title)
{
    static const QRegularExpression day(
        QStringLiteral("\\s*(?:[-\u2013\u2014:,|]\\s*)?\\(?\\bday\\s+\\d+(?:\\s+of\\s+\\d+)?\\)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression leadingDay(
        QStringLiteral("^\\s*\\(?\\bday\\s+\\d+(?:\\s+of\\s+\\d+)?\\)?\\s*[-\u2013\u2014:|]\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    QString t = title;
    t.remove(day);
    t.remove(leadingDay);
    return t.trimmed().isEmpty() ? title.trimmed() : t.trimmed();
}

/** One event's time: UTC seconds, or a date for an all-day event. */
struct EventTime
{
    bool allDay = false;
    QDate date;
    qint64 secs = 0;
    bool floating = false;
    QString zone; ///< the IANA zone its TZID stands for
};

bool eventTime(icalproperty *property, icaltimetype time, EventTime *out, QString *tzid)
{
    *out = EventTime();
    if (icaltime_is_null_time(time) || !icaltime_is_valid_time(time))
        return false;
    if (time.is_date) {
        out->allDay = true;
        out->date = QDate(time.year, time.month, time.day);
        return out->date.isValid();
    }
    const icaltimezone *zone = icaltime_get_timezone(time);
    *tzid = property ? parameter(property, ICAL_TZID_PARAMETER) : QString();
    if (!tzid->isEmpty() && !zone)
        return false; // named a zone nobody defines
    if (icaltime_is_utc(time)) {
        out->zone = QStringLiteral("UTC");
        out->secs = qint64(icaltime_as_timet_with_zone(time, icaltimezone_get_utc_timezone()));
    } else if (zone) {
        out->zone = ianaZone(*tzid, zone);
        out->secs = qint64(icaltime_as_timet_with_zone(time, zone));
    } else {
        out->floating = true;
        out->date = QDate(time.year, time.month, time.day);
        out->secs = QDateTime(out->date, QTime(time.hour, time.minute, time.second), Qt::UTC).toSecsSinceEpoch();
    }
    return true;
}

/** A floating time's seconds as if they were in zone. */
qint64 inZone(const EventTime &t, const QTimeZone &zone)
{
    if (!t.floating)
        return t.secs;
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(t.secs, Qt::UTC);
    return QDateTime(wall.date(), wall.time(), zone).toSecsSinceEpoch();
}

/** The cadence an RRULE suggests, with a notice where it fits none of Quorum's. */
Cadence cadenceOf(const icalrecurrencetype &rule, const QDate &start, QStringList *notices)
{
    const int interval = qBound(1, int(rule.interval), 99);
    if (rule.freq == ICAL_WEEKLY_RECURRENCE) {
        if (rule.by_day[0] != ICAL_RECURRENCE_ARRAY_MAX && rule.by_day[1] != ICAL_RECURRENCE_ARRAY_MAX)
            notices->append(InvitationImport::tr("The invitation repeats on several days of the week; the series "
                                                 "meets every %n week(s) from the first.",
                                                 nullptr, interval));
        return Cadence::weekly(interval);
    }
    if (rule.freq == ICAL_MONTHLY_RECURRENCE && rule.by_day[0] != ICAL_RECURRENCE_ARRAY_MAX && interval == 1) {
        const int position = icalrecurrencetype_day_position(rule.by_day[0]);
        if (position == -1 || position == Cadence::weekdayOrdinal(start))
            return Cadence::monthlyByWeekday();
    }
    if (rule.freq == ICAL_DAILY_RECURRENCE && interval % 7 == 0)
        return Cadence::weekly(interval / 7);
    notices->append(InvitationImport::tr("The invitation repeats in a way a series' cadence cannot say (%1); "
                                         "the series has no cadence.")
                        .arg(fromIcal(icalrecurrencetype_as_string(const_cast<icalrecurrencetype *>(&rule)))));
    return {};
}

bool looksBinary(const QByteArray &data)
{
    if (data.left(8192).contains('\0'))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(data.left(8192));
    return text.count(QChar::ReplacementCharacter) * 20 > text.size() + 1;
}

/** The calendar text of an .ics or of an .eml's calendar part; empty with *error when there is none. */
QByteArray calendarText(const QByteArray &data, bool *fromMail, QString *error)
{
    *fromMail = false;
    if (!MimeParts::looksLikeMessage(data) || data.trimmed().startsWith("BEGIN:"))
        return data;
    *fromMail = true;
    for (const MimePart &part : MimeParts::read(data)) {
        if (part.type == QLatin1String("text/calendar") || part.type == QLatin1String("application/ics")
            || part.fileName.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
            return part.utf8();
    }
    *error = InvitationImport::tr("The message holds no calendar invitation (no text/calendar part); nothing was "
                                  "imported.");
    return {};
}

/** The organizer's own words: the description's lines before the joining instructions start. */
QString ownWords(const QString &description)
{
    static const QRegularExpression marker(
        QStringLiteral("(?i)join zoom meeting|inviting you to a scheduled|microsoft teams meeting|join with google "
                       "meet|^join meeting|join on your computer|^[-_=~:.\u2500 ]{10,}$|invitation from google|"
                       "^when:|^meeting link"));
    ConferenceText probe((QString()));
    QStringList kept;
    for (const QString &raw : description.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (marker.match(line).hasMatch())
            break;
        if (probe.read(line) != ConferenceText::Line::Other || !probe.details().isEmpty())
            break;
        kept << oneLine(line, 1000);
    }
    while (!kept.isEmpty() && kept.last().isEmpty())
        kept.removeLast();
    return kept.join(QLatin1Char('\n')).trimmed().left(4000);
}

} // namespace

bool InvitationImport::readFile(const QString &path, const Options &options, Invitation *invitation, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read “%1”: %2.").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxInputBytes) {
        *error = tr("“%1” is larger than %2 MB; an invitation is not.").arg(path).arg(MaxInputBytes / (1024 * 1024));
        return false;
    }
    return read(file.read(MaxInputBytes + 1), options, invitation, error);
}

InvitationImport::Options InvitationImport::optionsFor(const QSqlDatabase &db)
{
    Options options;
    options.directory = PersonRepository(db).all();
    options.series = SeriesRepository(db).all();
    options.today = QDate::currentDate();
    return options;
}

bool InvitationImport::read(const QByteArray &data, const Options &options, Invitation *invitation, QString *error)
{
    if (readInto(data, options, invitation, error))
        return true;
    *invitation = Invitation(); // a refused file leaves nothing half-read
    return false;
}

bool InvitationImport::readInto(const QByteArray &data, const Options &options, Invitation *invitation, QString *error)
{
    *invitation = Invitation();
    Invitation &inv = *invitation;
    if (data.trimmed().isEmpty()) {
        *error = tr("The file is empty; nothing was imported.");
        return false;
    }
    if (data.size() > MaxInputBytes) {
        *error = tr("The file is larger than %1 MB; an invitation is not.").arg(MaxInputBytes / (1024 * 1024));
        return false;
    }
    if (looksBinary(data)) {
        *error = tr("This is not an iCalendar invitation (the file is not text); nothing was imported.");
        return false;
    }
    const QByteArray text = calendarText(data, &inv.fromMail, error);
    if (text.isEmpty())
        return false;
    const QByteArray trimmed = text.trimmed();
    if (!trimmed.startsWith("BEGIN:VCALENDAR")) {
        *error = tr("This is not an iCalendar invitation (it does not begin with BEGIN:VCALENDAR); nothing was "
                    "imported.");
        return false;
    }
    if (!trimmed.endsWith("END:VCALENDAR")) {
        *error = tr("The invitation is incomplete: it is cut short (it does not end with END:VCALENDAR); nothing was "
                    "imported.");
        return false;
    }
    Calendar root(icalparser_parse_string(text.constData()), icalcomponent_free);
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT) {
        *error = tr("This is not an iCalendar invitation; nothing was imported.");
        return false;
    }

    // The events of the meeting: not cancelled, not the changed occurrences of a recurring one.
    QList<icalcomponent *> events;
    int overrides = 0;
    int todos = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(root.get(), ICAL_ANY_COMPONENT)) {
        if (icalcomponent_isa(c) == ICAL_VTODO_COMPONENT)
            ++todos;
        if (icalcomponent_isa(c) != ICAL_VEVENT_COMPONENT)
            continue;
        if (icalcomponent_get_status(c) == ICAL_STATUS_CANCELLED)
            continue;
        if (icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY)) {
            ++overrides;
            continue;
        }
        events << c;
    }
    if (events.isEmpty()) {
        *error = todos ? tr("The file holds no event (VEVENT), only %n to-do(s): there is no meeting in it; nothing "
                            "was imported.",
                            nullptr, todos)
                       : tr("The file holds no event (VEVENT): there is no meeting in it; nothing was imported.");
        return false;
    }
    if (events.size() > MaxEvents) {
        *error = tr("The file holds %1 events, more than one meeting's days (%2 at most); it is a calendar, not an "
                    "invitation.")
                     .arg(events.size())
                     .arg(MaxEvents);
        return false;
    }
    for (icalproperty *p = icalcomponent_get_first_property(root.get(), ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(root.get(), ICAL_XLICERROR_PROPERTY))
        inv.notices << tr("Not read: %1").arg(fromIcal(icalproperty_get_xlicerror(p)));

    // Every event's start and end.
    struct Event
    {
        icalcomponent *component;
        EventTime start;
        EventTime end;
        QString title;
    };
    QList<Event> read;
    for (icalcomponent *e : std::as_const(events)) {
        for (icalproperty *p = icalcomponent_get_first_property(e, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(e, ICAL_XLICERROR_PROPERTY))
            inv.notices << tr("Not read: %1").arg(fromIcal(icalproperty_get_xlicerror(p)));
        Event event{e, {}, {}, oneLine(fromIcal(icalcomponent_get_summary(e)))};
        QString tzid;
        icalproperty *startProperty = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
        if (!startProperty) {
            *error = tr("The event “%1” has no start (DTSTART); nothing was imported.").arg(event.title);
            return false;
        }
        if (!eventTime(startProperty, icalcomponent_get_dtstart(e), &event.start, &tzid)) {
            *error = tzid.isEmpty()
                         ? tr("The start of the event “%1” cannot be read; nothing was imported.").arg(event.title)
                         : tr("The event “%1” is in the time zone “%2”, which the invitation does not "
                              "define and which is not known; nothing was imported.")
                               .arg(event.title, oneLine(tzid, 100));
            return false;
        }
        icalproperty *endProperty = icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY);
        if (!eventTime(endProperty, icalcomponent_get_dtend(e), &event.end, &tzid)) {
            if (!tzid.isEmpty()) {
                *error = tr("The event “%1” ends in the time zone “%2”, which the invitation does not define and "
                            "which is not known; nothing was imported.")
                             .arg(event.title, oneLine(tzid, 100));
                return false;
            }
            event.end = event.start; // no end: an all-day event is one day, a timed one an instant (RFC 5545)
            if (event.end.allDay)
                event.end.date = event.start.date.addDays(1);
        }
        read << event;
    }

    // The meeting: the first event and the others of the same title (a day each).
    const Event &first = read.constFirst();
    inv.title = withoutDay(first.title);
    if (inv.title.isEmpty())
        inv.title = tr("Invitation");
    QList<Event> days;
    int others = 0;
    for (const Event &e : std::as_const(read)) {
        if (withoutDay(e.title) == inv.title || (e.title.isEmpty() && &e == &first))
            days << e;
        else
            ++others;
    }
    if (others)
        inv.notices << tr("%n other event(s) in the file, of other titles, were not imported.", nullptr, others);
    if (overrides)
        inv.notices << tr("%n changed occurrence(s) of the recurring event were not imported.", nullptr, overrides);

    // The time zone: the first event's; a UTC, floating or all-day one takes its series' or this computer's.
    inv.seriesName = MeetingTitle::shorten(inv.title).left(200);
    QString seriesZone;
    for (const Series &s : options.series) {
        if (s.name == inv.seriesName)
            seriesZone = s.timeZone;
    }
    const QString fallbackZone = !seriesZone.isEmpty() ? seriesZone : Meeting::localTimeZone();
    inv.timeZone = first.start.zone;
    if (inv.timeZone.isEmpty() && !first.start.allDay && !first.start.floating) {
        // A zone the file defines under a name of its own ("GMT-0800 (Standard)"): the times stay right as
        // instants, shown in the series' or this computer's zone.
        inv.notices
            << tr("The invitation's time zone has no name Quorum knows; the times are shown in %1.").arg(fallbackZone);
    }
    if (inv.timeZone.isEmpty() || inv.timeZone == QLatin1String("UTC"))
        inv.timeZone = fallbackZone;
    const QTimeZone zone(inv.timeZone.toUtf8());

    // A recurring invitation: its next meeting on or after today, and the cadence it suggests.
    icalproperty *rrule = icalcomponent_get_first_property(first.component, ICAL_RRULE_PROPERTY);
    qint64 shift = 0; // seconds from the first occurrence to the one imported
    if (rrule && days.size() == 1) {
        inv.recurring = true;
        const icalrecurrencetype rule = icalproperty_get_rrule(rrule);
        inv.recurrence = fromIcal(icalrecurrencetype_as_string(const_cast<icalrecurrencetype *>(&rule)));
        const icaltimetype dtstart = icalcomponent_get_dtstart(first.component);
        const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
        std::unique_ptr<icalrecur_iterator, decltype(&icalrecur_iterator_free)> it(
            icalrecur_iterator_new(rule, dtstart), icalrecur_iterator_free);
        QDate chosen;
        const QDate firstDate(dtstart.year, dtstart.month, dtstart.day);
        for (int i = 0; it && i < 5000; ++i) {
            const icaltimetype next = icalrecur_iterator_next(it.get());
            if (icaltime_is_null_time(next))
                break;
            const QDate date(next.year, next.month, next.day);
            if (date >= today) {
                chosen = date;
                break;
            }
        }
        if (!chosen.isValid()) {
            chosen = firstDate;
            inv.notices << tr("The recurring invitation has no meeting after %1; its first meeting is imported.")
                               .arg(today.toString(Qt::ISODate));
        }
        // The same wall-clock time on the chosen date, whatever daylight saving does in between.
        if (first.start.allDay) {
            shift = firstDate.daysTo(chosen);
        } else {
            const QDateTime localFirst = QDateTime::fromSecsSinceEpoch(inZone(first.start, zone), zone);
            shift = QDateTime(chosen, localFirst.time(), zone).toSecsSinceEpoch() - localFirst.toSecsSinceEpoch();
        }
        inv.cadence = cadenceOf(rule, chosen, &inv.notices);
    }

    // Days: one per date an event covers, with its times in the meeting's zone.
    QMap<QDate, MeetingDay> byDate;
    for (const Event &e : std::as_const(days)) {
        if (e.start.allDay) {
            const qint64 daysShift = inv.recurring ? shift : 0;
            const QDate from = e.start.date.addDays(daysShift);
            const QDate to = (e.end.allDay && e.end.date > e.start.date ? e.end.date.addDays(-1) : e.start.date)
                                 .addDays(daysShift);
            for (QDate d = from; d <= to && byDate.size() <= MaxEvents; d = d.addDays(1))
                byDate.insert(d, MeetingDay{0, 0, d, {}, {}, {}, {}, {}});
            continue;
        }
        const qint64 startSecs = inZone(e.start, zone) + (inv.recurring ? shift : 0);
        const qint64 endSecs = qMax(startSecs, inZone(e.end, zone) + (inv.recurring ? shift : 0));
        const QDateTime start = QDateTime::fromSecsSinceEpoch(startSecs, zone);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(endSecs, zone);
        for (QDate d = start.date(); d <= end.date() && byDate.size() <= MaxEvents; d = d.addDays(1)) {
            if (d == end.date() && d != start.date() && end.time() == QTime(0, 0))
                break; // ends at midnight: not a day of its own
            MeetingDay day{0, 0, d, start.time(), end.time(), {}, {}, {}};
            if (end.date() != start.date() && end.time() == QTime(0, 0))
                day.plannedEnd = QTime(23, 59);
            if (!byDate.contains(d))
                byDate.insert(d, day);
        }
    }
    if (byDate.size() > MaxEvents) {
        *error = tr("The invitation spans more than %1 days; it is not one meeting.").arg(MaxEvents);
        return false;
    }
    inv.days = byDate.values();
    inv.startDate = inv.days.constFirst().date;
    inv.endDate = inv.days.constLast().date;
    if (inv.recurring)
        inv.title = QStringLiteral("%1 - %2").arg(inv.seriesName, inv.startDate.toString(Qt::ISODate));

    // How to join: LOCATION, URL, the conference properties, then the description's text.
    ConferenceText conference(inv.fromMail ? tr("Given in the invitation mail (Quorum does not keep passcodes)")
                                           : tr("Given in the invitation (Quorum does not keep passcodes)"));
    const QString location = oneLine(fromIcal(icalcomponent_get_location(first.component)), 1000);
    static const QRegularExpression url(QStringLiteral("(?:https?://|\\bmeet\\.google\\.com/)\\S+"));
    conference.read(location);
    QString place = QString(location).remove(url).remove(QRegularExpression(QStringLiteral("^[\\s;,|-]+|[\\s;,|-]+$")));
    for (icalproperty *p = icalcomponent_get_first_property(first.component, ICAL_ANY_PROPERTY); p;
         p = icalcomponent_get_next_property(first.component, ICAL_ANY_PROPERTY)) {
        const icalproperty_kind kind = icalproperty_isa(p);
        const QString name = fromIcal(icalproperty_get_property_name(p)).toUpper();
        if (kind == ICAL_URL_PROPERTY || name == QLatin1String("CONFERENCE")
            || name == QLatin1String("X-GOOGLE-CONFERENCE") || name == QLatin1String("X-MICROSOFT-SKYPETEAMSMEETINGURL")
            || name == QLatin1String("X-MICROSOFT-ONLINEMEETINGCONFLINK"))
            conference.read(fromIcal(icalproperty_get_value_as_string(p)));
    }
    const QString description = fromIcal(icalcomponent_get_description(first.component));
    conference.readText(description);
    for (const auto &[message, source] : conference.takeNotices()) {
        if (!inv.notices.contains(message)) // a passcode the text gives three times is one notice
            inv.notices << message;
    }
    inv.conference = conference.details();
    // A place that still carries joining text (a meeting ID, a passcode) is not kept either.
    {
        ConferenceText probe((QString()));
        if (probe.read(place) != ConferenceText::Line::Other)
            place.clear();
    }
    inv.place = place.left(500);
    inv.description = ownWords(description);

    // People: the organizer, then the attendees; rooms and resources are not people.
    QList<InvitationPerson> people;
    const auto addPerson = [&](icalproperty *p, bool organizer) {
        const QString value = fromIcal(icalproperty_get_value_as_string(p)).trimmed();
        QString email = value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) ? value.mid(7) : QString();
        email = oneLine(email, 254);
        if (!Person::isPlausibleEmail(email))
            email.clear();
        const QString cutype = parameter(p, ICAL_CUTYPE_PARAMETER).toUpper();
        if (cutype == QLatin1String("ROOM") || cutype == QLatin1String("RESOURCE")) {
            if (inv.place.isEmpty())
                inv.place = oneLine(parameter(p, ICAL_CN_PARAMETER), 200);
            return;
        }
        const QString role = parameter(p, ICAL_ROLE_PARAMETER).toUpper();
        if (role == QLatin1String("NON-PARTICIPANT"))
            return;
        QString name = oneLine(parameter(p, ICAL_CN_PARAMETER), 200);
        if (name.isEmpty() || name.contains(QLatin1Char('@')))
            name = email;
        if (name.isEmpty())
            return;
        for (InvitationPerson &known : people) {
            if ((!email.isEmpty() && known.email.compare(email, Qt::CaseInsensitive) == 0)
                || (email.isEmpty() && known.name == name)) {
                if (organizer)
                    known.organizer = true;
                return;
            }
        }
        if (people.size() >= MaxPeople)
            return;
        InvitationPerson person;
        person.name = name;
        person.email = email;
        person.organizer = organizer;
        person.role = organizer || role == QLatin1String("CHAIR") ? QStringLiteral("moderator")
                      : role == QLatin1String("OPT-PARTICIPANT")  ? QStringLiteral("guest")
                                                                  : QStringLiteral("attendee");
        people << person;
    };
    if (icalproperty *o = icalcomponent_get_first_property(first.component, ICAL_ORGANIZER_PROPERTY))
        addPerson(o, true);
    for (icalproperty *p = icalcomponent_get_first_property(first.component, ICAL_ATTENDEE_PROPERTY); p;
         p = icalcomponent_get_next_property(first.component, ICAL_ATTENDEE_PROPERTY))
        addPerson(p, false);
    // Matched to the directory: by address, then by name (WikiPeople's rules: aliases, initials).
    WikiPeople names(options.directory, {});
    for (InvitationPerson &person : people) {
        for (const Person &d : options.directory) {
            if (!person.email.isEmpty() && d.email.compare(person.email, Qt::CaseInsensitive) == 0)
                person.personId = d.id;
        }
        if (person.personId || person.name == person.email)
            continue;
        person.personId = names.directoryMatch(person.name);
    }
    inv.people = people;
    return true;
}

QJsonObject InvitationImport::document(const Invitation &inv, const QList<Person> &directory)
{
    QJsonArray people;
    QJsonArray participants;
    for (const InvitationPerson &p : inv.people) {
        if (!p.personId && !p.include)
            continue;
        const QString key = QStringLiteral("person-%1").arg(people.size() + 1);
        QJsonObject person{{JsonKeys::Key, key}};
        const auto known
            = std::find_if(directory.cbegin(), directory.cend(), [&](const Person &d) { return d.id == p.personId; });
        if (p.personId && known != directory.cend()) {
            // The directory's own names, so that the import finds the person again.
            if (!known->displayName.isEmpty())
                person.insert(JsonKeys::DisplayName, known->displayName);
            if (!known->username.isEmpty())
                person.insert(JsonKeys::Username, known->username);
        } else {
            person.insert(JsonKeys::DisplayName, p.name);
            if (!p.email.isEmpty())
                person.insert(JsonKeys::Email, p.email);
        }
        people.append(person);
        participants.append(QJsonObject{
            {JsonKeys::Person, key}, {JsonKeys::Role, p.role}, {JsonKeys::Attendance, QStringLiteral("invited")}});
    }
    QJsonObject series{{JsonKeys::Key, QStringLiteral("series-1")}, {JsonKeys::Name, inv.seriesName}};
    if (!inv.timeZone.isEmpty())
        series.insert(JsonKeys::TimeZone, inv.timeZone);
    if (inv.setCadence && inv.cadence.kind != Cadence::Kind::None)
        series.insert(JsonKeys::Cadence, inv.cadence.key());
    QJsonArray days;
    for (const MeetingDay &d : inv.days) {
        QJsonObject day{{JsonKeys::Date, d.date.toString(Qt::ISODate)}, {JsonKeys::Agenda, QJsonArray()}};
        if (d.plannedStart.isValid())
            day.insert(JsonKeys::PlannedStart, d.plannedStart.toString(QStringLiteral("HH:mm")));
        if (d.plannedEnd.isValid() && d.plannedEnd > d.plannedStart)
            day.insert(JsonKeys::PlannedEnd, d.plannedEnd.toString(QStringLiteral("HH:mm")));
        days.append(day);
    }
    QJsonObject meeting{{JsonKeys::Title, inv.title},
                        {JsonKeys::Series, QStringLiteral("series-1")},
                        {JsonKeys::StartDate, inv.startDate.toString(Qt::ISODate)},
                        {JsonKeys::EndDate, inv.endDate.toString(Qt::ISODate)},
                        {JsonKeys::TimeZone, inv.timeZone},
                        {JsonKeys::Participants, participants},
                        {JsonKeys::Days, days}};
    ConferenceDetails conference = inv.conference;
    conference.location = inv.location();
    conference.writeJson(&meeting);
    if (!inv.description.isEmpty())
        meeting.insert(JsonKeys::Description, inv.description);
    return {{JsonKeys::Format, JsonFormat::Name},
            {JsonKeys::FormatVersion, JsonFormat::Version},
            {JsonKeys::People, people},
            {JsonKeys::Series, QJsonArray{series}},
            {JsonKeys::Meetings, QJsonArray{meeting}}};
}

Id InvitationImport::write(const QSqlDatabase &db, const Invitation &invitation)
{
    QBuffer buffer;
    buffer.setData(QJsonDocument(document(invitation, PersonRepository(db).all())).toJson(QJsonDocument::Compact));
    buffer.open(QIODevice::ReadOnly);
    return JsonImporter::importWithin(db, &buffer).meetingIds.value(0);
}

Id InvitationImport::write(Database &db, const Invitation &invitation)
{
    if (db.isReadOnly())
        throw StorageError(tr("The library is open read-only; nothing was imported."));
    Transaction tx(db.connection(), tr("import the invitation"));
    const Id id = write(db.connection(), invitation);
    tx.commit();
    return id;
}

QString InvitationImport::report(const Invitation &inv)
{
    QString out;
    const auto line = [&](const QString &text) { out += text + QLatin1Char('\n'); };
    line(tr("Meeting: %1").arg(inv.title));
    line(tr("Series: %1").arg(inv.seriesName));
    line(inv.startDate == inv.endDate
             ? tr("Date: %1 (%2)").arg(inv.startDate.toString(Qt::ISODate), inv.timeZone)
             : tr("Dates: %1 to %2 (%3)")
                   .arg(inv.startDate.toString(Qt::ISODate), inv.endDate.toString(Qt::ISODate), inv.timeZone));
    for (const MeetingDay &d : inv.days)
        line(d.plannedStart.isValid()
                 ? tr("  %1 %2–%3")
                       .arg(d.date.toString(Qt::ISODate), d.plannedStart.toString(QStringLiteral("HH:mm")),
                            d.plannedEnd.toString(QStringLiteral("HH:mm")))
                 : tr("  %1 all day").arg(d.date.toString(Qt::ISODate)));
    if (inv.recurring)
        line(tr("Recurring: %1; cadence: %2").arg(inv.recurrence, inv.cadence.describe(inv.startDate)));
    if (!inv.location().isEmpty())
        line(tr("Location: %1").arg(inv.location()));
    if (!inv.conference.joinUrl.isEmpty())
        line(tr("Join link: %1").arg(inv.conference.joinUrl));
    if (!inv.conference.meetingCode.isEmpty())
        line(tr("Meeting ID: %1").arg(inv.conference.meetingCode));
    for (const DialIn &d : inv.conference.dialIns)
        line(tr("Dial-in: %1 %2").arg(d.number, d.label).trimmed());
    if (!inv.conference.sipAddress.isEmpty())
        line(tr("SIP: %1").arg(inv.conference.sipAddress));
    if (!inv.conference.passcodeHint.isEmpty())
        line(tr("Passcode hint: %1").arg(inv.conference.passcodeHint));
    line(tr("People: %1").arg(inv.people.size()));
    for (const InvitationPerson &p : inv.people) {
        const QString who
            = p.email.isEmpty() || p.email == p.name ? p.name : QStringLiteral("%1 <%2>").arg(p.name, p.email);
        line(QStringLiteral("  %1 — %2, %3")
                 .arg(who, Participant::roleName(p.role), p.personId ? tr("in the directory") : tr("new")));
    }
    for (const QString &n : inv.notices)
        line(tr("Note: %1").arg(n));
    return out;
}

} // namespace Quorum
