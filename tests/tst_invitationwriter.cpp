// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/invitationimport.h"
#include "calendar/invitationwriter.h"
#include "document/meetingreader.h"
#include "export/actionexport.h"
#include "export/exporter.h"
#include "export/jsonimporter.h"
#include "export/jsoninterchange.h"
#include "fixtures.h"
#include "storage/database.h"
#include "storage/invitationrepository.h"
#include "storage/meetingrepository.h"
#include "storage/meetingrows.h"
#include "storage/personrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>

#include <memory>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

struct IcalFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Ical = std::unique_ptr<icalcomponent, IcalFree>;

Ical parse(const QByteArray &data)
{
    return Ical(icalparser_parse_string(data.constData()));
}

QList<icalcomponent *> components(icalcomponent *root, icalcomponent_kind kind)
{
    QList<icalcomponent *> list;
    for (icalcomponent *c = icalcomponent_get_first_component(root, kind); c;
         c = icalcomponent_get_next_component(root, kind))
        list << c;
    return list;
}

QList<icalproperty *> properties(icalcomponent *c, icalproperty_kind kind)
{
    QList<icalproperty *> list;
    for (icalproperty *p = icalcomponent_get_first_property(c, kind); p; p = icalcomponent_get_next_property(c, kind))
        list << p;
    return list;
}

/** Errors libical found anywhere in the file (X-LIC-ERROR properties). */
int parseErrors(icalcomponent *root)
{
    int n = int(properties(root, ICAL_XLICERROR_PROPERTY).size());
    for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(root, ICAL_ANY_COMPONENT))
        n += parseErrors(c);
    return n;
}

/** The instant a DTSTART or DTEND stands for, through the file's own VTIMEZONE (not libical's built-in zones). */
QDateTime instant(icalcomponent *root, icaltimetype t)
{
    if (t.is_date)
        return {};
    if (icaltime_is_utc(t))
        return QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(t, icaltimezone_get_utc_timezone()), Qt::UTC);
    icalcomponent *vtimezone = icalcomponent_get_first_component(root, ICAL_VTIMEZONE_COMPONENT);
    if (!vtimezone)
        return {};
    icaltimezone *zone = icaltimezone_new();
    icaltimezone_set_component(zone, icalcomponent_new_clone(vtimezone));
    const QDateTime at = QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(t, zone), Qt::UTC);
    icaltimezone_free(zone, 1);
    return at;
}

QString text(const char *value)
{
    return QString::fromUtf8(value ? value : "");
}

QString parameter(icalproperty *p, icalparameter_kind kind)
{
    icalparameter *param = icalproperty_get_first_parameter(p, kind);
    if (!param)
        return {};
    if (kind == ICAL_CN_PARAMETER)
        return text(icalparameter_get_cn(param));
    return text(icalparameter_as_ical_string(param)).section(QLatin1Char('='), 1);
}

/** The unfolded content lines. */
QStringList contentLines(const QByteArray &data)
{
    QByteArray unfolded = data;
    unfolded.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(unfolded).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

Id meetingTitled(const QSqlDatabase &db, const QString &start)
{
    for (const MeetingSummary &m : MeetingRepository(db).summaries()) {
        if (m.title.startsWith(start))
            return m.id;
    }
    return 0;
}

QJsonObject day(const QString &date, const QString &start, const QString &end, const QJsonArray &agenda = {})
{
    QJsonObject d{{"date", date}, {"agenda", agenda}};
    if (!start.isEmpty())
        d.insert("plannedStart", start);
    if (!end.isEmpty())
        d.insert("plannedEnd", end);
    return d;
}

/** A library of one meeting: meeting's keys over a plain one, people with addresses as participants. */
std::unique_ptr<Database> libraryWith(const QTemporaryDir &dir, const QJsonObject &meetingKeys,
                                      const QJsonArray &people = {}, const QJsonArray &participants = {})
{
    QJsonObject meeting{{"title", "Planning"},
                        {"startDate", "2026-10-30"},
                        {"endDate", "2026-11-03"},
                        {"timeZone", "America/Los_Angeles"}};
    for (auto it = meetingKeys.begin(); it != meetingKeys.end(); ++it)
        meeting.insert(it.key(), it.value());
    if (!participants.isEmpty())
        meeting.insert("participants", participants);
    const QJsonObject doc{
        {"format", "quorum-library"}, {"formatVersion", 4}, {"people", people}, {"meetings", QJsonArray{meeting}}};
    QString error;
    const QString path = dir.filePath(QStringLiteral("lib.quorum"));
    if (!JsonImporter::importIntoNewLibrary(path, QJsonDocument(doc).toJson(), &error)) {
        qWarning() << error;
        return nullptr;
    }
    return Database::open(path, Database::Mode::OpenExisting, &error);
}

QJsonArray fiveDays()
{
    QJsonArray days;
    for (const char *date : {"2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02", "2026-11-03"})
        days.append(day(QLatin1String(date), "09:00", "17:00"));
    return days;
}

Id onlyMeeting(const Database &db)
{
    const QList<MeetingSummary> all = MeetingRepository(db.connection()).summaries();
    return all.isEmpty() ? 0 : all.constFirst().id;
}

} // namespace

class TestInvitationWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = writeSample(m_dir);
    }

    void shouldPutTheSampleMeetingsThreeDaysAtTheRightInstants()
    {
        // GIVEN the sample library's three-day meeting (America/Los_Angeles, September: PDT, UTC−7)
        QTemporaryDir dir;
        QString error;
        const QString path = writeSample(dir);
        std::unique_ptr<Database> db = Database::open(path, Database::Mode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error));
        const Id id = meetingTitled(db->connection(), "DM Leadership Team Virtual Face-to-Face Meeting, 2020");
        QVERIFY(id);
        // WHEN its invitation is written
        const QByteArray ics = InvitationWriter::write(*db, id, {});
        // THEN libical reads three events without an error, at the planned times
        const Ical root = parse(ics);
        QVERIFY(root);
        QCOMPARE(parseErrors(root.get()), 0);
        QCOMPARE(
            text(icalproperty_get_value_as_string(icalcomponent_get_first_property(root.get(), ICAL_METHOD_PROPERTY))),
            QStringLiteral("REQUEST"));
        const QList<icalcomponent *> events = components(root.get(), ICAL_VEVENT_COMPONENT);
        QCOMPARE(events.size(), 3);
        QCOMPARE(instant(root.get(), icalcomponent_get_dtstart(events.at(0))),
                 QDateTime(QDate(2020, 9, 15), QTime(16, 0), Qt::UTC));
        QCOMPARE(instant(root.get(), icalcomponent_get_dtend(events.at(0))),
                 QDateTime(QDate(2020, 9, 15), QTime(21, 30), Qt::UTC));
        // Day 2 has no planned times: the whole day.
        const icaltimetype day2 = icalcomponent_get_dtstart(events.at(1));
        QVERIFY(day2.is_date);
        QCOMPARE(QDate(day2.year, day2.month, day2.day), QDate(2020, 9, 16));
        QCOMPARE(instant(root.get(), icalcomponent_get_dtstart(events.at(2))),
                 QDateTime(QDate(2020, 9, 17), QTime(16, 0), Qt::UTC));
        QCOMPARE(instant(root.get(), icalcomponent_get_dtend(events.at(2))),
                 QDateTime(QDate(2020, 9, 17), QTime(19, 30), Qt::UTC));
        QVERIFY(text(icalcomponent_get_summary(events.at(1))).endsWith(QStringLiteral(" \u2014 day 2 of 3")));
        // The day's agenda, with times and coordinators, and how to join.
        const QString description = text(icalcomponent_get_description(events.at(0)));
        QVERIFY2(description.contains(QStringLiteral("09:00\u201309:15  Welcome \u2014 Wil O'Mullane")),
                 qPrintable(description));
        QVERIFY(description.contains(QStringLiteral("Meeting ID: 91337592385")));
        QVERIFY(description.contains(QStringLiteral("Phone (US): +1 786-635-1003")));
        QVERIFY(description.contains(QStringLiteral("SIP: 91337592385@zoomcrc.com")));
        QVERIFY(description.contains(QStringLiteral("Passcode: See #dm-camelot on Slack")));
        QVERIFY(!description.contains(QStringLiteral("Milestones"))); // day 3's
        QCOMPARE(text(icalcomponent_get_location(events.at(0))), QStringLiteral("Zoom (virtual)"));
        QCOMPARE(
            text(icalproperty_get_value_as_string(icalcomponent_get_first_property(events.at(0), ICAL_URL_PROPERTY))),
            QStringLiteral("https://washington.zoom.us/j/91337592385"));
    }

    void shouldPutEachDayAtTheRightInstantAcrossTheEndOfDaylightTime()
    {
        // GIVEN Fri 30 Oct – Tue 3 Nov 2026, 09:00–17:00 in Los Angeles: PDT ends on Sunday 1 November
        QTemporaryDir dir;
        std::unique_ptr<Database> db = libraryWith(dir, {{"days", fiveDays()}});
        QVERIFY(db);
        // WHEN it is written
        const QByteArray ics = InvitationWriter::write(*db, onlyMeeting(*db), {});
        const Ical root = parse(ics);
        QVERIFY(root);
        QCOMPARE(parseErrors(root.get()), 0);
        // THEN the zone has both observances, and each day starts at 16:00Z before the change, 17:00Z after
        icalcomponent *vtimezone = icalcomponent_get_first_component(root.get(), ICAL_VTIMEZONE_COMPONENT);
        QVERIFY(vtimezone);
        QCOMPARE(components(vtimezone, ICAL_XDAYLIGHT_COMPONENT).size(), 1);
        QCOMPARE(components(vtimezone, ICAL_XSTANDARD_COMPONENT).size(), 1);
        const QStringList lines = contentLines(ics);
        QVERIFY(lines.contains(QStringLiteral("DTSTART:20261101T020000")));
        QVERIFY(lines.contains(QStringLiteral("TZOFFSETFROM:-0700")));
        QVERIFY(lines.contains(QStringLiteral("TZOFFSETTO:-0800")));
        QVERIFY(lines.contains(QStringLiteral("DTSTART;TZID=America/Los_Angeles:20261101T090000")));
        const QList<icalcomponent *> events = components(root.get(), ICAL_VEVENT_COMPONENT);
        QCOMPARE(events.size(), 5);
        const QList<int> startHours{16, 16, 17, 17, 17};
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QDate date = QDate(2026, 10, 30).addDays(i);
            QCOMPARE(instant(root.get(), icalcomponent_get_dtstart(events.at(i))),
                     QDateTime(date, QTime(startHours.at(i), 0), Qt::UTC));
            QCOMPARE(instant(root.get(), icalcomponent_get_dtend(events.at(i))),
                     QDateTime(date.addDays(1), QTime(startHours.at(i) - 16, 0), Qt::UTC));
        }
    }

    void shouldKeepEveryLineWithinTheRulesWithHostileText()
    {
        // GIVEN a title, place and topic with commas, semicolons, backslashes, line breaks and long UTF-8
        // text, and a participant whose name carries CR/LF, quotes and a property of its own
        QTemporaryDir dir;
        const QString longTopic = QString(QStringLiteral("Überprüfung 🚀 ")).repeated(12);
        const QJsonArray agenda{QJsonObject{
            {"key", "e1"}, {"kind", "topic"}, {"title", longTopic}, {"start", "09:00"}, {"durationMinutes", 30}}};
        const QJsonArray people{
            QJsonObject{{"key", "p1"}, {"displayName", "Eve"}, {"email", "eve@example.org"}},
            QJsonObject{{"key", "p2"}, {"displayName", "Bob, Jr.; the \"Builder\""}, {"email", "bob@example.org"}}};
        const QJsonArray participants{QJsonObject{{"person", "p1"}, {"role", "guest"}, {"attendance", "invited"}},
                                      QJsonObject{{"person", "p2"}, {"role", "moderator"}, {"attendance", "invited"}}};
        std::unique_ptr<Database> db = libraryWith(dir,
                                                   {{"title", "Budget; review, \\ part 2"},
                                                    {"location", "Room 1, Building; B"},
                                                    {"startDate", "2026-10-30"},
                                                    {"endDate", "2026-10-30"},
                                                    {"days", QJsonArray{day("2026-10-30", "09:00", "10:00", agenda)}}},
                                                   people, participants);
        QVERIFY(db);
        QVERIFY(runInFile(db->path(), {"UPDATE person SET display_name = 'Eve \"Evil\"' || char(13) || char(10) || "
                                       "'ATTENDEE:mailto:mallory@evil.example' || char(10) || ';ROLE=CHAIR' "
                                       "WHERE email = 'eve@example.org'"}));
        // WHEN written
        const QByteArray ics = InvitationWriter::write(*db, onlyMeeting(*db), {});
        // THEN every line ends with CRLF, none is longer than 75 octets or splits a character
        QVERIFY(ics.endsWith("\r\n"));
        QList<QByteArray> physical = ics.split('\n');
        QVERIFY(physical.takeLast().isEmpty());
        for (const QByteArray &line : physical) {
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData());
            QVERIFY(!line.left(line.size() - 1).contains('\r'));
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder(line);
            QVERIFY2(!decoder.hasError(), line.constData());
            Q_UNUSED(decoded)
        }
        QVERIFY(physical.size() > contentLines(ics).size()); // something was folded
        // No property came from a name.
        const QStringList lines = contentLines(ics);
        for (const QString &line : lines)
            QVERIFY2(!line.startsWith(QStringLiteral("ATTENDEE:")) && !line.startsWith(QStringLiteral(";ROLE")),
                     qPrintable(line));
        QVERIFY(lines.contains(QStringLiteral("SUMMARY:Budget\\; review\\, \\\\ part 2")));
        QVERIFY(lines.contains(QStringLiteral("LOCATION:Room 1\\, Building\\; B")));
        // libical reads it back as it was meant.
        const Ical root = parse(ics);
        QVERIFY(root);
        QCOMPARE(parseErrors(root.get()), 0);
        icalcomponent *event = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT);
        QCOMPARE(text(icalcomponent_get_summary(event)), QStringLiteral("Budget; review, \\ part 2"));
        QCOMPARE(text(icalcomponent_get_location(event)), QStringLiteral("Room 1, Building; B"));
        QVERIFY(text(icalcomponent_get_description(event)).contains(longTopic.simplified()));
        const QList<icalproperty *> attendees = properties(event, ICAL_ATTENDEE_PROPERTY);
        QCOMPARE(attendees.size(), 2);
        QCOMPARE(parameter(attendees.at(0), ICAL_CN_PARAMETER),
                 QStringLiteral("Eve Evil ATTENDEE:mailto:mallory@evil.example ;ROLE=CHAIR"));
        QCOMPARE(text(icalproperty_get_value_as_string(attendees.at(0))), QStringLiteral("mailto:eve@example.org"));
        QCOMPARE(parameter(attendees.at(0), ICAL_ROLE_PARAMETER), QStringLiteral("OPT-PARTICIPANT"));
        QCOMPARE(parameter(attendees.at(1), ICAL_CN_PARAMETER), QStringLiteral("Bob, Jr.; the Builder"));
        QCOMPARE(parameter(attendees.at(1), ICAL_ROLE_PARAMETER), QStringLiteral("CHAIR"));
        QCOMPARE(parameter(attendees.at(1), ICAL_RSVP_PARAMETER), QStringLiteral("TRUE"));
        QCOMPARE(parameter(attendees.at(1), ICAL_PARTSTAT_PARAMETER), QStringLiteral("NEEDS-ACTION"));
        QVERIFY(!icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY)); // none chosen
    }

    void shouldKeepTheUidAndRaiseTheSequenceOnlyOnChange()
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> db = libraryWith(dir, {{"days", fiveDays()}});
        QVERIFY(db);
        const Id id = onlyMeeting(*db);
        const auto uidsAndSequences = [&](const QDateTime &stamp) {
            InvitationOptions options;
            options.stamp = stamp;
            QStringList found;
            for (const QString &line : contentLines(InvitationWriter::write(*db, id, options))) {
                if (line.startsWith(QStringLiteral("UID:")) || line.startsWith(QStringLiteral("SEQUENCE:")))
                    found << line;
            }
            return found;
        };
        // GIVEN a first export
        const QStringList first = uidsAndSequences(QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(first.size(), 10);
        QCOMPARE(first.filter(QStringLiteral("SEQUENCE:0")).size(), 5);
        QCOMPARE(QSet<QString>(first.begin(), first.end()).size(), 6); // five UIDs, one sequence
        // WHEN exported again later, nothing changed: THEN the same UIDs and sequences
        QCOMPARE(uidsAndSequences(QDateTime(QDate(2026, 9, 2), QTime(8, 0), Qt::UTC)), first);
        // WHEN the meeting moves: THEN the same UIDs, the sequence raised once
        QVERIFY(runInFile(db->path(), {"UPDATE meeting_day SET planned_start = '10:00'"}));
        const QStringList moved = uidsAndSequences(QDateTime(QDate(2026, 9, 3), QTime(8, 0), Qt::UTC));
        QCOMPARE(moved.filter(QStringLiteral("UID:")), first.filter(QStringLiteral("UID:")));
        QCOMPARE(moved.filter(QStringLiteral("SEQUENCE:1")).size(), 5);
        QCOMPARE(uidsAndSequences(QDateTime(QDate(2026, 9, 4), QTime(8, 0), Qt::UTC)), moved);
        // The UID holds no row id: it is the meeting's UUID and the day.
        QVERIFY(QRegularExpression(QStringLiteral("^UID:quorum-[0-9a-f-]{36}-day-1@quorum\\.invalid$"))
                    .match(first.constFirst())
                    .hasMatch());
    }

    void shouldKeepTheInvitationRecordThroughADeleteAndItsUndo()
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> db = libraryWith(dir, {{"days", fiveDays()}});
        QVERIFY(db);
        const Id id = onlyMeeting(*db);
        InvitationWriter::write(*db, id, {});
        const InvitationRecord before = InvitationRepository(db->connection()).load(id);
        QCOMPARE(before.events.size(), 5);
        const MeetingRows rows = MeetingRows::read(db->connection(), id);
        {
            Transaction t(db->connection(), "delete");
            rows.remove(db->connection());
            t.commit();
        }
        QCOMPARE(queryValue(db->connection(), "SELECT count(*) FROM invitation_event").toInt(), 0);
        {
            Transaction t(db->connection(), "undo");
            rows.restore(db->connection());
            t.commit();
        }
        QCOMPARE(InvitationRepository(db->connection()).load(id), before);
        // A copy is another meeting: it gets none of it.
        Id copy = 0;
        {
            Transaction t(db->connection(), "copy");
            MeetingRows::CopyOptions copyOptions;
            copyOptions.title = QStringLiteral("Copy");
            copy = rows.insertCopy(db->connection(), copyOptions);
            t.commit();
        }
        QVERIFY(copy && copy != id);
        QVERIFY(InvitationRepository(db->connection()).load(copy).isEmpty());
    }

    void shouldCarryTheInvitationRecordThroughJson()
    {
        // GIVEN a meeting whose invitation was exported with an organizer
        QTemporaryDir dir;
        std::unique_ptr<Database> db
            = libraryWith(dir, {{"days", fiveDays()}},
                          {QJsonObject{{"key", "p1"}, {"displayName", "Ann"}, {"email", "ann@example.org"}}});
        QVERIFY(db);
        const Id id = onlyMeeting(*db);
        InvitationOptions options;
        options.organizer = InvitationOrganizer{"Ann", "ann@example.org"};
        InvitationWriter::write(*db, id, options);
        const InvitationRecord record = InvitationRepository(db->connection()).load(id);
        // WHEN the library goes through JSON into a new one
        const QByteArray json = JsonInterchange::exportLibrary(*db);
        QVERIFY(json.contains("\"invitation\""));
        QString error;
        const QString copyPath = dir.filePath(QStringLiteral("copy.quorum"));
        QVERIFY2(JsonImporter::importIntoNewLibrary(copyPath, json, &error), qPrintable(error));
        std::unique_ptr<Database> copy = Database::open(copyPath, Database::Mode::OpenExisting, &error);
        QVERIFY(copy);
        // THEN the record is the same, and a re-export there keeps the UIDs and sequences
        QCOMPARE(InvitationRepository(copy->connection()).load(onlyMeeting(*copy)), record);
        QCOMPARE(JsonInterchange::exportLibrary(*copy), json);
        // An import into a library that holds the UUID already leaves the second one without a record.
        const QByteArray again = QByteArray(json).replace("\"title\": \"Planning\"", "\"title\": \"Planning again\"");
        JsonImporter::importDocument(*copy, again);
        QCOMPARE(queryValue(copy->connection(), "SELECT count(*) FROM meeting").toInt(), 2);
        QCOMPARE(queryValue(copy->connection(), "SELECT count(*) FROM meeting_invitation").toInt(), 1);
    }

    void shouldRefuseABadInvitationInJson_data()
    {
        QTest::addColumn<QJsonObject>("invitation");
        const QJsonObject event{{"uid", "u1"}, {"sequence", 0}, {"sha256", QString(64, QLatin1Char('a'))}};
        QTest::newRow("not a uuid") << QJsonObject{{"uuid", "not-a-uuid"}, {"events", QJsonArray{event}}};
        QTest::newRow("bad sha256") << QJsonObject{
            {"uuid", "9ceb62d9-14ab-4e7b-92f8-a3032f4894cc"},
            {"events", QJsonArray{QJsonObject{{"uid", "u1"}, {"sequence", 0}, {"sha256", "abc"}}}}};
        QTest::newRow("negative sequence") << QJsonObject{
            {"uuid", "9ceb62d9-14ab-4e7b-92f8-a3032f4894cc"},
            {"events",
             QJsonArray{QJsonObject{{"uid", "u1"}, {"sequence", -1}, {"sha256", QString(64, QLatin1Char('a'))}}}}};
        QTest::newRow("uid twice") << QJsonObject{{"uuid", "9ceb62d9-14ab-4e7b-92f8-a3032f4894cc"},
                                                  {"events", QJsonArray{event, event}}};
        QTest::newRow("organizer not an address")
            << QJsonObject{{"uuid", "9ceb62d9-14ab-4e7b-92f8-a3032f4894cc"}, {"organizerEmail", "ann at example"}};
    }

    void shouldRefuseABadInvitationInJson()
    {
        QFETCH(QJsonObject, invitation);
        const QJsonObject meeting{
            {"title", "Planning"},      {"startDate", "2026-10-30"},
            {"endDate", "2026-10-30"},  {"timeZone", "America/Los_Angeles"},
            {"invitation", invitation}, {"days", QJsonArray{day("2026-10-30", "09:00", "10:00")}}};
        const QJsonObject doc{{"format", "quorum-library"}, {"formatVersion", 4}, {"meetings", QJsonArray{meeting}}};
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("bad.quorum"));
        QVERIFY(!JsonImporter::importIntoNewLibrary(path, QJsonDocument(doc).toJson(), &error));
        QVERIFY2(error.contains(QStringLiteral("invitation")) || error.contains(QStringLiteral("uuid"))
                     || error.contains(QStringLiteral("sha256")) || error.contains(QStringLiteral("sequence"))
                     || error.contains(QStringLiteral("UID")) || error.contains(QStringLiteral("organizerEmail")),
                 qPrintable(error));
    }

    void shouldWriteOneEventPerBlock()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<Database> db = Database::open(writeSample(dir), Database::Mode::OpenExisting, &error);
        QVERIFY(db);
        const Id id = meetingTitled(db->connection(), "DM Leadership Team Virtual Face-to-Face Meeting, 2020");
        InvitationOptions options;
        options.events = InvitationOptions::Events::PerBlock;
        const QByteArray ics = InvitationWriter::write(*db, id, options);
        const Ical root = parse(ics);
        QCOMPARE(parseErrors(root.get()), 0);
        const QList<icalcomponent *> events = components(root.get(), ICAL_VEVENT_COMPONENT);
        // Day 1: three blocks; day 2: no agenda, the day; day 3: two blocks.
        QCOMPARE(events.size(), 6);
        const QList<QTime> starts{QTime(16, 0), QTime(18, 0), QTime(19, 45), QTime(), QTime(16, 0), QTime(18, 0)};
        const QList<QTime> ends{QTime(18, 0), QTime(19, 45), QTime(21, 30), QTime(), QTime(18, 0), QTime(19, 30)};
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QDateTime start = instant(root.get(), icalcomponent_get_dtstart(events.at(i)));
            QCOMPARE(start.time(), starts.at(i));
            QCOMPARE(instant(root.get(), icalcomponent_get_dtend(events.at(i))).time(), ends.at(i));
        }
        QVERIFY2(
            text(icalcomponent_get_summary(events.at(0))).endsWith(QStringLiteral(" \u2014 Moderator: John Swinbank")),
            icalcomponent_get_summary(events.at(0)));
        const QString description = text(icalcomponent_get_description(events.at(1)));
        QVERIFY(description.contains(QStringLiteral("DMTN-148")));
        QVERIFY(!description.contains(QStringLiteral("Welcome"))); // block 1's
        QStringList uids;
        for (icalcomponent *e : events)
            uids << text(icalcomponent_get_uid(e));
        QVERIFY(uids.at(0).endsWith(QStringLiteral("-day-1-block-1@quorum.invalid")));
        QVERIFY(uids.at(3).endsWith(QStringLiteral("-day-2@quorum.invalid")));
        QCOMPARE(QSet<QString>(uids.begin(), uids.end()).size(), 6);
    }

    void shouldNameTheAttendeesAndTheOrganizer()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<Database> db = Database::open(writeSample(dir), Database::Mode::OpenExisting, &error);
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        const Id id = meetingTitled(c, "DM Leadership Team Virtual Face-to-Face Meeting, 2020");
        const int withEmail = queryValue(c,
                                         "SELECT count(*) FROM participant p JOIN person s ON s.id = p.person_id "
                                         "WHERE p.meeting_id = ? AND s.email <> ''",
                                         {id})
                                  .toInt();
        const int without = queryValue(c,
                                       "SELECT count(*) FROM participant p JOIN person s ON s.id = p.person_id "
                                       "WHERE p.meeting_id = ? AND s.email = ''",
                                       {id})
                                .toInt();
        QVERIFY(withEmail > 3);
        QVERIFY(without > 0); // those are left out
        // GIVEN an organizer chosen by name; WHEN written
        InvitationOrganizer organizer;
        QVERIFY2(InvitationWriter::findOrganizer(c, "wil o'mullane", &organizer, &error), qPrintable(error));
        QCOMPARE(organizer.email, QStringLiteral("wil.omullane@example.org"));
        InvitationOptions options;
        options.organizer = organizer;
        Ical root = parse(InvitationWriter::write(*db, id, options));
        icalcomponent *event = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT);
        // THEN one ATTENDEE per participant with an email, moderators as chairs, and the ORGANIZER
        const QList<icalproperty *> attendees = properties(event, ICAL_ATTENDEE_PROPERTY);
        QCOMPARE(attendees.size(), withEmail);
        bool swinbankChairs = false;
        for (icalproperty *p : attendees) {
            if (parameter(p, ICAL_CN_PARAMETER) == QLatin1String("John Swinbank"))
                swinbankChairs = parameter(p, ICAL_ROLE_PARAMETER) == QLatin1String("CHAIR");
        }
        QVERIFY(swinbankChairs);
        icalproperty *o = icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY);
        QVERIFY(o);
        QCOMPARE(text(icalproperty_get_value_as_string(o)), QStringLiteral("mailto:wil.omullane@example.org"));
        QCOMPARE(parameter(o, ICAL_CN_PARAMETER), QStringLiteral("Wil O'Mullane"));
        // The organizer is remembered for the next export, and the action items' to-dos name it too.
        root = parse(InvitationWriter::write(*db, id, {}));
        event = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT);
        QVERIFY(icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY));
        const QByteArray todos
            = ActionExport::toICalendar(ActionExport::load(*db, id), QDateTime::currentDateTimeUtc());
        QVERIFY(todos.contains("ORGANIZER;CN=\"Wil O'Mullane\":mailto:wil.omullane@example.org\r\n"));
        // An empty choice clears it.
        options.organizer = InvitationOrganizer();
        root = parse(InvitationWriter::write(*db, id, options));
        event = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT);
        QVERIFY(!icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY));
        QCOMPARE(InvitationWriter::rememberedOrganizer(c, id).email, QString());
    }

    void shouldRefuseAnOrganizerNotInTheDirectory_data()
    {
        QTest::addColumn<QString>("given");
        QTest::newRow("unknown") << "Nobody Atall";
        QTest::newRow("unknown address") << "nobody@example.org";
        QTest::newRow("without an email") << "npease";
    }

    void shouldRefuseAnOrganizerNotInTheDirectory()
    {
        QFETCH(QString, given);
        QString error;
        std::unique_ptr<Database> db = Database::open(m_sample, Database::Mode::ReadOnly, &error);
        QVERIFY(db);
        InvitationOrganizer organizer{"x", "x@example.org"};
        QVERIFY(!InvitationWriter::findOrganizer(db->connection(), given, &organizer, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(organizer.email.isEmpty());
    }

    void shouldRefuseWhatItCannotWrite()
    {
        QString error;
        // An unknown meeting.
        QTemporaryDir dir;
        std::unique_ptr<Database> db = Database::open(writeSample(dir), Database::Mode::OpenExisting, &error);
        QVERIFY(db);
        QVERIFY_THROWS_EXCEPTION(StorageError, InvitationWriter::write(*db, 999999, {}));
        QCOMPARE(queryValue(db->connection(), "SELECT count(*) FROM meeting_invitation").toInt(), 0);
        // A library opened read-only: nothing can be remembered.
        std::unique_ptr<Database> readOnly = Database::open(m_sample, Database::Mode::ReadOnly, &error);
        QVERIFY(readOnly);
        QVERIFY_THROWS_EXCEPTION(StorageError, InvitationWriter::write(*readOnly, onlyMeeting(*readOnly), {}));
        // Exporter::write (read-only) refuses an invitation request instead of writing one that forgets.
        ExportRequest request;
        request.format = ExportRequest::Format::ICalendar;
        request.calendar = ExportRequest::Calendar::Invitation;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY_THROWS_EXCEPTION(StorageError, Exporter::write(*readOnly, request, &out));
    }

    void shouldNeverWriteAPasscode()
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> db
            = libraryWith(dir, {{"days", fiveDays()},
                                {"joinUrl", "https://example.zoom.us/j/85512345678?pwd=SeCrEtPwD123.1&uname=x"},
                                {"passcodeHint", "See the team's wiki page"}});
        QVERIFY(db);
        const QByteArray ics = InvitationWriter::write(*db, onlyMeeting(*db), {});
        QVERIFY(!ics.contains("SeCrEtPwD123"));
        QVERIFY(!ics.contains("pwd"));
        QVERIFY(contentLines(ics).contains(QStringLiteral("URL:https://example.zoom.us/j/85512345678")));
        const Ical root = parse(ics);
        icalcomponent *event = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT);
        QVERIFY(
            text(icalcomponent_get_description(event)).contains(QStringLiteral("Passcode: See the team's wiki page")));
    }

    void shouldImportBackAsTheSameMeeting()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<Database> db = Database::open(writeSample(dir), Database::Mode::OpenExisting, &error);
        QVERIFY(db);
        const Id id = meetingTitled(db->connection(), "DM Leadership Team Virtual Face-to-Face Meeting, 2020");
        const MeetingContent original = MeetingReader(db->connection()).load(id);
        const QByteArray ics = InvitationWriter::write(*db, id, {});
        Invitation inv;
        InvitationImport::Options options;
        options.today = QDate(2020, 9, 1);
        QVERIFY2(InvitationImport::read(ics, options, &inv, &error), qPrintable(error));
        const Meeting &m = original.meeting;
        QCOMPARE(inv.title, m.title);
        QCOMPARE(inv.startDate, m.startDate);
        QCOMPARE(inv.endDate, m.endDate);
        QCOMPARE(inv.timeZone, m.timeZone);
        QCOMPARE(inv.days.size(), original.days.size());
        for (qsizetype i = 0; i < inv.days.size(); ++i) {
            QCOMPARE(inv.days.at(i).date, original.days.at(i).date);
            QCOMPARE(inv.days.at(i).plannedStart, original.days.at(i).plannedStart);
            QCOMPARE(inv.days.at(i).plannedEnd, original.days.at(i).plannedEnd);
        }
        QCOMPARE(inv.location(), m.location);
        QCOMPARE(inv.conference.joinUrl, m.joinUrl);
        QCOMPARE(inv.conference.meetingCode, m.meetingCode);
        QCOMPARE(inv.conference.sipAddress, m.sipAddress);
        QCOMPARE(inv.conference.passcodeHint, m.passcodeHint);
        QCOMPARE(inv.conference.dialIns, m.dialIns);
        int withEmail = 0;
        for (const InvitationPerson &p : inv.people)
            withEmail += !p.email.isEmpty();
        QCOMPARE(withEmail, InvitationWriter::attendees(db->connection(), id).size());
    }

    void shouldAddressTheActionItemsToDosToTheirAssignees()
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_sample, Database::Mode::ReadOnly, &error);
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        QHash<Id, Person> people;
        for (const Person &p : PersonRepository(c).all())
            people.insert(p.id, p);
        QHash<Id, PersonGroup> groups;
        for (const PersonGroup &g : PersonRepository(c).groups())
            groups.insert(g.id, g);
        const QList<ActionExportRow> rows = ActionExport::load(*db);
        const Ical root = parse(ActionExport::toICalendar(rows, QDateTime::currentDateTimeUtc()));
        QCOMPARE(parseErrors(root.get()), 0);
        const QList<icalcomponent *> todos = components(root.get(), ICAL_VTODO_COMPONENT);
        QCOMPARE(todos.size(), rows.size());
        int groupItems = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QSet<QString> expected;
            for (const Assignee &a : rows.at(i).item.assignees) {
                const QList<Id> ids = a.personId ? QList<Id>{a.personId} : groups.value(a.groupId).memberIds;
                groupItems += a.groupId != 0;
                for (Id p : ids) {
                    if (!people.value(p).email.isEmpty())
                        expected.insert(QStringLiteral("mailto:") + people.value(p).email);
                }
            }
            QSet<QString> found;
            for (icalproperty *p : properties(todos.at(i), ICAL_ATTENDEE_PROPERTY))
                found.insert(text(icalproperty_get_value_as_string(p)));
            QCOMPARE(found, expected);
        }
        QVERIFY(groupItems > 0); // the T/CAMs' items reach every member with an email
    }

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

QTEST_GUILESS_MAIN(TestInvitationWriter)
#include "tst_invitationwriter.moc"
