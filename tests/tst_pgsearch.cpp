// SPDX-License-Identifier: GPL-3.0-or-later
// Search and check on a team library (a throw-away PostgreSQL cluster holding a copy of the
// sample): the server finds what the file finds, in the same order, with the same words marked;
// the check finds the server copy clean, reports a search index out of step and mends it with
// --rebuild-index; a JSON import into a server library gives what it gives in a file.
#include "data/checkreport.h"
#include "data/searchhit.h"
#include "storage/database.h"
#include "storage/librarycheck.h"
#include "storage/librarycopy.h"
#include "storage/searchrepository.h"
#include "storage/storageerror.h"
#include "testlib/fixtures.h"
#include "testlib/pgcluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

/** The words between the marks of a snippet, lower case, each once. */
QSet<QString> markedWords(const QString &snippet)
{
    QSet<QString> words;
    qsizetype at = 0;
    while ((at = snippet.indexOf(SearchHit::Mark, at)) >= 0) {
        const qsizetype end = snippet.indexOf(SearchHit::EndMark, at);
        if (end < 0)
            break;
        words.insert(snippet.mid(at + 1, end - at - 1).toLower());
        at = end + 1;
    }
    return words;
}

/** A hit as the tests compare it: kind, item and where the words were found. */
QString key(const SearchHit &hit)
{
    return QStringLiteral("%1/%2/%3").arg(int(hit.kind)).arg(hit.itemId).arg(int(hit.match));
}

ProgramRun quorum(const QStringList &args)
{
    return runHeadless(QStringLiteral(QUORUM_EXECUTABLE), args, 60000);
}

} // namespace

class tst_PgSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldFindTheSameAsTheFile_data();
    void shouldFindTheSameAsTheFile();
    void shouldHonourTheLimit();
    void shouldSearchFromTheCommandLine();
    void shouldCheckTheServerCopyClean();
    void shouldReportAndRebuildAnIndexOutOfStep();
    void shouldImportJsonLikeAFile();

private:
    PgCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_sample;
    QString m_uri;
    std::unique_ptr<Database> m_file;
    std::unique_ptr<Database> m_server;
};

void tst_PgSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = writeSample(m_dir);
    QVERIFY(!m_sample.isEmpty());
    QString why;
    if (!PgCluster::isAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("search")), qPrintable(m_cluster.errorString()));
    m_uri = m_cluster.uri(QStringLiteral("search"));
    CopySummary summary;
    QString error;
    QVERIFY2(LibraryCopy::run(m_sample, m_uri, &summary, &error), qPrintable(error));
    m_file = Database::open(m_sample, Database::Mode::ReadOnly, &error);
    QVERIFY2(m_file, qPrintable(error));
    m_server = Database::open(m_uri, Database::Mode::ReadOnly, &error);
    QVERIFY2(m_server, qPrintable(error));
    QVERIFY(m_server->isServer());
}

void tst_PgSearch::cleanupTestCase()
{
    m_server.reset();
    m_file.reset();
    if (m_cluster.isRunning())
        QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.errorString()));
}

void tst_PgSearch::shouldFindTheSameAsTheFile_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("findsSomething");
    QTest::newRow("a title word") << QStringLiteral("Leadership") << true;
    QTest::newRow("a word in running notes") << QStringLiteral("brainstorming") << true;
    QTest::newRow("an accented word without its accent") << QStringLiteral("cristian") << true;
    QTest::newRow("an accented word with it") << QStringLiteral("Cristián") << true;
    QTest::newRow("a person's name") << QStringLiteral("Swinbank") << true;
    QTest::newRow("a username") << QStringLiteral("npease") << true;
    QTest::newRow("an alias") << QStringLiteral("RHL") << true;
    QTest::newRow("an attachment file name") << QStringLiteral("QuietDays.pdf") << true;
    QTest::newRow("a ticket key") << QStringLiteral("DM-26798") << true;
    QTest::newRow("a document key") << QStringLiteral("DMTN-148") << true;
    QTest::newRow("two words") << QStringLiteral("calibration diagram") << true;
    QTest::newRow("a phrase") << QStringLiteral("\"calibration diagram\"") << true;
    QTest::newRow("a prefix") << QStringLiteral("calib*") << true;
    QTest::newRow("a prefix in a phrase's last word") << QStringLiteral("DMTN-14*") << true;
    QTest::newRow("no such word") << QStringLiteral("xylophonequartet") << false;
    QTest::newRow("quotes and operators")
        << QStringLiteral("\"DMTN-148 OR -foo ) ( ' ; DROP TABLE meeting; -- \\ :* & | ! <-> 'a':A") << false;
    QTest::newRow("an unclosed quote") << QStringLiteral("\"calibration") << true;
    QTest::newRow("only punctuation") << QStringLiteral("*** \"\" ' & | ! :*") << false;
    QTest::newRow("tsquery syntax") << QStringLiteral("calibration:* & !diagram | (x <2> y)") << false;
    QTest::newRow("a question mark") << QStringLiteral("why? calibration") << true;
}

