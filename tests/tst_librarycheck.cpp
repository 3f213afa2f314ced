// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend.h"
#include "document/libraryfile.h"
#include "fixtures.h"
#include "storage/database.h"
#include "storage/librarycheck.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

/** quorum check FILE [args], as a user runs it; its exit code, and -1 when it had to be stopped after 20 s. */
int quorumCheck(const QStringList &args, QString *out)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QUORUM_EXECUTABLE), QStringList{QStringLiteral("check")} + args);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

/** How many rows the search index of the library at path finds for word. */
int hits(const QString &path, const QString &word)
{
    return valueInFile(path,
                       QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH '%1'").arg(word))
        .toInt();
}

/** Every row the search index of the library at path holds, as one text. */
QString indexRows(const QString &path)
{
    return valueInFile(path,
                       QStringLiteral("SELECT group_concat(json_array(rowid, title, body, people, kind, meeting_id, "
                                      "entry_id), '|') FROM (SELECT rowid, * FROM search_index ORDER BY rowid)"))
        .toString();
}

/** The check of the library at location: a file's (runOnFile) or a server library's (run). */
CheckReport checkLibrary(const QString &location)
{
    if (!Database::isServerLocation(location))
        return LibraryCheck::runOnFile(location);
    QString error;
    const auto db = Database::open(location, Database::Mode::ReadOnly, &error);
    if (!db) {
        CheckReport report;
        report.problems << error;
        return report;
    }
    return LibraryCheck::run(*db);
}

} // namespace

