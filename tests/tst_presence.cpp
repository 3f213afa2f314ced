// SPDX-License-Identifier: GPL-3.0-or-later
// Presence on a team library (issue 22): a window says which entry's running notes its user is
// editing, and every other window on the meeting shows who, in the Running Notes tab, until they
// stop, go idle or vanish. Two windows (alice and bob, editors) and a reader (carol) on a
// throw-away PostgreSQL cluster; a file does none of it.
#include "document/editorpresence.h"
#include "document/libraryfile.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "markdowneditor.h"
#include "meetingdocument.h"
#include "runningnotestab.h"
#include "storage/presencenotice.h"
#include "testlib/fixtures.h"
#include "testlib/teamlibrary.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace Quorum;
using namespace Quorum::Testing;

class tst_Presence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadNotices_data();
    void shouldReadNotices();
    void shouldExpireARecordThatIsNotSaidAgain();
    void shouldDoNothingOnAFile();
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void shouldShowWhoElseEditsAnEntryWithinASecond();
    void shouldClearWhenTheyStop();
    void shouldFollowThemToAnotherEntry();
    void shouldExpireWhenNoStopComes();
    void shouldKeepSayingItWhileEditingAndStopWhenIdle();
    void shouldIgnoreHostileNotices();
    void shouldNeverAnnounceFromAReader();
    void shouldShowTheNameBesideTheRightEntrysEditor();
    void shouldAnnounceWhatIsTypedInTheTab();
    void shouldClearWhenTheConnectionIsLostAndResumeWhenBack();

private:
    QList<Id> topics(MeetingDocument *doc) const;
    void notifyAsAdmin(const QString &payload);

    TeamLibrary m_team;
    std::unique_ptr<MeetingDocument> m_alice;
    std::unique_ptr<MeetingDocument> m_bob;
};

void tst_Presence::shouldReadNotices_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("valid");
    // What json_build_object writes (spaces after the colons).
    QTest::newRow("editing") << R"({"m" : 7, "e" : 42, "s" : "E", "by" : "alice", "p" : 4711})" << true;
    QTest::newRow("stopped") << R"({"m":7,"e":42,"s":"S","by":"alice","p":4711})" << true;
    QTest::newRow("stopped without entry") << R"({"m":0,"e":0,"s":"S","by":"alice","p":4711})" << true;
    QTest::newRow("editing without entry") << R"({"m":7,"e":0,"s":"E","by":"alice","p":4711})" << false;
    QTest::newRow("not json") << "alice is editing 42" << false;
    QTest::newRow("array") << R"([7,42,"E","alice",4711])" << false;
    QTest::newRow("unknown state") << R"({"m":7,"e":42,"s":"X","by":"alice","p":4711})" << false;
    QTest::newRow("entry as text") << R"({"m":7,"e":"42","s":"E","by":"alice","p":4711})" << false;
    QTest::newRow("negative entry") << R"({"m":7,"e":-42,"s":"E","by":"alice","p":4711})" << false;
    QTest::newRow("fraction") << R"({"m":7,"e":4.5,"s":"E","by":"alice","p":4711})" << false;
    QTest::newRow("huge number") << R"({"m":7,"e":1e300,"s":"E","by":"alice","p":4711})" << false;
    QTest::newRow("no session") << R"({"m":7,"e":42,"s":"E","by":"alice"})" << false;
    QTest::newRow("session 0") << R"({"m":7,"e":42,"s":"E","by":"alice","p":0})" << false;
    QTest::newRow("empty user") << R"({"m":7,"e":42,"s":"E","by":"","p":4711})" << false;
    QTest::newRow("user as number") << R"({"m":7,"e":42,"s":"E","by":5,"p":4711})" << false;
    QTest::newRow("user too long")
        << QStringLiteral(R"({"m":7,"e":42,"s":"E","by":"%1","p":4711})").arg(QString(64, QLatin1Char('a'))) << false;
    QTest::newRow("control in user") << R"({"m":7,"e":42,"s":"E","by":"al\nice","p":4711})" << false;
    QTest::newRow("oversized") << QStringLiteral(R"({"m":7,"e":42,"s":"E","by":"alice","p":4711,"x":"%1"})")
                                      .arg(QString(2000, QLatin1Char('x')))
                               << false;
}

