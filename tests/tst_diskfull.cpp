// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "markdowneditor.h"
#include "meetingdocument.h"
#include "runningnotestab.h"
#include "storage/agendarepository.h"
#include "storage/database.h"
#include "storage/librarycheck.h"
#include "storage/meetingrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <csignal>
#include <sys/resource.h>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

/** Limits the size of every file this process writes (RLIMIT_FSIZE), as a full disk does. */
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of killing us
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { lift(); }
    void lift() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};

} // namespace

/** A full disk: the edit stays on screen, the failure is said once, the file stays sound, and the next edit saves. */
class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    QTemporaryDir m_dir;

    static QString storedNotes(MeetingDocument *doc, Id meeting, const QString &title)
    {
        return entryTitled(AgendaRepository(doc->database().connection()).forMeeting(meeting), title).runningNotes;
    }

private Q_SLOTS:
    void shouldKeepTypedNotesWhenTheDiskIsFullAndSaveThemLater()
    {
        Id seed = 0;
        std::unique_ptr<MeetingDocument> doc = m_samples.open(&seed);
        QVERIFY(doc);
        RunningNotesTab tab(doc.get());
        tab.resize(1000, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QTextEdit *editor = tab.findChild<MarkdownEditor *>(QStringLiteral("runningNotesEditor"))->textEdit();
        const QString before = storedNotes(doc.get(), seed, QStringLiteral("Welcome"));
        QSignalSpy failed(doc->file(), &LibraryFile::saveFailed);
        QSignalSpy recovered(doc->file(), &LibraryFile::saveRecovered);

        // Far more than the file may grow by: every page of it needs room the disk does not have.
        const QString big = QStringLiteral("Decision log. ").repeated(20000);
        {
            FileSizeLimit full(QFileInfo(doc->path()).size());
            editor->moveCursor(QTextCursor::End);
            editor->insertPlainText(big);
            tab.flush();
            QCOMPARE(failed.count(), 1);
            QVERIFY2(failed.first().first().toString().contains(QStringLiteral("not saved"), Qt::CaseInsensitive),
                     qPrintable(failed.first().first().toString()));
            // Still on screen, not in the file, and the file is sound.
            QVERIFY(editor->toPlainText().contains(big.trimmed()));
            QCOMPARE(storedNotes(doc.get(), seed, QStringLiteral("Welcome")), before);
            QCOMPARE(LibraryCheck::run(doc->database()).problems.size(), 0);
            // Typing on while the disk is still full says nothing new.
            editor->insertPlainText(QStringLiteral(" More."));
            tab.flush();
            QCOMPARE(failed.count(), 1);
        }
        // Space is back: the next edit saves everything on screen.
        editor->insertPlainText(QStringLiteral(" Saved at last."));
        tab.flush();
        QCOMPARE(recovered.count(), 1);
        const QString stored = storedNotes(doc.get(), seed, QStringLiteral("Welcome"));
        QVERIFY(stored.contains(QStringLiteral("Decision log.")));
        QVERIFY(stored.endsWith(QStringLiteral("More. Saved at last.")));
        QCOMPARE(LibraryCheck::run(doc->database()).problems.size(), 0);
    }

    void shouldRollBackACommitThatAReaderBlocks()
    {
        Id seed = 0;
        std::unique_ptr<MeetingDocument> doc = m_samples.open(&seed);
        QVERIFY(doc);
        QSignalSpy failed(doc->file(), &LibraryFile::saveFailed);
        const QString before = doc->currentMeeting().location;
        {
            // Another program reads the file and keeps its read open past our busy timeout.
            QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            reader.setDatabaseName(doc->path());
            QVERIFY(reader.open());
            QSqlQuery q(reader);
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM meeting")) && q.next());
            doc->editMeetingField(Meeting::Location, QStringLiteral("Blocked"));
            QCOMPARE(failed.count(), 1); // COMMIT waited, failed, and was rolled back
            QVERIFY(q.exec(QStringLiteral("SELECT location FROM meeting WHERE id = 1")) && q.next());
            QCOMPARE(q.value(0).toString(), before);
            q.exec(QStringLiteral("COMMIT"));
            q.finish();
            reader.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        // No transaction was left open: the next edit saves.
        doc->editMeetingField(Meeting::Location, QStringLiteral("Saved"));
        QCOMPARE(MeetingRepository(doc->database().connection()).load(seed).location, QStringLiteral("Saved"));
        QVERIFY(!doc->file()->isSaveFailing());
    }

    void shouldSurviveARealFullDisk()
    {
        // A small tmpfs is a disk that really fills up; mounting one needs privileges CI may lack.
        QTemporaryDir mountPoint;
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=3m"), QStringLiteral("tmpfs"), mountPoint.path()});
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("no tmpfs could be mounted here (%1); RLIMIT_FSIZE covers the full disk")
                                 .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed())));
        const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint.path()}); });

        const QString path = mountPoint.filePath(QStringLiteral("small.quorum"));
        QVERIFY(QFile::copy(writeSample(m_dir, QStringLiteral("to-copy.quorum")), path));
        QString error;
        std::unique_ptr<MeetingDocument> doc = MeetingDocument::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->setCurrentMeeting(1));
        QSignalSpy failed(doc->file(), &LibraryFile::saveFailed);
        QSignalSpy recovered(doc->file(), &LibraryFile::saveRecovered);
        // Fill the disk to the last byte.
        const QString filler = mountPoint.filePath(QStringLiteral("filler"));
        {
            QFile f(filler);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (f.write(block) == block.size() && f.flush()) {
            }
        }
        AgendaState state = doc->agendaState();
        state.entries.first().runningNotes = QStringLiteral("Decisions of the day. ").repeated(20000);
        const QString before = storedNotes(doc.get(), 1, state.entries.first().title);
        doc->editAgenda(state, QStringLiteral("notes"));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(storedNotes(doc.get(), 1, state.entries.first().title), before);
        QVERIFY(LibraryCheck::run(doc->database()).isOk());
        // Space is freed: the same edit saves.
        QVERIFY(QFile::remove(filler));
        doc->editAgenda(state, QStringLiteral("notes"));
        QCOMPARE(recovered.count(), 1);
        QCOMPARE(storedNotes(doc.get(), 1, state.entries.first().title), state.entries.first().runningNotes);
        QVERIFY(LibraryCheck::run(doc->database()).isOk());
        doc.reset();
    }
};

QTEST_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
