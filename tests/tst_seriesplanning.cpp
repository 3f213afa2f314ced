// SPDX-License-Identifier: GPL-3.0-or-later
// The life of a series: the cadence, the shape of a meeting carried to the next one (each part on
// and off), its one undo step, the recurring flag, the series' settings, and their JSON.
#include "agenda/meetingshape.h"
#include "backend.h"
#include "data/cadence.h"
#include "document/libraryfile.h"
#include "document/meetingreader.h"
#include "export/jsoninterchange.h"
#include "fixtures.h"
#include "itemmodels/agendamodel.h"
#include "meetingdocument.h"
#include "storage/agendarepository.h"
#include "storage/database.h"
#include "storage/seriesrepository.h"
#include "storage/storageerror.h"
#include "storage/templaterepository.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {
const QStringList RecurringInSample = {QStringLiteral("Project news and updates"), QStringLiteral("Milestones"),
                                       QStringLiteral("Team status"), QStringLiteral("Team status")};
/** The weekly call's plan (DMLT Meeting - 2024-04-22): its three recurring topics. */
const QStringList RecurringInWeeklyCall
    = {QStringLiteral("Project news and updates"), QStringLiteral("Review of milestones"),
       QStringLiteral("Action items review")};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run quorum(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QUORUM_EXECUTABLE), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

class TestSeriesPlanning : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    std::unique_ptr<MeetingDocument> m_doc;
    Id m_seed = 0;

    QSqlDatabase db() const { return m_doc->database().connection(); }
    MeetingContent seed() const { return MeetingReader(db()).load(m_seed); }
    Id seriesNamed(const QString &name) const { return SeriesRepository(db()).findByName(name); }
    QStringList column(const QString &sql, const QVariantList &values) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        QStringList result;
        if (!q.exec())
            return {QStringLiteral("failed: ") + q.lastQuery()};
        while (q.next())
            result << (q.value(0).isNull() ? QStringLiteral("NULL") : q.value(0).toString());
        return result;
    }