void tst_Presence::shouldReadNotices()
{
    QFETCH(QString, payload);
    QFETCH(bool, valid);
    const std::optional<PresenceNotice> n = PresenceNotice::parse(payload);
    QCOMPARE(n.has_value(), valid);
    if (valid && payload.contains(QLatin1String("42"))) {
        QCOMPARE(n->meetingId, 7);
        QCOMPARE(n->entryId, 42);
        QCOMPARE(n->by, QStringLiteral("alice"));
        QCOMPARE(n->session, 4711);
        QCOMPARE(n->state, payload.contains(QLatin1String("\"E\"")) ? PresenceNotice::State::Editing
                                                                    : PresenceNotice::State::Stopped);
    }
}

void tst_Presence::shouldExpireARecordThatIsNotSaidAgain()
{
    // GIVEN a presence that names users by a directory, with a short expiry
    EditorPresence presence([](const QString &user) {
        return user == QLatin1String("alice") ? QStringLiteral("Alice Archer") : QString();
    });
    presence.setExpiryMs(200);
    QSignalSpy changed(&presence, &EditorPresence::othersEditingChanged);
    // WHEN two sessions of alice and one of dave edit entry 5, and one of them says it again
    presence.take({7, 5, PresenceNotice::State::Editing, QStringLiteral("alice"), 11});
    presence.take({7, 5, PresenceNotice::State::Editing, QStringLiteral("alice"), 12});
    presence.take({7, 5, PresenceNotice::State::Editing, QStringLiteral("dave"), 13});
    const int said = int(changed.size());
    presence.take({7, 5, PresenceNotice::State::Editing, QStringLiteral("dave"), 13});
    // THEN each person is named once, sorted, a user the directory does not know by the user's name
    QCOMPARE(presence.othersEditing(5), QStringList({QStringLiteral("Alice Archer"), QStringLiteral("dave")}));
    QCOMPARE(presence.othersEditing(6), QStringList());
    QCOMPARE(changed.size(), said); // said again: nothing shown changed
    // AND a stop for a session never seen changes nothing
    presence.take({0, 0, PresenceNotice::State::Stopped, QStringLiteral("erin"), 99});
    QCOMPARE(changed.size(), said);
    // AND without a word more they are gone after the expiry, with a signal for the entry
    changed.clear();
    QTRY_COMPARE_WITH_TIMEOUT(presence.othersEditing(5), QStringList(), 1000);
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.constLast().at(0).value<Id>(), Id(5));
}

void tst_Presence::shouldDoNothingOnAFile()
{
    // GIVEN a library file
    QTemporaryDir dir;
    qint64 seed = 0;
    auto doc = openSampleDocument(dir, QStringLiteral("file.quorum"), &seed);
    QVERIFY(doc);
    const Id topic = topics(doc.get()).value(0);
    QVERIFY(topic);
    QSignalSpy changed(doc.get(), &MeetingDocument::othersEditingChanged);
    // WHEN its window says it edits an entry
    doc->announceEditing(topic);
    // THEN nothing is said or kept: there is no one else
    QCOMPARE(doc->editingEntry(), Id(0));
    QCOMPARE(doc->othersEditing(topic), QStringList());
    doc->stopEditing();
    QCOMPARE(changed.size(), 0);
}

