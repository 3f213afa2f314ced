// SPDX-License-Identifier: GPL-3.0-or-later
// The same edits through the document on both back ends: a .quorum file and a team library on a
// throw-away PostgreSQL cluster holding a copy of it. Each edit works and announces the same rows
// on both, undo and redo too, and afterwards the two libraries export the same JSON.
#include "agenda/agendastate.h"
#include "document/libraryfile.h"
#include "export/jsoninterchange.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/decisionmodel.h"
#include "meetingdocument.h"
#include "people/namematch.h"
#include "storage/database.h"
#include "storage/librarycopy.h"
#include "storage/personrepository.h"
#include "storage/statement.h"
#include "storage/storageerror.h"
#include "testlib/fixtures.h"
#include "testlib/pgcluster.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

NameChoice known(Id personId)
{
    NameChoice c;
    c.person.id = personId;
    return c;
}

} // namespace

class tst_Backends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldEditTheSameOnBothBackEnds_data();
    void shouldEditTheSameOnBothBackEnds();
    void shouldExportTheSameAfterTheSameEdits();
    void shouldCopyBothWaysWithIdenticalExports();
    void shouldSetUpOnlyAnEmptyDatabase();
    void shouldRefuseACopyIntoALibraryWithRecords();
    void shouldGiveAReaderAReadOnlyLibrary();
    void shouldRefuseAddressesWithPasswordsOrUnknownParameters();

private:
    /** A library with the sample: the file itself, or a copy of it on the server (database name). */
    QString library(const QString &backend, const QString &database);

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_sample;
    qint64 m_seed = 0;
    QHash<QString, QByteArray> m_exports; ///< backend -> JSON after the edits
};

void tst_Backends::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = writeSample(m_dir, QStringLiteral("sample.quorum"), &m_seed);
    QVERIFY(!m_sample.isEmpty());
    QString why;
    if (!PgCluster::isAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
}

void tst_Backends::cleanupTestCase()
{
    if (m_cluster.isRunning())
        QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.errorString()));
}

QString tst_Backends::library(const QString &backend, const QString &database)
{
    if (backend == QLatin1String("sqlite")) {
        const QString path = m_dir.filePath(database + QStringLiteral(".quorum"));
        QFile::remove(path);
        return QFile::copy(m_sample, path) ? path : QString();
    }
    const QString uri = m_cluster.copyLibrary(database, m_sample);
    if (uri.isEmpty())
        qWarning("%s", qPrintable(m_cluster.errorString()));
    return uri;
}