private Q_SLOTS:
    void initTestCase_data() { Quorum::Testing::Backend::addRows(); }

    void init()
    {
        QUORUM_USE_BACKEND();
        m_doc = m_samples.open(&m_seed);
        QVERIFY(m_doc);
    }
    void cleanup() { m_doc.reset(); }

    // ---------------------------------------------------------------------------------- cadence
    void shouldSuggestTheNextDateFromTheCadence_data()
    {
        QTest::addColumn<QString>("cadence");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QList<QDate>>("next");
        QTest::newRow("weekly") << "weekly:1" << QDate(2026, 12, 7)
                                << QList<QDate>{{2026, 12, 14}, {2026, 12, 21}, {2026, 12, 28}};
        QTest::newRow("weekly over the year's end")
            << "weekly:1" << QDate(2026, 12, 28) << QList<QDate>{{2027, 1, 4}, {2027, 1, 11}};
        QTest::newRow("every two weeks over a month's end")
            << "weekly:2" << QDate(2027, 1, 25) << QList<QDate>{{2027, 2, 8}, {2027, 2, 22}, {2027, 3, 8}};
        // US daylight saving time starts on 2027-03-14: a date is a date.
        QTest::newRow("weekly across daylight saving")
            << "weekly:1" << QDate(2027, 3, 10) << QList<QDate>{{2027, 3, 17}};
        QTest::newRow("monthly on the third Tuesday")
            << "monthly" << QDate(2020, 9, 15) << QList<QDate>{{2020, 10, 20}, {2020, 11, 17}, {2020, 12, 15}};
        QTest::newRow("monthly on the first Monday")
            << "monthly" << QDate(2027, 2, 1) << QList<QDate>{{2027, 3, 1}, {2027, 4, 5}};
        // 2020-09-29 is the fifth and last Tuesday; October's last Tuesday is the 27th.
        QTest::newRow("monthly on the last Tuesday (a fifth)")
            << "monthly" << QDate(2020, 9, 29) << QList<QDate>{{2020, 10, 27}, {2020, 11, 24}, {2020, 12, 29}};
        // 2021-02-26 is the fourth and last Friday of February: the last one after it.
        QTest::newRow("monthly on the last Friday (a fourth)")
            << "monthly" << QDate(2021, 2, 26) << QList<QDate>{{2021, 3, 26}, {2021, 4, 30}};
        QTest::newRow("monthly from January 31 (a fifth Sunday)")
            << "monthly" << QDate(2027, 1, 31) << QList<QDate>{{2027, 2, 28}, {2027, 3, 28}};
        QTest::newRow("none") << "" << QDate(2027, 1, 31) << QList<QDate>{};
    }
    void shouldSuggestTheNextDateFromTheCadence()
    {
        QFETCH(QString, cadence);
        QFETCH(QDate, last);
        QFETCH(QList<QDate>, next);
        Cadence c;
        QVERIFY(Cadence::fromKey(cadence, &c));
        QCOMPARE(c.key(), cadence);
        QCOMPARE(c.nextDates(last, int(next.size()) + (next.isEmpty() ? 1 : 0)), next);
    }

    void shouldDescribeTheCadenceInWords()
    {
        QCOMPARE(Cadence::weekly(1).describe(), QStringLiteral("Every week"));
        QCOMPARE(Cadence::weekly(3).describe(), QStringLiteral("Every 3 weeks"));
        QCOMPARE(Cadence::monthlyByWeekday().describe(QDate(2020, 9, 15)),
                 QStringLiteral("Monthly on the third Tuesday"));
        QCOMPARE(Cadence::monthlyByWeekday().describe(QDate(2020, 9, 29)),
                 QStringLiteral("Monthly on the last Tuesday"));
    }

    void shouldRefuseAnUnknownCadence_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *bad : {"weekly", "weekly:0", "weekly:100", "weekly:+2", "weekly: 2", "weekly:02", "daily",
                                "Monthly", "monthly:3"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void shouldRefuseAnUnknownCadence()
    {
        QFETCH(QString, key);
        Cadence c = Cadence::weekly(5);
        QVERIFY(!Cadence::fromKey(key, &c));
        QCOMPARE(c, Cadence::weekly(5));
        // The schema refuses it too.
        QSqlQuery q(db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE series SET cadence = '%1'").arg(key)));
    }

    // ------------------------------------------------------------------------------- carry over
    void shouldCarryTheChosenParts_data()
    {
        QTest::addColumn<bool>("logistics");
        QTest::addColumn<bool>("participants");
        QTest::addColumn<bool>("recurring");
        QTest::addColumn<bool>("durations");
        QTest::addColumn<bool>("moderators");
        QTest::newRow("everything") << true << true << true << true << true;
        QTest::newRow("no logistics") << false << true << true << true << true;
        QTest::newRow("no participants") << true << false << true << true << true;
        QTest::newRow("no recurring entries") << true << true << false << true << true;
        QTest::newRow("no durations") << true << true << true << false << true;
        QTest::newRow("no moderators") << true << true << true << true << false;
        QTest::newRow("no participants, no moderators") << true << false << true << true << false;
        QTest::newRow("nothing") << false << false << false << false << false;
    }
    void shouldCarryTheChosenParts()
    {
        QFETCH(bool, logistics);
        QFETCH(bool, participants);
        QFETCH(bool, recurring);
        QFETCH(bool, durations);
        QFETCH(bool, moderators);
        // GIVEN the seed meeting, its recurring entries marked in the sample
        const MeetingContent last = seed();
        QVERIFY(!last.meeting.joinUrl.isEmpty());
        QVERIFY(!last.participants.isEmpty());
        MeetingShape::Parts parts;
        parts.logistics = logistics;
        parts.participants = participants;
        parts.recurringEntries = recurring;
        parts.durations = durations;
        parts.moderators = moderators;
        const Id series = last.meeting.seriesId;
        QVERIFY(series);
        // WHEN the next meeting is made from it
        const QDate start(2027, 3, 2);
        const Id id = m_doc->addMeetingFromShape(MeetingShape::of(last, parts), QStringLiteral("Next"), series, start);
        QVERIFY(id);
        QCOMPARE(m_doc->currentMeetingId(), id);
        const MeetingContent made = MeetingReader(db()).load(id);
        // THEN the days follow one another from the start, as many as the last meeting had
        QCOMPARE(made.meeting.seriesId, series);
        QCOMPARE(made.meeting.startDate, start);
        QCOMPARE(made.meeting.endDate, start.addDays(last.days.size() - 1));
        QCOMPARE(made.days.size(), last.days.size());
        for (int i = 0; i < made.days.size(); ++i) {
            QCOMPARE(made.days.at(i).date, start.addDays(i));
            QCOMPARE(made.days.at(i).plannedStart, last.days.at(i).plannedStart);
        }
        // logistics
        QCOMPARE(made.meeting.joinUrl, logistics ? last.meeting.joinUrl : QString());
        QCOMPARE(made.meeting.meetingCode, logistics ? last.meeting.meetingCode : QString());
        QCOMPARE(made.meeting.dialIns, logistics ? last.meeting.dialIns : QList<DialIn>());
        QCOMPARE(made.meeting.passcodeHint, logistics ? last.meeting.passcodeHint : QString());
        QCOMPARE(made.meeting.location, logistics ? last.meeting.location : QString());
        // without the last one's, the series' time zone (the sample's is America/Los_Angeles too)
        QCOMPARE(made.meeting.timeZone, QStringLiteral("America/Los_Angeles"));
        QVERIFY(made.meeting.description.isEmpty());
        // recurring entries, on the day they were on, with their blocks
        QStringList titles;
        QSet<Id> moderatorsSeen;
        // The recurring entries of the last meeting, in the order the new meeting lists its own.
        QList<AgendaEntry> lastRecurring;
        for (const AgendaEntry &e : last.entries) {
            if (e.recurring && e.kind != AgendaEntry::Kind::Block)
                lastRecurring << e;
        }
        for (const AgendaEntry &e : made.entries) {
            QVERIFY(e.runningNotes.isEmpty() && e.preNotes.isEmpty() && !e.isHeld());
            if (e.kind == AgendaEntry::Kind::Block) {
                QVERIFY(made.entries.end()
                        != std::find_if(made.entries.begin(), made.entries.end(),
                                        [&](const AgendaEntry &c) { return c.parentId == e.id; }));
                if (e.moderatorId)
                    moderatorsSeen << e.moderatorId;
                continue;
            }
            titles << e.title;
            QVERIFY(e.recurring);
            QVERIFY(e.parentId);
            QVERIFY(!lastRecurring.isEmpty());
            const AgendaEntry before = lastRecurring.takeFirst();
            QCOMPARE(e.title, before.title);
            const AgendaEntry *block = nullptr;
            for (const AgendaEntry &b : made.entries)
                block = b.id == e.parentId ? &b : block;
            QVERIFY(block);
            const AgendaEntry beforeBlock = [&] {
                for (const AgendaEntry &b : last.entries) {
                    if (b.id == before.parentId)
                        return b;
                }
                return AgendaEntry();
            }();
            QCOMPARE(block->moderatorId, moderators ? beforeBlock.moderatorId : Id(0));
            QCOMPARE(e.durationMinutes, durations ? before.durationMinutes : -1);
            QCOMPARE(e.coordinatorIds, moderators ? before.coordinatorIds : QList<Id>());
            // on the matching day
            int beforeDay = -1, madeDay = -1;
            for (int i = 0; i < last.days.size(); ++i) {
                beforeDay = last.days.at(i).id == before.dayId ? i : beforeDay;
                madeDay = made.days.at(i).id == e.dayId ? i : madeDay;
            }
            QCOMPARE(madeDay, beforeDay);
            QVERIFY(e.startTime.isValid()); // re-timed
        }
        titles.sort();
        QStringList expected = recurring ? RecurringInSample : QStringList();
        expected.sort();
        QCOMPARE(titles, expected);
        // participants: everyone with their role, attendance reset, no attendance per day
        QCOMPARE(queryValue(db(),
                            QStringLiteral("SELECT count(*) FROM day_attendance WHERE day_id IN "
                                           "(SELECT id FROM meeting_day WHERE meeting_id = ?)"),
                            {id})
                     .toInt(),
                 0);
        for (const Participant &p : made.participants)
            QCOMPARE(p.attendance, QStringLiteral("invited"));
        if (participants) {
            QVERIFY(made.participants.size() >= last.participants.size());
            for (int i = 0; i < last.participants.size(); ++i) {
                QCOMPARE(made.participants.at(i).personId, last.participants.at(i).personId);
                QCOMPARE(made.participants.at(i).role, last.participants.at(i).role);
            }
        } else {
            // only the moderators and coordinators named on the carried agenda join
            QSet<Id> named = moderatorsSeen;
            for (const AgendaEntry &e : made.entries)
                named.unite(QSet<Id>(e.coordinatorIds.cbegin(), e.coordinatorIds.cend()));
            QCOMPARE(made.participants.size(), named.size());
        }
        // nothing of the record
        QCOMPARE(made.actions.size(), 0);
        QCOMPARE(made.attachments.size(), 0);
        QCOMPARE(made.requests.size(), 0);
    }

    void shouldBeOneUndoStepWithTheSameIdsOnRedo()
    {
        const QStringList before = libraryRows(db());
        const int steps = m_doc->undoStack()->count();
        const Id id = m_doc->addMeetingFromShape(MeetingShape::of(seed(), {}), QStringLiteral("Next"),
                                                 seed().meeting.seriesId, QDate(2027, 3, 2));
        QVERIFY(id);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        const QStringList after = libraryRows(db());
        QVERIFY(after != before);
        m_doc->undoStack()->undo();
        QCOMPARE(libraryRows(db()), before);
        QVERIFY(m_doc->currentMeetingId() != id);
        m_doc->undoStack()->redo();
        QCOMPARE(libraryRows(db()), after);
        QCOMPARE(m_doc->currentMeetingId(), id);
    }

    void shouldRefuseAMeetingWithoutTitleOrDate()
    {
        const int steps = m_doc->undoStack()->count();
        QCOMPARE(m_doc->addMeetingFromShape(MeetingShape::of(seed(), {}), QStringLiteral("  "), 0, QDate(2027, 3, 2)),
                 Id(0));
        QCOMPARE(m_doc->addMeetingFromShape(MeetingShape::of(seed(), {}), QStringLiteral("Next"), 0, QDate()), Id(0));
        QCOMPARE(m_doc->undoStack()->count(), steps);
    }

    void shouldKeepTheShapeThroughAMeetingMadeFromIt()
    {
        // A shape made into a meeting has that same shape again (the template round trip's core).
        MeetingShape::Parts all;
        all.breaks = true;
        const MeetingShape shape = MeetingShape::of(seed(), all);
        QVERIFY(shape.entryCount() > RecurringInSample.size()); // breaks and the closing lines too
        const Id id = m_doc->addMeetingFromShape(shape, QStringLiteral("Copy"), 0, QDate(2027, 5, 4));
        QVERIFY(id);
        MeetingShape again = MeetingShape::of(MeetingReader(db()).load(id), all);
        // Pinned starts stay, the rest is re-timed: compare what the shape holds.
        QCOMPARE(again.entryTitles(), shape.entryTitles());
        QCOMPARE(again.days.size(), shape.days.size());
        QCOMPARE(again.participants, shape.participants);
        QVERIFY(again == shape);
    }

    void shouldOfferTheNextTitle()
    {
        QCOMPARE(MeetingShape::nextTitle(QStringLiteral("DMLT Meeting - 2024-04-22"), QDate(2024, 4, 22),
                                         QStringLiteral("DMLT Meeting"), QDate(2024, 4, 29)),
                 QStringLiteral("DMLT Meeting - 2024-04-29"));
        QCOMPARE(MeetingShape::nextTitle(QStringLiteral("Kick-off"), QDate(2024, 4, 22), QStringLiteral("DMLT"),
                                         QDate(2024, 4, 29)),
                 QStringLiteral("DMLT - 2024-04-29"));
    }

    // -------------------------------------------------------------------------- recurring flag
    void shouldMarkAnEntryRecurringInOneUndoStep()
    {
        AgendaModel *model = m_doc->agenda();
        const auto tester = watchModel(model);
        const AgendaEntry welcome = entryTitled(model->state().entries, QStringLiteral("Welcome"));
        QVERIFY(!welcome.recurring);
        const QModelIndex idx = model->indexOfEntry(welcome.id);
        QVERIFY(!idx.data(AgendaModel::RecurringRole).toBool());
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        const int steps = m_doc->undoStack()->count();
        QVERIFY(model->setEntryField(welcome.id, AgendaModel::RecurringRole, true));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QVERIFY(model->indexOfEntry(welcome.id).data(AgendaModel::RecurringRole).toBool());
        QCOMPARE(
            queryValue(db(), QStringLiteral("SELECT recurring FROM agenda_entry WHERE id = ?"), {welcome.id}).toInt(),
            1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().data(AgendaModel::EntryIdRole).toLongLong(), welcome.id);
        // setting it again is no step
        QVERIFY(!model->setEntryField(welcome.id, AgendaModel::RecurringRole, true));
        m_doc->undoStack()->undo();
        QCOMPARE(
            queryValue(db(), QStringLiteral("SELECT recurring FROM agenda_entry WHERE id = ?"), {welcome.id}).toInt(),
            0);
        QVERIFY(!model->indexOfEntry(welcome.id).data(AgendaModel::RecurringRole).toBool());
        m_doc->undoStack()->redo();
        QVERIFY(model->indexOfEntry(welcome.id).data(AgendaModel::RecurringRole).toBool());
    }

    void shouldShipTheSampleWithRecurringEntriesAndSeriesSettings()
    {
        QStringList titles
            = column(QStringLiteral("SELECT title FROM agenda_entry WHERE recurring = 1 ORDER BY title"), {});
        QStringList expected = RecurringInSample + RecurringInWeeklyCall;
        expected.sort();
        QCOMPARE(titles, expected);
        const Series weekly = SeriesRepository(db()).load(seriesNamed(QStringLiteral("DMLT Meeting")));
        QCOMPARE(weekly.cadence, QStringLiteral("weekly:1"));
        QCOMPARE(weekly.timeZone, QStringLiteral("America/Los_Angeles"));
    }

    // ---------------------------------------------------------------------------- series settings
    void shouldEditTheSeriesSettingsInOneUndoStep()
    {
        const Id id = seriesNamed(QStringLiteral("DMLT Face-to-Face"));
        Series s = *m_doc->series(id);
        const Series before = s;
        s.timeZone = QStringLiteral("Europe/Paris");
        s.cadence = Cadence::monthlyByWeekday().key();
        QVERIFY(m_doc->editSeries(s));
        QCOMPARE(SeriesRepository(db()).load(id), s);
        QVERIFY(!m_doc->editSeries(s)); // nothing changed: no step
        m_doc->undoStack()->undo();
        QCOMPARE(SeriesRepository(db()).load(id), before);
        m_doc->undoStack()->redo();
        QCOMPARE(SeriesRepository(db()).load(id), s);
        // A new meeting of the series starts in its time zone.
        Meeting m;
        m.title = QStringLiteral("In Paris");
        m.startDate = m.endDate = QDate(2027, 6, 1);
        m.timeZone = QStringLiteral("Etc/UTC");
        m_doc->addMeeting(m, s.name);
        QCOMPARE(m_doc->currentMeeting().title, m.title);
        QCOMPARE(m_doc->currentMeeting().timeZone, QStringLiteral("Europe/Paris"));
    }

    void shouldListTheSeriesMeetingsOldestFirst()
    {
        const QList<MeetingSummary> meetings = m_doc->seriesMeetings(seriesNamed(QStringLiteral("DMLT Face-to-Face")));
        QCOMPARE(meetings.size(), 3);
        QCOMPARE(meetings.first().id, m_seed);
        QVERIFY(meetings.at(1).startDate < meetings.at(2).startDate);
        QCOMPARE(m_doc->lastMeetingOf(seriesNamed(QStringLiteral("DMLT Face-to-Face")))->meeting.id,
                 meetings.last().id);
    }

    // ----------------------------------------------------------------------------------- JSON
    void shouldCarrySeriesSettingsAndRecurringFlagsThroughJson()
    {
        const QByteArray json = JsonInterchange::exportLibrary(m_doc->database());
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 4);
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("copy.quorum"));
        QVERIFY2(JsonInterchange::importIntoNewLibrary(path, json, &error), qPrintable(error));
        QCOMPARE(valueInFile(path, QStringLiteral("SELECT group_concat(name || '|' || timezone || '|' || cadence, ';') "
                                                  "FROM (SELECT * FROM series ORDER BY name)"))
                     .toString(),
                 QStringLiteral("DMLT Face-to-Face|America/Los_Angeles|;DMLT Meeting|America/Los_Angeles|weekly:1"));
        QCOMPARE(valueInFile(path, QStringLiteral("SELECT count(*) FROM agenda_entry WHERE recurring = 1")).toInt(),
                 RecurringInSample.size() + RecurringInWeeklyCall.size());
        QCOMPARE(valueInFile(path, QStringLiteral("SELECT group_concat(name, '|') FROM meeting_template")).toString(),
                 QStringLiteral("DMLT face-to-face (three days)|DMLT weekly call"));
        // and back out, the same
        std::unique_ptr<Database> copy = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(JsonInterchange::exportLibrary(*copy), json);
    }

    void shouldImportAnOlderFormatWithDefaults()
    {
        QJsonObject root = QJsonDocument::fromJson(JsonInterchange::exportLibrary(m_doc->database())).object();
        root.insert(QStringLiteral("formatVersion"), 3);
        // A version 3 document has none of the new keys.
        QJsonArray series;
        for (QJsonValue v : root.value(QStringLiteral("series")).toArray()) {
            QJsonObject s = v.toObject();
            s.remove(QStringLiteral("timeZone"));
            s.remove(QStringLiteral("cadence"));
            series.append(s);
        }
        root.insert(QStringLiteral("series"), series);
        root.remove(QStringLiteral("templates"));
        QByteArray json = QJsonDocument(root).toJson();
        json.replace("\"recurring\": true,", "");
        QVERIFY(!json.contains("recurring"));
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("old.quorum"));
        QVERIFY2(JsonInterchange::importIntoNewLibrary(path, json, &error), qPrintable(error));
        QCOMPARE(valueInFile(path, QStringLiteral("SELECT count(*) FROM agenda_entry WHERE recurring = 1")).toInt(), 0);
        QCOMPARE(valueInFile(path, QStringLiteral("SELECT count(*) FROM series WHERE timezone <> '' OR cadence <> ''"))
                     .toInt(),
                 0);
        QCOMPARE(valueInFile(path, QStringLiteral("SELECT count(*) FROM meeting_template")).toInt(), 0);
    }

    void shouldRefuseABadCadenceOrTimeZoneInJson_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("cadence") << "cadence"
                                 << "fortnightly"
                                 << "cadence";
        QTest::newRow("time zone") << "timeZone"
                                   << "Mars/Olympus_Mons"
                                   << "Mars/Olympus_Mons";
    }
    void shouldRefuseABadCadenceOrTimeZoneInJson()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QJsonObject root = QJsonDocument::fromJson(JsonInterchange::exportLibrary(m_doc->database())).object();
        QJsonArray series = root.value(QStringLiteral("series")).toArray();
        QJsonObject first = series.at(0).toObject();
        first.insert(key, value);
        series.replace(0, first);
        root.insert(QStringLiteral("series"), series);
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("bad.quorum"));
        QVERIFY(!JsonInterchange::importIntoNewLibrary(path, QJsonDocument(root).toJson(), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }

    // ------------------------------------------------------------------------------- templates
    void shouldRoundTripATemplate()
    {
        // GIVEN the seed meeting shown
        QCOMPARE(m_doc->currentMeetingId(), m_seed);
        const int steps = m_doc->undoStack()->count();
        // WHEN its shape is saved as a template
        const Id id = m_doc->saveTemplate(QStringLiteral("  Three days  "));
        QVERIFY(id);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        const MeetingShape expected = MeetingShape::of(seed(), MeetingShape::templateParts());
        std::optional<MeetingTemplate> saved;
        for (const MeetingTemplate &t : m_doc->templates())
            saved = t.id == id ? std::optional(t) : saved;
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("Three days"));
        QVERIFY(saved->shape == expected);
        QVERIFY(saved->shape.participants.isEmpty()); // no people in a template
        // THEN a meeting made from it has that shape
        const Id made = m_doc->addMeetingFromShape(saved->shape, QStringLiteral("From template"), 0, QDate(2027, 9, 7));
        QVERIFY(made);
        QVERIFY(MeetingShape::of(MeetingReader(db()).load(made), MeetingShape::templateParts()) == expected);
        // and saving is one undo step, redone with the same id
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(TemplateRepository(db()).findByName(QStringLiteral("Three days")), Id(0));
        m_doc->undoStack()->redo();
        QCOMPARE(TemplateRepository(db()).findByName(QStringLiteral("Three days")), id);
    }

    void shouldRenameAndDeleteTemplatesUndoably()
    {
        const QList<MeetingTemplate> before = m_doc->templates();
        QCOMPARE(before.size(), 2);
        const Id weekly = TemplateRepository(db()).findByName(QStringLiteral("DMLT weekly call"));
        QVERIFY(m_doc->renameTemplate(weekly, QStringLiteral("Weekly")));
        QCOMPARE(TemplateRepository(db()).findByName(QStringLiteral("Weekly")), weekly);
        // a taken or empty name is refused, and nothing changes
        QSignalSpy said(m_doc->file(), &LibraryFile::storageFailed);
        const int steps = m_doc->undoStack()->count();
        QVERIFY(!m_doc->renameTemplate(weekly, QStringLiteral("DMLT face-to-face (three days)")));
        QVERIFY(!m_doc->renameTemplate(weekly, QStringLiteral(" ")));
        QCOMPARE(m_doc->saveTemplate(QStringLiteral("Weekly")), Id(0));
        QCOMPARE(said.size(), 3);
        QCOMPARE(m_doc->undoStack()->count(), steps);
        QVERIFY(m_doc->deleteTemplate(weekly));
        QCOMPARE(m_doc->templates().size(), 1);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->templates(), before);
    }

    void shouldShipTheSampleTemplates()
    {
        const QList<MeetingTemplate> templates = m_doc->templates();
        QCOMPARE(templates.size(), 2);
        QCOMPARE(templates.at(0).name, QStringLiteral("DMLT face-to-face (three days)"));
        QCOMPARE(templates.at(1).name, QStringLiteral("DMLT weekly call"));
        // The face-to-face is the seed meeting's shape: three days, blocks, breaks, a closing line.
        const MeetingShape f2f = templates.at(0).shape;
        QVERIFY(f2f == MeetingShape::of(seed(), MeetingShape::templateParts()));
        QCOMPARE(f2f.days.size(), 3);
        QVERIFY(f2f.entryTitles().contains(QStringLiteral("Close")));
        QCOMPARE(f2f.entryTitles().count(QStringLiteral("Break")), 3);
        const MeetingShape weekly = templates.at(1).shape;
        QCOMPARE(weekly.days.size(), 1);
        QCOMPARE(weekly.entryTitles(),
                 (QStringList{QStringLiteral("Project news and updates"), QStringLiteral("Review of milestones"),
                              QStringLiteral("Action items review"), QStringLiteral("Close")}));
        QVERIFY(!weekly.logistics.joinUrl.isEmpty());
        QCOMPARE(weekly.logistics.timeZone, QStringLiteral("America/Los_Angeles"));
    }

    void shouldReadBackTheShapeItWrites()
    {
        MeetingShape::Parts all;
        all.breaks = true;
        MeetingShape shape = MeetingShape::of(seed(), all);
        shape.participants.clear();
        for (MeetingShape::Day &d : shape.days) {
            for (MeetingShape::Entry &e : d.items) {
                e.moderatorId = 0;
                for (MeetingShape::Entry &c : e.entries)
                    c.coordinatorIds.clear();
            }
        }
        QString error;
        const std::optional<MeetingShape> back = MeetingShape::fromJson(shape.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == shape);
    }

    void shouldRefuseABadShape_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("no days") << QByteArray(R"({"days": []})") << "1 to 31 days";
        QTest::newRow("bad kind") << QByteArray(R"({"days": [{"agenda": [{"kind": "party"}]}]})") << "day 1, entry 1";
        QTest::newRow("nested block") << QByteArray(
            R"({"days": [{"agenda": [{"kind": "block", "entries": [{"kind": "block"}]}]}]})")
                                      << "another block";
        QTest::newRow("bad duration") << QByteArray(
            R"({"days": [{"agenda": [{"kind": "topic", "durationMinutes": -5}]}]})")
                                      << "durationMinutes";
        QTest::newRow("pinned without start")
            << QByteArray(R"({"days": [{"agenda": [{"kind": "break", "pinned": true}]}]})") << "pinned";
        QTest::newRow("bad time") << QByteArray(R"({"days": [{"plannedStart": "25:00", "agenda": []}]})") << "time";
        QTest::newRow("bad zone") << QByteArray(R"({"timeZone": "Nowhere/Else", "days": [{"agenda": []}]})")
                                  << "Nowhere/Else";
        QTest::newRow("no number") << QByteArray(R"({"dialIns": [{"label": "US"}], "days": [{"agenda": []}]})")
                                   << "number";
    }
    void shouldRefuseABadShape()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!MeetingShape::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        // A damaged template in the file is said when read, never used.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE meeting_template SET shape = '%1' WHERE name = 'DMLT weekly call'")
                           .arg(QString::fromUtf8(json))));
        QSignalSpy said(m_doc->file(), &LibraryFile::storageFailed);
        QVERIFY(m_doc->templates().isEmpty());
        QCOMPARE(said.size(), 1);
        QVERIFY(said.first().first().toString().contains(QStringLiteral("DMLT weekly call")));
    }

    // ---------------------------------------------------------------------------- command line
    void shouldAddTheNextMeetingFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString path = sampleLibrary(dir, QStringLiteral("sample.quorum"));
        QVERIFY(!path.isEmpty());
        // GIVEN the weekly series' last meeting on 2024-04-22, every week
        const Run run
            = quorum({QStringLiteral("new-meeting"), path, QStringLiteral("--series"), QStringLiteral("DMLT Meeting")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> fields = run.out.trimmed().split('\t');
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields.at(1), QByteArray("2024-04-29"));
        QCOMPARE(fields.at(2), QByteArray("2024-04-29"));
        QCOMPARE(fields.at(3), QByteArray("DMLT Meeting - 2024-04-29"));
        const QString id = QString::fromLatin1(fields.at(0));
        QCOMPARE(valueIn(path, QStringLiteral("SELECT timezone FROM meeting WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("America/Los_Angeles"));
        // a date and title of one's own; the face-to-face carries its recurring entries over three days
        const Run f2f = quorum({QStringLiteral("new-meeting"), path, QStringLiteral("--series"),
                                QStringLiteral("DMLT Face-to-Face"), QStringLiteral("--date"),
                                QStringLiteral("2027-02-09"), QStringLiteral("--title"), QStringLiteral("F2F 2027")});
        QVERIFY2(f2f.exitCode == 0, f2f.err.constData());
        // (the series' last meeting, 2023-10-24, had one day)
        QVERIFY2(f2f.out.endsWith("\t2027-02-09\t2027-02-09\tF2F 2027\n"), f2f.out.constData());
        // from a template: its shape, the series' cadence after the last meeting (2024-04-29 now)
        const Run weekly
            = quorum({QStringLiteral("new-meeting"), path, QStringLiteral("--series"), QStringLiteral("DMLT Meeting"),
                      QStringLiteral("--from"), QStringLiteral("DMLT weekly call")});
        QVERIFY2(weekly.exitCode == 0, weekly.err.constData());
        QVERIFY2(weekly.out.contains("2024-05-06\t2024-05-06\tDMLT Meeting - 2024-05-06"), weekly.out.constData());
        const QString weeklyId = QString::fromLatin1(weekly.out.split('\t').first());
        QCOMPARE(valueIn(path, QStringLiteral("SELECT %2 FROM (SELECT e.title FROM agenda_entry e "
                                              "JOIN meeting_day d ON d.id = e.day_id WHERE d.meeting_id = %1 "
                                              "ORDER BY e.position) AS t")
                                   .arg(weeklyId, Backend::isServer() ? QStringLiteral("string_agg(title, '|')")
                                                                      : QStringLiteral("group_concat(title, '|')")))
                     .toString(),
                 QStringLiteral("Project news and updates|Review of milestones|Action items review|Close"));
    }

    void shouldRefuseABadNewMeetingCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown series") << QStringList{QStringLiteral("--series"), QStringLiteral("Nope")}
                                        << "no series “Nope”";
        QTest::newRow("bad date") << QStringList{QStringLiteral("--series"), QStringLiteral("DMLT Meeting"),
                                                 QStringLiteral("--date"), QStringLiteral("2027-02-30")}
                                  << "not a date";
        QTest::newRow("unknown template") << QStringList{QStringLiteral("--series"), QStringLiteral("DMLT Meeting"),
                                                         QStringLiteral("--from"), QStringLiteral("weekly")}
                                          << "no template “weekly”";
        QTest::newRow("no cadence") << QStringList{QStringLiteral("--series"), QStringLiteral("DMLT Face-to-Face")}
                                    << "give --date";
        QTest::newRow("no series") << QStringList{} << "new-meeting";
    }
    void shouldRefuseABadNewMeetingCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = sampleLibrary(dir, QStringLiteral("sample.quorum"));
        QVERIFY(!path.isEmpty());
        const QString sha = fileSha256(path);
        const int meetings = valueIn(path, QStringLiteral("SELECT count(*) FROM meeting")).toInt();
        const Run run = quorum(QStringList{QStringLiteral("new-meeting"), path} + arguments);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QCOMPARE(valueIn(path, QStringLiteral("SELECT count(*) FROM meeting")).toInt(), meetings);
        if (!Backend::isServer())
            QCOMPARE(fileSha256(path), sha);
    }

    void shouldRefuseALibraryInUse()
    {
        QUORUM_FILE_ONLY("the edit lock is the file's: on a server several writers are the point");
        // The window holds the library: the command line does not write behind it.
        const QString path = m_doc->path();
        const Run run
            = quorum({QStringLiteral("new-meeting"), path, QStringLiteral("--series"), QStringLiteral("DMLT Meeting")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("No meeting was added"), run.err.constData());
        QCOMPARE(
            queryValue(db(), QStringLiteral("SELECT count(*) FROM meeting WHERE start_date = '2024-04-29'")).toInt(),
            0);
    }
};

QTEST_MAIN(TestSeriesPlanning)
#include "tst_seriesplanning.moc"
