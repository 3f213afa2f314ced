// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend.h"
#include "fixtures.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/attachmentmodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "itemmodels/participantmodel.h"
#include "itemmodels/topicrequestmodel.h"
#include "meetingdocument.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/seriesrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

/** The stored row, field by field, as a comparable list. */
QVariantList storedRow(MeetingDocument &doc, Id meetingId)
{
    const Meeting m = MeetingRepository(doc.database().connection()).load(meetingId);
    QVariantList row;
    for (int f = Meeting::Title; f <= Meeting::Description; ++f)
        row << m.value(Meeting::Field(f));
    for (const DialIn &d : m.dialIns)
        row << d.label << d.number;
    return row;
}

/** Every stored row of every table and of the search index, sorted (libraryRows). */
QStringList storedRows(MeetingDocument &doc)
{
    return libraryRows(doc.database().connection());
}

} // namespace

class TestMeetingDocument : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    std::unique_ptr<MeetingDocument> m_doc;
    Id m_seed = 0;

private Q_SLOTS:
    void initTestCase_data() { Quorum::Testing::Backend::addRows(); }

    void init()
    {
        QUORUM_USE_BACKEND();
        m_doc = m_samples.open(&m_seed);
        QVERIFY(m_doc);
    }

    void cleanup() { m_doc.reset(); }

    void shouldCheckTheLibraryInTheBackgroundAndKeepADamagedOneUnchanged()
    {
        QUORUM_FILE_ONLY("damages a page of the SQLite file; a server keeps its own storage sound");
        // GIVEN a library whose search index (read by nothing on the first screen) is damaged
        QTemporaryDir dir;
        Id seed = 0;
        const QString path = writeSample(dir, QStringLiteral("damaged.quorum"), &seed);
        QVERIFY(damageTable(path, QStringLiteral("search_index_data")));
        const QString before = fileSha256(path);
        // WHEN it is opened for editing
        QString error;
        std::unique_ptr<MeetingDocument> doc = MeetingDocument::open(path, &error);
        // THEN it opens, and its check in the background finds the damage
        QVERIFY2(doc, qPrintable(error));
        QSignalSpy damaged(doc->file(), &LibraryFile::damaged);
        QSignalSpy failed(doc->file(), &LibraryFile::storageFailed);
        doc->file()->waitForCheck();
        QCOMPARE(damaged.size(), 1);
        QVERIFY2(damaged.at(0).at(0).toString().contains(QStringLiteral("“damaged.quorum” is damaged (")),
                 qPrintable(damaged.at(0).at(0).toString()));
        QVERIFY(doc->isReadOnly());
        // AND an edit changes nothing, and says nothing more
        QVERIFY(doc->setCurrentMeeting(seed));
        doc->editMeetingField(Meeting::Location, QStringLiteral("Room 9"));
        doc->file()->waitForBackups();
        QCOMPARE(damaged.size(), 1);
        QCOMPARE(failed.size(), 0);
        doc.reset();
        QCOMPARE(fileSha256(path), before);
    }

    void shouldWaitForTheCheckBeforeTheFirstEdit()
    {
        // GIVEN a sound library, just opened: its check may still be running
        QTemporaryDir dir;
        Id seed = 0;
        std::unique_ptr<MeetingDocument> doc = openSampleDocument(dir, QStringLiteral("sound.quorum"), &seed);
        QVERIFY(doc);
        QSignalSpy damaged(doc->file(), &LibraryFile::damaged);
        QVERIFY(doc->setCurrentMeeting(seed));
        // WHEN it is edited at once
        doc->editMeetingField(Meeting::Location, QStringLiteral("Room 9"));
        // THEN the edit is saved (after the check, which found nothing)
        QVERIFY(!doc->isReadOnly());
        QCOMPARE(damaged.size(), 0);
        QCOMPARE(MeetingRepository(doc->database().connection()).load(seed).location, QStringLiteral("Room 9"));
    }

    void shouldRestoreTheStoredRowWhenAnOverviewEditIsUndone_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("title") << int(Meeting::Title) << QVariant(QStringLiteral("DMLT vF2F, September 2020"));
        QTest::newRow("location") << int(Meeting::Location) << QVariant(QStringLiteral("Room 1 and Zoom"));
        QTest::newRow("join link") << int(Meeting::JoinUrl) << QVariant(QStringLiteral("https://example.org/j/1"));
        QTest::newRow("passcode hint") << int(Meeting::PasscodeHint) << QVariant(QStringLiteral("Ask the moderator"));
        QTest::newRow("time zone") << int(Meeting::TimeZone) << QVariant(QStringLiteral("Europe/Amsterdam"));
        QTest::newRow("description") << int(Meeting::Description) << QVariant(QStringLiteral("**New** text"));
        QTest::newRow("no series") << int(Meeting::SeriesId) << QVariant(Id(0));
    }

    void shouldRestoreTheStoredRowWhenAnOverviewEditIsUndone()
    {
        QFETCH(int, field);
        QFETCH(QVariant, value);
        // GIVEN the stored row of the seed meeting
        const QVariantList before = storedRow(*m_doc, m_seed);
        QSignalSpy changed(m_doc->models(), &LibraryModels::meetingFieldChanged);
        // WHEN a field is edited
        m_doc->editMeetingField(Meeting::Field(field), value);
        // THEN it is on disk at once, and undo and redo move the stored row back and forth
        QCOMPARE(MeetingRepository(m_doc->database().connection()).load(m_seed).value(Meeting::Field(field)), value);
        QCOMPARE(m_doc->currentMeeting().value(Meeting::Field(field)), value);
        QCOMPARE(changed.count(), 1);
        const QVariantList after = storedRow(*m_doc, m_seed);
        QVERIFY(after != before);
        m_doc->undoStack()->undo();
        QCOMPARE(storedRow(*m_doc, m_seed), before);
        m_doc->undoStack()->redo();
        QCOMPARE(storedRow(*m_doc, m_seed), after);
    }

    void shouldDeleteAMeetingWithEverythingInItAndUndoExactly()
    {
        const QStringList before = storedRows(*m_doc);
        QString error;
        QVERIFY(!m_doc->search(QStringLiteral("Swinbank transition"), 10, &error).isEmpty());
        const QString summary = m_doc->meetingDeletionSummary(m_seed);
        QCOMPARE(summary, QStringLiteral("With it go 3 days with 22 agenda entries (14 with running notes), 14 action "
                                         "items, 13 attachments, 21 participants, 6 topic requests and 1 dial-in "
                                         "number."));
        const int meetings = m_doc->meetingList()->rowCount(m_doc->meetingList()->index(1, 0));
        const int summaryRows = m_doc->actionSummary()->rowCount();

        QVERIFY(m_doc->deleteMeeting(m_seed));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QVERIFY(!m_doc->meetingList()->indexOfMeeting(m_seed).isValid());
        QVERIFY(m_doc->currentMeetingId() != m_seed);
        QVERIFY(m_doc->currentMeetingId() != 0);
        QCOMPARE(m_doc->actionSummary()->rowCount(), summaryRows - 14);
        QVERIFY(m_doc->search(QStringLiteral("Swinbank transition"), 10, &error).isEmpty());
        // Nothing of it is left behind.
        for (const char *orphans :
             {"SELECT count(*) FROM agenda_entry WHERE day_id NOT IN (SELECT id FROM meeting_day)",
              "SELECT count(*) FROM participant WHERE meeting_id = %1",
              "SELECT count(*) FROM attachment WHERE meeting_id = %1",
              "SELECT count(*) FROM action_assignee WHERE action_id NOT IN (SELECT id FROM "
              "action_item)"})
            QCOMPARE(queryValue(m_doc->database().connection(), QString::fromLatin1(orphans).arg(m_seed)).toInt(), 0);

        m_doc->undoStack()->undo();
        QCOMPARE(storedRows(*m_doc), before);
        QCOMPARE(m_doc->currentMeetingId(), m_seed);
        QCOMPARE(m_doc->meetingList()->rowCount(m_doc->meetingList()->index(1, 0)), meetings);
        QCOMPARE(m_doc->actionSummary()->rowCount(), summaryRows);
        QVERIFY(!m_doc->search(QStringLiteral("Swinbank transition"), 10, &error).isEmpty());
        m_doc->undoStack()->redo();
        QVERIFY(!m_doc->meetingList()->indexOfMeeting(m_seed).isValid());
        m_doc->undoStack()->undo();
        QCOMPARE(storedRows(*m_doc), before);
    }

    void shouldDuplicateTheMeetingsPlan()
    {
        const QStringList before = storedRows(*m_doc);
        const Id copy = m_doc->duplicateMeeting(m_seed);
        QVERIFY(copy);
        QCOMPARE(m_doc->currentMeetingId(), copy);
        const Meeting m = m_doc->currentMeeting();
        QCOMPARE(m.title, QStringLiteral("DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15/17 (copy)"));
        QCOMPARE(m.joinUrl, MeetingRepository(m_doc->database().connection()).load(m_seed).joinUrl);
        QCOMPARE(m.dialIns.size(), 1);
        const AgendaState agenda = m_doc->agenda()->state();
        QCOMPARE(agenda.entries.size(), 22);
        QCOMPARE(agenda.days.size(), 3);
        for (const AgendaEntry &e : agenda.entries)
            QVERIFY2(e.runningNotes.isEmpty(), qPrintable(e.title));
        QCOMPARE(m_doc->participants()->rowCount(), 21);
        for (int r = 0; r < m_doc->participants()->rowCount(); ++r)
            QCOMPARE(m_doc->participants()->rows().at(r).participant.attendance, QStringLiteral("invited"));
        QCOMPARE(m_doc->attachments()->rowCount(), 13);
        QCOMPARE(m_doc->actionItems()->rowCount(), 0);
        QCOMPARE(m_doc->topicRequests()->rowCount(), 0);
        // Attachments of the copy belong to the copy's entries.
        const Id copyEntries = queryValue(m_doc->database().connection(),
                                          QStringLiteral("SELECT count(*) FROM attachment a JOIN agenda_entry e ON "
                                                         "e.id = a.entry_id JOIN meeting_day d ON d.id = e.day_id "
                                                         "WHERE a.meeting_id = %1 AND d.meeting_id = %1")
                                              .arg(copy))
                                   .toLongLong();
        QCOMPARE(copyEntries, queryValue(m_doc->database().connection(),
                                         QStringLiteral("SELECT count(*) FROM attachment WHERE meeting_id = %1 AND "
                                                        "entry_id IS NOT NULL")
                                             .arg(m_seed))
                                  .toLongLong());
        // An edit of the copy, undone and redone with the copy.
        m_doc->editMeetingField(Meeting::Location, QStringLiteral("Tucson"));
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(storedRows(*m_doc), before);
        QCOMPARE(m_doc->currentMeetingId(), m_seed);
        m_doc->undoStack()->redo();
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->currentMeetingId(), copy);
        QCOMPARE(m_doc->currentMeeting().location, QStringLiteral("Tucson"));
    }

    void shouldMoveAMeetingToAnotherSeries()
    {
        const QStringList before = storedRows(*m_doc);
        const int series = SeriesRepository(m_doc->database().connection()).all().size();
        QVERIFY(m_doc->moveMeetingToSeries(m_seed, QStringLiteral("Virtual meetings")));
        QCOMPARE(SeriesRepository(m_doc->database().connection()).all().size(), series + 1);
        QCOMPARE(m_doc->models()->meetingSummary(m_seed).seriesName, QStringLiteral("Virtual meetings"));
        QCOMPARE(m_doc->meetingList()->indexOfMeeting(m_seed).parent().data().toString(),
                 QStringLiteral("Virtual meetings"));
        QVERIFY(m_doc->moveMeetingToSeries(m_seed, QStringLiteral("DMLT Meeting")));
        QVERIFY(!m_doc->moveMeetingToSeries(m_seed, QStringLiteral("DMLT Meeting"))); // already there
        QVERIFY(!m_doc->moveMeetingToSeries(m_seed, QStringLiteral("  "))); // no name
        QCOMPARE(m_doc->undoStack()->count(), 2);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(storedRows(*m_doc), before);
        QCOMPARE(m_doc->currentMeeting().seriesId,
                 SeriesRepository(m_doc->database().connection()).findByName(QStringLiteral("DMLT Face-to-Face")));
    }

    void shouldMergeABurstOfTypingIntoOneUndoStep()
    {
        const QString original = m_doc->currentMeeting().title;
        for (const char *text : {"D", "DM", "DML", "DMLT"})
            m_doc->editMeetingField(Meeting::Title, QString::fromLatin1(text));
        m_doc->editMeetingField(Meeting::Location, QStringLiteral("Tucson"));
        QCOMPARE(m_doc->undoStack()->count(), 2);
        QCOMPARE(m_doc->meetingList()->indexOfMeeting(m_seed).data(MeetingListModel::TitleRole).toString(),
                 QStringLiteral("DMLT"));
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(MeetingRepository(m_doc->database().connection()).load(m_seed).title, original);
        QCOMPARE(m_doc->meetingList()->indexOfMeeting(m_seed).data(MeetingListModel::TitleRole).toString(), original);
        // The sidebar shows the date and the title without the date again.
        QCOMPARE(m_doc->meetingList()->indexOfMeeting(m_seed).data().toString(),
                 QStringLiteral("2020-09-15  DM Leadership Team Virtual Face-to-Face Meeting"));
    }

    void shouldLeaveARefusedKeystrokeOutOfTheBurst()
    {
        // GIVEN a burst of typing in the title, saved
        const QString original = m_doc->currentMeeting().title;
        m_doc->editMeetingField(Meeting::Title, QStringLiteral("D"));
        m_doc->editMeetingField(Meeting::Title, QStringLiteral("DM"));
        // WHEN the next keystroke of the burst is refused by the library (an empty title)
        m_doc->editMeetingField(Meeting::Title, QString());
        // THEN undo gives back the original and redo what was saved, not the refused value
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(MeetingRepository(m_doc->database().connection()).load(m_seed).title, original);
        m_doc->undoStack()->redo();
        QCOMPARE(MeetingRepository(m_doc->database().connection()).load(m_seed).title, QStringLiteral("DM"));
        QCOMPARE(m_doc->currentMeeting().title, QStringLiteral("DM"));
    }

    void shouldReportAFailedWriteAndKeepNothingOfIt()
    {
        // GIVEN the stored row; WHEN an edit the library refuses is made (an empty title)
        const QVariantList before = storedRow(*m_doc, m_seed);
        QSignalSpy failed(m_doc->file(), &LibraryFile::storageFailed);
        m_doc->editMeetingField(Meeting::Title, QString());
        // THEN it is reported, nothing is stored, and there is no undo step for it
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("Nothing of this edit was saved")));
        QCOMPARE(storedRow(*m_doc, m_seed), before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void shouldAddAMeetingAndRestoreTheSameIdsOnRedo()
    {
        Meeting m;
        m.title = QStringLiteral("DMLT Meeting - 2026-12-07");
        m.startDate = QDate(2026, 12, 7);
        m.endDate = QDate(2026, 12, 9);
        m_doc->addMeeting(m, QStringLiteral("A brand new series"));
        const Id added = m_doc->currentMeetingId();
        QVERIFY(added && added != m_seed);
        QCOMPARE(m_doc->agenda()->rowCount(), 3);
        QCOMPARE(SeriesRepository(m_doc->database().connection()).all().size(), 3);
        m_doc->editMeetingField(Meeting::Location, QStringLiteral("Tucson"));

        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(MeetingRepository(m_doc->database().connection()).summaries().size(), 4);
        QCOMPARE(SeriesRepository(m_doc->database().connection()).all().size(), 2);
        QVERIFY(m_doc->currentMeetingId() != added);

        m_doc->undoStack()->redo();
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->currentMeetingId(), added);
        QCOMPARE(MeetingRepository(m_doc->database().connection()).load(added).location, QStringLiteral("Tucson"));
        QCOMPARE(m_doc->meetingList()->rowCount(), 3);
    }

    void shouldAddAndRemoveEmptyDaysWhenDatesChange()
    {
        m_doc->editMeetingDates(QDate(2020, 9, 14), QDate(2020, 9, 18));
        QCOMPARE(m_doc->agenda()->rowCount(), 5);
        QCOMPARE(m_doc->currentMeeting().startDate, QDate(2020, 9, 14));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->agenda()->rowCount(), 3);
        QCOMPARE(m_doc->currentMeeting().endDate, QDate(2020, 9, 17));
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->agenda()->rowCount(), 5);
    }

    void shouldRefuseDatesThatWouldDropADayWithEntries()
    {
        QSignalSpy failed(m_doc->file(), &LibraryFile::storageFailed);
        const QVariantList before = storedRow(*m_doc, m_seed);
        m_doc->editMeetingDates(QDate(2020, 9, 15), QDate(2020, 9, 16));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("has agenda entries")),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(storedRow(*m_doc, m_seed), before);
        QCOMPARE(m_doc->agenda()->rowCount(), 3);
        QCOMPARE(m_doc->undoStack()->count(), 0);

        m_doc->editMeetingDates(QDate(2020, 9, 17), QDate(2020, 9, 15));
        QCOMPARE(failed.count(), 2);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void shouldShowTheMeetingAnUndoChanges()
    {
        m_doc->editMeetingField(Meeting::Location, QStringLiteral("Tucson"));
        const Id other = m_doc->newestMeetingId();
        QVERIFY(m_doc->setCurrentMeeting(other));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->currentMeetingId(), m_seed);
        QCOMPARE(m_doc->currentMeeting().location, QStringLiteral("Zoom (virtual)"));
    }
};

QTEST_MAIN(TestMeetingDocument)
#include "tst_meetingdocument.moc"
