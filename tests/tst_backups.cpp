// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/jsoninterchange.h"
#include "fixtures.h"
#include "meetingdocument.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/librarycheck.h"
#include "storage/readonlyconnection.h"
#include "storage/snapshot.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

QByteArray exported(const QString &path)
{
    QString error;
    const auto db = Database::open(path, Database::Mode::ReadOnly, &error);
    return db ? JsonInterchange::exportLibrary(*db) : QByteArray();
}

/** Another connection that keeps committing edits to a library until stopped. */
class Writer : public QThread
{
public:
    /** Commits until stopped, or until it has committed `limit` times when limit > 0. */
    explicit Writer(QString path, int limit = 0)
        : m_path(std::move(path))
        , m_limit(limit)
    { }
    void stop() { m_stop.storeRelaxed(1); }
    int commits() const { return m_commits.loadRelaxed(); }

protected:
    void run() override
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            db.open();
            QSqlQuery q(db);
            for (int n = 1; !m_stop.loadRelaxed() && (!m_limit || m_commits.loadRelaxed() < m_limit); ++n) {
                // Two rows changed in one transaction: a snapshot must hold both or neither.
                if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))
                    && q.exec(
                        QStringLiteral("UPDATE agenda_entry SET running_notes = 'edit %1' WHERE id IN "
                                       "(SELECT min(id) FROM agenda_entry UNION SELECT max(id) FROM agenda_entry)")
                            .arg(n))
                    && q.exec(QStringLiteral("COMMIT")))
                    m_commits.fetchAndAddRelaxed(1);
                else
                    q.exec(QStringLiteral("ROLLBACK"));
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    }

private:
    QString m_path;
    int m_limit = 0;
    QAtomicInt m_stop;
    QAtomicInt m_commits;
};

/** Whether the first and last agenda entries hold the notes of one commit of a Writer. */
bool holdsOneCommit(const QString &path)
{
    return valueInFile(path,
                       QStringLiteral("SELECT count(DISTINCT running_notes) FROM agenda_entry WHERE id IN "
                                      "(SELECT min(id) FROM agenda_entry UNION SELECT max(id) FROM agenda_entry)"))
               .toInt()
           == 1;
}

BackupInfo at(const QString &stamp)
{
    return {stamp, QDateTime::fromString(stamp, QStringLiteral("yyyy-MM-dd HH:mm")), 1};
}

} // namespace

