// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "meetingdocument.h"
#include "runfixture.h"
#include "samplelibrary.h"
#include "storage/attachmentrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Quorum::Testing;

namespace {

using Run = ProgramRun;

/** Runs quorum as a script would: no display, no platform chosen, no session runtime folder. */
Run quorum(const QStringList &args, const QString &executable = QStringLiteral(QUORUM_EXECUTABLE))
{
    return runHeadless(executable, args, 60000);
}

/** What a child quorum process did, and the most memory it held (its peak resident set, in kB). */
struct MeasuredRun
{
    int exitCode = -1;
    long peakKb = 0;
};

/**
 * Runs quorum in a child of its own, its output discarded, and waits for exactly that child with
 * wait4(), whose rusage gives the child's own peak memory (ru_maxrss), unmixed with other children.
 */
MeasuredRun measuredQuorum(const QStringList &args)
{
    QList<QByteArray> bytes{QByteArray(QUORUM_EXECUTABLE)};
    for (const QString &a : args)
        bytes << QFile::encodeName(a);
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    MeasuredRun r;
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::unsetenv("DISPLAY");
        ::unsetenv("QT_QPA_PLATFORM");
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    struct rusage usage = {};
    if (pid < 0 || ::wait4(pid, &status, 0, &usage) != pid)
        return r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    r.peakKb = usage.ru_maxrss;
    return r;
}

/** A document of one meeting with one day and, when given, one attachment or a description. */
QByteArray oneMeeting(const QByteArray &attachment, const QByteArray &description = {})
{
    QByteArray json = "{\"format\": \"quorum-library\", \"formatVersion\": 2, \"meetings\": [{\"title\": \"Big\", "
                      "\"startDate\": \"2020-09-15\", \"endDate\": \"2020-09-15\", \"days\": [{\"date\": "
                      "\"2020-09-15\"}]";
    if (!description.isEmpty())
        json += ", \"description\": \"" + description + "\"";
    if (!attachment.isNull())
        json += ", \"attachments\": [{\"fileName\": \"big.bin\", \"modifiedAt\": \"2020-09-15T17:00:00Z\", "
                "\"contentBase64\": \""
                + attachment.toBase64() + "\"}]";
    return json + "}]}";
}

} // namespace

