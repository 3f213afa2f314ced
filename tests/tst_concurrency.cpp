// SPDX-License-Identifier: GPL-3.0-or-later
#include "busywaitdialog.h"
#include "document/libraryfile.h"
#include "fixtures.h"
#include "itemmodels/meetinglistmodel.h"
#include "mainwindow.h"
#include "meetingdocument.h"
#include "storage/database.h"

#include <QDialog>

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** Runs quorum with arguments; stdoutFile, when set, is its standard output. */
Run quorum(const QStringList &args, const QString &stdoutFile = {}, int busyWaitSeconds = 1)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QUORUM_BUSY_WAIT"), QString::number(busyWaitSeconds));
    QProcess p;
    p.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    p.start(QStringLiteral(QUORUM_EXECUTABLE), args);
    Run r;
    // Events go on meanwhile: a test may let go of a lock while the verb waits for it.
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
        QTest::qWait(50);
    p.waitForFinished(1000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/**
 * Another program writing to a library for as long as it lives (an exclusive lock). A process of
 * its own: a lock of this one would go with the first file this process closes (POSIX locks).
 */
class LongWrite
{
public:
    explicit LongWrite(const QString &path)
    {
        m_process.start(QStringLiteral(QUORUM_TEST_HELPER), {QStringLiteral("hold"), path});
        QVERIFY(m_process.waitForReadyRead(30000));
        QCOMPARE(m_process.readLine(), QByteArray("holding\n"));
    }
    ~LongWrite() { finish(); }
    /** Commits and lets go. */
    void finish()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.write("done\n");
        QVERIFY(m_process.waitForFinished(30000));
        QCOMPARE(m_process.exitCode(), 0);
    }

private:
    QProcess m_process;
};

/** The busy dialog on screen, or null. */
BusyWaitDialog *busyDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<BusyWaitDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

/**
 * Several programs at once (issue 17, classes 12, 13 and 15): every writer takes the edit lock,
 * a window reads again what another program changed before it writes, busy is not damaged, and
 * a verb whose output cannot be written says why and fails.
 */
