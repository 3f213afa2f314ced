// SPDX-License-Identifier: GPL-3.0-or-later
// A team library open in two windows (two documents, two users) on a throw-away PostgreSQL
// cluster: what one changes reaches the other's models within a second, as precise row signals,
// and a window never hears of its own writes.
#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "meetingdocument.h"
#include "people/namematch.h"
#include "storage/database.h"
#include "storage/librarycopy.h"
#include "storage/personrepository.h"
#include "storage/serverchange.h"
#include "testlib/fixtures.h"
#include "testlib/teamlibrary.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

class tst_LiveUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldReadNotices_data();
    void shouldReadNotices();
    void shouldShowNotesTypedInTheOtherWindow();
    void shouldInsertAnActionRecordedInTheOtherWindow();
    void shouldFollowATitleAndADeletedMeeting();
    void shouldNeverHearItsOwnWrites();
    void shouldNotSaveNotesTypedOverAnotherPersonsSave();
    void shouldRefuseAStaleSaveAndSayWhoChangedTheRow();
    void shouldRefuseAnUndoOverAnotherPersonsChange();
    void shouldKeepWhatIsTypedWhileTheServerIsAwayAndSaveItWhenItIsBack();
    void shouldStayEditableWhenItCannotListen();

private:
    Id firstTopic(MeetingDocument *doc) const;

    TeamLibrary m_team;
    std::unique_ptr<MeetingDocument> m_alice;
    std::unique_ptr<MeetingDocument> m_bob;
};

void tst_LiveUpdates::initTestCase()
{
    QString why;
    if (!PgCluster::isAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY2(m_team.start({QStringLiteral("alice"), QStringLiteral("bob")}), qPrintable(m_team.cluster.errorString()));
    m_alice = m_team.openAs(QStringLiteral("alice"));
    m_bob = m_team.openAs(QStringLiteral("bob"));
    QVERIFY(m_alice && m_bob);
}

void tst_LiveUpdates::cleanupTestCase()
{
    m_alice.reset();
    m_bob.reset();
    QVERIFY2(m_team.stop(), qPrintable(m_team.cluster.errorString()));
}

Id tst_LiveUpdates::firstTopic(MeetingDocument *doc) const
{
    for (const AgendaEntry &e : doc->agenda()->state().entries) {
        if (e.kind == AgendaEntry::Kind::Topic)
            return e.id;
    }
    return 0;
}

void tst_LiveUpdates::shouldReadNotices_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("valid");
    QTest::newRow("entry") << R"({"t":"agenda_entry","id":42,"m":7,"op":"U","v":3,"by":"alice","p":4711})" << true;
    QTest::newRow("no session") << R"({"t":"person","id":1,"m":0,"op":"I","v":1,"by":"bob"})" << true;
    QTest::newRow("not json") << "agenda_entry 42" << false;
    QTest::newRow("array") << "[1,2,3]" << false;
    QTest::newRow("unknown op") << R"({"t":"meeting","id":1,"m":1,"op":"X","v":1,"by":"a"})" << false;
    QTest::newRow("id as text") << R"({"t":"meeting","id":"1","m":1,"op":"U","v":1,"by":"a"})" << false;
    QTest::newRow("hostile table") << R"({"t":"meeting; DROP TABLE x","id":1,"m":1,"op":"U","v":1,"by":"a"})" << false;
    QTest::newRow("negative id") << R"({"t":"meeting","id":-1,"m":1,"op":"U","v":1,"by":"a"})" << false;
    QTest::newRow("missing by") << R"({"t":"meeting","id":1,"m":1,"op":"U","v":1})" << false;
    QTest::newRow("huge") << QString(9000, QLatin1Char(' ')) + QStringLiteral("{}") << false;
}

void tst_LiveUpdates::shouldReadNotices()
{
    QFETCH(QString, payload);
    QFETCH(bool, valid);
    const std::optional<ServerChange> c = ServerChange::parse(payload);
    QCOMPARE(c.has_value(), valid);
    if (valid && payload.contains(QLatin1String("agenda_entry"))) {
        QCOMPARE(c->table, QStringLiteral("agenda_entry"));
        QCOMPARE(c->rowId, 42);
        QCOMPARE(c->meetingId, 7);
        QCOMPARE(c->operation, ServerChange::Operation::Update);
        QCOMPARE(c->version, 3);
        QCOMPARE(c->by, QStringLiteral("alice"));
        QCOMPARE(c->session, 4711);
    }
}