void tst_Backends::shouldEditTheSameOnBothBackEnds_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void tst_Backends::shouldEditTheSameOnBothBackEnds()
{
    QFETCH(QString, backend);
    // GIVEN the sample library on this back end, the seed meeting shown
    const QString location = library(backend, QStringLiteral("edits"));
    QVERIFY(!location.isEmpty());
    QString error;
    std::unique_ptr<MeetingDocument> doc = MeetingDocument::open(location, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->file()->isServer(), backend == QLatin1String("postgresql"));
    QVERIFY(!doc->isReadOnly());
    QStringList failures;
    connect(doc->file(), &LibraryFile::storageFailed, this, [&](const QString &m) { failures << m; });
    connect(doc->file(), &LibraryFile::saveFailed, this, [&](const QString &m) { failures << m; });
    QVERIFY(doc->setCurrentMeeting(m_seed));
    doc->setToday(QDate(2026, 12, 3));
    const QSqlDatabase db = doc->database().connection();
    const Id wil = PersonRepository(db).findByName(QStringLiteral("Wil O'Mullane"));
    QVERIFY(wil);
    const Id entry = doc->agenda()->state().entries.constFirst().id;

    // WHEN the title changes, an action and a decision are recorded, an action is ticked, running
    // notes are typed, a meeting is added, one is duplicated and deleted and the delete undone
    doc->editMeetingField(Meeting::Title, QStringLiteral("DMLT vF2F — on the server"));
    QCOMPARE(queryValue(db, QStringLiteral("SELECT title FROM meeting WHERE id = ?"), {m_seed}).toString(),
             QStringLiteral("DMLT vF2F — on the server"));

    ModelSignals actionSignals(doc->actionItems());
    const Id action = doc->recordActionItem(entry, {known(wil)}, QStringLiteral("Move the library to the server"),
                                            QDate(2026, 12, 20));
    QVERIFY2(action, qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(actionSignals.inserted.size(), 1);
    QCOMPARE(actionSignals.reset.size(), 0);

    const Id decision = doc->recordDecision(entry, {known(wil)}, QStringLiteral("Adopt PostgreSQL for the team"),
                                            QDate(2026, 12, 3), QStringLiteral("DM-4242"));
    QVERIFY2(decision, qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(queryValue(db, QStringLiteral("SELECT external_ref FROM decision WHERE id = ?"), {decision}).toString(),
             QStringLiteral("DM-4242"));

    const int row = doc->actionItems()->rowOf(action);
    QVERIFY(row >= 0);
    actionSignals.clear();
    QVERIFY(doc->actionItems()->setData(doc->actionItems()->index(row, ActionItemModel::DoneColumn), Qt::Checked,
                                        Qt::CheckStateRole));
    QCOMPARE(queryValue(db, QStringLiteral("SELECT done FROM action_item WHERE id = ?"), {action}).toInt(), 1);
    QCOMPARE(actionSignals.changedRows(ActionItemModel::ActionIdRole), QList<QVariant>{action});

    Id topic = 0;
    for (const AgendaEntry &e : doc->agenda()->state().entries) {
        if (e.kind == AgendaEntry::Kind::Topic) {
            topic = e.id;
            break;
        }
    }
    QVERIFY(topic);
    QVERIFY(doc->agenda()->setEntryField(topic, AgendaModel::RunningNotesRole,
                                         QStringLiteral("Typed on %1: Grüße, naïve café ✓").arg(backend)));
    QCOMPARE(queryValue(db, QStringLiteral("SELECT running_notes FROM agenda_entry WHERE id = ?"), {topic}).toString(),
             QStringLiteral("Typed on %1: Grüße, naïve café ✓").arg(backend));
    // The same text on both, for the exports to be compared.
    QVERIFY(doc->agenda()->setEntryField(topic, AgendaModel::RunningNotesRole, QStringLiteral("Grüße, naïve café ✓")));

    Meeting added;
    added.title = QStringLiteral("DMLT 2027-01");
    added.startDate = QDate(2027, 1, 12);
    added.endDate = QDate(2027, 1, 13);
    added.timeZone = QStringLiteral("America/Los_Angeles");
    doc->addMeeting(added, QStringLiteral("DMLT Meeting"));
    QCOMPARE(queryValue(db, QStringLiteral("SELECT count(*) FROM meeting WHERE title = 'DMLT 2027-01'")).toInt(), 1);
    QCOMPARE(queryValue(db, QStringLiteral("SELECT count(*) FROM meeting_day WHERE meeting_id = "
                                           "(SELECT id FROM meeting WHERE title = 'DMLT 2027-01')"))
                 .toInt(),
             2);

    const Id copy = doc->duplicateMeeting(m_seed);
    QVERIFY2(copy, qPrintable(failures.join(QLatin1Char('\n'))));
    const int entriesOfCopy = queryValue(db,
                                         QStringLiteral("SELECT count(*) FROM agenda_entry e JOIN meeting_day d "
                                                        "ON d.id = e.day_id WHERE d.meeting_id = ?"),
                                         {copy})
                                  .toInt();
    QVERIFY(entriesOfCopy > 10);
    QVERIFY(doc->deleteMeeting(copy));
    QCOMPARE(queryValue(db, QStringLiteral("SELECT count(*) FROM meeting WHERE id = ?"), {copy}).toInt(), 0);
    doc->undoStack()->undo();
    QCOMPARE(queryValue(db,
                        QStringLiteral("SELECT count(*) FROM agenda_entry e JOIN meeting_day d "
                                       "ON d.id = e.day_id WHERE d.meeting_id = ?"),
                        {copy})
                 .toInt(),
             entriesOfCopy);
    // AND the duplicate is taken back, and that undone again: the same ids come back
    doc->undoStack()->undo();
    QCOMPARE(queryValue(db, QStringLiteral("SELECT count(*) FROM meeting WHERE id = ?"), {copy}).toInt(), 0);
    doc->undoStack()->redo();
    QCOMPARE(queryValue(db, QStringLiteral("SELECT count(*) FROM meeting WHERE id = ?"), {copy}).toInt(), 1);

    // THEN nothing failed, and the library is kept for the comparison
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(doc->file()->read([&](const Database &d) { m_exports.insert(backend, JsonInterchange::exportLibrary(d)); },
                              &error));
}

void tst_Backends::shouldExportTheSameAfterTheSameEdits()
{
    QCOMPARE(m_exports.size(), 2);
    QVERIFY(!m_exports.value(QStringLiteral("sqlite")).isEmpty());
    // Ids, orders, texts, dates: all the same after the same edits. But for the history's authors:
    // on a server each change names its database user, a file's have none.
    QString server = QString::fromUtf8(m_exports.value(QStringLiteral("postgresql")));
    QVERIFY(server.contains(QLatin1String("\"author\": \"quorum_admin\"")));
    server.remove(QRegularExpression(QStringLiteral("\\n *\"author\": \"quorum_admin\",")));
    QCOMPARE(server, QString::fromUtf8(m_exports.value(QStringLiteral("sqlite"))));
}

void tst_Backends::shouldCopyBothWaysWithIdenticalExports()
{
    // GIVEN the sample copied to the server
    const QString uri = library(QStringLiteral("postgresql"), QStringLiteral("there"));
    QVERIFY(!uri.isEmpty());
    // WHEN it is copied back into a new file
    const QString back = m_dir.filePath(QStringLiteral("back.quorum"));
    CopySummary summary;
    QString error;
    QVERIFY2(LibraryCopy::run(uri, back, &summary, &error), qPrintable(error));
    QCOMPARE(summary.meetings, 4);
    // THEN the three libraries export the same JSON, byte for byte
    QByteArray exports[3];
    const QString libraries[3] = {m_sample, uri, back};
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<Database> db = Database::open(libraries[i], Database::Mode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        exports[i] = JsonInterchange::exportLibrary(*db);
    }
    QVERIFY(exports[0].size() > 10000);
    QCOMPARE(exports[1], exports[0]);
    QCOMPARE(exports[2], exports[0]);
    // AND the server hands out new ids past the copied ones
    std::unique_ptr<Database> server = Database::open(uri, Database::Mode::OpenExisting, &error);
    QVERIFY2(server, qPrintable(error));
    const Id largest
        = queryValue(server->connection(), QStringLiteral("SELECT max(id) FROM agenda_entry")).toLongLong();
    QSqlQuery q(server->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('agenda_entry', 'id'))")) && q.next());
    QVERIFY(q.value(0).toLongLong() > largest);
}

void tst_Backends::shouldSetUpOnlyAnEmptyDatabase()
{
    QVERIFY(m_cluster.createDatabase(QStringLiteral("fresh")));
    const QString uri = m_cluster.uri(QStringLiteral("fresh"));
    QString error;
    // An empty database is no library yet: opening it says how to set it up.
    QVERIFY(!Database::open(uri, Database::Mode::OpenExisting, &error));
    QVERIFY2(error.contains(QLatin1String("server-init")), qPrintable(error));
    std::unique_ptr<Database> db = Database::initServer(uri, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(db->isServer());
    QCOMPARE(db->schemaVersion(), Database::latestVersion());
    QCOMPARE(Database::latestVersion(Database::serverMigrations()), Database::latestVersion());
    db.reset();
    // Twice: refused, nothing changed
    QVERIFY(!Database::initServer(uri, &error));
    QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
    // A database of another program: refused untouched
    QVERIFY(m_cluster.createDatabase(QStringLiteral("other")));
    {
        QSqlDatabase other = m_cluster.connect(QStringLiteral("other-program"), QStringLiteral("other"));
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices (n INTEGER)")));
    }
    QVERIFY(!Database::initServer(m_cluster.uri(QStringLiteral("other")), &error));
    QVERIFY2(error.contains(QLatin1String("not empty")), qPrintable(error));
    QSqlDatabase other = m_cluster.connect(QStringLiteral("other-program-2"), QStringLiteral("other"));
    QSqlQuery tables(other);
    QVERIFY(tables.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) && tables.next());
    QCOMPARE(tables.value(0).toInt(), 1);
}

void tst_Backends::shouldRefuseACopyIntoALibraryWithRecords()
{
    const QString uri = library(QStringLiteral("postgresql"), QStringLiteral("full"));
    QVERIFY(!uri.isEmpty());
    CopySummary summary;
    QString error;
    QVERIFY(!LibraryCopy::run(m_sample, uri, &summary, &error));
    QVERIFY2(error.contains(QLatin1String("holds meetings")), qPrintable(error));
    // A file target that exists is refused too, and left alone
    const QByteArray before = readFile(m_sample);
    QVERIFY(!LibraryCopy::run(uri, m_sample, &summary, &error));
    QCOMPARE(readFile(m_sample), before);
}

void tst_Backends::shouldGiveAReaderAReadOnlyLibrary()
{
    // GIVEN the sample on the server and bob, a reader
    const QString uri = library(QStringLiteral("postgresql"), QStringLiteral("readers"));
    QVERIFY(!uri.isEmpty());
    QSqlDatabase admin = m_cluster.connect(QStringLiteral("admin-readers"), QStringLiteral("readers"));
    QVERIFY2(m_cluster.addUser(QStringLiteral("readers"), QStringLiteral("bob"), QStringLiteral("readers_readers")),
             qPrintable(m_cluster.errorString()));
    const QString bobs = m_cluster.uriAs(QStringLiteral("readers"), QStringLiteral("bob"));
    // WHEN bob opens it to edit
    QString error;
    std::unique_ptr<Database> db = Database::open(bobs, Database::Mode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    // THEN it is read-only, saying why, and the server refuses a write through SQL with a clear message
    QVERIFY(db->isReadOnly());
    QVERIFY(db->readOnlyReason().contains(QLatin1String("editors")));
    bool refused = false;
    try {
        Statement::run(db->connection(), QStringLiteral("UPDATE meeting SET title = ? WHERE id = ?"),
                       QStringLiteral("rename the meeting"), {QStringLiteral("Bob's"), m_seed});
    } catch (const StorageError &e) {
        refused = true;
        QVERIFY2(e.primaryCode() == StorageError::ReadOnly, qPrintable(e.message()));
    }
    QVERIFY(refused);
    // AND the document refuses edits without writing anything
    std::unique_ptr<MeetingDocument> doc = MeetingDocument::open(bobs, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(doc->isReadOnly());
    QVERIFY(doc->setCurrentMeeting(m_seed));
    doc->editMeetingField(Meeting::Title, QStringLiteral("Bob was here"));
    QCOMPARE(
        queryValue(admin, QStringLiteral("SELECT title FROM meeting WHERE id = ?"), {m_seed}).toString(),
        queryValue(db->connection(), QStringLiteral("SELECT title FROM meeting WHERE id = ?"), {m_seed}).toString());
    QVERIFY(queryValue(admin, QStringLiteral("SELECT title FROM meeting WHERE id = ?"), {m_seed}).toString()
            != QLatin1String("Bob was here"));
}

void tst_Backends::shouldRefuseAddressesWithPasswordsOrUnknownParameters()
{
    QString error;
    QVERIFY(!Database::open(QStringLiteral("postgresql://alice:secret@db.example.org/team"),
                            Database::Mode::OpenExisting, &error));
    QVERIFY2(error.contains(QLatin1String("pgpass")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("secret")));
    QVERIFY(!Database::open(QStringLiteral("postgresql://db.example.org/team?password=secret"),
                            Database::Mode::OpenExisting, &error));
    QVERIFY(!Database::open(QStringLiteral("postgresql://db.example.org/team?options=-c%20x"),
                            Database::Mode::OpenExisting, &error));
    QVERIFY2(error.contains(QLatin1String("options")), qPrintable(error));
    QVERIFY(!Database::open(QStringLiteral("postgresql://db.example.org/team?sslmode=require%20host=evil"),
                            Database::Mode::OpenExisting, &error));
    QVERIFY(!Database::open(QStringLiteral("postgresql://db.example.org/"), Database::Mode::OpenExisting, &error));
    QVERIFY2(error.contains(QLatin1String("no database")), qPrintable(error));
    // A server that is not there: a message, no hang
    QVERIFY(!Database::open(QStringLiteral("postgresql:///nothing?host=/nonexistent-dir&port=1"),
                            Database::Mode::OpenExisting, &error));
    QVERIFY2(error.contains(QLatin1String("cannot be reached")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Backends)
#include "tst_backends.moc"