void tst_Presence::initTestCase()
{
    QString why;
    if (!PgCluster::isAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY2(m_team.start({QStringLiteral("alice"), QStringLiteral("bob")}, {QStringLiteral("carol")}),
             qPrintable(m_team.cluster.errorString()));
    // The directory names alice; bob and carol are not in it.
    QSqlDatabase admin = m_team.cluster.connect(QStringLiteral("presence-admin"), QStringLiteral("team"));
    QVERIFY(admin.isOpen());
    QSqlQuery q(admin);
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO person (display_name, username) VALUES ('Alice Archer', 'alice')")),
             qPrintable(q.lastError().text()));
    m_alice = m_team.openAs(QStringLiteral("alice"));
    m_bob = m_team.openAs(QStringLiteral("bob"));
    QVERIFY(m_alice && m_bob);
}

void tst_Presence::cleanup()
{
    if (!m_alice || !m_bob)
        return;
    m_alice->stopEditing();
    m_bob->stopEditing();
    m_alice->setPresenceTimes(MeetingDocument::AnnounceMs, MeetingDocument::IdleMs, EditorPresence::ExpiryMs);
    m_bob->setPresenceTimes(MeetingDocument::AnnounceMs, MeetingDocument::IdleMs, EditorPresence::ExpiryMs);
    for (Id topic : topics(m_bob.get()))
        QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(topic), QStringList(), 2000);
}

void tst_Presence::cleanupTestCase()
{
    m_alice.reset();
    m_bob.reset();
    QVERIFY2(m_team.stop(), qPrintable(m_team.cluster.errorString()));
}

QList<Id> tst_Presence::topics(MeetingDocument *doc) const
{
    QList<Id> result;
    for (const AgendaEntry &e : doc->agenda()->state().entries) {
        if (e.kind == AgendaEntry::Kind::Topic)
            result << e.id;
    }
    return result;
}

void tst_Presence::notifyAsAdmin(const QString &payload)
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("presence-admin")));
    QVERIFY(q.prepare(QStringLiteral("SELECT pg_notify('quorum_presence', ?)")));
    q.addBindValue(payload);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void tst_Presence::shouldShowWhoElseEditsAnEntryWithinASecond()
{
    // GIVEN both windows on the seed meeting
    const Id topic = topics(m_alice.get()).value(1);
    QVERIFY(topic);
    QSignalSpy bobSaw(m_bob.get(), &MeetingDocument::othersEditingChanged);
    QSignalSpy aliceSaw(m_alice.get(), &MeetingDocument::othersEditingChanged);
    // WHEN alice says she edits the topic's notes
    m_alice->announceEditing(topic);
    QCOMPARE(m_alice->editingEntry(), topic);
    // THEN bob's window names her, as the directory does, for that entry only, within a second
    QTRY_COMPARE_WITH_TIMEOUT(bobSaw.size(), 1, 1000);
    QCOMPARE(bobSaw.constFirst().at(0).value<Id>(), topic);
    QCOMPARE(m_bob->othersEditing(topic), QStringList(QStringLiteral("Alice Archer")));
    for (Id other : topics(m_bob.get())) {
        if (other != topic)
            QCOMPARE(m_bob->othersEditing(other), QStringList());
    }
    // AND her own window does not list her
    QTest::qWait(100);
    QCOMPARE(aliceSaw.size(), 0);
    QCOMPARE(m_alice->othersEditing(topic), QStringList());
    // AND bob editing the same entry is shown to alice by his user name (the directory does not know him)
    m_bob->announceEditing(topic);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->othersEditing(topic), QStringList(QStringLiteral("bob")), 1000);
    QCOMPARE(m_bob->othersEditing(topic), QStringList(QStringLiteral("Alice Archer")));
}

void tst_Presence::shouldClearWhenTheyStop()
{
    const Id topic = topics(m_alice.get()).value(0);
    m_alice->announceEditing(topic);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(topic), QStringList(QStringLiteral("Alice Archer")), 1000);
    QSignalSpy bobSaw(m_bob.get(), &MeetingDocument::othersEditingChanged);
    // WHEN alice leaves the entry
    m_alice->stopEditing();
    QCOMPARE(m_alice->editingEntry(), Id(0));
    // THEN bob's window clears it at once (well before any expiry), saying which entry
    QTRY_COMPARE_WITH_TIMEOUT(bobSaw.size(), 1, 1000);
    QCOMPARE(bobSaw.constFirst().at(0).value<Id>(), topic);
    QCOMPARE(m_bob->othersEditing(topic), QStringList());
}