void tst_LiveUpdates::shouldShowNotesTypedInTheOtherWindow()
{
    // GIVEN both windows on the seed meeting
    const Id topic = firstTopic(m_alice.get());
    QVERIFY(topic);
    ModelSignals bobs(m_bob->agenda());
    // WHEN alice types running notes into a topic
    QVERIFY(m_alice->agenda()->setEntryField(topic, AgendaModel::RunningNotesRole,
                                             QStringLiteral("Agreed: move to the server — Grüße")));
    // THEN within a second bob's agenda shows them, announced for that entry's row alone
    const QModelIndex row = m_bob->agenda()->indexOfEntry(topic);
    QTRY_COMPARE_WITH_TIMEOUT(row.data(AgendaModel::RunningNotesRole).toString(),
                              QStringLiteral("Agreed: move to the server — Grüße"), 1000);
    QCOMPARE(bobs.structural(), 0);
    QVERIFY(!bobs.changed.isEmpty());
    for (const QList<QVariant> &args : std::as_const(bobs.changed)) {
        QCOMPARE(args.at(0).value<QModelIndex>().row(), row.row());
        QCOMPARE(args.at(0).value<QModelIndex>().parent(), row.parent());
    }
}

void tst_LiveUpdates::shouldInsertAnActionRecordedInTheOtherWindow()
{
    const Id topic = firstTopic(m_alice.get());
    ModelSignals bobs(m_bob->actionItems());
    const int before = m_bob->actionItems()->rowCount();
    NameChoice wil;
    wil.person.id = PersonRepository(m_alice->database().connection()).findByName(QStringLiteral("Wil O'Mullane"));
    QVERIFY(wil.person.id);
    const Id action
        = m_alice->recordActionItem(topic, {wil}, QStringLiteral("Invite the team to the server"), QDate(2026, 12, 20));
    QVERIFY(action);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->actionItems()->rowCount(), before + 1, 1000);
    // The meeting's history names who recorded it: the database user (alice is not in the directory)
    QCOMPARE(queryValue(m_bob->database().connection(),
                        QStringLiteral("SELECT author FROM revision WHERE meeting_id = ? ORDER BY id DESC LIMIT 1"),
                        {m_team.seed})
                 .toString(),
             QStringLiteral("alice"));
    QCOMPARE(bobs.inserted.size(), 1);
    QCOMPARE(bobs.reset.size(), 0);
    QVERIFY(m_bob->actionItems()->rowOf(action) >= 0);
    // AND ticked by bob, alice's row changes alone
    ModelSignals alices(m_alice->actionItems());
    const int row = m_bob->actionItems()->rowOf(action);
    QVERIFY(m_bob->actionItems()->setData(m_bob->actionItems()->index(row, ActionItemModel::DoneColumn), Qt::Checked,
                                          Qt::CheckStateRole));
    QTRY_COMPARE_WITH_TIMEOUT(alices.changedRows(ActionItemModel::ActionIdRole), QList<QVariant>{action}, 1000);
    QCOMPARE(alices.structural(), 0);
}

void tst_LiveUpdates::shouldFollowATitleAndADeletedMeeting()
{
    QSignalSpy field(m_bob->models(), &LibraryModels::meetingFieldChanged);
    m_alice->editMeetingField(Meeting::Title, QStringLiteral("DMLT vF2F (team library)"));
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->currentMeeting().title, QStringLiteral("DMLT vF2F (team library)"), 1000);
    QVERIFY(!field.isEmpty());
    QCOMPARE(field.constFirst().at(1).value<Meeting::Field>(), Meeting::Title);

    // A meeting bob does not show goes: his sidebar loses it, he stays where he is
    const Id other = m_alice->duplicateMeeting(m_team.seed);
    QVERIFY(other);
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->meetingList()->indexOfMeeting(other).isValid(), 1000);
    QCOMPARE(m_bob->currentMeetingId(), m_team.seed);
    m_alice->setCurrentMeeting(m_team.seed);
    QVERIFY(m_alice->deleteMeeting(other));
    QTRY_VERIFY_WITH_TIMEOUT(!m_bob->meetingList()->indexOfMeeting(other).isValid(), 1000);
    QCOMPARE(m_bob->currentMeetingId(), m_team.seed);
}