void tst_PgSearch::shouldFindTheSameAsTheFile()
{
    QFETCH(QString, query);
    QFETCH(bool, findsSomething);
    // GIVEN the sample in a file and its copy on a server
    // WHEN both are searched for the same words (all hits)
    QList<SearchHit> fileHits;
    QList<SearchHit> serverHits;
    try {
        fileHits = SearchRepository(m_file->connection()).search(query, 1000);
        serverHits = SearchRepository(m_server->connection()).search(query, 1000);
    } catch (const StorageError &e) {
        QFAIL(qPrintable(e.message()));
    }
    // THEN they find the same things
    QCOMPARE(!fileHits.isEmpty(), findsSomething);
    QCOMPARE(serverHits.size(), fileHits.size());
    // in the same order by the rules that are exact (tier; then the length of the title or of the
    // people; then the meeting's date). Where hits tie on all of them the file falls back on bm25
    // and the server on ts_rank, which weigh differently: such a run of ties is compared as a set,
    // and so is the whole text tier, which is ordered by that rank.
    QHash<qint64, QPair<qint64, qint64>> lengths; // row id -> length of the title, of the people
    QSqlQuery q(m_file->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT rowid, length(title), length(people) FROM search_index")));
    while (q.next())
        lengths.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    const auto orderKey = [&](const SearchHit &hit) {
        const QPair<qint64, qint64> length = lengths.value(hit.itemId * 8 + int(hit.kind) + 1);
        switch (hit.match) {
        case SearchHit::Match::Text: return QStringLiteral("text");
        case SearchHit::Match::People:
            return QStringLiteral("people %1 %2").arg(length.second).arg(hit.meetingDate.toString(Qt::ISODate));
        default:
            return QStringLiteral("%1 %2 %3")
                .arg(int(hit.match))
                .arg(length.first)
                .arg(hit.meetingDate.toString(Qt::ISODate));
        }
    };
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= fileHits.size(); ++i) {
        if (i < fileHits.size() && orderKey(fileHits.at(i)) == orderKey(fileHits.at(runStart)))
            continue;
        QSet<QString> fileRun;
        QSet<QString> serverRun;
        for (qsizetype k = runStart; k < i; ++k) {
            QCOMPARE(orderKey(serverHits.at(k)), orderKey(fileHits.at(k)));
            fileRun.insert(key(fileHits.at(k)));
            serverRun.insert(key(serverHits.at(k)));
        }
        QCOMPARE(serverRun, fileRun);
        runStart = i;
    }
    // and say the same of each: where it is, what it is called, which words are marked
    QHash<QString, SearchHit> byKey;
    for (const SearchHit &hit : std::as_const(fileHits))
        byKey.insert(key(hit), hit);
    for (const SearchHit &s : std::as_const(serverHits)) {
        const SearchHit f = byKey.value(key(s));
        QCOMPARE(s.meetingId, f.meetingId);
        QCOMPARE(s.entryId, f.entryId);
        QCOMPARE(s.meetingTitle, f.meetingTitle);
        QCOMPARE(s.meetingDate, f.meetingDate);
        QCOMPARE(s.entryTitle, f.entryTitle);
        QCOMPARE(s.title, f.title);
        QVERIFY2(!markedWords(s.snippet).isEmpty() || markedWords(f.snippet).isEmpty(), qPrintable(s.snippet));
        QCOMPARE(markedWords(s.snippet), markedWords(f.snippet));
    }
}

