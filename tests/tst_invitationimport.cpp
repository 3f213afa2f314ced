// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/conferencetext.h"
#include "calendar/invitationimport.h"
#include "fixtures.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/personrepository.h"
#include "storage/seriesrepository.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(QUORUM_INVITATION_DATA) + QLatin1Char('/') + name;
}

QJsonObject expectations()
{
    QFile f(dataPath(QStringLiteral("expectations.json")));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QString digits(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit() || c == QLatin1Char('+'))
            out += c;
    }
    return out;
}

/** Text as the import keeps it: one line, no bidirectional overrides. */
QString shown(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!((c.unicode() >= 0x202A && c.unicode() <= 0x202E) || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069)))
            out += c;
    }
    return out.simplified();
}

InvitationImport::Options fixedOptions()
{
    InvitationImport::Options options;
    options.today = QDate(2026, 12, 1);
    return options;
}

int quorum(const QStringList &args, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(QUORUM_EXECUTABLE), args);
    if (!p.waitForFinished(60000))
        return -1;
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

} // namespace

class TestInvitationImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void passcodesNeverStored_data() { fixtures_data(); }
    void passcodesNeverStored();
    void attendeesMatchTheDirectory();
    void newPeopleOnlyWhenIncluded();
    void recurringCreatesSeriesWithCadence();
    void nextOccurrenceAfterToday();
    void sameMeetingTwiceRefused();
    void dstAcrossTheFirstSundayOfNovember();
    void conferenceText_data();
    void conferenceText();
    void commandLine();
    void commandLineRefusesAndLeavesLibrary_data();
    void commandLineRefusesAndLeavesLibrary();
};