void tst_LiveUpdates::shouldNeverHearItsOwnWrites()
{
    QSignalSpy alices(m_alice->file(), &LibraryFile::changedOnServer);
    QSignalSpy bobs(m_bob->file(), &LibraryFile::changedOnServer);
    m_alice->editMeetingField(Meeting::Location, QStringLiteral("Tucson and online"));
    QTRY_VERIFY_WITH_TIMEOUT(!bobs.isEmpty(), 1000);
    QTest::qWait(200);
    QVERIFY(alices.isEmpty());
    const ServerChanges changes = bobs.constFirst().at(0).value<ServerChanges>();
    QVERIFY(!changes.isEmpty());
    QCOMPARE(changes.constFirst().table, QStringLiteral("meeting"));
    QCOMPARE(changes.constFirst().meetingId, m_team.seed);
    QCOMPARE(changes.constFirst().by, QStringLiteral("alice"));
}

void tst_LiveUpdates::shouldNotSaveNotesTypedOverAnotherPersonsSave()
{
    // GIVEN alice starts typing into a topic's notes as they are
    const Id topic = firstTopic(m_alice.get());
    const QString base = m_alice->runningNotesOf(topic);
    // WHEN bob saves his notes there first, and alice's window has heard of it
    QCOMPARE(m_bob->saveRunningNotes(topic, m_bob->runningNotesOf(topic), QStringLiteral("Bob: decided on Tuesday")),
             MeetingDocument::NotesSave::Saved);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->runningNotesOf(topic), QStringLiteral("Bob: decided on Tuesday"), 1000);
    // THEN alice's save over her old base is not written: she is to merge
    QCOMPARE(m_alice->saveRunningNotes(topic, base, QStringLiteral("Alice: owner is Wil")),
             MeetingDocument::NotesSave::Conflict);
    QCOMPARE(queryValue(m_bob->database().connection(),
                        QStringLiteral("SELECT running_notes FROM agenda_entry WHERE id = ?"), {topic})
                 .toString(),
             QStringLiteral("Bob: decided on Tuesday"));
    QVERIFY(m_alice->lastChangeOf(topic).startsWith(QLatin1String("bob at ")));
    // AND her merged text, typed over his, is saved and reaches him
    const QString merged = QStringLiteral("Bob: decided on Tuesday\n\nAlice: owner is Wil");
    QCOMPARE(m_alice->saveRunningNotes(topic, m_alice->runningNotesOf(topic), merged),
             MeetingDocument::NotesSave::Saved);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->runningNotesOf(topic), merged, 1000);
}

void tst_LiveUpdates::shouldRefuseAStaleSaveAndSayWhoChangedTheRow()
{
    // GIVEN both see the same notes of a topic
    const Id topic = firstTopic(m_alice.get());
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->runningNotesOf(topic), m_alice->runningNotesOf(topic), 1000);
    QStringList said;
    const auto connection
        = connect(m_alice->file(), &LibraryFile::storageFailed, this, [&said](const QString &m) { said << m; });
    // WHEN bob saves, and alice saves over what she read before hearing of it (no event between)
    QVERIFY(m_bob->agenda()->setEntryField(topic, AgendaModel::PreNotesRole, QStringLiteral("Bob's preparation")));
    QVERIFY(m_alice->agenda()->setEntryField(topic, AgendaModel::PreNotesRole, QStringLiteral("Alice's preparation")));
    // THEN alice's save is refused, saying who changed the entry, and her window shows bob's
    QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 1000);
    disconnect(connection);
    QVERIFY2(said.constFirst().contains(QLatin1String("changed by bob at")), qPrintable(said.constFirst()));
    QCOMPARE(queryValue(m_bob->database().connection(),
                        QStringLiteral("SELECT pre_notes FROM agenda_entry WHERE id = ?"), {topic})
                 .toString(),
             QStringLiteral("Bob's preparation"));
    QCOMPARE(m_alice->agenda()->indexOfEntry(topic).data(AgendaModel::PreNotesRole).toString(),
             QStringLiteral("Bob's preparation"));
}

void tst_LiveUpdates::shouldRefuseAnUndoOverAnotherPersonsChange()
{
    // GIVEN alice sets the meeting's location, and bob changes it after her
    m_alice->editMeetingField(Meeting::Location, QStringLiteral("Room 1"));
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->currentMeeting().location, QStringLiteral("Room 1"), 1000);
    m_bob->editMeetingField(Meeting::Location, QStringLiteral("Room 2"));
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->currentMeeting().location, QStringLiteral("Room 2"), 1000);
    QStringList said;
    const auto connection
        = connect(m_alice->file(), &LibraryFile::storageFailed, this, [&said](const QString &m) { said << m; });
    // WHEN alice undoes her edit
    const int steps = m_alice->undoStack()->count();
    m_alice->undoStack()->undo();
    disconnect(connection);
    // THEN it is refused with bob's name, bob's location stays, and the step is gone from her stack
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.constFirst().contains(QLatin1String("bob")), qPrintable(said.constFirst()));
    QCOMPARE(queryValue(m_bob->database().connection(), QStringLiteral("SELECT location FROM meeting WHERE id = ?"),
                        {m_team.seed})
                 .toString(),
             QStringLiteral("Room 2"));
    QCOMPARE(m_alice->currentMeeting().location, QStringLiteral("Room 2"));
    QCOMPARE(m_alice->undoStack()->count(), steps - 1);
}

