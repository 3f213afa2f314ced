// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend.h"
#include "export/jsoninterchange.h"
#include "fixtures.h"
#include "itemmodels/participantmodel.h"
#include "meetingdocument.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/statement.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

/** Every row of every table and of the search index, history included, as sorted text: equal dumps mean an equal library. */
QStringList dump(const Database &db)
{
    return libraryRows(db.connection(), true);
}

} // namespace

class TestPersonMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Quorum::Testing::Backend::addRows(); }
    void init() { QUORUM_USE_BACKEND(); }

    void shouldMoveEveryReferenceAndUndoToTheSameFile()
    {
        QTemporaryDir dir;
        Id seed = 0;
        auto doc = openSampleDocument(dir, QStringLiteral("merge.quorum"), &seed);
        QVERIFY(doc);
        // GIVEN the full name learned later, already a participant next to the username-only entry
        const QString michelle = QStringLiteral("Michelle Butler");
        QCOMPARE(doc->addParticipants({{michelle, NameMatch::newPerson(michelle), 0}}), 1);
        PersonRepository people(doc->database().connection());
        const Id survivor = people.findByName(QStringLiteral("Michelle Butler"));
        const Id merged = people.findByName(QStringLiteral("mbutler"));
        QVERIFY(survivor && merged);
        const QStringList before = dump(doc->database());
        const QByteArray jsonBefore = JsonInterchange::exportLibrary(doc->database());
        const int steps = doc->undoStack()->count();

        // WHEN "Unknown User (mbutler)" is merged into "Michelle Butler"
        doc->directory()->mergePeople(survivor, merged);

        // THEN everything mbutler was is Michelle's, in one undo step
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(people.findByName(QStringLiteral("mbutler")), survivor);
        const Person p = doc->directory()->person(survivor);
        QCOMPARE(p.username, QStringLiteral("mbutler"));
        QCOMPARE(doc->participants()->rowCount(), 21);
        const QByteArray json = JsonInterchange::exportLibrary(doc->database());
        QVERIFY(!json.contains("\"username\": \"mbutler\",\n        \"key\"")); // no second mbutler
        auto count
            = [&](const QString &sql) { return queryValue(doc->database().connection(), sql, {survivor}).toInt(); };
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM action_assignee WHERE person_id = ?")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment WHERE uploaded_by = ?")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM group_member WHERE person_id = ?")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM participant WHERE person_id = ?")), 1);
        QCOMPARE(PersonRepository(doc->database().connection()).all().size(), 25);

        // AND undo leaves the file as it was, row for row
        doc->undoStack()->undo();
        QCOMPARE(dump(doc->database()), before);
        QCOMPARE(JsonInterchange::exportLibrary(doc->database()), jsonBefore);
        doc->undoStack()->redo();
        QCOMPARE(doc->directory()->person(survivor).username, QStringLiteral("mbutler"));
    }

    void shouldKeepTheMergedNamesAsAliases()
    {
        QTemporaryDir dir;
        Id seed = 0;
        auto doc = openSampleDocument(dir, QStringLiteral("alias.quorum"), &seed);
        PersonRepository people(doc->database().connection());
        const Id ktl = people.findByName(QStringLiteral("Kian-Tat Lim"));
        const Id tim = people.findByName(QStringLiteral("Tim Jenness"));
        doc->directory()->mergePeople(ktl, tim);
        QVERIFY(doc->directory()->person(ktl).aliases.contains(QStringLiteral("Tim Jenness")));
        QVERIFY(doc->directory()->person(ktl).aliases.contains(QStringLiteral("Tim J")));
        QCOMPARE(people.findByName(QStringLiteral("Tim J")), ktl);
        // Both coordinated Gen3: the survivor is named once.
        Statement s = Statement::run(
            doc->database().connection(),
            QStringLiteral("SELECT count(*) FROM agenda_coordinator c JOIN agenda_entry e ON e.id = c.entry_id "
                           "WHERE e.title LIKE 'Generation 3%'"),
            QStringLiteral("count"));
        QVERIFY(s.next());
        QCOMPARE(s.integer(0), qint64(2));
    }

    void shouldRefuseMergingSomeoneIntoThemselves()
    {
        QTemporaryDir dir;
        Id seed = 0;
        auto doc = openSampleDocument(dir, QStringLiteral("self.quorum"), &seed);
        const Id ktl = PersonRepository(doc->database().connection()).findByName(QStringLiteral("KT"));
        doc->directory()->mergePeople(ktl, ktl);
        QCOMPARE(doc->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestPersonMerge)
#include "tst_personmerge.moc"