class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // Class 12: the command line takes the window's lock.
    void shouldRefuseAnImportIntoALibraryOpenInAWindow()
    {
        const QString path = writeSample(m_dir, QStringLiteral("open.quorum"));
        const QString other = m_dir.filePath(QStringLiteral("other.quorum"));
        const QString json = m_dir.filePath(QStringLiteral("other.json"));
        QCOMPARE(
            quorum({QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("2"), other}).exitCode, 0);
        QCOMPARE(quorum({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), other,
                         QStringLiteral("-o"), json})
                     .exitCode,
                 0);
        const QString before = fileSha256(path);
        QString error;
        std::unique_ptr<MeetingDocument> doc = MeetingDocument::open(path, &error);
        QVERIFY2(doc, qPrintable(error));

        const Run r
            = quorum({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), json, path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is open in Quorum on ")) && r.err.contains(QStringLiteral(" by "))
                     && r.err.contains(QStringLiteral(" since "))
                     && r.err.contains(QStringLiteral("Nothing was imported")),
                 qPrintable(r.err));
        QCOMPARE(fileSha256(path), before);

        // Once the window lets go, the same import works.
        doc.reset();
        const Run again
            = quorum({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), json, path});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    }

    // Class 12: a change made behind the window's back is read, never written over.
    void shouldReadAgainWhatAnotherProgramChangedBeforeWriting()
    {
        Id seed = 0;
        const QString name = QStringLiteral("behind.quorum");
        std::unique_ptr<MeetingDocument> doc = openSampleDocument(m_dir, name, &seed);
        QVERIFY(doc);
        doc->editMeetingField(Meeting::Location, QStringLiteral("Room A"));
        QCOMPARE(doc->undoStack()->count(), 1);
        const QString path = doc->path();
        QVERIFY(runInFile(path, {QStringLiteral("UPDATE meeting SET title = 'Retitled elsewhere', "
                                                "location = 'Room B' WHERE id = %1")
                                     .arg(seed)}));

        // The next edit in the window would write over it: refused, said, and the window reads again.
        QSignalSpy refused(doc->file(), &LibraryFile::storageFailed);
        doc->editMeetingField(Meeting::Location, QStringLiteral("Room C"));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("was changed by another program")));
        QCOMPARE(queryValue(doc->database().connection(), QStringLiteral("SELECT location FROM meeting WHERE id = ?"),
                            {seed})
                     .toString(),
                 QStringLiteral("Room B"));
        QTRY_COMPARE(doc->currentMeeting().title, QStringLiteral("Retitled elsewhere"));
        QCOMPARE(doc->currentMeeting().location, QStringLiteral("Room B"));
        const QModelIndex listed = doc->meetingList()->indexOfMeeting(seed);
        QCOMPARE(listed.data().toString().contains(QStringLiteral("Retitled elsewhere")), true);
        // Undoing the window's first edit would now write over the other program's location.
        QCOMPARE(doc->undoStack()->count(), 0);

        // Made again, the edit is saved, and the other program's title stays.
        doc->editMeetingField(Meeting::Location, QStringLiteral("Room C"));
        QCOMPARE(queryValue(doc->database().connection(),
                            QStringLiteral("SELECT title || '|' || location FROM meeting WHERE id = ?"), {seed})
                     .toString(),
                 QStringLiteral("Retitled elsewhere|Room C"));
    }

    void shouldReadAgainWhileNobodyTypes()
    {
        Id seed = 0;
        std::unique_ptr<MeetingDocument> doc = openSampleDocument(m_dir, QStringLiteral("idle.quorum"), &seed);
        QVERIFY(doc);
        QVERIFY(
            runInFile(doc->path(),
                      {QStringLiteral("UPDATE meeting SET title = 'Seen without an edit' WHERE id = %1").arg(seed)}));
        QTRY_COMPARE_WITH_TIMEOUT(doc->currentMeeting().title, QStringLiteral("Seen without an edit"),
                                  LibraryFile::ChangePollMs * 4);
        // Its own edits are not someone else's.
        QSignalSpy changed(doc->file(), &LibraryFile::changedElsewhere);
        doc->editMeetingField(Meeting::Location, QStringLiteral("Own edit"));
        QTest::qWait(LibraryFile::ChangePollMs + 500);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(doc->undoStack()->count(), 1);
    }

    // Class 13: busy is not damaged.
    void shouldSayBusyNotDamagedWhenOpening()
    {
        const QString path = writeSample(m_dir, QStringLiteral("busy.quorum"));
        LongWrite other(path);
        QVERIFY(LibraryFile::isBusy(path));
        QString error;
        bool busy = false;
        QVERIFY(!Database::open(path, Database::Mode::ReadOnly, &error, Database::builtinMigrations(),
                                Database::Check::BeforeOpening, &busy));
        QVERIFY(busy);
        QVERIFY2(error.contains(QStringLiteral("busy")) && !error.contains(QStringLiteral("damaged")),
                 qPrintable(error));
        LibraryFile::OpenProblem problem = LibraryFile::OpenProblem::None;
        QVERIFY(!LibraryFile::open(path, &error, LibraryFile::Access::Edit, &problem));
        QCOMPARE(problem, LibraryFile::OpenProblem::Busy);

        // A verb waits a bounded time, saying so, then says busy.
        const Run r = quorum({QStringLiteral("search"), path, QStringLiteral("budget")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is busy: another program is writing to it. Waiting up to 1 s")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Try again when it is done.")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));

        const Run checked = quorum({QStringLiteral("check"), path});
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.out.contains(QStringLiteral("The library is busy")), qPrintable(checked.out));
        QVERIFY2(!checked.out.contains(QStringLiteral("damaged")), qPrintable(checked.out));

        // Let go while the verb waits: it goes on and finds what it was asked for.
        QTimer::singleShot(3000, [&other] { other.finish(); });
        const Run waited = quorum({QStringLiteral("search"), path, QStringLiteral("Zoom")}, {}, 30);
        QVERIFY2(waited.exitCode == 0, qPrintable(waited.err));
        QVERIFY2(waited.err.contains(QStringLiteral("Waiting up to 30 s")), qPrintable(waited.err));
        QVERIFY(!waited.out.isEmpty());
        QVERIFY(!LibraryFile::isBusy(path));
    }

    void shouldWaitInSightForABusyLibraryAndOpenItWhenFree()
    {
        const QString path = writeSample(m_dir, QStringLiteral("busywindow.quorum"));
        auto other = std::make_unique<LongWrite>(path);
        MainWindow w;
        bool seen = false;
        QTimer::singleShot(300, [&] {
            BusyWaitDialog *dialog = busyDialog();
            seen = dialog;
            // Still busy: it goes on waiting.
            QTimer::singleShot(BusyWaitDialog::PollMs * 2, [&, dialog] {
                seen = seen && busyDialog() == dialog;
                other.reset(); // the other program is done: the dialog closes by itself
            });
        });
        QVERIFY(w.openLibrary(path));
        QVERIFY(seen);
        QVERIFY(!w.document()->isReadOnly());
        QCOMPARE(w.document()->currentMeeting().location, QStringLiteral("Written by the other program"));

        // Cancel gives up.
        MainWindow cancelled;
        const QString second = writeSample(m_dir, QStringLiteral("busycancel.quorum"));
        LongWrite again(second);
        QTimer::singleShot(300, [] {
            if (BusyWaitDialog *dialog = busyDialog())
                dialog->reject();
        });
        QVERIFY(!cancelled.openLibrary(second));
        QVERIFY(!cancelled.document());
    }

    // Class 15: output that cannot be written is a failure, with the system's reason.
    void shouldFailWhenStandardOutputCannotBeWritten()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full here");
        const QString path = writeSample(m_dir, QStringLiteral("full.quorum"));
        const QString full = QStringLiteral("/dev/full");
        const QList<QStringList> verbs = {
            {QStringLiteral("search"), path, QStringLiteral("Zoom")},
            {QStringLiteral("check"), path},
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), path},
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--kind"),
             QStringLiteral("actions"), path},
        };
        for (const QStringList &args : verbs) {
            const Run r = quorum(args, full);
            QVERIFY2(r.exitCode == 1, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY2(r.err.contains(QStringLiteral("Cannot write to standard output: No space left on device.")),
                     qPrintable(r.err));
        }
        const QString json = m_dir.filePath(QStringLiteral("full.json"));
        QCOMPARE(quorum({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), path,
                         QStringLiteral("-o"), json})
                     .exitCode,
                 0);
        const Run imported = quorum({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), json,
                                     m_dir.filePath(QStringLiteral("fromfull.quorum"))},
                                    full);
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(QStringLiteral("No space left on device")), qPrintable(imported.err));
    }

    void shouldSayWhyAnExportFileCannotBeWritten()
    {
        // A file-size limit fails writes as a full disk does (EFBIG instead of ENOSPC).
        const QString path = writeSample(m_dir, QStringLiteral("limit.quorum"));
        const QString out = m_dir.filePath(QStringLiteral("limit.json"));
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"),
                  QStringLiteral("trap '' XFSZ; ulimit -f 8; exec \"$0\" export --format json "
                                 "\"$1\" -o \"$2\""),
                  QStringLiteral(QUORUM_EXECUTABLE), path, out});
        QVERIFY(sh.waitForFinished(60000));
        QCOMPARE(sh.exitCode(), 1);
        const QString err = QString::fromUtf8(sh.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("File too large")) && !err.contains(QStringLiteral("Unknown error")),
                 qPrintable(err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