void tst_PgSearch::shouldHonourTheLimit()
{
    // GIVEN words that find many things (names first, then people, then text)
    const QString query = QStringLiteral("DMTN-148");
    const QList<SearchHit> all = SearchRepository(m_server->connection()).search(query, 1000);
    QVERIFY(all.size() > 5);
    // WHEN fewer are asked for THEN the best come, in the same order
    const QList<SearchHit> few = SearchRepository(m_server->connection()).search(query, 5);
    QCOMPARE(few.size(), 5);
    for (int i = 0; i < few.size(); ++i)
        QCOMPARE(key(few.at(i)), key(all.at(i)));
    // and none for a limit below one or nothing searchable
    QVERIFY(SearchRepository(m_server->connection()).search(query, 0).isEmpty());
    QVERIFY(SearchRepository(m_server->connection()).search(QStringLiteral("  ** \"\" "), 10).isEmpty());
}

void tst_PgSearch::shouldSearchFromTheCommandLine()
{
    // WHEN `quorum search URI words` runs on the server and on the file
    const ProgramRun server = quorum({QStringLiteral("search"), m_uri, QStringLiteral("Swinbank")});
    const ProgramRun file = quorum({QStringLiteral("search"), m_sample, QStringLiteral("Swinbank")});
    // THEN it prints the same hits (as lines: two topics the same person leads on the same day
    // tie on every rule but the rank, which bm25 and ts_rank break differently)
    QVERIFY2(server.exitCode == 0, server.err.constData());
    QVERIFY(!server.out.isEmpty());
    QList<QByteArray> serverLines = server.out.split('\n');
    QList<QByteArray> fileLines = file.out.split('\n');
    QCOMPARE(serverLines.first(), fileLines.first()); // the person first
    std::sort(serverLines.begin(), serverLines.end());
    std::sort(fileLines.begin(), fileLines.end());
    QCOMPARE(serverLines, fileLines);
}

