// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "meetingdocument.h"
#include "people/namematch.h"

#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

Q_DECLARE_METATYPE(NameMatch::Kind)

namespace {

Person person(Id id, const QString &name, const QString &username = {}, const QStringList &aliases = {})
{
    Person p;
    p.id = id;
    p.displayName = name;
    p.username = username;
    p.aliases = aliases;
    return p;
}

/** A directory with the traps of the sample: two Roberts, two Dubois, accents, a username-only person. */
QList<Person> directory()
{
    return {
        person(1, QStringLiteral("Tim Jenness"), {}, {QStringLiteral("Tim J")}),
        person(2, QStringLiteral("Robert Lupton"), {}, {QStringLiteral("RHL"), QStringLiteral("Robert L.")}),
        person(3, QStringLiteral("Robert Gruendl"), {}, {QStringLiteral("Robert G.")}),
        person(4, QStringLiteral("Richard Dubois")),
        person(5, QStringLiteral("Gregory Dubois-Felsmann"), {}, {QStringLiteral("GPDF")}),
        person(6, {}, QStringLiteral("npease")),
        person(7, QStringLiteral("Cristián Silva")),
        person(8, QStringLiteral("Kian-Tat Lim"), QStringLiteral("ktl"), {QStringLiteral("KT")}),
        person(9, QStringLiteral("Timothy Smith")),
        person(10, QStringLiteral("John Swinbank")),
    };
}

QString names(const QList<Person> &people)
{
    QStringList shown;
    for (const Person &p : people)
        shown << p.shownName();
    return shown.join(QStringLiteral(", "));
}

} // namespace

class TestNameMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFindWhoATypedNameStandsFor_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<NameMatch::Kind>("kind");
        QTest::addColumn<QString>("candidates");
        using K = NameMatch::Kind;
        QTest::newRow("full name") << "Tim Jenness" << K::Exact << "Tim Jenness";
        QTest::newRow("full name, any case and spacing") << "  tim   JENNESS " << K::Exact << "Tim Jenness";
        QTest::newRow("alias") << "RHL" << K::Exact << "Robert Lupton";
        QTest::newRow("alias, any case") << "kt" << K::Exact << "Kian-Tat Lim";
        QTest::newRow("username") << "ktl" << K::Exact << "Kian-Tat Lim";
        QTest::newRow("username-only person") << "npease" << K::Exact << "Unknown User (npease)";
        QTest::newRow("as the seed shows them") << "Unknown User (npease)" << K::Exact << "Unknown User (npease)";
        QTest::newRow("first name") << "Tim" << K::Unique << "Tim Jenness";
        QTest::newRow("first name beats a longer one") << "tim" << K::Unique << "Tim Jenness";
        QTest::newRow("prefix of a first name") << "Timo" << K::Unique << "Timothy Smith";
        QTest::newRow("prefix of a last name") << "Swin" << K::Unique << "John Swinbank";
        QTest::newRow("prefix of a hyphenated name") << "Felsm" << K::Unique << "Gregory Dubois-Felsmann";
        QTest::newRow("without the accent") << "Cristian" << K::Unique << "Cristián Silva";
        QTest::newRow("two Roberts") << "Robert" << K::Ambiguous << "Robert Gruendl, Robert Lupton";
        QTest::newRow("two Roberts, by prefix") << "rob" << K::Ambiguous << "Robert Gruendl, Robert Lupton";
        QTest::newRow("two Dubois") << "Dubois" << K::Ambiguous << "Gregory Dubois-Felsmann, Richard Dubois";
        QTest::newRow("one letter is no prefix") << "T" << K::Unknown << "";
        QTest::newRow("nobody") << "Melissa Graham" << K::Unknown << "";
        QTest::newRow("more than a name") << "Tim Jennessy" << K::Unknown << "";
        QTest::newRow("unknown username") << "Unknown User (jdoe)" << K::Unknown << "";
        QTest::newRow("a username is not a prefix") << "Unknown User (np)" << K::Unknown << "";
        QTest::newRow("empty") << "   " << K::Unknown << "";
    }

    void shouldFindWhoATypedNameStandsFor()
    {
        QFETCH(QString, typed);
        QFETCH(NameMatch::Kind, kind);
        QFETCH(QString, candidates);
        const NameMatch m = NameMatch::of(typed, directory());
        QCOMPARE(m.kind, kind);
        QCOMPARE(names(m.candidates), candidates);
        QCOMPARE(m.isSettled(), kind == NameMatch::Kind::Exact || kind == NameMatch::Kind::Unique);
        QCOMPARE(m.personId() != 0, m.isSettled());
    }

    void shouldPreferAnExactNameToAFirstName()
    {
        // GIVEN someone stored as just "Tim" (as the old action form made them) next to Tim Jenness
        QList<Person> people = directory();
        people << person(11, QStringLiteral("Tim"));
        const NameMatch m = NameMatch::of(QStringLiteral("Tim"), people);
        QCOMPARE(m.kind, NameMatch::Kind::Exact);
        QCOMPARE(m.personId(), Id(11));
        // AND a name two people have exactly is asked about
        people << person(12, QStringLiteral("Tim Jenness"));
        QCOMPARE(NameMatch::of(QStringLiteral("tim jenness"), people).kind, NameMatch::Kind::Ambiguous);
    }

    void shouldMakeANewPersonOfAnUnknownName()
    {
        QCOMPARE(NameMatch::newPerson(QStringLiteral("  Melissa   Graham ")).displayName,
                 QStringLiteral("Melissa Graham"));
        const Person byUsername = NameMatch::newPerson(QStringLiteral("Unknown User (jdoe)"));
        QCOMPARE(byUsername.username, QStringLiteral("jdoe"));
        QVERIFY(byUsername.displayName.isEmpty());
    }

    void shouldSettleNamesInTheLibraryAskingOnceForWhatItCannotTell()
    {
        SampleDocuments samples;
        Id seed = 0;
        auto doc = samples.open(&seed);
        QVERIFY(doc);
        PersonDirectory *people = doc->directory();
        // Nobody to ask: what needs asking is not settled, and nothing is written.
        QVERIFY(!people->choosePeople({QStringLiteral("Melissa Graham")}));
        QVERIFY(people->choosePeople({QStringLiteral("Tim"), QStringLiteral("KT")}));

        QList<NameQuestion> asked;
        Id answer = 0;
        people->setAsker([&](const QList<NameQuestion> &questions) {
            asked = questions;
            return std::optional<QList<Id>>(QList<Id>(questions.size(), answer));
        });
        // The same name twice is one question; a group comes before a person for assignees.
        const auto chosen = people->chooseAssignees({QStringLiteral("Melissa Graham"), QStringLiteral("T/CAMs"),
                                                     QStringLiteral("melissa graham"), QStringLiteral("Tim")});
        QVERIFY(chosen);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(chosen->size(), 4);
        QVERIFY(chosen->at(0).isNewPerson());
        QVERIFY(chosen->at(1).groupId);
        QCOMPARE(chosen->at(3).person.shownName(), QStringLiteral("Tim Jenness"));
        QCOMPARE(doc->undoStack()->count(), 0); // choosing writes nothing
        // Adding makes the new person once.
        const int before = int(people->people().size());
        const QList<Assignee> assignees = people->addAssignees(*chosen);
        QCOMPARE(assignees.size(), 3);
        QCOMPARE(int(people->people().size()), before + 1);

        // An answer that is none of the candidates settles nothing.
        answer = people->findPerson(QStringLiteral("Tim Jenness"));
        QVERIFY(!people->choosePeople({QStringLiteral("Robert")}));
        QCOMPARE(asked.at(0).match.kind, NameMatch::Kind::Ambiguous);
        answer = people->findPerson(QStringLiteral("Robert Gruendl"));
        const auto robert = people->choosePeople({QStringLiteral("Robert")});
        QVERIFY(robert);
        QCOMPARE(robert->at(0).person.id, answer);
    }

    void shouldShowTheSettledNameOnceTheCursorLeaves()
    {
        SampleDocuments samples;
        Id seed = 0;
        auto doc = samples.open(&seed);
        QVERIFY(doc);
        const PersonDirectory *people = doc->directory();
        QCOMPARE(people->settledName(QStringLiteral("Tim"), true), QStringLiteral("Tim Jenness"));
        QCOMPARE(people->settledName(QStringLiteral("t/cams"), true), QStringLiteral("T/CAMs"));
        QCOMPARE(people->settledName(QStringLiteral("t/cams"), false), QStringLiteral("t/cams"));
        QCOMPARE(people->settledName(QStringLiteral(" Robert "), true), QStringLiteral("Robert"));
        QCOMPARE(people->settledName(QStringLiteral("Melissa"), true), QStringLiteral("Melissa"));
    }
};

QTEST_MAIN(TestNameMatch)
#include "tst_namematch.moc"