/** The headless verbs, run as a user runs them. */
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void shouldWriteTheSampleAndExportItsCounts()
    {
        const QString lib = m_dir.filePath(QStringLiteral("s.quorum"));
        const Run sample = quorum({QStringLiteral("sample"), lib});
        QCOMPARE(sample.exitCode, 0);
        QVERIFY(sample.err.isEmpty());
        const Run exported
            = quorum({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), lib});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out, Quorum::SampleLibrary::json());
        const QJsonArray meetings
            = QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("meetings")).toArray();
        QCOMPARE(meetings.size(), 4);
        const QJsonObject seed = meetings.at(0).toObject();
        QCOMPARE(seed.value(QStringLiteral("participants")).toArray().size(), 21);
        QCOMPARE(seed.value(QStringLiteral("days")).toArray().size(), 3);
        QCOMPARE(seed.value(QStringLiteral("actionItems")).toArray().size(), 14);
        QCOMPARE(seed.value(QStringLiteral("attachments")).toArray().size(), 13);
        QCOMPARE(seed.value(QStringLiteral("topicRequests")).toArray().size(), 6);
        // Writing the sample over an existing file is refused.
        const QString before = fileSha256(lib);
        const Run again = quorum({QStringLiteral("sample"), lib});
        QVERIFY(again.exitCode != 0);
        QCOMPARE(fileSha256(lib), before);
    }

    void shouldRunTheReadingVerbsWithoutTheWindowModule()
    {
        // GIVEN the quorum executable alone in a folder, without its window module (Qt Gui and
        // everything the window needs), and a library
        QTemporaryDir bare;
        const QString executable = bare.filePath(QStringLiteral("quorum"));
        QVERIFY(QFile::copy(QStringLiteral(QUORUM_EXECUTABLE), executable));
        const QString lib = m_dir.filePath(QStringLiteral("bare.quorum"));
        QCOMPARE(quorum({QStringLiteral("sample"), lib}).exitCode, 0);
        const QString json = bare.filePath(QStringLiteral("out.json"));
        // WHEN the verbs that only read and write library data run
        const Run exported = quorum(
            {QStringLiteral("export"), QStringLiteral("--format=json"), lib, QStringLiteral("-o"), json}, executable);
        const Run imported = quorum({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), json,
                                     bare.filePath(QStringLiteral("copy.quorum"))},
                                    executable);
        const Run found = quorum({QStringLiteral("search"), lib, QStringLiteral("Rubin")}, executable);
        const Run checked = quorum({QStringLiteral("check"), lib}, executable);
        // THEN they work: they never load the window module
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(found.exitCode == 0 && !found.out.isEmpty(), found.err.constData());
        QCOMPARE(checked.exitCode, 0);
        QCOMPARE(quorum({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                         bare.filePath(QStringLiteral("copy.quorum"))},
                        executable)
                     .out,
                 Quorum::SampleLibrary::json());
        // AND a verb that needs the module says in one line that it is missing, writing nothing
        const QString pdf = bare.filePath(QStringLiteral("agenda.pdf"));
        const Run printed = quorum({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                    QStringLiteral("--kind"), QStringLiteral("agenda"), lib, QStringLiteral("-o"), pdf},
                                   executable);
        QCOMPARE(printed.exitCode, 1);
        QVERIFY2(printed.err.startsWith("quorum: cannot load Quorum's window module"), printed.err.constData());
        QVERIFY(!QFileInfo::exists(pdf));
    }

    void shouldExportOneMeetingToAFile()
    {
        const QString lib = m_dir.filePath(QStringLiteral("one.quorum"));
        QCOMPARE(quorum({QStringLiteral("sample"), lib}).exitCode, 0);
        const QString out = m_dir.filePath(QStringLiteral("one.json"));
        const Run r = quorum({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--meeting"), QStringLiteral("1"), lib, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(readFile(out)).object();
        QCOMPARE(doc.value(QStringLiteral("meetings")).toArray().size(), 1);
        // The 21 participants and Christopher Waters, who was given an action item.
        QCOMPARE(doc.value(QStringLiteral("people")).toArray().size(), 22);
        const Run missing = quorum({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--meeting"), QStringLiteral("99"), lib});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no meeting with ID 99"));
    }

    void shouldRefuseBadFilesWithOneLineAndLeaveThemUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QByteArray garbage;
        for (int i = 0; i < 5000; ++i)
            garbage.append(char((i * 31 + 7) % 256));
        QTest::newRow("garbage") << garbage << "not a Quorum library";
        QTest::newRow("zero bytes") << QByteArray() << "empty";
        QTest::newRow("another program's SQLite") << QByteArray("sqlite") << "another program";
        QTest::newRow("missing") << QByteArray("missing") << "does not exist";
    }

    void shouldRefuseBadFilesWithOneLineAndLeaveThemUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.quorum"));
        if (content == "sqlite") {
            QVERIFY(runInFile(path, {QStringLiteral("CREATE TABLE songs (title TEXT)")}));
        } else if (content != "missing") {
            QVERIFY(writeFile(path, content));
        }
        const QString before = fileSha256(path);
        const QStringList filesBefore = filesIn(dir.path());
        const Run r = quorum({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(reason.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("bad.quorum"), r.err.constData());
        QCOMPARE(fileSha256(path), before);
        QCOMPARE(filesIn(dir.path()), filesBefore);
    }

    void shouldExportActionItemsAsCsvAndICalendar()
    {
        const QString lib = m_dir.filePath(QStringLiteral("actions.quorum"));
        QCOMPARE(quorum({QStringLiteral("sample"), lib}).exitCode, 0);
        const Run csv = quorum({"export", "--format", "csv", "--kind", "actions", lib});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.count("\r\n"), 26); // a header and 25 action items
        QVERIFY(csv.out.contains("yes,Agree Gen3 acceptance tests for November 1.,Leanne Guy,2020-09-28,,DM-26798,"));
        const Run ics = quorum({"export", "--format", "ics", "--kind", "actions", "--meeting", "1", lib});
        QCOMPARE(ics.exitCode, 0);
        QCOMPARE(ics.out.count("BEGIN:VTODO"), 14);
        QVERIFY(ics.out.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        const Run missing = quorum({"export", "--format", "ics", "--kind", "actions", "--meeting", "77", lib});
        QCOMPARE(missing.exitCode, 1);
    }

    void shouldExportAMeetingsInvitation()
    {
        // GIVEN the sample
        const QString lib = m_dir.filePath(QStringLiteral("invitation.quorum"));
        QCOMPARE(quorum({QStringLiteral("sample"), lib}).exitCode, 0);
        const QString out = m_dir.filePath(QStringLiteral("invitation.ics"));
        // WHEN its three-day meeting's invitation is exported with an organizer
        const Run r = quorum({"export", "--format", "ics", "--kind", "meeting", "--meeting", "1", "--organizer",
                              "frossie.economou@example.org", lib, "-o", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // THEN three events, the organizer, and the library remembers them
        const QByteArray ics = readFile(out);
        QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), 3);
        QVERIFY(ics.contains("METHOD:REQUEST\r\n"));
        QVERIFY(ics.contains("ORGANIZER;CN=\"Frossie Economou\":mailto:frossie.economou@example.org\r\n"));
        QCOMPARE(valueInFile(lib, QStringLiteral("SELECT count(*) FROM invitation_event")).toInt(), 3);
        // Per block, to standard output: the remembered organizer, the blocks.
        const Run blocks
            = quorum({"export", "--format", "ics", "--kind", "meeting", "--meeting", "1", "--events", "block", lib});
        QCOMPARE(blocks.exitCode, 0);
        QCOMPARE(blocks.out.count("BEGIN:VEVENT\r\n"), 6);
        QVERIFY(blocks.out.contains("ORGANIZER;CN=\"Frossie Economou\""));
        // The action items' to-dos name the organizer and their assignees.
        const Run todos = quorum({"export", "--format", "ics", "--kind", "actions", "--meeting", "1", lib});
        QVERIFY(todos.out.contains("ORGANIZER;CN=\"Frossie Economou\":mailto:frossie.economou@example.org\r\n"));
        QVERIFY(todos.out.contains("ATTENDEE;CN="));
    }

    void shouldRefuseBadInvitationOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("kind meeting as csv") << QStringList{"--format", "csv", "--kind", "meeting"} << 2
                                             << "--kind meeting is a meeting's calendar invitation";
        QTest::newRow("ics of something else") << QStringList{"--format", "ics", "--kind", "agenda"} << 2
                                               << "--format ics exports action items (--kind actions) or";
        QTest::newRow("bad events") << QStringList{"--format", "ics", "--kind", "meeting", "--events", "week"} << 2
                                    << "--events takes day or block";
        QTest::newRow("events for actions") << QStringList{"--format", "ics", "--kind", "actions", "--events", "day"}
                                            << 2 << "--events applies to a meeting's invitation";
        QTest::newRow("organizer for json") << QStringList{"--format", "json", "--organizer", "x"} << 2
                                            << "--organizer applies to a meeting's invitation";
        QTest::newRow("document option") << QStringList{"--format", "ics", "--kind", "meeting", "--paper", "a4"} << 2
                                         << "--paper does not apply to a meeting's invitation";
        QTest::newRow("unknown organizer")
            << QStringList{"--format", "ics", "--kind", "meeting", "--organizer", "Nobody Atall"} << 2
            << "Nobody in the directory is";
        QTest::newRow("organizer without email")
            << QStringList{"--format", "ics", "--kind", "meeting", "--organizer", "npease"} << 2 << "has no email";
        QTest::newRow("no such meeting") << QStringList{"--format", "ics", "--kind", "meeting", "--meeting", "77"} << 1
                                         << "no meeting with ID 77";
    }

    void shouldRefuseBadInvitationOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        const QString lib = m_dir.filePath(QStringLiteral("invitation-refused.quorum"));
        if (!QFileInfo::exists(lib))
            QCOMPARE(quorum({QStringLiteral("sample"), lib}).exitCode, 0);
        const QString before = fileSha256(lib);
        const Run r = quorum(QStringList{"export"} + options + QStringList{lib});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(reason.toUtf8()), r.err.constData());
        QCOMPARE(fileSha256(lib), before); // nothing remembered
    }

    void shouldImportIntoANewLibraryAndRefuseABrokenDocument()
    {
        const QString json = m_dir.filePath(QStringLiteral("sample.json"));
        QVERIFY(writeFile(json, Quorum::SampleLibrary::json()));
        const QString lib = m_dir.filePath(QStringLiteral("imported.quorum"));
        const Run r = quorum({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), json, lib});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Imported meetings: 4; people added: 25"), r.out.constData());
        const Run back = quorum({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), lib});
        QCOMPARE(back.out, Quorum::SampleLibrary::json());

        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(
            writeFile(broken, "{\"format\": \"quorum-library\", \"formatVersion\": 1, \"people\": [{\"key\": 1}]}"));
        const QString before = fileSha256(lib);
        const Run bad
            = quorum({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), broken, lib});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(fileSha256(lib), before);
        const QString fresh = m_dir.filePath(QStringLiteral("never.quorum"));
        QCOMPARE(quorum({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), broken, fresh})
                     .exitCode,
                 1);
        QVERIFY(!QFileInfo::exists(fresh));
    }

    void shouldRefuseInputThatIsNoJsonAtOnceFromAFileADeviceOrAPipe_data()
    {
        QTest::addColumn<QString>("command");
        const QString zeros = m_dir.filePath(QStringLiteral("zeros.json"));
        QFile file(zeros);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(50 * 1024 * 1024));
        file.close();
        // A shell command: QUORUM stands for the program, LIB for the library to import into.
        QTest::newRow("a file of 50 MB of zero bytes")
            << QStringLiteral("QUORUM import --format json '%1' LIB").arg(zeros);
        QTest::newRow("the device /dev/zero") << QStringLiteral("QUORUM import --format json /dev/zero LIB");
        QTest::newRow("a pipe of zero bytes")
            << QStringLiteral("QUORUM import --format json /dev/stdin LIB < /dev/zero");
        QTest::newRow("a pipe of endless blanks")
            << QStringLiteral("yes ' ' | QUORUM import --format json /dev/stdin LIB");
    }

    /** Issue 17, class 16: before, /dev/zero aborted with an uncaught std::bad_alloc after reading gigabytes. */
    void shouldRefuseInputThatIsNoJsonAtOnceFromAFileADeviceOrAPipe()
    {
        QFETCH(QString, command);
        const QString lib = m_dir.filePath(QStringLiteral("zeros.quorum"));
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        command.replace(QStringLiteral("QUORUM"), QStringLiteral("'%1'").arg(QStringLiteral(QUORUM_EXECUTABLE)));
        command.replace(QStringLiteral("LIB"), QStringLiteral("'%1'").arg(lib));
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("is not a Quorum JSON file"), err.constData());
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(timer.elapsed() < 20000, "not refused at once");
        QVERIFY(!QFileInfo::exists(lib));
    }

    /**
     * Issue 17, class 16: a 20 MB attachment (27 MB of base64) is imported while the process holds
     * well under three times the base64 text more than it does for an empty document (before, the
     * whole file was read and parsed into a DOM, several copies of the text at once); a 20 MB text
     * where 1 MB is the most is refused without being held more than once.
     */
    void shouldImportABigAttachmentAndRefuseABigTextWithBoundedMemory()
    {
        const QString small = m_dir.filePath(QStringLiteral("small.json"));
        QVERIFY(writeFile(small, oneMeeting(QByteArray())));
        const QString big = m_dir.filePath(QStringLiteral("attachment.json"));
        const QString text = m_dir.filePath(QStringLiteral("text.json"));
        long base64Kb = 0;
        QString sha;
        {
            // Made and let go before any child starts: a child's peak counts what it was forked with.
            QByteArray content(20 * 1024 * 1024, Qt::Uninitialized);
            for (qsizetype i = 0; i < content.size(); ++i)
                content[i] = char((i * 7919) >> 3);
            QVERIFY(writeFile(big, oneMeeting(content)));
            base64Kb = long(content.toBase64().size() / 1024);
            sha = Quorum::AttachmentRepository::sha256Of(content);
            QVERIFY(writeFile(text, oneMeeting(QByteArray(), QByteArray(20 * 1024 * 1024, 'x'))));
        }

        const auto import = [&](const QString &json, const QString &name) {
            return measuredQuorum({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), json,
                                   m_dir.filePath(name)});
        };
        const MeasuredRun baseline = import(small, QStringLiteral("small.quorum"));
        QCOMPARE(baseline.exitCode, 0);
        const MeasuredRun attachment = import(big, QStringLiteral("attachment.quorum"));
        QCOMPARE(attachment.exitCode, 0);
        const MeasuredRun refused = import(text, QStringLiteral("text.quorum"));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("text.quorum"))));
        qInfo("peak memory: empty document %ld kB, 20 MB attachment %ld kB (base64 %ld kB), 20 MB text %ld kB",
              baseline.peakKb, attachment.peakKb, base64Kb, refused.peakKb);
        QVERIFY2(attachment.peakKb - baseline.peakKb < 3 * base64Kb, "the attachment took too much memory");
        QVERIFY2(refused.peakKb - baseline.peakKb < 2 * base64Kb, "the long text took too much memory");

        // The content arrived whole.
        const Run back = quorum({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                                 m_dir.filePath(QStringLiteral("attachment.quorum"))});
        QVERIFY(back.out.contains(sha.toLatin1()));
    }

    void shouldExportPrintedDocuments()
    {
        const QString lib = m_dir.filePath(QStringLiteral("printed.quorum"));
        QCOMPARE(quorum({"sample", lib}).exitCode, 0);
        const QString before = fileSha256(lib);
        // Without --meeting: the newest meeting with an agenda, here the sample's three-day meeting.
        const QString pdf = m_dir.filePath(QStringLiteral("agenda.pdf"));
        const Run agenda
            = quorum({"export", "--format", "pdf", "--kind", "agenda", "--paper", "letter", lib, "-o", pdf});
        QCOMPARE(agenda.exitCode, 0);
        QVERIFY2(agenda.err.isEmpty(), agenda.err.constData());
        const QString info = poppler(QStringLiteral("pdfinfo"), {}, readFile(pdf));
        QVERIFY2(info.contains(QStringLiteral("DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15/17")),
                 qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("612 x 792 pts")));

        const Run minutes = quorum({"export", "--format", "pdf", "--kind", "minutes", "--meeting", "1", lib, "-o",
                                    m_dir.filePath(QStringLiteral("minutes.pdf"))});
        QCOMPARE(minutes.exitCode, 0);
        QVERIFY(poppler(QStringLiteral("pdftotext"), {}, readFile(m_dir.filePath(QStringLiteral("minutes.pdf"))))
                    .contains(QStringLiteral("Minutes: DM Leadership Team")));

        const Run html = quorum({"export", "--format", "html", "--kind", "minutes", lib});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.out.contains("Content-Security-Policy"));

        const Run md = quorum({"export", "--format", "md", "--kind", "agenda", "--variant", "moderator", lib});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.contains("| Time | Min. | Topic | Coordinators |"));

        // The action report holds the open items unless asked for more, and says so in its header.
        const Run actions = quorum({"export", "--format", "md", "--kind", "actions", "--group-by", "meeting", lib});
        QCOMPARE(actions.exitCode, 0);
        QVERIFY2(actions.out.startsWith("# Open action items\n"), actions.out.left(400).constData());
        QVERIFY2(actions.out.contains("11 action items: 11 open"), actions.out.left(400).constData());
        QVERIFY(actions.out.contains("- **Showing:** open action items (done ones are left out)\n"
                                     "- **Assigned to:** anyone\n- **Series:** every series\n"
                                     "- **Meetings:** every meeting, any date"));
        QVERIFY(!actions.out.contains("- [x]")); // no ticked box: only open items
        QVERIFY(actions.out.contains("- [ ] "));
        const Run all = quorum({"export", "--format", "md", "--kind", "actions", "--state", "all", lib});
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(all.out.startsWith("# Action items\n"), all.out.left(400).constData());
        QVERIFY(all.out.contains("25 action items: 11 open"));
        QVERIFY(all.out.contains("- **Showing:** every action item, open and done"));
        QVERIFY(all.out.contains("- [x] "));
        const Run wrongState = quorum({"export", "--format", "md", "--kind", "actions", "--state", "closed", lib});
        QCOMPARE(wrongState.exitCode, 2);
        QVERIFY2(wrongState.err.contains("--state is one of all, open, overdue, done."), wrongState.err.constData());
        QVERIFY(wrongState.out.isEmpty());

        const Run missing
            = quorum({"export", "--format", "pdf", "--kind", "agenda", "--meeting", "99", lib, "-o", pdf});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(fileSha256(lib), before);
    }

    void shouldExportTheRunSheetAndTheMinutesTiming()
    {
        // GIVEN a library whose three-day meeting ran day 1 until 10:40, with attendance per day
        const QString lib = m_dir.filePath(QStringLiteral("run.quorum"));
        qint64 meeting = 0;
        {
            auto doc = openRunSample(m_dir, QStringLiteral("run.quorum"), QStringLiteral("ended"), &meeting);
            QVERIFY(doc);
        }
        // Kept to look at when asked (QUORUM_SHOTS=/tmp/shots): the run sheet's screenshots come from it.
        const QString shots = qEnvironmentVariable("QUORUM_SHOTS");
        if (!shots.isEmpty()) {
            QFile::remove(shots + QStringLiteral("/run.quorum"));
            QVERIFY(QFile::copy(lib, shots + QStringLiteral("/run.quorum")));
        }
        const QString id = QString::number(meeting);
        // WHEN the run sheet is exported as Markdown and as PDF
        const Run md = quorum({"export", "--format", "md", "--kind", "run-sheet", lib});
        QCOMPARE(md.exitCode, 0);
        QVERIFY2(md.out.startsWith("# Run sheet: DM Leadership Team"), md.out.left(300).constData());
        QVERIFY(md.out.contains(
            "| 09:15–09:40 | 25 | Project news and updates | Wil O'Mullane | 09:17–09:52 | 35 (+10) |"));
        QVERIFY(md.out.contains("| skipped |"));
        const QString pdf = m_dir.filePath(QStringLiteral("run-sheet.pdf"));
        const Run printed
            = quorum({"export", "--format", "pdf", "--kind", "run-sheet", "--meeting", id, lib, "-o", pdf});
        QCOMPARE(printed.exitCode, 0);
        QVERIFY2(printed.err.isEmpty(), printed.err.constData());
        const QString text = poppler(QStringLiteral("pdftotext"), {}, readFile(pdf));
        QVERIFY2(text.contains(QStringLiteral("09:17–09:52")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("Run sheet")));
        // and the minutes with and without planned against actual times
        const Run timed = quorum({"export", "--format", "md", "--kind", "minutes", "--with-timing", lib});
        QCOMPARE(timed.exitCode, 0);
        QVERIFY(timed.out.contains("## Planned and actual times"));
        QVERIFY(timed.out.contains("| Project news and updates | 09:15–09:40 | 25 | 09:17–09:52 | 35 | +10 |"));
        const Run plain = quorum({"export", "--format", "md", "--kind", "minutes", lib});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!plain.out.contains("Planned and actual"));
        // THEN a kind that does not exist, or timing on another document, is refused in one line
        const Run unknown = quorum({"export", "--format", "pdf", "--kind", "runsheet", lib, "-o", pdf});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.err, QByteArray("quorum: the document kind “runsheet” is not available (available: agenda, "
                                         "minutes, run-sheet, actions, decisions).\n"));
        const Run timedSheet = quorum({"export", "--format", "md", "--kind", "run-sheet", "--with-timing", lib});
        QCOMPARE(timedSheet.exitCode, 2);
        QVERIFY(timedSheet.err.contains("--with-timing applies to the minutes"));
        QVERIFY(timedSheet.out.isEmpty());
    }

    void shouldCheckALibrary()
    {
        const QString lib = m_dir.filePath(QStringLiteral("checked.quorum"));
        QCOMPARE(quorum({"sample", lib}).exitCode, 0);
        const Run good = quorum({"check", lib});
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.out.contains("Result: no problems found."));
        // A page of the file overwritten: the report says so in words, the exit code says it failed.
        QFile f(lib);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        for (qint64 at = 4096; at + 4096 < size; at += 8192) {
            f.seek(at);
            f.write(QByteArray(64, '\xff'));
        }
        f.close();
        const QString before = fileSha256(lib);
        const Run bad = quorum({"check", lib});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.out.contains("The file is damaged"), bad.out.constData());
        QCOMPARE(fileSha256(lib), before);
        QCOMPARE(quorum({"check"}).exitCode, 2);
    }

    void shouldSearchALibraryAndPrintText()
    {
        const QString lib = m_dir.filePath(QStringLiteral("searched.quorum"));
        QCOMPARE(quorum({"sample", lib}).exitCode, 0);
        // A person: the directory entry first, then the meeting they took part in
        const Run nate = quorum({"search", lib, "npease"});
        QCOMPARE(nate.exitCode, 0);
        QVERIFY2(nate.err.isEmpty(), nate.err.constData());
        const QList<QByteArray> lines = nate.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QByteArray("person directory: [npease]"));
        QVERIFY2(lines.at(1).contains("  >  meeting: Participants: ") && lines.at(1).contains("[npease]"),
                 lines.at(1).constData());
        // More places than asked for: the best, as text, and a word on stderr that there are more
        const Run john = quorum({"search", "--limit", "3", lib, "Swinbank"});
        QCOMPARE(john.exitCode, 0);
        QCOMPARE(john.out.count('\n'), 3);
        QVERIFY(john.out.startsWith("person directory: John [Swinbank] — also John Daniel [Swinbank]\n"));
        QVERIFY2(john.err.contains("more than 3 places found"), john.err.constData());
        const Run chat = quorum({"search", "--limit", "200", lib, "Zoom chat"});
        QCOMPARE(chat.exitCode, 0);
        QVERIFY(!chat.out.isEmpty());
        QVERIFY2(!chat.out.contains("**") && !chat.out.contains(": - ") && !chat.out.contains("\n- "),
                 chat.out.constData());
        QVERIFY2(chat.err.isEmpty(), chat.err.constData());
        // Nothing found, or a limit that is not a count
        const Run none = quorum({"search", lib, "xylophonequartet"});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.out.isEmpty());
        QCOMPARE(quorum({"search", "--limit", "0", lib, "Swinbank"}).exitCode, 2);
        QCOMPARE(quorum({"search", "--limit", "many", lib, "Swinbank"}).exitCode, 2);
    }

    void shouldKeepTerminalEscapesFromLibraryTextOffTheTerminal()
    {
        // GIVEN a library whose meeting title and agenda carry escape sequences, a bell and a bidi override
        const QString lib = m_dir.filePath(QStringLiteral("escapes.quorum"));
        QCOMPARE(quorum({"sample", lib}).exitCode, 0);
        QVERIFY(runInFile(lib, {QStringLiteral("UPDATE meeting SET title = 'Evil \x1b]0;owned\x07 \x1b[2J\u009b31m "
                                               "\u202e xylophone' WHERE id = (SELECT min(id) FROM meeting)"),
                                QStringLiteral("UPDATE agenda_entry SET title = 'Zither \x1b[31mred' "
                                               "WHERE id = (SELECT min(id) FROM agenda_entry WHERE kind = 'topic')")}));
        // WHEN it is searched
        for (const char *query : {"xylophone", "Zither"}) {
            const Run r = quorum({"search", lib, QString::fromLatin1(query)});
            QCOMPARE(r.exitCode, 0);
            // THEN none of them reaches the terminal; the rest of the text does
            QVERIFY2(!r.out.isEmpty(), r.err.constData());
            for (const QByteArray &bad :
                 {QByteArray("\x1b"), QByteArray("\x07"), QByteArray("\xc2\x9b"), QByteArray("\xe2\x80\xae")})
                QVERIFY2(!r.out.contains(bad) && !r.err.contains(bad), r.out.toHex().constData());
            QVERIFY2(r.out.contains(query), r.out.constData());
        }
        // AND a query typed with one is not echoed raw either
        const Run none = quorum({"search", lib, QStringLiteral("nothing\x1b[2Jhere")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(!none.err.contains("\x1b"), none.err.constData());
    }

    void shouldWriteIntoADeviceOrPipeAndRefuseAFolder()
    {
        const QString lib = m_dir.filePath(QStringLiteral("devices.quorum"));
        QCOMPARE(quorum({"sample", lib}).exitCode, 0);
        // GIVEN a named pipe with a reader, WHEN an export is written to it
        const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess reader;
        reader.start(QStringLiteral("cat"), {fifo});
        QVERIFY(reader.waitForStarted());
        const Run r = quorum({"export", "--format", "json", "--meeting", "1", lib, "-o", fifo});
        QVERIFY(reader.waitForFinished(30000));
        // THEN the reader got the whole export, and the pipe is still a pipe (not replaced by a file)
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(reader.readAllStandardOutput().contains("\"formatVersion\""), r.err.constData());
        QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());
        // AND /dev/null stays the device it is
        QCOMPARE(quorum({"export", "--format", "md", "--kind", "agenda", lib, "-o", "/dev/null"}).exitCode, 0);
        QVERIFY(QFileInfo(QStringLiteral("/dev/null")).exists() && !QFileInfo(QStringLiteral("/dev/null")).isFile());
        // AND a folder is refused, in words, and left alone
        const Run folder = quorum({"export", "--format", "json", lib, "-o", m_dir.path()});
        QVERIFY(folder.exitCode != 0);
        QVERIFY2(folder.err.contains("it is a folder"), folder.err.constData());
        QVERIFY(QFileInfo(m_dir.path()).isDir());
    }

    void shouldListEveryVerbInTheHelp()
    {
        // Without a display: help and version never need a window system.
        const Run help = quorum({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.err.isEmpty(), help.err.constData());
        for (const char *verb : {"sample", "export", "import", "check", "generate", "search"})
            QVERIFY2(help.out.contains(QByteArray("\n  ") + verb + ' '), help.out.constData());
        QVERIFY(help.out.contains("Write the sample library to a new file."));
        // Each verb's options and usage line are listed too.
        for (const char *option : {"--format <FORMAT>", "--variant <VARIANT>", "-o, --output <OUT>", "--meetings <N>",
                                   "--limit <N>", "quorum check FILE"})
            QVERIFY2(help.out.contains(option), option);
        const Run version = quorum({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.err.isEmpty(), version.err.constData());
        QVERIFY2(version.out.startsWith("Quorum "), version.out.constData());
        const Run wrong = quorum({"--no-such-option"});
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.err.contains("no-such-option"), wrong.err.constData());
        QVERIFY2(!wrong.err.contains("display"), wrong.err.constData());
    }

    void shouldPrintOnlyResultsFromAScript()
    {
        // A printed document starts a screenless GUI application; run by a script it prints no
        // Qt warnings (such as the missing session runtime folder).
        const QString lib = m_dir.filePath(QStringLiteral("quiet.quorum"));
        QCOMPARE(quorum({QStringLiteral("sample"), lib}).exitCode, 0);
        const QString pdf = m_dir.filePath(QStringLiteral("quiet.pdf"));
        const Run r = quorum({"export", "--format", "pdf", "--kind", "agenda", lib, "-o", pdf});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    void shouldPrintTheVerbsUsageLine_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QByteArray>("usage");
        QTest::newRow("sample") << "sample" << QByteArray("quorum sample OUT.quorum");
        QTest::newRow("export") << "export"
                                << QByteArray("quorum export --format json|csv|ics|pdf|html|md|confluence|eml ");
        QTest::newRow("import") << "import"
                                << QByteArray("quorum import --format json|confluence|ics [--series NAME] [--date "
                                              "YYYY-MM-DD] [--dry-run] IN FILE");
        QTest::newRow("check") << "check" << QByteArray("quorum check FILE");
        QTest::newRow("generate") << "generate" << QByteArray("quorum generate [--meetings N] [--seed S] OUT.quorum");
        QTest::newRow("search") << "search" << QByteArray("quorum search [--limit N] FILE \"QUERY\"");
    }

    void shouldPrintTheVerbsUsageLine()
    {
        QFETCH(QString, verb);
        QFETCH(QByteArray, usage);
        const Run r = quorum({verb});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("quorum: usage: " + usage), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        const Run help = quorum({verb, "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(" " + verb.toUtf8() + " "), help.out.constData());
    }

    void shouldRejectUnknownVerbsAndFormats_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("pdf without a kind") << QStringList{"export", "--format", "pdf", "x.quorum", "-o", "x.pdf"} << 2;
        QTest::newRow("pdf to standard output")
            << QStringList{"export", "--format", "pdf", "--kind", "agenda", "x.quorum"} << 2;
        QTest::newRow("unknown kind") << QStringList{"export", "--format", "html", "--kind", "memo", "x.quorum"} << 2;
        QTest::newRow("timing of an agenda")
            << QStringList{"export", "--format", "md", "--kind", "agenda", "--with-timing", "x.quorum"} << 2;
        QTest::newRow("timing in json") << QStringList{"export", "--format", "json", "--with-timing", "x.quorum"} << 2;
        QTest::newRow("variant of minutes")
            << QStringList{"export", "--format", "md", "--kind", "minutes", "--variant", "moderator", "x.quorum"} << 2;
        QTest::newRow("unknown paper") << QStringList{"export",  "--format", "pdf",      "--kind", "agenda",
                                                      "--paper", "a5",       "x.quorum", "-o",     "x.pdf"}
                                       << 2;
        QTest::newRow("grouping of an agenda")
            << QStringList{"export", "--format", "html", "--kind", "agenda", "--group-by", "meeting", "x.quorum"} << 2;
        QTest::newRow("variant on csv") << QStringList{"export",  "--format",  "csv",       "--kind",
                                                       "actions", "--variant", "moderator", "x.quorum"}
                                        << 2;
        QTest::newRow("csv without kind") << QStringList{"export", "--format", "csv", "x.quorum"} << 2;
        QTest::newRow("json with a kind")
            << QStringList{"export", "--format", "json", "--kind", "actions", "x.quorum"} << 2;
        QTest::newRow("export without format") << QStringList{"export", "x.quorum"} << 2;
        QTest::newRow("import csv") << QStringList{"import", "--format", "csv", "a", "b"} << 2;
        QTest::newRow("sample without file") << QStringList{"sample"} << 2;
        QTest::newRow("generate without file") << QStringList{"generate", "--meetings", "3"} << 2;
        QTest::newRow("generate no meetings") << QStringList{"generate", "--meetings", "0", "g.quorum"} << 2;
        QTest::newRow("a mistyped verb") << QStringList{"exprot", "x.quorum"} << 2;
        // The window's clock: refused before any window opens (no display here).
        QTest::newRow("clock in words") << QStringList{"--clock", "tomorrow at nine", "x.quorum"} << 2;
        QTest::newRow("clock without time") << QStringList{"--clock", "2020-09-15", "x.quorum"} << 2;
        QTest::newRow("clock in an unknown zone")
            << QStringList{"--clock", "2020-09-15T09:00 Mars/Olympus_Mons", "x.quorum"} << 2;
    }

    void shouldRejectUnknownVerbsAndFormats()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = quorum(args);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.startsWith("quorum: "));
        if (args.constFirst() == "--clock")
            QVERIFY2(r.err.startsWith("quorum: --clock: "), r.err.constData());
    }

    // The Confluence import (issue 20): quorum import --format confluence.

    void shouldImportTheSeedPageFromConfluence()
    {
        const QString seed = QStringLiteral(QUORUM_CONFLUENCE_DATA "/seed-markdown.txt");
        const QString lib = m_dir.filePath(QStringLiteral("confluence.quorum"));
        const Run r = quorum({"import", "--format", "confluence", seed, lib});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Action items: 14"), r.out.constData());
        QVERIFY2(r.out.contains("Attached documents: 13"), r.out.constData());
        QVERIFY2(r.out.contains("Topic requests: 6"), r.out.constData());
        QVERIFY2(r.out.contains("Participants (21)"), r.out.constData());
        QCOMPARE(valueInFile(lib, QStringLiteral("SELECT count(*) FROM meeting")).toInt(), 1);
        QCOMPARE(valueInFile(lib, QStringLiteral("SELECT count(*) FROM action_item")).toInt(), 14);
        QCOMPARE(valueInFile(lib, QStringLiteral("SELECT name FROM series")).toString(),
                 QStringLiteral("DM Leadership Team Virtual Face-to-Face Meeting"));
        // Imported again: the same meeting, replaced.
        const Run again = quorum({"import", "--format", "confluence", seed, lib});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains("1 replaced"), again.out.constData());
        QCOMPARE(valueInFile(lib, QStringLiteral("SELECT count(*) FROM meeting")).toInt(), 1);
        QCOMPARE(quorum({"check", lib}).exitCode, 0);
    }

    void shouldWriteNothingOnAConfluenceDryRun()
    {
        const QString seed = QStringLiteral(QUORUM_CONFLUENCE_DATA "/seed-markdown.txt");
        const QString fresh = m_dir.filePath(QStringLiteral("dry.quorum"));
        const Run r = quorum({"import", "--format", "confluence", "--dry-run", seed, fresh});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Action items: 14"), r.out.constData());
        QVERIFY(!QFileInfo::exists(fresh));
        // Into a library that exists: it stays as it was.
        const QString lib = m_dir.filePath(QStringLiteral("dry-sample.quorum"));
        QCOMPARE(quorum({"sample", lib}).exitCode, 0);
        const QString before = fileSha256(lib);
        const Run sampled = quorum({"import", "--format", "confluence", "--dry-run", seed, lib});
        QVERIFY2(sampled.exitCode == 0, sampled.err.constData());
        QVERIFY2(sampled.out.contains("found in the directory"), sampled.out.constData());
        QCOMPARE(fileSha256(lib), before);
    }

    void shouldRefuseAFileThatIsNoMeetingPage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("binary") << QStringLiteral("binary.bin");
        QTest::newRow("empty") << QStringLiteral("empty.xhtml");
        QTest::newRow("blog") << QStringLiteral("not-confluence.html");
        QTest::newRow("zip bomb") << QStringLiteral("bomb.zip");
        QTest::newRow("path traversal") << QStringLiteral("traversal.zip");
    }

    void shouldRefuseAFileThatIsNoMeetingPage()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("never.quorum"));
        const Run r = quorum({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("confluence"),
                              QStringLiteral(QUORUM_CONFLUENCE_DATA "/") + file, fresh});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Nothing was imported."), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(filesIn(dir.path()), QStringList());
        // Into the sample: unchanged.
        const QString lib = dir.filePath(QStringLiteral("sample.quorum"));
        QCOMPARE(quorum({"sample", lib}).exitCode, 0);
        const QString before = fileSha256(lib);
        const QStringList files = filesIn(dir.path());
        QCOMPARE(quorum({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("confluence"),
                         QStringLiteral(QUORUM_CONFLUENCE_DATA "/") + file, lib})
                     .exitCode,
                 1);
        QCOMPARE(fileSha256(lib), before);
        QCOMPARE(filesIn(dir.path()), files);
    }

    void shouldPutTheConfluenceMeetingInTheSeriesAsked()
    {
        const QString lib = m_dir.filePath(QStringLiteral("series.quorum"));
        const Run r = quorum({"import", "--format", "confluence", "--series", "DMLT Face-to-Face",
                              QUORUM_CONFLUENCE_DATA "/seed-markdown.txt", lib});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(valueInFile(lib, QStringLiteral("SELECT s.name FROM meeting m JOIN series s ON s.id = m.series_id"))
                     .toString(),
                 QStringLiteral("DMLT Face-to-Face"));
        // Every page of a space export goes into that one series.
        const QString space = m_dir.filePath(QStringLiteral("space.quorum"));
        const Run zip = quorum({"import", "--format", "confluence", "--series", "Weekly",
                                QUORUM_CONFLUENCE_DATA "/space-export.zip", space});
        QVERIFY2(zip.exitCode == 0, zip.err.constData());
        QCOMPARE(valueInFile(space, QStringLiteral("SELECT count(*) FROM meeting")).toInt(), 3);
        QCOMPARE(valueInFile(space, QStringLiteral("SELECT count(DISTINCT series_id) FROM meeting")).toInt(), 1);
        QCOMPARE(valueInFile(space, QStringLiteral("SELECT name FROM series")).toString(), QStringLiteral("Weekly"));
    }

    void shouldAskForTheDateOfAnUndatedConfluencePage()
    {
        QTemporaryDir dir;
        const QString page = dir.filePath(QStringLiteral("budget.html"));
        QVERIFY(writeFile(page, "<html><head><title>DMLT : Budget Review</title></head><body><div "
                                "id=\"main-content\"><h2>Participants</h2><ul><li>Wil O'Mullane</li><li>Leanne "
                                "Guy</li></ul><h2>Agenda</h2><table><tr><th>Time</th><th>Topic</th><th>Coordinator</"
                                "th></tr><tr><td>10:00</td><td>Budget</td><td>Wil O'Mullane</td></tr></table></div>"
                                "</body></html>"));
        const QString lib = dir.filePath(QStringLiteral("budget.quorum"));
        const Run undated = quorum({"import", "--format", "confluence", page, lib});
        QCOMPARE(undated.exitCode, 1);
        QVERIFY2(undated.err.contains("--date"), undated.err.constData());
        QVERIFY(!QFileInfo::exists(lib));
        const Run badDate = quorum({"import", "--format", "confluence", "--date", "March 4", page, lib});
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY(!QFileInfo::exists(lib));
        const Run dated = quorum({"import", "--format", "confluence", "--date", "2024-03-04", page, lib});
        QVERIFY2(dated.exitCode == 0, dated.err.constData());
        QCOMPARE(valueInFile(lib, QStringLiteral("SELECT start_date FROM meeting")).toString(),
                 QStringLiteral("2024-03-04"));
        // --date belongs to the Confluence import only.
        const Run json = quorum({"import", "--format", "json", "--date", "2024-03-04", page, lib});
        QCOMPARE(json.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