void tst_Presence::shouldFollowThemToAnotherEntry()
{
    const QList<Id> all = topics(m_alice.get());
    QVERIFY(all.size() >= 2);
    m_alice->announceEditing(all.at(0));
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(all.at(0)), QStringList(QStringLiteral("Alice Archer")), 1000);
    // WHEN alice goes on to the next topic
    m_alice->announceEditing(all.at(1));
    // THEN bob sees her there, and no longer on the first
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(all.at(1)), QStringList(QStringLiteral("Alice Archer")), 1000);
    QCOMPARE(m_bob->othersEditing(all.at(0)), QStringList());
}

void tst_Presence::shouldExpireWhenNoStopComes()
{
    // GIVEN bob forgets a silent window after 300 ms, and alice would say it again only after 5 s
    m_bob->setPresenceTimes(MeetingDocument::AnnounceMs, MeetingDocument::IdleMs, 300);
    const Id topic = topics(m_alice.get()).value(0);
    QSignalSpy bobSaw(m_bob.get(), &MeetingDocument::othersEditingChanged);
    m_alice->announceEditing(topic);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(topic), QStringList(QStringLiteral("Alice Archer")), 1000);
    // WHEN nothing more comes (a window killed, or its connection gone)
    // THEN the mark goes by itself, with a signal for the entry
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(topic), QStringList(), 1500);
    QTRY_COMPARE_WITH_TIMEOUT(bobSaw.size(), 2, 500);
    QCOMPARE(bobSaw.constLast().at(0).value<Id>(), topic);
    QVERIFY(m_alice->editingEntry() != 0); // alice did not stop: it expired
}

void tst_Presence::shouldKeepSayingItWhileEditingAndStopWhenIdle()
{
    // GIVEN alice says it every 100 ms and stops after 1.2 s without typing; bob forgets after 400 ms
    m_alice->setPresenceTimes(100, 1200, EditorPresence::ExpiryMs);
    m_bob->setPresenceTimes(MeetingDocument::AnnounceMs, MeetingDocument::IdleMs, 400);
    const Id topic = topics(m_alice.get()).value(0);
    m_alice->announceEditing(topic);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(topic), QStringList(QStringLiteral("Alice Archer")), 1000);
    // WHEN she stays (longer than bob's expiry) THEN she is still shown
    QTest::qWait(800);
    QCOMPARE(m_bob->othersEditing(topic), QStringList(QStringLiteral("Alice Archer")));
    QCOMPARE(m_alice->editingEntry(), topic);
    // WHEN she is idle for longer THEN her window stops by itself and bob's clears
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->editingEntry(), Id(0), 1500);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(topic), QStringList(), 1000);
}

void tst_Presence::shouldIgnoreHostileNotices()
{
    const Id topic = topics(m_bob.get()).value(0);
    QSignalSpy bobSaw(m_bob.get(), &MeetingDocument::othersEditingChanged);
    // WHEN anyone with a connection sends what is not a presence notice on the channel
    notifyAsAdmin(QStringLiteral("DROP TABLE person"));
    notifyAsAdmin(QStringLiteral(R"({"m":%1,"e":%2,"s":"E","by":"mallory","p":1,"x":"%3"})")
                      .arg(m_team.seed)
                      .arg(topic)
                      .arg(QString(5000, QLatin1Char('x'))));
    notifyAsAdmin(QStringLiteral(R"({"m":%1,"e":%2,"s":"E","by":"mal\u0007lory","p":1})").arg(m_team.seed).arg(topic));
    notifyAsAdmin(QStringLiteral(R"({"m":%1,"e":"%2","s":"E","by":"mallory","p":1})").arg(m_team.seed).arg(topic));
    // AND then a well-formed one (so the channel is known to be heard)
    notifyAsAdmin(QStringLiteral(R"({"m":%1,"e":%2,"s":"E","by":"quorum_admin","p":2})").arg(m_team.seed).arg(topic));
    // THEN only the last is shown
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(topic), QStringList(QStringLiteral("quorum_admin")), 1000);
    QCOMPARE(bobSaw.size(), 1);
    notifyAsAdmin(QStringLiteral(R"({"m":0,"e":0,"s":"S","by":"quorum_admin","p":2})"));
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(topic), QStringList(), 1000);
}

