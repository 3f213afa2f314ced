// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/meetinglistmodel.h"
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

} // namespace

class TestMeetingDocument : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    std::unique_ptr<MeetingDocument> m_doc;
    Id m_seed = 0;

private Q_SLOTS:
    void init()
    {
        m_doc = m_samples.open(&m_seed);
        QVERIFY(m_doc);
    }

    void cleanup() { m_doc.reset(); }

    void shouldCheckTheLibraryInTheBackgroundAndKeepADamagedOneUnchanged()
    {
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
        const QString path = writeSample(dir, QStringLiteral("sound.quorum"), &seed);
        QString error;
        std::unique_ptr<MeetingDocument> doc = MeetingDocument::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
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