/** quorum check: what is wrong with a library, in words a user understands; never a change. */
class TestLibraryCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase_data() { Backend::addRows(); }
    void init() { QUORUM_USE_BACKEND(); }

    void shouldFindNothingWrongWithTheSample()
    {
        const QString path = sampleLibrary(m_dir, QStringLiteral("good.quorum"));
        QVERIFY(!path.isEmpty());
        const CheckReport report = checkLibrary(path);
        QVERIFY2(report.isOk(), qPrintable(report.toText()));
        QVERIFY(report.toText().contains(QStringLiteral("Result: no problems found.")));
        QVERIFY(report.toText().contains(QStringLiteral("attachment contents against their checksums (13)")));
        QString error;
        const auto db = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY(LibraryCheck::run(*db).isOk());
    }

    void shouldDescribeBrokenRecords()
    {
        const bool server = Backend::isServer();
        const QString path = sampleLibrary(m_dir, QStringLiteral("records.quorum"));
        QVERIFY(!path.isEmpty());
        QStringList damage{
            server ? QStringLiteral("UPDATE blob SET data = '\\x00'::bytea || substring(data from 2) WHERE sha256 = "
                                    "(SELECT sha256 FROM attachment WHERE file_name = 'QuietDays.pdf')")
                   : QStringLiteral("UPDATE blob SET data = X'00' || substr(data, 2) WHERE sha256 = "
                                    "(SELECT sha256 FROM attachment WHERE file_name = 'QuietDays.pdf')"),
            QStringLiteral(
                "UPDATE agenda_entry SET parent_id = (SELECT max(id) FROM agenda_entry WHERE kind = 'block') "
                "WHERE id = (SELECT min(id) FROM agenda_entry WHERE kind = 'topic')"),
            QStringLiteral(
                "UPDATE meeting_day SET day_date = '1999-01-01' WHERE id = (SELECT min(id) FROM meeting_day)"),
        };
        // A server enforces its foreign keys whatever writes: no participant of a missing person there.
        if (!server)
            damage << QStringLiteral("INSERT INTO participant (meeting_id, person_id, position) VALUES (1, 9999, 99)");
        QVERIFY(runIn(path, damage));
        const QString before = server ? QString() : fileSha256(path);
        const CheckReport report = checkLibrary(path);
        QStringList expected{
            QStringLiteral("Participants that refer to a person that is not in the library: 1."),
            QStringLiteral("Agenda entries that sit in a block of another day, or under an entry "
                           "that is not a block: 1."),
            QStringLiteral("Meeting days outside their meeting's dates: 1."),
            QStringLiteral("The content of “QuietDays.pdf” is damaged: it differs from what was stored.")};
        if (server)
            expected.removeFirst();
        QCOMPARE(report.problems, expected);
        if (!server)
            QCOMPARE(fileSha256(path), before);
    }

    void shouldReportADamagedFileThatCannotBeOpened()
    {
        QUORUM_FILE_ONLY("damages a page of the SQLite file; a server keeps its own storage sound");
        const QString path = writeSample(m_dir, QStringLiteral("damaged.quorum"));
        QVERIFY(damageTable(path, QStringLiteral("agenda_entry")));
        QString error;
        QVERIFY(!Database::open(path, Database::Mode::ReadOnly, &error)); // the library refuses it ...
        const CheckReport report = LibraryCheck::runOnFile(path); // ... the check still says why
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().startsWith(QStringLiteral("The file is damaged")),
                 qPrintable(report.toText()));
        QVERIFY(report.toText().contains(QStringLiteral("Nothing was changed.")));
    }

    void shouldRefuseWhatIsNotALibrary()
    {
        QUORUM_FILE_ONLY("files that are not libraries; tst_backends opens databases that are not");
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(text, "just some notes\n"));
        QVERIFY(LibraryCheck::runOnFile(text).problems.first().contains(QStringLiteral("not a Quorum library")));
        QVERIFY(LibraryCheck::runOnFile(m_dir.filePath(QStringLiteral("missing.quorum")))
                    .problems.first()
                    .contains(QStringLiteral("does not exist")));
        const QString foreign = m_dir.filePath(QStringLiteral("other.db"));
        QVERIFY(runInFile(foreign, {QStringLiteral("CREATE TABLE t (x)")}));
        QVERIFY(LibraryCheck::runOnFile(foreign).problems.first().contains(QStringLiteral("another program")));
    }

    void shouldNoteUnusedAttachmentContent()
    {
        const QString path = sampleLibrary(m_dir, QStringLiteral("unused.quorum"));
        QVERIFY(!path.isEmpty());
        QVERIFY(runIn(path, {QStringLiteral("DELETE FROM attachment WHERE file_name = 'QuietDays.pdf'")}));
        const CheckReport report = checkLibrary(path);
        QVERIFY(report.isOk());
        QCOMPARE(report.notes.size(), 1);
        QVERIFY(report.notes.first().startsWith(
            QStringLiteral("Attachment contents kept although no attachment uses them")));
    }

    void shouldReportPlantedObjectsQuicklyWithoutRunningThem()
    {
        QUORUM_FILE_ONLY("the schema comparison is the file's; a server's schema is its owner's");
        // GIVEN a library with a trigger planted on meeting and a table replaced by an endless view
        const QString path = writeSample(m_dir, QStringLiteral("planted.quorum"));
        QVERIFY(runInFile(path, {QStringLiteral("CREATE TRIGGER steal AFTER INSERT ON meeting BEGIN "
                                                "UPDATE meeting SET join_url = 'https://evil.example/j'; END"),
                                 QStringLiteral("DROP TABLE blob"),
                                 QStringLiteral("CREATE VIEW blob (sha256, size, data) AS WITH RECURSIVE r(n) AS "
                                                "(SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n, n, n FROM r")}));
        const QString before = fileSha256(path);
        // WHEN it is checked
        QElapsedTimer timer;
        timer.start();
        const CheckReport report = LibraryCheck::runOnFile(path);
        // THEN the check names both at once, in words, and changes nothing
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(QStringLiteral("an unknown trigger “steal” on table meeting")),
                 qPrintable(report.toText()));
        QVERIFY2(report.problems.first().contains(QStringLiteral("the table “blob” replaced by a view")),
                 qPrintable(report.toText()));
        QCOMPARE(fileSha256(path), before);
        // ... and so does quorum check, which fails
        QString out;
        QCOMPARE(quorumCheck({path}, &out), 1);
        QVERIFY2(out.contains(QStringLiteral("an unknown trigger “steal” on table meeting")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("the table “blob” replaced by a view")), qPrintable(out));
        QCOMPARE(fileSha256(path), before);
    }

    void shouldReportADamagedSearchIndexAndRebuildIt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("its content changed behind the index")
            << "UPDATE search_index_content SET c0 = 'bogus words' WHERE id = (SELECT min(id) FROM "
               "search_index_content)";
        QTest::newRow("its index pages lost") << "DELETE FROM search_index_data WHERE id > 10";
    }

    void shouldReportADamagedSearchIndexAndRebuildIt()
    {
        QUORUM_FILE_ONLY("FTS5's own tables; tst_pgsearch damages and rebuilds the server's index");
        QFETCH(QString, damage);
        // GIVEN a library whose search index was damaged behind its back
        const QString path = writeSample(
            m_dir,
            QStringLiteral("index-%1.quorum").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        const QString rowsBefore = indexRows(path);
        QVERIFY(!rowsBefore.isEmpty());
        QVERIFY(runInFile(path, {damage}));
        const QString before = fileSha256(path);
        // WHEN it is checked, THEN the damage is said in words, with how to repair it; nothing changed
        const CheckReport report = LibraryCheck::runOnFile(path);
        QVERIFY(report.searchIndexDamaged);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().startsWith(QStringLiteral("The search index is damaged")),
                 qPrintable(report.toText()));
        QVERIFY2(report.toText().contains(QStringLiteral("quorum check --rebuild-index")), qPrintable(report.toText()));
        QCOMPARE(fileSha256(path), before);
        // ... also in the open library (File › Check Library)
        QString error;
        {
            std::unique_ptr<LibraryFile> file = LibraryFile::open(path, &error);
            QVERIFY2(file, qPrintable(error));
            QVERIFY(file->check().searchIndexDamaged);
            // WHEN it is rebuilt, THEN the check finds nothing and the index is that of the records
            QVERIFY(file->rebuildSearchIndex());
            QVERIFY2(file->check().isOk(), qPrintable(file->check().toText()));
        }
        QVERIFY2(LibraryCheck::runOnFile(path).isOk(), qPrintable(LibraryCheck::runOnFile(path).toText()));
        QCOMPARE(hits(path, QStringLiteral("bogus")), 0);
        QCOMPARE(indexRows(path), rowsBefore);
    }

    void shouldRebuildTheSearchIndexFromTheCommandLine()
    {
        QUORUM_FILE_ONLY("FTS5's own tables; tst_pgsearch rebuilds the server's index from the command line");
        const QString path = writeSample(m_dir, QStringLiteral("index-cli.quorum"));
        QVERIFY(runInFile(path, {QStringLiteral("DELETE FROM search_index_data WHERE id > 10")}));
        QString out;
        QCOMPARE(quorumCheck({path}, &out), 1);
        QVERIFY2(out.contains(QStringLiteral("The search index is damaged")), qPrintable(out));
        QCOMPARE(quorumCheck({QStringLiteral("--rebuild-index"), path}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("The search index was rebuilt.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("no problems found")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestLibraryCheck)
#include "tst_librarycheck.moc"