void tst_LiveUpdates::shouldKeepWhatIsTypedWhileTheServerIsAwayAndSaveItWhenItIsBack()
{
    const Id topic = firstTopic(m_alice.get());
    QSignalSpy lost(m_alice->file(), &LibraryFile::connectionLost);
    QSignalSpy restored(m_alice->file(), &LibraryFile::connectionRestored);
    QSignalSpy bobRestored(m_bob->file(), &LibraryFile::connectionRestored);
    const QString base = m_alice->runningNotesOf(topic);
    // WHEN the server goes away while alice types
    QVERIFY2(m_team.cluster.crash(), qPrintable(m_team.cluster.errorString()));
    const QString typed = QStringLiteral("Typed while the server was away");
    QCOMPARE(m_alice->saveRunningNotes(topic, base, typed), MeetingDocument::NotesSave::Failed);
    // THEN her window says so once, turns read-only and keeps failing to save (the editor keeps the text)
    QCOMPARE(lost.size(), 1);
    QVERIFY(lost.constFirst().at(0).toString().contains(QLatin1String("reconnects by itself")));
    QVERIFY(m_alice->isReadOnly());
    QVERIFY(m_alice->file()->isSaveFailing());
    QCOMPARE(m_alice->runningNotesOf(topic), base);
    // AND when it is back, both windows reconnect by themselves and the text is saved and reaches bob
    QVERIFY2(m_team.cluster.restart(), qPrintable(m_team.cluster.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!restored.isEmpty(), 10000);
    QVERIFY(!m_alice->isReadOnly());
    QVERIFY(!m_alice->file()->isSaveFailing());
    QTRY_VERIFY_WITH_TIMEOUT(!bobRestored.isEmpty(), 10000);
    QCOMPARE(m_alice->saveRunningNotes(topic, base, typed), MeetingDocument::NotesSave::Saved);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->runningNotesOf(topic), typed, 2000);
}

void tst_LiveUpdates::shouldStayEditableWhenItCannotListen()
{
    // GIVEN carol may hold one connection only: her window's listener cannot be opened
    QVERIFY2(m_team.cluster.addUser(QStringLiteral("team"), QStringLiteral("carol"), QStringLiteral("team_editors")),
             qPrintable(m_team.cluster.errorString()));
    {
        QSqlDatabase admin = m_team.cluster.connect(QStringLiteral("limit-carol"), QStringLiteral("team"));
        QVERIFY(QSqlQuery(admin).exec(QStringLiteral("ALTER ROLE carol CONNECTION LIMIT 1")));
    }
    QString error;
    auto carol = MeetingDocument::open(m_team.cluster.uriAs(QStringLiteral("team"), QStringLiteral("carol")), &error);
    QVERIFY2(carol, qPrintable(error));
    carol->setCurrentMeeting(m_team.seed);
    QSignalSpy lost(carol->file(), &LibraryFile::connectionLost);
    QSignalSpy failed(carol->file(), &LibraryFile::storageFailed);
    // WHEN the heartbeat has asked the server a few times
    QTest::qWait(2 * LibraryFile::HeartbeatMs + 500);
    // THEN she was told that others' changes will not show live, and her window still saves
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.constFirst().at(0).toString().startsWith(QStringLiteral("Other people's changes will show only")),
             qPrintable(failed.constFirst().at(0).toString()));
    QVERIFY(lost.isEmpty());
    QVERIFY(!carol->isReadOnly());
    const Id topic = firstTopic(carol.get());
    QCOMPARE(carol->saveRunningNotes(topic, carol->runningNotesOf(topic), QStringLiteral("Carol: one connection")),
             MeetingDocument::NotesSave::Saved);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->runningNotesOf(topic), QStringLiteral("Carol: one connection"), 1000);
}

QTEST_GUILESS_MAIN(tst_LiveUpdates)
#include "tst_liveupdates.moc"