void tst_Presence::shouldNeverAnnounceFromAReader()
{
    // GIVEN carol, who may only read
    auto carol = m_team.openAs(QStringLiteral("carol"));
    QVERIFY(carol);
    QVERIFY(carol->isReadOnly());
    const Id topic = topics(carol.get()).value(0);
    // WHEN her window is asked to say she edits
    carol->announceEditing(topic);
    // THEN it says nothing (bob sees no one) ...
    QCOMPARE(carol->editingEntry(), Id(0));
    QTest::qWait(300);
    QCOMPARE(m_bob->othersEditing(topic), QStringList());
    // ... but she sees who edits
    m_bob->announceEditing(topic);
    QTRY_COMPARE_WITH_TIMEOUT(carol->othersEditing(topic), QStringList(QStringLiteral("bob")), 1000);
}

void tst_Presence::shouldShowTheNameBesideTheRightEntrysEditor()
{
    // GIVEN bob's Running Notes tab, showing a topic, his cursor in the middle of its notes
    const QList<Id> all = topics(m_bob.get());
    QCOMPARE(m_bob->saveRunningNotes(all.at(0), m_bob->runningNotesOf(all.at(0)), QStringLiteral("Bob's line")),
             MeetingDocument::NotesSave::Saved);
    RunningNotesTab tab(m_bob.get());
    tab.resize(1100, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto *tree = tab.findChild<QTreeView *>(QStringLiteral("notesEntryTree"));
    auto *label = tab.findChild<QLabel *>(QStringLiteral("notesPresenceLabel"));
    auto *presence = tab.findChild<QWidget *>(QStringLiteral("notesPresence"));
    QTextEdit *editor = tab.findChild<MarkdownEditor *>(QStringLiteral("runningNotesEditor"))->textEdit();
    QVERIFY(tree && label && presence && editor);
    tree->setCurrentIndex(m_bob->agenda()->indexOfEntry(all.at(0)));
    QVERIFY(!presence->isVisible());
    QCOMPARE(editor->toPlainText(), QStringLiteral("Bob's line"));
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(3);
    editor->setTextCursor(cursor);
    // WHEN alice edits another entry THEN bob's tab shows nothing for his
    m_alice->announceEditing(all.at(1));
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(all.at(1)), QStringList(QStringLiteral("Alice Archer")), 1000);
    QVERIFY(!presence->isVisible());
    // WHEN she comes to his entry THEN it says so, in words, with an accessible name
    m_alice->announceEditing(all.at(0));
    QTRY_VERIFY_WITH_TIMEOUT(presence->isVisible(), 1000);
    QCOMPARE(label->text(), QStringLiteral("Alice Archer is also editing these notes"));
    QCOMPARE(presence->accessibleName(), label->text());
    // AND his cursor did not move
    QCOMPARE(editor->textCursor().position(), 3);
    if (const QByteArray shots = qgetenv("QUORUM_SCREENSHOTS"); !shots.isEmpty())
        tab.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/presence.png"));
    // WHEN bob shows the other entry THEN the label goes; back on his entry it comes again
    tree->setCurrentIndex(m_bob->agenda()->indexOfEntry(all.at(1)));
    QVERIFY(!presence->isVisible());
    tree->setCurrentIndex(m_bob->agenda()->indexOfEntry(all.at(0)));
    QVERIFY(presence->isVisible());
    // WHEN bob shows another meeting THEN the label goes (its entries are others); back, it is there again
    Id other = 0;
    for (Id id = 1; id < m_team.seed + 100 && !other; ++id) {
        if (id != m_team.seed && m_bob->meetingList()->indexOfMeeting(id).isValid())
            other = id;
    }
    QVERIFY(other);
    QVERIFY(m_bob->setCurrentMeeting(other));
    QVERIFY(!presence->isVisible());
    QVERIFY(m_bob->setCurrentMeeting(m_team.seed));
    tree->setCurrentIndex(m_bob->agenda()->indexOfEntry(all.at(0)));
    QVERIFY(presence->isVisible());
    // WHEN she leaves THEN it goes
    m_alice->stopEditing();
    QTRY_VERIFY_WITH_TIMEOUT(!presence->isVisible(), 1000);
}