void TestInvitationImport::fixtures_data()
{
    QTest::addColumn<QString>("file");
    const QJsonObject all = expectations();
    QVERIFY(all.size() >= 20);
    for (auto it = all.begin(); it != all.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestInvitationImport::fixtures()
{
    QFETCH(QString, file);
    const QJsonObject e = expectations().value(file).toObject();
    Invitation inv;
    QString error;
    const bool ok = InvitationImport::readFile(dataPath(file), fixedOptions(), &inv, &error);
    if (!e.value(QStringLiteral("ok")).toBool()) {
        QVERIFY2(!ok, qPrintable(file));
        // The message, without the file's own name, says what is wrong.
        const QString message = error.remove(file).toLower();
        QVERIFY2(message.contains(e.value(QStringLiteral("errorContains")).toString().toLower()), qPrintable(error));
        QVERIFY(message.contains(QStringLiteral("nothing was imported")));
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    const QString title = shown(e.value(QStringLiteral("title")).toString());
    if (e.contains(QStringLiteral("cadence"))) {
        // A series' meeting is titled by its series and date.
        QCOMPARE(inv.seriesName, title);
        QCOMPARE(inv.title, title + QStringLiteral(" - ") + inv.startDate.toString(Qt::ISODate));
        QCOMPARE(inv.cadence.key(), e.value(QStringLiteral("cadence")).toString());
        QVERIFY(inv.recurring);
    } else {
        QCOMPARE(inv.title, title);
        QVERIFY(!inv.recurring);
    }
    QCOMPARE(inv.startDate.toString(Qt::ISODate), e.value(QStringLiteral("startDate")).toString());
    QCOMPARE(inv.endDate.toString(Qt::ISODate), e.value(QStringLiteral("endDate")).toString());
    if (e.contains(QStringLiteral("days")))
        QCOMPARE(inv.days.size(), e.value(QStringLiteral("days")).toInt());
    const QString zone = e.value(QStringLiteral("timeZone")).toString();
    if (zone == QLatin1String("UTC") || zone.isEmpty()) // a UTC or all-day invitation: this computer's zone (TZ=UTC)
        QCOMPARE(QTimeZone(inv.timeZone.toUtf8()).offsetFromUtc(QDateTime(inv.startDate, QTime(12, 0), Qt::UTC)), 0);
    else
        QCOMPARE(inv.timeZone, zone);
    if (e.contains(QStringLiteral("dayStart"))) {
        QCOMPARE(inv.days.constFirst().plannedStart.toString(QStringLiteral("HH:mm")),
                 e.value(QStringLiteral("dayStart")).toString());
        QCOMPARE(inv.days.constFirst().plannedEnd.toString(QStringLiteral("HH:mm")),
                 e.value(QStringLiteral("dayEnd")).toString());
    } else {
        QVERIFY(!inv.days.constFirst().plannedStart.isValid());
    }
    // Each day at the right instant, whatever daylight saving did in between.
    const QJsonArray starts = e.value(QStringLiteral("utcStarts")).toArray();
    const QJsonArray ends = e.value(QStringLiteral("utcEnds")).toArray();
    for (int i = 0; i < starts.size(); ++i) {
        const MeetingDay &d = inv.days.at(i);
        const QTimeZone tz(inv.timeZone.toUtf8());
        QCOMPARE(QDateTime(d.date, d.plannedStart, tz).toUTC().toString(Qt::ISODate), starts.at(i).toString());
        QCOMPARE(QDateTime(d.date, d.plannedEnd, tz).toUTC().toString(Qt::ISODate), ends.at(i).toString());
    }
    // Without a LOCATION, where it is held: what the join link says ("Google Meet").
    QCOMPARE(shown(inv.location()), e.contains(QStringLiteral("location"))
                                        ? shown(e.value(QStringLiteral("location")).toString())
                                        : inv.conference.location);
    QCOMPARE(inv.conference.joinUrl, e.value(QStringLiteral("joinUrl")).toString());
    QCOMPARE(inv.conference.meetingCode, e.value(QStringLiteral("meetingCode")).toString());
    QCOMPARE(inv.conference.sipAddress, e.value(QStringLiteral("sipAddress")).toString());
    const QJsonArray dialIns = e.value(QStringLiteral("dialIns")).toArray();
    QCOMPARE(inv.conference.dialIns.size(), dialIns.size());
    for (int i = 0; i < dialIns.size(); ++i) {
        const QJsonObject d = dialIns.at(i).toObject();
        QCOMPARE(digits(inv.conference.dialIns.at(i).number), digits(d.value(QStringLiteral("number")).toString()));
        QCOMPARE(inv.conference.dialIns.at(i).label, d.value(QStringLiteral("label")).toString());
    }
    if (!e.value(QStringLiteral("forbidden")).toArray().isEmpty())
        QVERIFY(!inv.conference.passcodeHint.isEmpty());
    // People: the organizer first (a moderator), then the attendees, with their addresses.
    QStringList want;
    if (e.contains(QStringLiteral("organizer"))) {
        const QJsonObject o = e.value(QStringLiteral("organizer")).toObject();
        want << shown(o.value(QStringLiteral("name")).toString()) + QLatin1Char('/')
                    + o.value(QStringLiteral("email")).toString();
    }
    for (const QJsonValue &a : e.value(QStringLiteral("attendees")).toArray()) {
        const QString who = shown(a.toObject().value(QStringLiteral("name")).toString()) + QLatin1Char('/')
                            + a.toObject().value(QStringLiteral("email")).toString();
        if (!want.contains(who)) // the organizer is often an attendee too: one person
            want << who;
    }
    QStringList got;
    for (const InvitationPerson &p : inv.people)
        got << p.name + QLatin1Char('/') + p.email;
    QCOMPARE(got, want);
    if (e.contains(QStringLiteral("organizer"))) {
        QVERIFY(inv.people.constFirst().organizer);
        QCOMPARE(inv.people.constFirst().role, QStringLiteral("moderator"));
    }
    for (const QJsonValue &words : e.value(QStringLiteral("descriptionContains")).toArray())
        QVERIFY2(inv.description.contains(words.toString()), qPrintable(inv.description));
}

void TestInvitationImport::passcodesNeverStored()
{
    QFETCH(QString, file);
    const QJsonObject e = expectations().value(file).toObject();
    if (!e.value(QStringLiteral("ok")).toBool())
        return;
    Invitation inv;
    QString error;
    QVERIFY2(InvitationImport::readFile(dataPath(file), fixedOptions(), &inv, &error), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib.quorum"));
    {
        std::unique_ptr<Database> db = Database::open(path, Database::Mode::CreateNew, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(InvitationImport::write(*db, inv) > 0);
    }
    // Every byte the library holds, and what the import reported: no passcode, password or PIN.
    QByteArray stored;
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
        stored += readFile(dir.filePath(name));
    const QString report = InvitationImport::report(inv);
    for (const QJsonValue &secret : e.value(QStringLiteral("forbidden")).toArray()) {
        QVERIFY2(!stored.contains(secret.toString().toUtf8()), qPrintable(secret.toString()));
        QVERIFY2(!report.contains(secret.toString()), qPrintable(secret.toString()));
    }
    QVERIFY(!stored.contains("<script") || file == QLatin1String("hostile-text.ics")); // kept as text, never run
    QCOMPARE(valueInFile(path, QStringLiteral("SELECT count(*) FROM meeting")).toInt(), 1);
    QCOMPARE(valueInFile(path, QStringLiteral("SELECT count(*) FROM meeting_day")).toInt(), inv.days.size());
}

void TestInvitationImport::attendeesMatchTheDirectory()
{
    QTemporaryDir dir;
    const QString path = writeSample(dir);
    QString error;
    std::unique_ptr<Database> db = Database::open(path, Database::Mode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    InvitationImport::Options options = InvitationImport::optionsFor(db->connection());
    Invitation inv;
    QVERIFY2(InvitationImport::readFile(dataPath(QStringLiteral("zoom.ics")), options, &inv, &error),
             qPrintable(error));
    // The sample's directory has these people by name (under other addresses than the invitation's).
    QStringList matched;
    for (const InvitationPerson &p : inv.people) {
        if (p.personId)
            matched << p.name;
    }
    QVERIFY2(matched.contains(QStringLiteral("Frossie Economou")), qPrintable(matched.join(u',')));
    QVERIFY(matched.contains(QStringLiteral("Leanne Guy")));
    const int before = PersonRepository(db->connection()).all().size();
    const Id id = InvitationImport::write(*db, inv);
    QVERIFY(id > 0);
    const QList<Person> after = PersonRepository(db->connection()).all();
    QCOMPARE(after.size(), before + int(inv.people.size() - matched.size()));
    QCOMPARE(ParticipantRepository(db->connection()).forMeeting(id).size(), inv.people.size());

    // Matched by address first: a directory person with the invitation's address, under another name.
    Invitation again;
    InvitationImport::Options byAddress = InvitationImport::optionsFor(db->connection());
    for (Person &p : byAddress.directory) {
        if (p.displayName == QLatin1String("Frossie Economou"))
            p.email = QStringLiteral("frossie@example.org"), p.displayName = QStringLiteral("F. Economou");
    }
    QVERIFY(InvitationImport::readFile(dataPath(QStringLiteral("zoom.ics")), byAddress, &again, &error));
    const auto frossie = std::find_if(again.people.cbegin(), again.people.cend(), [](const InvitationPerson &p) {
        return p.email == QLatin1String("frossie@example.org");
    });
    QVERIFY(frossie != again.people.cend());
    QVERIFY(frossie->personId != 0);
}

void TestInvitationImport::newPeopleOnlyWhenIncluded()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Database> db
        = Database::open(dir.filePath(QStringLiteral("lib.quorum")), Database::Mode::CreateNew, &error);
    QVERIFY(db);
    Invitation inv;
    QVERIFY(InvitationImport::readFile(dataPath(QStringLiteral("teams.ics")), fixedOptions(), &inv, &error));
    QCOMPARE(inv.people.size(), 5);
    inv.people[2].include = false;
    const Id id = InvitationImport::write(*db, inv);
    QCOMPARE(ParticipantRepository(db->connection()).forMeeting(id).size(), 4);
    const QList<Person> people = PersonRepository(db->connection()).all();
    QCOMPARE(people.size(), 4);
    for (const Person &p : people)
        QVERIFY(p.displayName != inv.people.at(2).name);
    // New people keep their addresses.
    QVERIFY(std::any_of(people.cbegin(), people.cend(),
                        [](const Person &p) { return p.email == QLatin1String("womullane@example.org"); }));
}

void TestInvitationImport::recurringCreatesSeriesWithCadence()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Database> db
        = Database::open(dir.filePath(QStringLiteral("lib.quorum")), Database::Mode::CreateNew, &error);
    QVERIFY(db);
    for (const auto &[file, cadence] :
         {std::pair{"recurring-biweekly.ics", "weekly:2"}, std::pair{"recurring-monthly.ics", "monthly"},
          std::pair{"recurring-weekly.ics", "weekly:1"}}) {
        Invitation inv;
        QVERIFY(InvitationImport::readFile(dataPath(QLatin1String(file)), fixedOptions(), &inv, &error));
        const Id id = InvitationImport::write(*db, inv);
        const Meeting m = MeetingRepository(db->connection()).load(id);
        const Series s = SeriesRepository(db->connection()).load(m.seriesId);
        QCOMPARE(s.name, inv.seriesName);
        QCOMPARE(s.cadence, QLatin1String(cadence));
        QCOMPARE(s.timeZone, QStringLiteral("America/Los_Angeles"));
    }
    // The window may leave the suggestion out.
    db = Database::open(dir.filePath(QStringLiteral("other.quorum")), Database::Mode::CreateNew, &error);
    QVERIFY(db);
    Invitation inv;
    QVERIFY(
        InvitationImport::readFile(dataPath(QStringLiteral("recurring-biweekly.ics")), fixedOptions(), &inv, &error));
    inv.seriesName = QStringLiteral("Without cadence");
    inv.setCadence = false;
    const Id id = InvitationImport::write(*db, inv);
    const Meeting m = MeetingRepository(db->connection()).load(id);
    QCOMPARE(SeriesRepository(db->connection()).load(m.seriesId).cadence, QString());
}

void TestInvitationImport::nextOccurrenceAfterToday()
{
    InvitationImport::Options options = fixedOptions();
    options.today = QDate(2027, 2, 1); // a Monday: the next Thursday of the every-other-week series
    Invitation inv;
    QString error;
    QVERIFY(InvitationImport::readFile(dataPath(QStringLiteral("recurring-biweekly.ics")), options, &inv, &error));
    QCOMPARE(inv.startDate, QDate(2027, 2, 4)); // 2027-01-07, -21, 02-04
    QCOMPARE(inv.days.constFirst().plannedStart, QTime(14, 0));
    options.today = QDate(2030, 1, 1); // after its ten meetings
    QVERIFY(InvitationImport::readFile(dataPath(QStringLiteral("recurring-biweekly.ics")), options, &inv, &error));
    QCOMPARE(inv.startDate, QDate(2027, 1, 7));
    QVERIFY(inv.notices.join(u' ').contains(QStringLiteral("first meeting")));
}

void TestInvitationImport::sameMeetingTwiceRefused()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Database> db
        = Database::open(dir.filePath(QStringLiteral("lib.quorum")), Database::Mode::CreateNew, &error);
    QVERIFY(db);
    Invitation inv;
    QVERIFY(InvitationImport::readFile(dataPath(QStringLiteral("zoom.eml")), fixedOptions(), &inv, &error));
    QVERIFY(InvitationImport::write(*db, inv) > 0);
    const QStringList before = libraryRows(db->connection());
    QVERIFY_THROWS_EXCEPTION(StorageError, InvitationImport::write(*db, inv));
    QCOMPARE(libraryRows(db->connection()), before);
}

void TestInvitationImport::dstAcrossTheFirstSundayOfNovember()
{
    // Three days around 2026-11-01 in Los Angeles: 09:00 local is 16:00Z before the change and 17:00Z after.
    Invitation inv;
    QString error;
    QVERIFY(InvitationImport::readFile(dataPath(QStringLiteral("multiday.ics")), fixedOptions(), &inv, &error));
    QCOMPARE(inv.days.size(), 3);
    const QTimeZone la("America/Los_Angeles");
    QCOMPARE(QDateTime(inv.days.at(0).date, inv.days.at(0).plannedStart, la).toUTC().time(), QTime(16, 0));
    QCOMPARE(QDateTime(inv.days.at(2).date, inv.days.at(2).plannedStart, la).toUTC().time(), QTime(17, 0));
}

void TestInvitationImport::conferenceText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("joinUrl");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("dialIn");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("secret");
    QTest::newRow("zoom") << "Join: https://zoom.us/j/123456789?pwd=abcDEF12\nPasscode: 554433"
                          << "https://zoom.us/j/123456789"
                          << "123456789"
                          << ""
                          << "Given"
                          << "554433";
    QTest::newRow("pointer") << "Passcode: see the calendar invitation."
                             << ""
                             << ""
                             << ""
                             << "See the calendar invitation"
                             << "";
    QTest::newRow("hint words") << "Password is in the team's email"
                                << ""
                                << ""
                                << ""
                                << ""
                                << "email";
    QTest::newRow("one tap") << "+16695550171,,91337592385#,,,,*483920# US (San Jose)"
                             << ""
                             << ""
                             << "US (San Jose)"
                             << ""
                             << "483920";
    QTest::newRow("meet pin") << "Join by phone (US) +1 573-555-0142 PIN: 287 451 903#"
                              << ""
                              << ""
                              << "US"
                              << "Given"
                              << "287 451 903";
    QTest::newRow("webex password") << "Meeting password: Kp7x!Qz2"
                                    << ""
                                    << ""
                                    << ""
                                    << "Given"
                                    << "Kp7x!Qz2";
    QTest::newRow("protected") << "Passcode protected"
                               << ""
                               << ""
                               << ""
                               << ""
                               << "";
    QTest::newRow("bluejeans") << "https://bluejeans.com/111222333/4444"
                               << "https://bluejeans.com/111222333"
                               << "111222333"
                               << ""
                               << ""
                               << "4444";
}

void TestInvitationImport::conferenceText()
{
    QFETCH(QString, text);
    QFETCH(QString, joinUrl);
    QFETCH(QString, code);
    QFETCH(QString, dialIn);
    QFETCH(QString, hint);
    QFETCH(QString, secret);
    ConferenceText reader(QStringLiteral("Given in the test"));
    reader.readText(text);
    const ConferenceDetails &d = reader.details();
    QCOMPARE(d.joinUrl, joinUrl);
    QCOMPARE(d.meetingCode, code);
    QCOMPARE(d.dialIns.isEmpty() ? QString() : d.dialIns.constFirst().label, dialIn);
    QVERIFY2(hint.isEmpty() ? d.passcodeHint.isEmpty() : d.passcodeHint.startsWith(hint), qPrintable(d.passcodeHint));
    if (!secret.isEmpty()) {
        for (const QString &field : {d.joinUrl, d.meetingCode, d.sipAddress, d.passcodeHint, d.location})
            QVERIFY(!field.contains(secret));
        for (const DialIn &n : d.dialIns)
            QVERIFY(!n.number.contains(secret) && !n.label.contains(secret));
    }
}

void TestInvitationImport::commandLine()
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("new.quorum"));
    QByteArray err;
    QCOMPARE(quorum({"import", "--format", "ics", dataPath(QStringLiteral("zoom.ics")), lib}, &err), 0);
    QCOMPARE(valueInFile(lib, QStringLiteral("SELECT title FROM meeting")).toString(),
             QStringLiteral("DM Leadership Team Meeting"));
    QCOMPARE(valueInFile(lib, QStringLiteral("SELECT meeting_code FROM meeting")).toString(),
             QStringLiteral("91337592385"));
    // --dry-run writes nothing; --date is for Confluence pages.
    const QString other = dir.filePath(QStringLiteral("other.quorum"));
    QCOMPARE(quorum({"import", "--format", "ics", "--dry-run", dataPath(QStringLiteral("teams.eml")), other}), 0);
    QVERIFY(!QFile::exists(other));
    QCOMPARE(quorum({"import", "--format", "ics", "--date", "2027-01-01", dataPath(QStringLiteral("teams.eml")), other},
                    &err),
             2);
    QVERIFY(err.contains("--date"));
}

void TestInvitationImport::commandLineRefusesAndLeavesLibrary_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"truncated.ics", "bad-tzid.ics", "binary.ics", "not-invitation.eml", "no-event.ics"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestInvitationImport::commandLineRefusesAndLeavesLibrary()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString lib = writeSample(dir);
    const QString before = fileSha256(lib);
    QByteArray err;
    QCOMPARE(quorum({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("ics"), dataPath(file), lib},
                    &err),
             1);
    QVERIFY2(err.contains("nothing was imported"), err.constData());
    QCOMPARE(err.count('\n'), 1);
    QCOMPARE(fileSha256(lib), before);
    // Into a new library: none is left behind.
    const QString fresh = dir.filePath(QStringLiteral("fresh.quorum"));
    QCOMPARE(
        quorum({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("ics"), dataPath(file), fresh}),
        1);
    QVERIFY(!QFile::exists(fresh));
}

QTEST_GUILESS_MAIN(TestInvitationImport)
#include "tst_invitationimport.moc"