void tst_PgSearch::shouldCheckTheServerCopyClean()
{
    // WHEN the server copy of the sample is checked, through the API and the command line
    const CheckReport report = LibraryCheck::run(*m_server);
    const ProgramRun checked = quorum({QStringLiteral("check"), m_uri});
    // THEN it is clean, and the search index and the records were looked at
    QVERIFY2(report.isOk(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QVERIFY(!report.searchIndexDamaged);
    QVERIFY(report.checked.join(QLatin1Char('\n')).contains(QLatin1String("search index")));
    QVERIFY(report.checked.join(QLatin1Char('\n')).contains(QLatin1String("attachment contents")));
    QVERIFY2(checked.exitCode == 0, checked.out.constData());
}

void tst_PgSearch::shouldReportAndRebuildAnIndexOutOfStep()
{
    // GIVEN a server library whose search index lost a row and holds one out of date
    QVERIFY(m_cluster.createDatabase(QStringLiteral("damaged")));
    const QString uri = m_cluster.uri(QStringLiteral("damaged"));
    CopySummary summary;
    QString error;
    QVERIFY2(LibraryCopy::run(m_sample, uri, &summary, &error), qPrintable(error));
    QSqlDatabase admin = m_cluster.connect(QStringLiteral("damage"), QStringLiteral("damaged"));
    QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
    QSqlQuery q(admin);
    QVERIFY2(q.exec(QStringLiteral("DELETE FROM search_index WHERE row_id = (SELECT min(row_id) FROM search_index "
                                   "WHERE kind = 'person')")),
             qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(q.exec(QStringLiteral("UPDATE search_index SET title = 'stale' WHERE row_id = (SELECT min(row_id) FROM "
                                  "search_index WHERE kind = 'meeting')")));
    QCOMPARE(q.numRowsAffected(), 1);
    // WHEN it is checked THEN both are reported, and the exit code says so
    const ProgramRun before = quorum({QStringLiteral("check"), uri});
    QCOMPARE(before.exitCode, 1);
    QVERIFY2(before.out.contains("1 missing") && before.out.contains("1 out of date"), before.out.constData());
    // WHEN it is checked with --rebuild-index THEN the index is made again and the check is clean
    const ProgramRun rebuilt = quorum({QStringLiteral("check"), QStringLiteral("--rebuild-index"), uri});
    QVERIFY2(rebuilt.exitCode == 0, (rebuilt.out + rebuilt.err).constData());
    QVERIFY(rebuilt.out.contains("The search index was rebuilt."));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_index WHERE title = 'stale'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // and the server finds the person again as the file does
    std::unique_ptr<Database> db = Database::open(uri, Database::Mode::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(SearchRepository(db->connection()).search(QStringLiteral("Lupton"), 100).size(),
             SearchRepository(m_file->connection()).search(QStringLiteral("Lupton"), 100).size());
}

void tst_PgSearch::shouldImportJsonLikeAFile()
{
    // GIVEN the sample's meetings as JSON under new titles (the same title and date is refused),
    // the sample in a file and its copy on a server
    const QString exported = m_dir.filePath(QStringLiteral("sample.json"));
    const ProgramRun exporting
        = quorum({QStringLiteral("export"), QStringLiteral("--format=json"), m_sample, QStringLiteral("-o"), exported});
    QVERIFY2(exporting.exitCode == 0, exporting.err.constData());
    QFile in(exported);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray meetings = document.value(QLatin1String("meetings")).toArray();
    QVERIFY(meetings.size() > 1);
    for (qsizetype i = 0; i < meetings.size(); ++i) {
        QJsonObject meeting = meetings.at(i).toObject();
        meeting.insert(QLatin1String("title"),
                       meeting.value(QLatin1String("title")).toString() + QLatin1String(" (again)"));
        meetings.replace(i, meeting);
    }
    document.insert(QLatin1String("meetings"), meetings);
    const QString json = m_dir.filePath(QStringLiteral("again.json"));
    QFile out(json);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(document).toJson());
    out.close();
    const QString file = m_dir.filePath(QStringLiteral("imported.quorum"));
    QVERIFY(QFile::copy(m_sample, file));
    QVERIFY(m_cluster.createDatabase(QStringLiteral("imported")));
    const QString uri = m_cluster.uri(QStringLiteral("imported"));
    CopySummary summary;
    QString error;
    QVERIFY2(LibraryCopy::run(m_sample, uri, &summary, &error), qPrintable(error));
    // WHEN the same document is imported into both
    const QStringList import = {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), json};
    const ProgramRun intoServer = quorum(import + QStringList{uri});
    const ProgramRun intoFile = quorum(import + QStringList{file});
    // THEN both imports work and say the same (its people matched in the directory)
    QVERIFY2(intoServer.exitCode == 0, intoServer.err.constData());
    QVERIFY2(intoFile.exitCode == 0, intoFile.err.constData());
    QCOMPARE(intoServer.out, intoFile.out);
    // and the two libraries export the same JSON, and check clean
    const QStringList exportJson = {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")};
    const ProgramRun fromServer = quorum(exportJson + QStringList{uri});
    const ProgramRun fromFile = quorum(exportJson + QStringList{file});
    QVERIFY2(fromServer.exitCode == 0, fromServer.err.constData());
    QVERIFY(fromFile.out.size() > 10000);
    QCOMPARE(fromServer.out, fromFile.out);
    const ProgramRun checked = quorum({QStringLiteral("check"), uri});
    QVERIFY2(checked.exitCode == 0, checked.out.constData());
    // and importing the same meetings again is refused on the server as in the file
    const ProgramRun again = quorum(import + QStringList{uri});
    QVERIFY(again.exitCode != 0);
    QCOMPARE(quorum(exportJson + QStringList{uri}).out, fromServer.out);
}

QTEST_GUILESS_MAIN(tst_PgSearch)
#include "tst_pgsearch.moc"