void tst_Presence::shouldAnnounceWhatIsTypedInTheTab()
{
    // GIVEN alice's Running Notes tab on a topic whose notes nobody else writes (her typing saves
    // them; a save of bob's meanwhile would open the merge view)
    const Id topic = topics(m_alice.get()).value(2);
    QVERIFY(topic);
    auto tab = std::make_unique<RunningNotesTab>(m_alice.get());
    tab->resize(1100, 700);
    tab->show();
    QVERIFY(QTest::qWaitForWindowActive(tab.get()));
    tab->findChild<QTreeView *>(QStringLiteral("notesEntryTree"))
        ->setCurrentIndex(m_alice->agenda()->indexOfEntry(topic));
    QTextEdit *editor = tab->findChild<MarkdownEditor *>(QStringLiteral("runningNotesEditor"))->textEdit();
    // WHEN she types in its notes
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" typed"));
    // THEN bob's window knows within a second
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(topic), QStringList(QStringLiteral("Alice Archer")), 1000);
    // WHEN she moves to another entry (the tree) THEN she is no longer on it
    tab->findChild<QTreeView *>(QStringLiteral("notesEntryTree"))->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(topic), QStringList(), 1000);
    // WHEN she comes back into the editor, and then closes the window THEN it is said and cleared again
    editor->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(topic), QStringList(QStringLiteral("Alice Archer")), 1000);
    tab.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(topic), QStringList(), 1000);
}

void tst_Presence::shouldClearWhenTheConnectionIsLostAndResumeWhenBack()
{
    // GIVEN alice editing a topic, saying it every 200 ms, and bob seeing her
    m_alice->setPresenceTimes(200, MeetingDocument::IdleMs, EditorPresence::ExpiryMs);
    const Id topic = topics(m_alice.get()).value(0);
    m_alice->announceEditing(topic);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(topic), QStringList(QStringLiteral("Alice Archer")), 1000);
    QSignalSpy lost(m_bob->file(), &LibraryFile::connectionLost);
    QSignalSpy restored(m_bob->file(), &LibraryFile::connectionRestored);
    QSignalSpy bobSaw(m_bob.get(), &MeetingDocument::othersEditingChanged);
    // WHEN bob's connections to the server break
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("presence-admin")));
    QVERIFY2(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'bob'")),
             qPrintable(q.lastError().text()));
    // THEN his window forgets who edits as soon as it notices (it cannot know any more) ...
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, LibraryFile::HeartbeatMs * 3);
    QCOMPARE(m_bob->othersEditing(topic), QStringList());
    QVERIFY(!bobSaw.isEmpty());
    // ... and once it is back, shows alice again (she is still saying it)
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, LibraryFile::ReconnectMs * 5);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->othersEditing(topic), QStringList(QStringLiteral("Alice Archer")), 1000);
}

QTEST_MAIN(tst_Presence)
#include "tst_presence.moc"
