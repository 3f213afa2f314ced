// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportfile.h"
#include "export/jsoninterchange.h"
#include "fixtures.h"
#include "samplelibrary.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

std::unique_ptr<Database> newLibrary(const QTemporaryDir &dir, const QString &name)
{
    QString error;
    auto db = Database::open(dir.filePath(name), Database::Mode::CreateNew, &error);
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

} // namespace

class TestJsonInterchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        // Five people hold its six actions (one action has no assignee); no group, one series.
        QCOMPARE(doc.value(QStringLiteral("people")).toArray().size(), 5);
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
        QCOMPARE(summary.peopleMatched, 5);
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

        auto editFirstMeeting = [](const std::function<void(QJsonObject &)> &edit) {
            QJsonObject root = sampleObject();
            QJsonArray meetings = root.value(QStringLiteral("meetings")).toArray();
            QJsonObject m = meetings.at(0).toObject();
            edit(m);
            meetings[0] = m;
            root.insert(QStringLiteral("meetings"), meetings);
            return toJson(root);
        };
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
        auto editFirstBlockEntries = [&](const std::function<void(QJsonArray &)> &edit) {
            return editFirstMeeting([&](QJsonObject &m) {
                QJsonArray days = m.value(QStringLiteral("days")).toArray();
                QJsonObject day = days.at(0).toObject();
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
        for (const char *table : {"person", "person_group", "series", "meeting", "agenda_entry", "blob"})
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
