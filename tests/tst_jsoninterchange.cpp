// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend.h"
#include "export/exportfile.h"
#include "export/jsoninterchange.h"
#include "fixtures.h"
#include "meetingdocument.h"
#include "runfixture.h"
#include "samplelibrary.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

std::unique_ptr<Database> newLibrary(const QTemporaryDir &dir, const QString &name)
{
    QString error;
    auto db = createLibrary(dir.filePath(name), &error);
    if (!db)
        qWarning("%s", qPrintable(error));
    return db;
}

int rowCount(const Database &db, const QString &table)
{
    return queryValue(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

QJsonObject sampleObject()
{
    return QJsonDocument::fromJson(SampleLibrary::json()).object();
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

/** A device that takes `room` bytes and then refuses, like a disk that fills up. */
class FillingDevice : public QIODevice
{
public:
    explicit FillingDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (size > m_room) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_room -= size;
        return size;
    }

private:
    qint64 m_room;
};

/** The document as version 1 wrote it: that version, and none of the keys version 2 added. */
QJsonValue asVersionOne(const QJsonValue &value, bool participant = false)
{
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = asVersionOne(*it, participant);
        return a;
    }
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    for (const char *key :
         {"actualStart", "actualEnd", "pausedAt", "pausedSeconds", "runStatus", "originalStart", "originalMinutes"})
        o.remove(QLatin1String(key));
    if (participant)
        o.remove(QStringLiteral("days"));
    if (o.contains(QStringLiteral("formatVersion")))
        o.insert(QStringLiteral("formatVersion"), 1);
    for (auto it = o.begin(); it != o.end(); ++it)
        *it = asVersionOne(*it, it.key() == QLatin1String("participants"));
    return o;
}

/** The search index's rows, and the rows its source views give for the records: equal when it is current. */
QStringList indexRows(const QSqlDatabase &db)
{
    QStringList rows;
    const QString rowid = Backend::isServer() ? QStringLiteral("row_id") : QStringLiteral("rowid");
    QSqlQuery q(
        QStringLiteral("SELECT %1, title, body, people, kind, meeting_id, entry_id FROM search_index").arg(rowid), db);
    while (q.next())
        rows << rowText(q);
    rows.sort();
    return rows;
}

QStringList sourceRows(const QSqlDatabase &db)
{
    QStringList rows;
    for (const char *view : {"search_meeting_source", "search_entry_source", "search_action_source",
                             "search_attachment_source", "search_person_source"}) {
        QSqlQuery q(QStringLiteral("SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM %1")
                        .arg(QLatin1String(view)),
                    db);
        while (q.next())
            rows << rowText(q);
    }
    rows.sort();
    return rows;
}

} // namespace

class TestJsonInterchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Backend::addRows(); }
    void init() { QUORUM_USE_BACKEND(); }

    void shouldRoundTripTheSampleByteForByte()
    {
        // GIVEN the shipped sample document
        const QByteArray sample = SampleLibrary::json();
        QVERIFY(!sample.isEmpty());
        QTemporaryDir dir;
        auto first = newLibrary(dir, QStringLiteral("a.quorum"));
        QVERIFY(first);
        // WHEN it is imported and exported, and that export imported and exported again
        JsonInterchange::importDocument(*first, sample);
        const QByteArray once = JsonInterchange::exportLibrary(*first);
        auto second = newLibrary(dir, QStringLiteral("b.quorum"));
        QVERIFY(second);
        JsonInterchange::importDocument(*second, once);
        const QByteArray twice = JsonInterchange::exportLibrary(*second);
        // THEN nothing was lost or changed on the way
        QCOMPARE(once, sample);
        QCOMPARE(twice, once);
    }

    void shouldRoundTripALiveRunAndAttendancePerDay()
    {
        // GIVEN the sample with day 1 of the reference meeting partly run (standing paused now),
        // and attendance that differs per day
        QTemporaryDir dir;
        qint64 meeting = 0;
        auto doc = openRunSample(dir, QStringLiteral("run.quorum"), QStringLiteral("paused"), &meeting);
        QVERIFY(doc);
        const QStringList before = liveRows(doc->database().connection());
        // WHEN it is exported, imported into a new library, and exported again
        const QByteArray once = JsonInterchange::exportLibrary(doc->database());
        auto copy = newLibrary(dir, QStringLiteral("copy.quorum"));
        QVERIFY(copy);
        JsonInterchange::importDocument(*copy, once);
        const QByteArray twice = JsonInterchange::exportLibrary(*copy);
        // THEN the documents are the same, and so are the stored values of the run
        QCOMPARE(twice, once);
        QCOMPARE(liveRows(copy->connection()), before);
        const QString title = MeetingRepository(doc->database().connection()).load(meeting).title;
        QVERIFY2(before.contains(title
                                 + QStringLiteral("|2020-09-15|Project news and updates|09:15|2020-09-15T16:17:00Z|"
                                                  "2020-09-15T16:52:00Z|0|planned|09:15|25")),
                 qPrintable(before.join(QLatin1Char('\n'))));
        QVERIFY(before.contains(title
                                + QStringLiteral("|2020-09-15|Community support|09:45|2020-09-15T16:55:00Z|NULL|"
                                                 "300|planned|09:45|45")));
        QVERIFY(before.contains(title + QStringLiteral("|2020-09-15|2020-09-15T16:02:00Z|NULL|2020-09-15T17:20:00Z")));
        QVERIFY(before.contains(title + QStringLiteral("|2020-09-16|Wil O'Mullane|NULL|present|NULL|11:15")));
        for (const char *text : {"\"formatVersion\": 4", "\"actualStart\": \"2020-09-15T16:02:00Z\"",
                                 "\"pausedAt\": \"2020-09-15T17:20:00Z\"", "\"pausedSeconds\": 300",
                                 "\"runStatus\": \"skipped\"", "\"originalStart\": \"09:40\"", "\"originalMinutes\": 5",
                                 "\"arrived\": \"09:20\"", "\"departed\": \"11:15\"", "\"attendance\": \"absent\""})
            QVERIFY2(once.contains(text), text);
    }

    void shouldImportTheFormerVersionAsNeverRun()
    {
        // GIVEN the export of a library whose meeting ran, as version 1 wrote it: that version,
        // and no actual times, run status, original plan or attendance per day
        QTemporaryDir dir;
        qint64 meeting = 0;
        auto doc = openRunSample(dir, QStringLiteral("run.quorum"), QStringLiteral("ended"), &meeting);
        QVERIFY(doc);
        const QJsonObject current = QJsonDocument::fromJson(JsonInterchange::exportLibrary(doc->database())).object();
        const QByteArray old = toJson(asVersionOne(current).toObject());
        QVERIFY(old.contains("\"formatVersion\": 1"));
        QVERIFY(!old.contains("actualStart") && !old.contains("arrived") && !old.contains("originalStart"));
        // WHEN it is imported into a new library
        auto db = newLibrary(dir, QStringLiteral("old.quorum"));
        QVERIFY(db);
        const ImportSummary summary = JsonInterchange::importDocument(*db, old);
        // THEN every meeting is there, none of it has run, and it exports as the sample does
        QCOMPARE(summary.meetingIds.size(), 4);
        QCOMPARE(rowCount(*db, QStringLiteral("day_attendance")), 0);
        QCOMPARE(queryValue(db->connection(),
                            QStringLiteral("SELECT count(*) FROM agenda_entry WHERE actual_start IS NOT NULL OR "
                                           "original_start IS NOT NULL OR run_status <> 'planned'"))
                     .toInt(),
                 0);
        QCOMPARE(queryValue(db->connection(),
                            QStringLiteral("SELECT count(*) FROM meeting_day WHERE actual_start IS NOT NULL"))
                     .toInt(),
                 0);
        QCOMPARE(JsonInterchange::exportLibrary(*db), SampleLibrary::json());
    }

    void shouldNameTheMeetingDayAndEntryOfABadLiveValue()
    {
        // GIVEN the sample with a time without a zone as the actual start of day 1's "Welcome"
        QJsonObject root = QJsonDocument::fromJson(SampleLibrary::json()).object();
        QJsonArray meetings = root.value(QStringLiteral("meetings")).toArray();
        qsizetype at = 0;
        while (at < meetings.size()
               && meetings.at(at).toObject().value(QStringLiteral("startDate")).toString()
                      != QLatin1String("2020-09-15"))
            ++at;
        QVERIFY(at < meetings.size());
        QJsonObject m = meetings.at(at).toObject();
        QJsonArray days = m.value(QStringLiteral("days")).toArray();
        QJsonObject day = days.at(0).toObject();
        QJsonArray agenda = day.value(QStringLiteral("agenda")).toArray();
        QJsonObject block = agenda.at(0).toObject();
        QJsonArray entries = block.value(QStringLiteral("entries")).toArray();
        QJsonObject welcome = entries.at(0).toObject();
        QCOMPARE(welcome.value(QStringLiteral("title")).toString(), QStringLiteral("Welcome"));
        welcome.insert(QStringLiteral("actualStart"), QStringLiteral("2020-09-15 09:02"));
        entries[0] = welcome;
        block.insert(QStringLiteral("entries"), entries);
        agenda[0] = block;
        day.insert(QStringLiteral("agenda"), agenda);
        days[0] = day;
        m.insert(QStringLiteral("days"), days);
        meetings[at] = m;
        root.insert(QStringLiteral("meetings"), meetings);
        QTemporaryDir dir;
        auto db = newLibrary(dir, QStringLiteral("a.quorum"));
        QVERIFY(db);
        // WHEN it is imported
        QString message;
        try {
            JsonInterchange::importDocument(*db, toJson(root));
        } catch (const StorageError &e) {
            message = e.message();
        }
        // THEN the message names the meeting, the day, the entry and the key, and nothing was written
        const QString title = m.value(QStringLiteral("title")).toString();
        QVERIFY2(message.contains(QStringLiteral("(meeting “%1”, day 2020-09-15, entry “Welcome”)").arg(title)),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("“actualStart” is not an instant of the form 2020-09-15T16:00:00Z")),
                 qPrintable(message));
        QCOMPARE(rowCount(*db, QStringLiteral("meeting")), 0);
    }

    void shouldStreamTheBytesOfOneWholeDocument_data()
    {
        QTest::addColumn<bool>("withSample");
        QTest::addColumn<bool>("oneMeeting");
        QTest::newRow("empty library") << false << false;
        QTest::newRow("sample") << true << false;
        QTest::newRow("one meeting") << true << true;
    }

    void shouldStreamTheBytesOfOneWholeDocument()
    {
        // GIVEN a library
        QFETCH(bool, withSample);
        QFETCH(bool, oneMeeting);
        QTemporaryDir dir;
        auto db = newLibrary(dir, QStringLiteral("a.quorum"));
        QVERIFY(db);
        if (withSample)
            JsonInterchange::importDocument(*db, SampleLibrary::json());
        const Id meeting = oneMeeting ? MeetingRepository(db->connection()).summaries().constLast().id : 0;
        // WHEN it is exported meeting by meeting into a file
        QFile file(dir.filePath(QStringLiteral("out.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        JsonInterchange::exportLibrary(*db, &file, meeting);
        file.close();
        // THEN the file holds exactly what QJsonDocument writes for the whole document
        const QByteArray streamed = readFile(file.fileName());
        const QJsonDocument whole = QJsonDocument::fromJson(streamed);
        QVERIFY(whole.isObject());
        QCOMPARE(streamed, whole.toJson(QJsonDocument::Indented));
        QCOMPARE(whole.object().value(QStringLiteral("meetings")).toArray().size(),
                 !withSample  ? 0
                 : oneMeeting ? 1
                              : MeetingRepository(db->connection()).summaries().size());
    }

    void shouldWriteTextAndContentAsQJsonDocumentDoes()
    {
        // GIVEN a meeting whose texts hold what JSON escapes or encodes, and attachments of every
        // length modulo three, one larger than a piece of content read at a time
        QJsonObject root = sampleObject();
        QJsonArray meetings = root.value(QStringLiteral("meetings")).toArray();
        QJsonObject m = meetings.at(0).toObject();
        const QString tricky = QStringLiteral("quote \" backslash \\ tab \t cr \r bell \a del \x7f "
                                              "é € 𝄞 \u2028 end\nline");
        m.insert(QStringLiteral("title"), tricky);
        m.insert(QStringLiteral("description"), tricky + QStringLiteral(" \u0001\u001f"));
        QList<QByteArray> contents;
        for (int size : {0, 1, 2, 3, 4, 5, 3 * 64 * 1024 + 1, 3 * 64 * 1024 * 2 + 2}) {
            QByteArray data(size, Qt::Uninitialized);
            for (int i = 0; i < size; ++i)
                data[i] = char((i * 131 + size) & 0xff);
            contents << data;
        }
        QJsonArray attachments;
        for (qsizetype i = 0; i < contents.size(); ++i) {
            attachments.append(
                QJsonObject{{QStringLiteral("fileName"), QStringLiteral("file %1.bin").arg(i)},
                            {QStringLiteral("modifiedAt"), QStringLiteral("2024-01-02T03:04:05Z")},
                            {QStringLiteral("contentBase64"), QString::fromLatin1(contents.at(i).toBase64())}});
        }
        m.insert(QStringLiteral("attachments"), attachments);
        meetings[0] = m;
        root.insert(QStringLiteral("meetings"), meetings);
        QTemporaryDir dir;
        auto db = newLibrary(dir, QStringLiteral("a.quorum"));
        JsonInterchange::importDocument(*db, toJson(root));
        // WHEN the library is exported
        const QByteArray exported = JsonInterchange::exportLibrary(*db);
        // THEN the bytes are those QJsonDocument writes, and every text and content is kept
        const QJsonDocument whole = QJsonDocument::fromJson(exported);
        QCOMPARE(exported, whole.toJson(QJsonDocument::Indented));
        bool found = false;
        for (const QJsonValue &v : whole.object().value(QStringLiteral("meetings")).toArray()) {
            const QJsonObject meeting = v.toObject();
            if (meeting.value(QStringLiteral("title")).toString() != tricky)
                continue;
            found = true;
            QCOMPARE(meeting.value(QStringLiteral("description")).toString(), tricky + QStringLiteral(" \u0001\u001f"));
            const QJsonArray written = meeting.value(QStringLiteral("attachments")).toArray();
            QCOMPARE(written.size(), contents.size());
            for (qsizetype i = 0; i < contents.size(); ++i) {
                const QJsonObject a = written.at(i).toObject();
                QCOMPARE(a.value(QStringLiteral("contentBase64")).toString().toLatin1(), contents.at(i).toBase64());
                QCOMPARE(a.value(QStringLiteral("size")).toInteger(), contents.at(i).size());
            }
        }
        QVERIFY(found);
    }

    void shouldIndexWhatItImportsAsTheTriggersWould()
    {
        // GIVEN the sample imported into a new library (the search index written once, at the end)
        QTemporaryDir dir;
        auto db = newLibrary(dir, QStringLiteral("a.quorum"));
        JsonInterchange::importDocument(*db, SampleLibrary::json());
        // THEN the index holds exactly the rows its views make of the records
        QVERIFY(!indexRows(db->connection()).isEmpty());
        QCOMPARE(indexRows(db->connection()), sourceRows(db->connection()));
        // WHEN a meeting with a new person is imported into that library, which holds records already
        const Id first = MeetingRepository(db->connection()).summaries().constFirst().id;
        QJsonObject doc = QJsonDocument::fromJson(JsonInterchange::exportLibrary(*db, first)).object();
        QJsonArray people = doc.value(QStringLiteral("people")).toArray();
        people.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("person-new")},
                                  {QStringLiteral("displayName"), QStringLiteral("Zebulon Newcomer")},
                                  {QStringLiteral("aliases"), QJsonArray{QStringLiteral("Zeb")}}});
        doc.insert(QStringLiteral("people"), people);
        QJsonArray meetings = doc.value(QStringLiteral("meetings")).toArray();
        QJsonObject m = meetings.at(0).toObject();
        m.insert(QStringLiteral("title"), QStringLiteral("Imported again"));
        QJsonArray participants = m.value(QStringLiteral("participants")).toArray();
        participants.append(QJsonObject{{QStringLiteral("person"), QStringLiteral("person-new")},
                                        {QStringLiteral("role"), QStringLiteral("attendee")},
                                        {QStringLiteral("attendance"), QStringLiteral("present")}});
        m.insert(QStringLiteral("participants"), participants);
        meetings[0] = m;
        doc.insert(QStringLiteral("meetings"), meetings);
        const QStringList before = indexRows(db->connection());
        JsonInterchange::importDocument(*db, toJson(doc));
        // THEN the index gained the new records, as the triggers would have written them
        QCOMPARE(indexRows(db->connection()), sourceRows(db->connection()));
        QVERIFY(indexRows(db->connection()).size() > before.size());
        QVERIFY(indexRows(db->connection()).join(QLatin1Char('\n')).contains(QLatin1String("Zebulon Newcomer")));
        // AND the triggers write it again for the next edit
        Meeting later;
        later.title = QStringLiteral("Written after the import");
        later.startDate = later.endDate = QDate(2030, 1, 2);
        MeetingRepository(db->connection()).insert(later);
        QCOMPARE(indexRows(db->connection()), sourceRows(db->connection()));
        QVERIFY(
            indexRows(db->connection()).join(QLatin1Char('\n')).contains(QLatin1String("Written after the import")));
    }

    void shouldSayWhenTheExportCannotBeWritten()
    {
        // GIVEN the sample, and an earlier export at the target path
        QTemporaryDir dir;
        auto db = newLibrary(dir, QStringLiteral("a.quorum"));
        JsonInterchange::importDocument(*db, SampleLibrary::json());
        const QByteArray whole = JsonInterchange::exportLibrary(*db);
        // WHEN the device fills up halfway through
        FillingDevice full(whole.size() / 2);
        // THEN the export stops with the device's reason
        try {
            JsonInterchange::exportLibrary(*db, &full);
            QFAIL("the export did not notice the full device");
        } catch (const StorageError &e) {
            QVERIFY2(e.message().contains(QLatin1String("No space left on device")), qPrintable(e.message()));
        }
        // AND an export file that fails halfway leaves the earlier file as it was
        const QString path = dir.filePath(QStringLiteral("earlier.json"));
        QVERIFY(writeFile(path, "earlier"));
        QString error;
        const auto failHalfway = [&](QIODevice *out) {
            out->write(whole.left(whole.size() / 2));
            throw StorageError(QStringLiteral("The library went away."));
        };
        QVERIFY(!ExportFile::write(path, failHalfway, &error));
        QCOMPARE(error, QStringLiteral("The library went away."));
        QCOMPARE(readFile(path), QByteArray("earlier"));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("earlier*")}, QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("earlier.json")});
    }

    void shouldExportOneMeetingWithOnlyWhatItUses()
    {
        QTemporaryDir dir;
        auto db = newLibrary(dir, QStringLiteral("a.quorum"));
        JsonInterchange::importDocument(*db, SampleLibrary::json());
        Id meeting2024 = 0;
        for (const MeetingSummary &m : MeetingRepository(db->connection()).summaries()) {
            if (m.title == QLatin1String("DMLT Meeting - 2024-04-22"))
                meeting2024 = m.id;
        }
        QVERIFY(meeting2024);
        const QJsonObject doc = QJsonDocument::fromJson(JsonInterchange::exportLibrary(*db, meeting2024)).object();
        QCOMPARE(doc.value(QStringLiteral("meetings")).toArray().size(), 1);
        // Its ten participants and the people who hold its six actions: thirteen; no group, one series.
        QCOMPARE(doc.value(QStringLiteral("people")).toArray().size(), 13);
        QCOMPARE(doc.value(QStringLiteral("groups")).toArray().size(), 0);
        QCOMPARE(doc.value(QStringLiteral("series")).toArray().size(), 1);
        QVERIFY_THROWS_EXCEPTION(StorageError, JsonInterchange::exportLibrary(*db, 987654));
    }

    void shouldMatchKnownPeopleWhenImportingIntoAnExistingLibrary()
    {
        // GIVEN a library holding the sample, and one of its meetings exported under a new title
        QTemporaryDir dir;
        auto db = newLibrary(dir, QStringLiteral("a.quorum"));
        JsonInterchange::importDocument(*db, SampleLibrary::json());
        const Id last = MeetingRepository(db->connection()).summaries().constFirst().id;
        QJsonObject doc = QJsonDocument::fromJson(JsonInterchange::exportLibrary(*db, last)).object();
        QJsonArray meetings = doc.value(QStringLiteral("meetings")).toArray();
        QJsonObject m = meetings.at(0).toObject();
        m.insert(QStringLiteral("title"), QStringLiteral("DMLT Meeting - 2024-04-29"));
        meetings[0] = m;
        doc.insert(QStringLiteral("meetings"), meetings);
        const int peopleBefore = rowCount(*db, QStringLiteral("person"));
        // WHEN it is imported
        const ImportSummary summary = JsonInterchange::importDocument(*db, toJson(doc));
        // THEN its people are the directory's, not copies
        QCOMPARE(summary.meetingIds.size(), 1);
        QCOMPARE(summary.peopleAdded, 0);
        QCOMPARE(summary.peopleMatched, 13);
        QCOMPARE(rowCount(*db, QStringLiteral("person")), peopleBefore);
        QCOMPARE(rowCount(*db, QStringLiteral("meeting")), 5);
        QCOMPARE(rowCount(*db, QStringLiteral("series")), 2);
    }

    void shouldRefuseABrokenDocumentAndWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");

        QTest::newRow("not JSON") << QByteArray("{ \"format\": ") << "not valid JSON";
        QTest::newRow("a list") << QByteArray("[1, 2, 3]") << "not a Quorum export";
        QTest::newRow("empty object") << QByteArray("{}") << "format";

        QJsonObject o = sampleObject();
        o.insert(QStringLiteral("format"), QStringLiteral("something-else"));
        QTest::newRow("foreign format") << toJson(o) << "format";

        o = sampleObject();
        o.insert(QStringLiteral("formatVersion"), 99);
        QTest::newRow("newer version") << toJson(o) << "newer version of Quorum";

        auto editMeeting = [](int index, const std::function<void(QJsonObject &)> &edit) {
            QJsonObject root = sampleObject();
            QJsonArray meetings = root.value(QStringLiteral("meetings")).toArray();
            QJsonObject m = meetings.at(index).toObject();
            edit(m);
            meetings[index] = m;
            root.insert(QStringLiteral("meetings"), meetings);
            return toJson(root);
        };
        auto editFirstMeeting = [&](const std::function<void(QJsonObject &)> &edit) { return editMeeting(0, edit); };
        QTest::newRow("unknown person") << editFirstMeeting([](QJsonObject &m) {
            QJsonArray p = m.value(QStringLiteral("participants")).toArray();
            QJsonObject first = p.at(0).toObject();
            first.insert(QStringLiteral("person"), QStringLiteral("person-999"));
            p[0] = first;
            m.insert(QStringLiteral("participants"), p);
        }) << "person-999";
        QTest::newRow("bad date") << editFirstMeeting([](QJsonObject &m) {
            m.insert(QStringLiteral("startDate"), QStringLiteral("15 Sep 2020"));
        }) << "startDate";
        QTest::newRow("ends before it starts") << editFirstMeeting([](QJsonObject &m) {
            m.insert(QStringLiteral("endDate"), QStringLiteral("2020-09-01"));
        }) << "ends before it starts";
        QTest::newRow("bad role") << editFirstMeeting([](QJsonObject &m) {
            QJsonArray p = m.value(QStringLiteral("participants")).toArray();
            QJsonObject first = p.at(0).toObject();
            first.insert(QStringLiteral("role"), QStringLiteral("emperor"));
            p[0] = first;
            m.insert(QStringLiteral("participants"), p);
        }) << "role";
        QTest::newRow("damaged attachment") << editFirstMeeting([](QJsonObject &m) {
            QJsonArray a = m.value(QStringLiteral("attachments")).toArray();
            QJsonObject first = a.at(0).toObject();
            first.insert(QStringLiteral("contentBase64"), QString::fromLatin1(QByteArray("tampered").toBase64()));
            a[0] = first;
            m.insert(QStringLiteral("attachments"), a);
        }) << "sha256";
        QTest::newRow("not base64") << editFirstMeeting([](QJsonObject &m) {
            QJsonArray a = m.value(QStringLiteral("attachments")).toArray();
            QJsonObject first = a.at(0).toObject();
            first.insert(QStringLiteral("contentBase64"), QStringLiteral("***"));
            a[0] = first;
            m.insert(QStringLiteral("attachments"), a);
        }) << "base64";
        // The entries of the first block of the first day of the first meeting.
        // (With values for the first day set too.)
        auto editFirstBlockEntries = [&](const std::function<void(QJsonArray &)> &edit,
                                         const QList<std::pair<QString, QJsonValue>> &dayValues = {}) {
            return editFirstMeeting([&](QJsonObject &m) {
                QJsonArray days = m.value(QStringLiteral("days")).toArray();
                QJsonObject day = days.at(0).toObject();
                for (const auto &[key, value] : dayValues)
                    day.insert(key, value);
                QJsonArray agenda = day.value(QStringLiteral("agenda")).toArray();
                QJsonObject block = agenda.at(0).toObject();
                QJsonArray entries = block.value(QStringLiteral("entries")).toArray();
                edit(entries);
                block.insert(QStringLiteral("entries"), entries);
                agenda[0] = block;
                day.insert(QStringLiteral("agenda"), agenda);
                days[0] = day;
                m.insert(QStringLiteral("days"), days);
            });
        };
        const auto setFirstDuration = [](double minutes) {
            return [minutes](QJsonArray &entries) {
                QJsonObject entry = entries.at(0).toObject();
                entry.insert(QStringLiteral("durationMinutes"), minutes);
                entries[0] = entry;
            };
        };
        QTest::newRow("block inside a block") << editFirstBlockEntries([](QJsonArray &entries) {
            entries.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("block")}});
        }) << "inside another block";
        const QByteArray sample = toJson(sampleObject());
        QTest::newRow("truncated") << sample.left(sample.size() / 2) << "not valid JSON";
        QTest::newRow("deeply nested") << QByteArray(
                                              "{\"format\": \"quorum-library\", \"formatVersion\": 1, \"meetings\": ")
                                              + QByteArray(100000, '[') + QByteArray(100000, ']') + QByteArray("}")
                                       << "not valid JSON";
        QTest::newRow("huge format version")
            << QByteArray("{\"format\": \"quorum-library\", \"formatVersion\": 1e400, \"meetings\": []}")
            << "not valid JSON";
        QTest::newRow("huge duration") << editFirstBlockEntries(setFirstDuration(1e300)) << "durationMinutes";
        QTest::newRow("fractional duration") << editFirstBlockEntries(setFirstDuration(-2.5)) << "durationMinutes";
        const auto setOnFirst = [](const QList<std::pair<QString, QJsonValue>> &values) {
            return [values](QJsonArray &entries) {
                QJsonObject entry = entries.at(0).toObject();
                for (const auto &[key, value] : values)
                    entry.insert(key, value);
                entries[0] = entry;
            };
        };
        const auto onFirstDay = [&](const QList<std::pair<QString, QJsonValue>> &values) {
            return editFirstMeeting([&](QJsonObject &m) {
                QJsonArray days = m.value(QStringLiteral("days")).toArray();
                QJsonObject day = days.at(0).toObject();
                for (const auto &[key, value] : values)
                    day.insert(key, value);
                days[0] = day;
                m.insert(QStringLiteral("days"), days);
            });
        };
        const auto firstAttendance = [&](const QJsonObject &attendance) {
            return editFirstMeeting([&](QJsonObject &m) {
                QJsonObject dated = attendance;
                if (!dated.contains(QStringLiteral("date")))
                    dated.insert(QStringLiteral("date"), m.value(QStringLiteral("startDate")));
                QJsonArray p = m.value(QStringLiteral("participants")).toArray();
                QJsonObject first = p.at(0).toObject();
                first.insert(QStringLiteral("days"), QJsonArray{dated});
                p[0] = first;
                m.insert(QStringLiteral("participants"), p);
            });
        };
        QTest::newRow("instant without a zone") << editFirstBlockEntries(
            setOnFirst({{QStringLiteral("actualStart"), QStringLiteral("2020-09-15T09:02:00")}}))
                                                << "“actualStart” is not an instant";
        QTest::newRow("instant that is no time")
            << editFirstBlockEntries(setOnFirst({{QStringLiteral("actualEnd"), QStringLiteral("soon")}}))
            << "“actualEnd” is not an instant";
        QTest::newRow("unknown run status")
            << editFirstBlockEntries(setOnFirst({{QStringLiteral("runStatus"), QStringLiteral("postponed")}}))
            << "“runStatus” must be one of: planned, skipped, parked";
        QTest::newRow("day ends before it starts")
            << onFirstDay({{QStringLiteral("actualStart"), QStringLiteral("2020-09-15T16:00:00Z")},
                           {QStringLiteral("actualEnd"), QStringLiteral("2020-09-15T15:00:00Z")}})
            << "“actualEnd” lies before “actualStart”";
        QTest::newRow("entry ends before it starts") << editFirstBlockEntries(
            setOnFirst({{QStringLiteral("actualStart"), QStringLiteral("2020-09-15T16:30:00Z")},
                        {QStringLiteral("actualEnd"), QStringLiteral("2020-09-15T16:00:00Z")}}))
                                                     << "“actualEnd” lies before “actualStart”";
        QTest::newRow("held on a day that never started") << editFirstBlockEntries(
            setOnFirst({{QStringLiteral("actualStart"), QStringLiteral("2020-09-15T16:00:00Z")}}))
                                                          << "the day has no “actualStart”";
        QTest::newRow("skipped yet held") << editFirstBlockEntries(
            setOnFirst({{QStringLiteral("actualStart"), QStringLiteral("2020-09-15T16:00:00Z")},
                        {QStringLiteral("runStatus"), QStringLiteral("skipped")}}))
                                          << "a skipped or parked entry has no actual times";
        QTest::newRow("day ends without a start")
            << onFirstDay({{QStringLiteral("actualEnd"), QStringLiteral("2020-09-15T16:00:00Z")}})
            << "“actualEnd” is given without “actualStart”";
        QTest::newRow("paused on a day that ended")
            << onFirstDay({{QStringLiteral("actualStart"), QStringLiteral("2020-09-15T16:00:00Z")},
                           {QStringLiteral("actualEnd"), QStringLiteral("2020-09-15T19:00:00Z")},
                           {QStringLiteral("pausedAt"), QStringLiteral("2020-09-15T18:00:00Z")}})
            << "“pausedAt” is given for a day that is not running";
        const auto running = [](QJsonArray &entries) {
            for (int i : {0, 1}) {
                QJsonObject entry = entries.at(i).toObject();
                entry.insert(QStringLiteral("actualStart"), QStringLiteral("2020-09-15T16:0%1:00Z").arg(i));
                entries[i] = entry;
            }
        };
        QTest::newRow("two entries running at once")
            << editFirstBlockEntries(running, {{QStringLiteral("actualStart"), QStringLiteral("2020-09-15T16:00:00Z")}})
            << "more than one entry is running";
        QTest::newRow("an entry running on a day that ended") << editFirstBlockEntries(
            setOnFirst({{QStringLiteral("actualStart"), QStringLiteral("2020-09-15T16:00:00Z")}}),
            {{QStringLiteral("actualStart"), QStringLiteral("2020-09-15T16:00:00Z")},
             {QStringLiteral("actualEnd"), QStringLiteral("2020-09-15T19:00:00Z")}})
                                                              << "an entry is still running on a day that ended";
        QTest::newRow("two days running at once") << editFirstMeeting([](QJsonObject &m) {
            QJsonArray days = m.value(QStringLiteral("days")).toArray();
            for (int i : {0, 2}) {
                QJsonObject day = days.at(i).toObject();
                day.insert(QStringLiteral("actualStart"),
                           day.value(QStringLiteral("date")).toString() + QStringLiteral("T16:00:00Z"));
                days[i] = day;
            }
            m.insert(QStringLiteral("days"), days);
        }) << "more than one day is running";
        QTest::newRow("attendance on a date that is no day of the meeting")
            << firstAttendance({{QStringLiteral("date"), QStringLiteral("2019-01-01")},
                                {QStringLiteral("attendance"), QStringLiteral("absent")}})
            << "day 2019-01-01): the date is not a day of the meeting";
        QTest::newRow("arrived after departing")
            << firstAttendance({{QStringLiteral("attendance"), QStringLiteral("present")},
                                {QStringLiteral("arrived"), QStringLiteral("11:00")},
                                {QStringLiteral("departed"), QStringLiteral("10:00")}})
            << "“arrived” lies after “departed”";
        QTest::newRow("unknown attendance on a day")
            << firstAttendance({{QStringLiteral("attendance"), QStringLiteral("asleep")}})
            << "“attendance” must be one of";
        // Durations and times: a meeting day has 24 hours (issue 17, class 10).
        QTest::newRow("a billion minutes") << editFirstBlockEntries(setFirstDuration(1e9))
                                           << "“durationMinutes” must be a whole number of minutes from 0 to 1440";
        QTest::newRow("a day and a minute") << editFirstBlockEntries(setFirstDuration(1441)) << "from 0 to 1440";
        QTest::newRow("an entry past midnight")
            << editFirstBlockEntries(setOnFirst({{QStringLiteral("start"), QStringLiteral("23:30")},
                                                 {QStringLiteral("pinned"), true},
                                                 {QStringLiteral("durationMinutes"), 120}}))
            << "starts at 23:30 and lasts 2 h: it would end after midnight";
        QTest::newRow("a day of more than 24 hours") << editFirstBlockEntries([](QJsonArray &entries) {
            for (int i : {0, 1}) {
                QJsonObject entry = entries.at(i).toObject();
                entry.remove(QStringLiteral("start"));
                entry.insert(QStringLiteral("durationMinutes"), 800);
                entries[i] = entry;
            }
        }) << "the day's entries take more than the 24 hours of a day";
        QTest::newRow("a topic request of a billion minutes") << editFirstMeeting([](QJsonObject &m) {
            m.insert(QStringLiteral("topicRequests"),
                     QJsonArray{QJsonObject{{QStringLiteral("topic"), QStringLiteral("Long")},
                                            {QStringLiteral("minutesRequired"), 1e9}}});
        }) << "“minutesRequired” must be a whole number of minutes";
        // What the library check would call damaged (issue 17, class 11).
        QTest::newRow("an action on another meeting's entry") << editMeeting(1, [](QJsonObject &m) {
            QJsonArray a = m.value(QStringLiteral("actionItems")).toArray();
            QJsonObject first = a.at(0).toObject();
            first.insert(QStringLiteral("entry"), QStringLiteral("entry-2"));
            a[0] = first;
            m.insert(QStringLiteral("actionItems"), a);
        }) << "“entry” names the agenda entry “entry-2” of another meeting";
        QTest::newRow("an attachment on another meeting's entry") << editMeeting(1, [](QJsonObject &m) {
            m.insert(QStringLiteral("attachments"),
                     QJsonArray{QJsonObject{{QStringLiteral("fileName"), QStringLiteral("a.txt")},
                                            {QStringLiteral("modifiedAt"), QStringLiteral("2020-09-15T17:00:00Z")},
                                            {QStringLiteral("entry"), QStringLiteral("entry-2")},
                                            {QStringLiteral("contentBase64"), QStringLiteral("YQ==")}}});
        }) << "of another meeting";
        QTest::newRow("a topic scheduled into another meeting") << editMeeting(1, [](QJsonObject &m) {
            m.insert(QStringLiteral("topicRequests"),
                     QJsonArray{QJsonObject{{QStringLiteral("topic"), QStringLiteral("Elsewhere")},
                                            {QStringLiteral("status"), QStringLiteral("scheduled")},
                                            {QStringLiteral("scheduledEntry"), QStringLiteral("entry-2")}}});
        }) << "of another meeting";
        QTest::newRow("a meeting without a day") << editMeeting(3, [](QJsonObject &m) {
            m.remove(QStringLiteral("days"));
            m.remove(QStringLiteral("participants"));
        }) << "the meeting has no day";
        // Input past the stream's limits, or no JSON at all (issue 17, class 16).
        QTest::newRow("zero bytes") << QByteArray(100000, '\0') << "not a Quorum JSON file";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(5000, '\x01')
                                << "not a Quorum JSON file";
        QTest::newRow("a number") << QByteArray("42") << "not a Quorum JSON file";
        QTest::newRow("a text of 2 MB") << editFirstMeeting([](QJsonObject &m) {
            m.insert(QStringLiteral("description"), QString(2 * 1024 * 1024, QLatin1Char('x')));
        }) << "a text longer than";
        QTest::newRow("white space without end") << QByteArray(8 * 1024 * 1024, ' ') << "not a Quorum JSON file";
        QTest::newRow("nested 33 deep") << QByteArray(
                                               "{\"format\": \"quorum-library\", \"formatVersion\": 1, \"people\": ")
                                               + QByteArray(40, '[') + QByteArray(40, ']') + QByteArray("}")
                                        << "nests deeper than 32 levels";
        QTest::newRow("a key given twice") << editFirstMeeting([](QJsonObject &m) {
                                                  m.insert(QStringLiteral("location"), QStringLiteral("DUPLICATE"));
                                              }).replace("\"location\"", "\"title\"")
                                           << "is given twice";
        QTest::newRow("meetings that are no list")
            << QByteArray("{\"format\": \"quorum-library\", \"formatVersion\": 1, \"meetings\": {}}")
            << "“meetings” must be a list";
        QTest::newRow("a meeting that is no object")
            << QByteArray("{\"format\": \"quorum-library\", \"formatVersion\": 1, \"meetings\": [3]}")
            << "meetings[0]: must be an object";
        QTest::newRow("open action with a done date") << editFirstMeeting([](QJsonObject &m) {
            QJsonArray a = m.value(QStringLiteral("actionItems")).toArray();
            QJsonObject first = a.at(0).toObject();
            first.insert(QStringLiteral("done"), false);
            first.insert(QStringLiteral("doneDate"), QStringLiteral("2020-09-20"));
            a[0] = first;
            m.insert(QStringLiteral("actionItems"), a);
        }) << "done date";
    }

    void shouldRefuseABrokenDocumentAndWriteNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        auto db = newLibrary(dir, QStringLiteral("a.quorum"));
        QVERIFY(db);
        QString message;
        try {
            JsonInterchange::importDocument(*db, json);
            QFAIL("the broken document was imported");
        } catch (const StorageError &e) {
            message = e.message();
        }
        QVERIFY2(message.contains(reason), qPrintable(message));
        for (const char *table :
             {"person", "person_group", "series", "meeting", "meeting_day", "agenda_entry", "day_attendance", "blob"})
            QCOMPARE(rowCount(*db, QLatin1String(table)), 0);
    }

    void shouldRefuseImportingAMeetingTheLibraryHolds()
    {
        QTemporaryDir dir;
        auto db = newLibrary(dir, QStringLiteral("a.quorum"));
        JsonInterchange::importDocument(*db, SampleLibrary::json());
        QVERIFY_THROWS_EXCEPTION(StorageError, JsonInterchange::importDocument(*db, SampleLibrary::json()));
        QCOMPARE(rowCount(*db, QStringLiteral("meeting")), 4);
        QCOMPARE(rowCount(*db, QStringLiteral("person")), 25);
    }

    void shouldKeepTwoPeopleOfTheSameNameApart()
    {
        QJsonObject root{{QStringLiteral("format"), QStringLiteral("quorum-library")},
                         {QStringLiteral("formatVersion"), 1},
                         {QStringLiteral("people"),
                          QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("a")},
                                                 {QStringLiteral("displayName"), QStringLiteral("Alex Kim")}},
                                     QJsonObject{{QStringLiteral("key"), QStringLiteral("b")},
                                                 {QStringLiteral("displayName"), QStringLiteral("Alex Kim")},
                                                 {QStringLiteral("team"), QStringLiteral("Other")}}}}};
        QTemporaryDir dir;
        auto db = newLibrary(dir, QStringLiteral("a.quorum"));
        const ImportSummary s = JsonInterchange::importDocument(*db, toJson(root));
        QCOMPARE(s.peopleAdded, 2);
        QCOMPARE(rowCount(*db, QStringLiteral("person")), 2);
    }
};

QTEST_GUILESS_MAIN(TestJsonInterchange)
#include "tst_jsoninterchange.moc"