/** Snapshots: consistent while the library is edited, checked, kept by the rule, restored into a new file. */
class TestBackups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void shouldWriteACheckedSnapshotBesideTheLibrary()
    {
        const QString path = writeSample(m_dir, QStringLiteral("Leadership.quorum"));
        const QString before = fileSha256(path);
        const QString folder = Backups::folderFor(path);
        QCOMPARE(folder, m_dir.filePath(QStringLiteral("Leadership backups")));
        QString error;
        const QString written = Backups::snapshot(path, folder, QDateTime(QDate(2026, 11, 29), QTime(9, 30)), &error);
        QVERIFY2(!written.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(written).fileName(), QStringLiteral("Leadership 2026-11-29 09-30-00.quorum"));
        QCOMPARE(exported(written), exported(path));
        QCOMPARE(fileSha256(path), before); // the library itself is never touched
        QCOMPARE(filesIn(folder), QStringList{QStringLiteral("Leadership 2026-11-29 09-30-00.quorum")});
        // A second one in the same second gets its own name.
        QVERIFY(!Backups::snapshot(path, folder, QDateTime(QDate(2026, 11, 29), QTime(9, 30)), &error).isEmpty());
        QCOMPARE(Backups::list(path, folder).size(), 2);
        QCOMPARE(Backups::list(m_dir.filePath(QStringLiteral("Other.quorum")), folder).size(), 0);
    }

    void shouldTakeConsistentSnapshotsWhileTheLibraryIsEdited()
    {
        const QString path = writeSample(m_dir, QStringLiteral("busy.quorum"));
        const QString folder = m_dir.filePath(QStringLiteral("busy backups"));
        Writer writer(path);
        writer.start();
        QTRY_VERIFY(writer.commits() > 0);
        for (int i = 0; i < 5; ++i) {
            QString error;
            const QString written
                = Backups::snapshot(path, folder, QDateTime(QDate(2026, 11, 29), QTime(10, i)), &error);
            QVERIFY2(!written.isEmpty(), qPrintable(error));
            QVERIFY(LibraryCheck::runOnFile(written).isOk());
            QVERIFY(holdsOneCommit(written)); // both rows of one commit, never half of one
        }
        writer.stop();
        writer.wait();
        QVERIFY(LibraryCheck::runOnFile(path).isOk());
    }

    void shouldCopyInStepsAsOneMoment_data()
    {
        QTest::addColumn<int>("commits"); // by another connection while it copies (-1: none, 0: no end)
        QTest::addColumn<int>("inSteps"); // 1: copied in steps, 0: at once, -1: either
        QTest::newRow("nobody writes") << -1 << 1;
        QTest::newRow("three commits, then quiet") << 3 << -1;
        QTest::newRow("commits that never stop: at once after all") << 0 << 0;
    }

    void shouldCopyInStepsAsOneMoment()
    {
        // GIVEN the sample, copied 4 KB a step (about sixty steps)
        QFETCH(int, commits);
        QFETCH(int, inSteps);
        const QString path = writeSample(m_dir, QStringLiteral("stepped-%1.quorum").arg(commits));
        const QString target = m_dir.filePath(QStringLiteral("stepped-%1 copy.quorum").arg(commits));
        const QByteArray before = exported(path);
        std::unique_ptr<Writer> writer;
        if (commits >= 0) {
            writer = std::make_unique<Writer>(path, commits);
            writer->start();
            QTRY_VERIFY(writer->commits() > 0);
        }
        // WHEN it is copied while another connection commits (or not)
        {
            const ReadOnlyConnection source(path, 10000);
            QVERIFY(source.isOpen());
            Snapshot::Steps steps;
            steps.bytes = 4096;
            steps.pauseMs = 5; // sixty steps: 300 ms that a writer that never stops cannot leave alone
            steps.quietMs = 5;
            steps.maxStartsOver = 3;
            steps.maxWaits = 50;
            const bool stepped = Snapshot::writeInSteps(source.database(), target, QStringLiteral("copy"), steps);
            if (inSteps >= 0)
                QCOMPARE(stepped, bool(inSteps));
        }
        if (writer) {
            writer->stop();
            writer->wait();
        }
        // THEN the copy is sound and one moment of the library
        QVERIFY(LibraryCheck::runOnFile(target).isOk());
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
        if (commits < 0)
            QCOMPARE(exported(target), before);
        else
            QVERIFY(holdsOneCommit(target));
    }

    void shouldKeepTheLastTenThenDailyThenWeekly_data()
    {
        QTest::addColumn<QList<BackupInfo>>("all");
        QTest::addColumn<QStringList>("expendable");
        QList<BackupInfo> hour;
        for (int m = 59; m >= 48; --m)
            hour << at(QStringLiteral("2026-11-29 10:%1").arg(m));
        QTest::newRow("twelve in an hour") << hour << QStringList{"2026-11-29 10:49", "2026-11-29 10:48"};
        QList<BackupInfo> weeks = hour.mid(0, 10);
        // Two a day for the nine days before: the newest of each of the last 7 days stays, then one a week.
        for (int d = 28; d >= 20; --d) {
            weeks << at(QStringLiteral("2026-11-%1 18:00").arg(d)) << at(QStringLiteral("2026-11-%1 08:00").arg(d));
        }
        QTest::newRow("days and weeks")
            << weeks
            // 29 Nov 2026 is a Sunday: 23-28 Nov keep their 18:00; 20-22 Nov are one week, whose newest stays.
            << QStringList{"2026-11-28 08:00", "2026-11-27 08:00", "2026-11-26 08:00", "2026-11-25 08:00",
                           "2026-11-24 08:00", "2026-11-23 08:00", "2026-11-22 08:00", "2026-11-21 18:00",
                           "2026-11-21 08:00", "2026-11-20 18:00", "2026-11-20 08:00"};
        QTest::newRow("few") << hour.mid(0, 3) << QStringList();
    }

    void shouldKeepTheLastTenThenDailyThenWeekly()
    {
        QFETCH(QList<BackupInfo>, all);
        QFETCH(QStringList, expendable);
        QStringList gone;
        for (const BackupInfo &b : Backups::expendable(all))
            gone << b.path;
        QCOMPARE(gone, expendable);
    }

    void shouldRestoreIntoANewFileOnly()
    {
        const QString path = writeSample(m_dir, QStringLiteral("restore.quorum"));
        QString error;
        const QString backup = Backups::snapshot(path, Backups::folderFor(path), QDateTime::currentDateTime(), &error);
        QVERIFY(!backup.isEmpty());
        const QString target = m_dir.filePath(QStringLiteral("restored.quorum"));
        QVERIFY2(Backups::restore(backup, target, &error), qPrintable(error));
        QCOMPARE(exported(target), exported(path));
        QVERIFY(!Backups::restore(backup, path, &error)); // never over an existing file
        QVERIFY(error.contains(QStringLiteral("already exists")));
        const QString junk = m_dir.filePath(QStringLiteral("junk.quorum"));
        QVERIFY(writeFile(junk, QByteArray(4096, 'x')));
        const QString nowhere = m_dir.filePath(QStringLiteral("from-junk.quorum"));
        QVERIFY(!Backups::restore(junk, nowhere, &error));
        QVERIFY(!QFileInfo::exists(nowhere));
    }

    void shouldBackUpOnOpenAndAfterEditing()
    {
        const QString path = writeSample(m_dir, QStringLiteral("edited.quorum"));
        QString error;
        std::unique_ptr<MeetingDocument> doc = MeetingDocument::open(path, &error);
        QVERIFY(doc);
        QSignalSpy written(doc->file(), &LibraryFile::backupWritten);
        const QString folder = m_dir.filePath(QStringLiteral("chosen folder"));
        doc->file()->startBackups(folder, 0); // every edit is "long enough" after the last snapshot
        doc->file()->waitForBackups();
        QCOMPARE(written.count(), 1);
        doc->editMeetingField(Meeting::Location, QStringLiteral("Room 1"));
        doc->file()->waitForBackups();
        QCOMPARE(written.count(), 2);
        QCOMPARE(exported(written.last().first().toString()), exported(path));
        doc->file()->startBackups(folder, LibraryFile::BackupIntervalMs);
        doc->file()->waitForBackups();
        const int taken = int(written.count());
        doc->editMeetingField(Meeting::Location, QStringLiteral("Room 2")); // within 30 minutes: none
        doc->file()->waitForBackups();
        QCOMPARE(written.count(), taken);
    }

    void shouldSkipTheSnapshotOnOpeningWhenTheNewestIsRecent_data()
    {
        QTest::addColumn<int>("minutesAgo");
        QTest::addColumn<int>("taken");
        QTest::newRow("29 minutes ago: recent enough") << 29 << 0;
        QTest::newRow("31 minutes ago: one more") << 31 << 1;
    }

    void shouldSkipTheSnapshotOnOpeningWhenTheNewestIsRecent()
    {
        // GIVEN a library whose newest snapshot was taken a while ago
        QFETCH(int, minutesAgo);
        QFETCH(int, taken);
        const QString path = writeSample(m_dir, QStringLiteral("reopened-%1.quorum").arg(minutesAgo));
        const QString folder = m_dir.filePath(QStringLiteral("reopened-%1 backups").arg(minutesAgo));
        QString error;
        QVERIFY2(
            !Backups::snapshot(path, folder, QDateTime::currentDateTime().addSecs(-60 * minutesAgo), &error).isEmpty(),
            qPrintable(error));
        // WHEN it is opened with a snapshot every 30 minutes of editing
        std::unique_ptr<MeetingDocument> doc = MeetingDocument::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QSignalSpy written(doc->file(), &LibraryFile::backupWritten);
        doc->file()->startBackups(folder, LibraryFile::BackupIntervalMs);
        doc->file()->waitForBackups();
        // THEN a snapshot is taken only when the newest is older than that
        QCOMPARE(written.count(), taken);
        QCOMPARE(Backups::list(path, folder).size(), 1 + taken);
    }

    void shouldRemoveUnfinishedSnapshotsWhenTheBackupFolderIsOpened()
    {
        // GIVEN a backup folder where a killed Quorum left half-written snapshots of the library
        const QString path = writeSample(m_dir, QStringLiteral("killed.quorum"));
        const QString folder = m_dir.filePath(QStringLiteral("killed backups"));
        QVERIFY(QDir().mkpath(folder));
        const QStringList leftovers = {QStringLiteral("killed 2026-01-05 10-00-00.quorum.part"),
                                       QStringLiteral("killed 2026-01-05 10-30-00 (2).quorum.part")};
        const QStringList others = {QStringLiteral("other 2026-01-05 10-00-00.quorum.part"),
                                    QStringLiteral("killed notes.quorum.part"), QStringLiteral("killed.txt")};
        for (const QString &name : leftovers + others)
            QVERIFY(writeFile(QDir(folder).filePath(name), "half a copy"));
        // WHEN the library is opened and its backups start there
        QString error;
        std::unique_ptr<MeetingDocument> doc = MeetingDocument::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        doc->file()->startBackups(folder, LibraryFile::BackupIntervalMs);
        doc->file()->waitForBackups();
        // THEN its unfinished snapshots are gone, everything else stays, and a real snapshot is there
        QStringList remaining = filesIn(folder);
        for (const QString &name : leftovers)
            QVERIFY2(!remaining.contains(name), qPrintable(name));
        for (const QString &name : others)
            QVERIFY2(remaining.contains(name), qPrintable(name));
        QCOMPARE(Backups::list(path, folder).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
