// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/persondirectory.h"
#include "fixtures.h"
#include "meetingdocument.h"
#include "notes/markdowntext.h"
#include "people/namematch.h"
#include "people/participantlistparser.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "storage/searchrepository.h"
#include "storage/statement.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

/** Full-text search: every kind of field, in step with edits and undo, safe with whatever is typed. */
class TestSearch : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    std::unique_ptr<MeetingDocument> m_doc;
    qint64 m_seed = 0;

    QList<SearchHit> find(const QString &text, int limit = 50) const
    {
        return SearchRepository(m_doc->database().connection()).search(text, limit);
    }
    /** The ids of the hits of kind whose words were found in match, in order. */
    QList<Id> idsOf(const QList<SearchHit> &hits, SearchHit::Kind kind, SearchHit::Match match) const
    {
        QList<Id> ids;
        for (const SearchHit &hit : hits) {
            if (hit.kind == kind && hit.match == match)
                ids << hit.itemId;
        }
        return ids;
    }
    /** The ids sql gives (one column), sorted. */
    QList<Id> idsFrom(const QString &sql, const QVariantList &values = {}) const
    {
        QList<Id> ids;
        Statement s = Statement::run(m_doc->database().connection(), sql, QStringLiteral("test"), values);
        while (s.next())
            ids << s.integer(0);
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    static QList<Id> sorted(QList<Id> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    static QString marked(const QString &word) { return SearchHit::Mark + word + SearchHit::EndMark; }
    QStringList titles(const QString &text) const
    {
        QStringList list;
        for (const SearchHit &hit : find(text))
            list << hit.title;
        return list;
    }

private Q_SLOTS:
    void init()
    {
        m_doc = m_samples.open(&m_seed);
        QVERIFY(m_doc);
    }

    void shouldTurnWhatIsTypedIntoASafeQuery_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("query");
        QTest::newRow("words") << "gen3 acceptance"
                               << "\"gen3\" \"acceptance\"";
        QTest::newRow("phrase") << "\"calibration products\" policy"
                                << "\"calibration products\" \"policy\"";
        QTest::newRow("prefix") << "milest*"
                                << "\"milest\"*";
        QTest::newRow("quote inside") << "O\"Mullane"
                                      << "\"O\" \"Mullane\"";
        QTest::newRow("operators are words") << "NOT (a OR b)"
                                             << "\"NOT\" \"(a\" \"OR\" \"b)\"";
        QTest::newRow("nothing searchable") << " * \" ( - "
                                            << "";
        QTest::newRow("non-ASCII") << "Zürich"
                                   << "\"Zürich\"";
    }

    void shouldTurnWhatIsTypedIntoASafeQuery()
    {
        QFETCH(QString, typed);
        QFETCH(QString, query);
        QCOMPARE(SearchRepository::ftsQuery(typed), query);
    }

    void shouldFindEachKindOfField()
    {
        const auto firstKind = [this](const QString &text) {
            const QList<SearchHit> hits = find(text);
            return hits.isEmpty() ? -1 : int(hits.first().kind);
        };
        QCOMPARE(firstKind(QStringLiteral("Leadership")), int(SearchHit::Kind::Meeting)); // meeting title
        QCOMPARE(firstKind(QStringLiteral("quarantine")), int(SearchHit::Kind::Entry)); // running notes
        QCOMPARE(firstKind(QStringLiteral("\"code of conduct\"")), int(SearchHit::Kind::Entry)); // pre-meeting notes
        QCOMPARE(firstKind(QStringLiteral("Doodle")), int(SearchHit::Kind::Action)); // action item
        QCOMPARE(firstKind(QStringLiteral("QuietDays")), int(SearchHit::Kind::Attachment)); // file name
        const QList<SearchHit> hits = find(QStringLiteral("quarantine"));
        QCOMPARE(hits.first().meetingId, m_seed);
        QCOMPARE(hits.first().entryTitle, QStringLiteral("John Swinbank transition"));
        QVERIFY(hits.first().snippet.contains(SearchHit::Mark + QStringLiteral("quarantine") + SearchHit::EndMark));
        // Among agenda entries, the one titled so outranks those whose notes mention it.
        for (const SearchHit &hit : find(QStringLiteral("Milestones"))) {
            if (hit.kind == SearchHit::Kind::Entry) {
                QCOMPARE(hit.title, QStringLiteral("Milestones"));
                break;
            }
        }
    }

    void shouldFindAPersonByNameUsernameOrAlias_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("snippet");
        QTest::newRow("username only") << "npease"
                                       << "npease" << marked(QStringLiteral("npease"));
        QTest::newRow("family name")
            << "Swinbank"
            << "John Swinbank"
            << QStringLiteral("John %1 — also John Daniel %1").arg(marked(QStringLiteral("Swinbank")));
        QTest::newRow("alias")
            << "\"John Daniel\""
            << "John Swinbank"
            << QStringLiteral("John Swinbank — also %1 Swinbank").arg(marked(QStringLiteral("John Daniel")));
        QTest::newRow("name and username") << "Butler mbut*"
                                           << "Michelle Butler (mbutler)" << QString();
    }

    void shouldFindAPersonByNameUsernameOrAlias()
    {
        QFETCH(QString, typed);
        QFETCH(QString, person);
        QFETCH(QString, snippet);
        if (typed.startsWith(QLatin1String("Butler"))) {
            // GIVEN the username-only mbutler learns a name
            const Id id = PersonRepository(m_doc->database().connection()).findByName(QStringLiteral("mbutler"));
            Person p = m_doc->directory()->person(id);
            p.displayName = QStringLiteral("Michelle Butler");
            m_doc->directory()->editPerson(p);
        }
        // WHEN it is searched for, THEN the person comes first: their name is what was typed
        const QList<SearchHit> hits = find(typed);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(int(hits.first().kind), int(SearchHit::Kind::Person));
        QCOMPARE(int(hits.first().match), int(SearchHit::Match::Name));
        QCOMPARE(hits.first().title, person);
        QCOMPARE(hits.first().meetingId, Id(0));
        if (!snippet.isEmpty())
            QCOMPARE(hits.first().snippet, snippet);
    }

    void shouldFindThePlacesAPersonIsOn()
    {
        // npease is only ever a participant: their meeting is found
        QList<SearchHit> hits = find(QStringLiteral("npease"));
        QCOMPARE(idsOf(hits, SearchHit::Kind::Meeting, SearchHit::Match::People), QList<Id>{m_seed});
        const SearchHit meeting = hits.at(1);
        QVERIFY2(meeting.snippet.startsWith(QLatin1String("Participants: ")), qPrintable(meeting.snippet));
        QVERIFY(meeting.snippet.contains(marked(QStringLiteral("npease"))));

        // John Swinbank: every action item assigned to him, every entry he leads, every file he uploaded
        hits = find(QStringLiteral("Swinbank"), 500);
        const QString swinbank = QStringLiteral("(SELECT id FROM person WHERE display_name = 'John Swinbank')");
        const QList<Id> assigned
            = idsFrom(QStringLiteral("SELECT action_id FROM action_assignee WHERE person_id = %1").arg(swinbank));
        QCOMPARE(assigned.size(), 2);
        QCOMPARE(sorted(idsOf(hits, SearchHit::Kind::Action, SearchHit::Match::People)), assigned);
        for (const SearchHit &hit : hits) {
            if (hit.kind == SearchHit::Kind::Action && hit.match == SearchHit::Match::People)
                QVERIFY2(hit.snippet.endsWith(
                             QStringLiteral(" — Assigned to John %1").arg(marked(QStringLiteral("Swinbank")))),
                         qPrintable(hit.snippet));
        }
        const QList<Id> led
            = idsFrom(QStringLiteral("SELECT id FROM agenda_entry WHERE moderator_id = %1 "
                                     "UNION SELECT entry_id FROM agenda_coordinator WHERE person_id = %1")
                          .arg(swinbank));
        QList<Id> foundLed = idsOf(hits, SearchHit::Kind::Entry, SearchHit::Match::People);
        foundLed << idsOf(hits, SearchHit::Kind::Entry, SearchHit::Match::Name); // "John Swinbank transition"
        QCOMPARE(sorted(foundLed), led);
        QCOMPARE(sorted(idsOf(hits, SearchHit::Kind::Attachment, SearchHit::Match::People)),
                 idsFrom(QStringLiteral("SELECT id FROM attachment WHERE uploaded_by = %1").arg(swinbank)));
        // An untitled block is named as one, and says who leads it.
        bool block = false;
        for (const SearchHit &hit : hits) {
            if (hit.kind == SearchHit::Kind::Entry && hit.title == QLatin1String("Moderated block")) {
                QCOMPARE(hit.snippet, QStringLiteral("Led by John %1").arg(marked(QStringLiteral("Swinbank"))));
                block = true;
            }
        }
        QVERIFY(block);
        // A group assigned an action item finds it too.
        QCOMPARE(idsOf(find(QStringLiteral("T/CAMs")), SearchHit::Kind::Action, SearchHit::Match::People).size(), 1);
    }

    void shouldFollowWhoIsOnAPlaceThroughEditsAndUndo()
    {
        PersonDirectory *directory = m_doc->directory();
        const Id john = directory->findPerson(QStringLiteral("John Swinbank"));
        const Id nate = directory->findPerson(QStringLiteral("npease"));
        QVERIFY(john && nate);
        const auto assignedTo = [this](const QString &name) {
            return sorted(idsOf(find(name, 500), SearchHit::Kind::Action, SearchHit::Match::People));
        };
        const QList<Id> johns = assignedTo(QStringLiteral("Swinbank"));
        QCOMPARE(johns.size(), 2);

        // A person renamed: their places follow; undo takes it back.
        Person p = directory->person(john);
        p.displayName = QStringLiteral("John Zeppelinbank");
        directory->editPerson(p);
        QCOMPARE(assignedTo(QStringLiteral("Zeppelinbank")), johns);
        QVERIFY(assignedTo(QStringLiteral("Swinbank")).isEmpty());
        m_doc->undoStack()->undo();
        QCOMPARE(assignedTo(QStringLiteral("Swinbank")), johns);
        QVERIFY(find(QStringLiteral("Zeppelinbank")).isEmpty());

        // An alias added finds the person; removed, it does not.
        p = directory->person(john);
        p.aliases << QStringLiteral("Jonny Zed");
        directory->editPerson(p);
        QCOMPARE(find(QStringLiteral("Jonny")).value(0).itemId, john);
        m_doc->undoStack()->undo();
        QVERIFY(find(QStringLiteral("Jonny")).isEmpty());

        // An action item given to npease is found by their username; undone, it is not.
        QList<ActionItem> actions = m_doc->actionItemsOf(m_seed);
        const Id doodle = [&] {
            for (ActionItem &a : actions) {
                if (a.description.contains(QLatin1String("Doodle"))) {
                    a.assignees << Assignee{nate, 0};
                    return a.id;
                }
            }
            return Id(0);
        }();
        QVERIFY(doodle);
        m_doc->editActionItems(m_seed, actions, QStringLiteral("assign"));
        QCOMPARE(assignedTo(QStringLiteral("npease")), QList<Id>{doodle});
        m_doc->undoStack()->undo();
        QVERIFY(assignedTo(QStringLiteral("npease")).isEmpty());

        // A coordinator added to a topic: the topic is found by them.
        AgendaState state = m_doc->agendaState();
        Id quietDay = 0;
        for (AgendaEntry &e : state.entries) {
            if (e.title == QLatin1String("Quiet Day")) {
                e.coordinatorIds << nate;
                quietDay = e.id;
            }
        }
        m_doc->editAgenda(state, QStringLiteral("coordinator"));
        QCOMPARE(idsOf(find(QStringLiteral("npease")), SearchHit::Kind::Entry, SearchHit::Match::People),
                 QList<Id>{quietDay});
        m_doc->undoStack()->undo();
        QVERIFY(idsOf(find(QStringLiteral("npease")), SearchHit::Kind::Entry, SearchHit::Match::People).isEmpty());

        // A group renamed: the action items assigned to it follow.
        QList<PersonGroup> groups = directory->groups();
        QCOMPARE(groups.size(), 1);
        groups.first().name = QStringLiteral("Zeppelin leads");
        const QList<Id> tcams
            = idsOf(find(QStringLiteral("T/CAMs")), SearchHit::Kind::Action, SearchHit::Match::People);
        QCOMPARE(tcams.size(), 1);
        directory->editGroups(groups, QStringLiteral("rename"));
        QCOMPARE(idsOf(find(QStringLiteral("Zeppelin")), SearchHit::Kind::Action, SearchHit::Match::People), tcams);
        QVERIFY(idsOf(find(QStringLiteral("T/CAMs")), SearchHit::Kind::Action, SearchHit::Match::People).isEmpty());
        m_doc->undoStack()->undo();
        QVERIFY(find(QStringLiteral("Zeppelin")).isEmpty());
        QCOMPARE(idsOf(find(QStringLiteral("T/CAMs")), SearchHit::Kind::Action, SearchHit::Match::People), tcams);

        // Two people merged: the survivor is named on the merged one's places, and undo restores both.
        NameChoice michelle; // a new person, as the name question's answer gives it
        michelle.typed = QStringLiteral("Michelle Butler");
        michelle.person.displayName = michelle.typed;
        QCOMPARE(m_doc->addParticipants({michelle}), 1);
        const Id survivor = directory->findPerson(QStringLiteral("Michelle Butler"));
        const Id merged = directory->findPerson(QStringLiteral("mbutler"));
        const QList<SearchHit> before = find(QStringLiteral("mbutler"), 500);
        QVERIFY(!idsOf(before, SearchHit::Kind::Attachment, SearchHit::Match::People).isEmpty());
        directory->mergePeople(survivor, merged);
        const QList<SearchHit> after = find(QStringLiteral("mbutler"), 500);
        QCOMPARE(after.first().title, QStringLiteral("Michelle Butler (mbutler)"));
        QCOMPARE(idsOf(after, SearchHit::Kind::Person, SearchHit::Match::Name), QList<Id>{survivor});
        QCOMPARE(idsOf(after, SearchHit::Kind::Attachment, SearchHit::Match::People),
                 idsOf(before, SearchHit::Kind::Attachment, SearchHit::Match::People));
        m_doc->undoStack()->undo();
        QCOMPARE(idsOf(find(QStringLiteral("mbutler")), SearchHit::Kind::Person, SearchHit::Match::Name),
                 QList<Id>{merged});
        // Every row of the index is what the library holds, after all of that.
        QCOMPARE(queryValue(m_doc->database().connection(),
                            QStringLiteral("SELECT count(*) FROM search_index WHERE kind = 'person'"))
                     .toInt(),
                 queryValue(m_doc->database().connection(), QStringLiteral("SELECT count(*) FROM person")).toInt());
    }

    void shouldRankWhatIsNamedSoAboveFilesAndNotes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("title");
        QTest::newRow("a topic above the files named after it")
            << "DMTN-148" << int(SearchHit::Kind::Entry) << "DMTN-148";
        QTest::newRow("a person above what mentions them")
            << "Swinbank" << int(SearchHit::Kind::Person) << "John Swinbank";
        QTest::newRow("a file name above notes") << "QuietDays" << int(SearchHit::Kind::Attachment) << QString();
    }

    void shouldRankWhatIsNamedSoAboveFilesAndNotes()
    {
        QFETCH(QString, typed);
        QFETCH(int, kind);
        QFETCH(QString, title);
        const QList<SearchHit> hits = find(typed, 500);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(int(hits.first().kind), kind);
        if (!title.isEmpty())
            QCOMPARE(hits.first().title, title);
        // Names, then file names, then people, then text: never out of that order.
        for (int i = 1; i < hits.size(); ++i)
            QVERIFY2(hits.at(i - 1).match <= hits.at(i).match, qPrintable(hits.at(i).title));
    }

    void shouldRankTopicAndActionTitlesAboveAttachmentNames()
    {
        // GIVEN "DMTN-148": a topic so titled, two action items that name it, four files named after it
        const QList<SearchHit> hits = find(QStringLiteral("DMTN-148"));
        int lastTitle = -1;
        int firstFile = int(hits.size());
        int titles = 0;
        int files = 0;
        for (int i = 0; i < hits.size(); ++i) {
            const SearchHit &hit = hits.at(i);
            const bool named = hit.title.contains(QLatin1String("DMTN-148"));
            if (named && (hit.kind == SearchHit::Kind::Entry || hit.kind == SearchHit::Kind::Action)) {
                lastTitle = i;
                ++titles;
            } else if (hit.kind == SearchHit::Kind::Attachment) {
                firstFile = std::min(firstFile, i);
                ++files;
            }
        }
        // THEN every topic and action item named so comes before every file
        QCOMPARE(titles, 3);
        QCOMPARE(files, 4);
        QVERIFY2(lastTitle < firstFile, qPrintable(QStringLiteral("%1 %2").arg(lastTitle).arg(firstFile)));
        // AND the topic that is just that name comes first of all
        QCOMPARE(int(hits.first().kind), int(SearchHit::Kind::Entry));
    }

    void shouldReadMarkdownAsText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");
        const QString m = QString(SearchHit::Mark);
        const QString e = QString(SearchHit::EndMark);
        QTest::newRow("list items") << "- first\n- second\n  continued\n* third\n+ fourth"
                                    << "first · second continued · third · fourth";
        QTest::newRow("numbers and tasks") << "1. one\n2) two\n- [ ] open\n- [x] done"
                                           << "one · two · open · done";
        QTest::newRow("bold chat") << "- **John Daniel " + m + "Swinbank" + e + "** (8:59 p.m.): where"
                                   << "John Daniel " + m + "Swinbank" + e + " (8:59 p.m.): where";
        QTest::newRow("emphasis") << "*one* _two_ __three__ ~~four~~ `five`"
                                  << "one two three four five";
        QTest::newRow("words with marks inside stay") << "snake_case_name, 2*3*4 and a_b"
                                                      << "snake_case_name, 2*3*4 and a_b";
        QTest::newRow("links") << "see [the note](https://example.org/x) and ![a chart](c.png) and <https://a.org>"
                               << "see the note and a chart and https://a.org";
        QTest::newRow("a link that matched keeps its target") << "[PR](https://" + m + "github" + e + ".com/x)"
                                                              << "PR (https://" + m + "github" + e + ".com/x)";
        QTest::newRow("cut off by the snippet") << "…said **John and [the note](https://exa…"
                                                << "…said John and the note";
        QTest::newRow("headings and quotes") << "# Title #\n\nText\n> quoted\n> > deeper"
                                             << "Title · Text · quoted · deeper";
        QTest::newRow("paragraph lines") << "one line\nthe next line\n\nnew paragraph"
                                         << "one line the next line · new paragraph";
        QTest::newRow("code fence and rule") << "```\nint x;\n```\n---\nafter"
                                             << "int x; · after";
        QTest::newRow("table") << "| a | b |\n|---|:-:|\n| 1 | 2 |"
                               << "a · b · 1 · 2";
        QTest::newRow("escapes") << "\\*not emphasis\\* and \\[x\\]"
                                 << "*not emphasis* and [x]";
        QTest::newRow("plain text") << "Nothing to strip, 100% - really."
                                    << "Nothing to strip, 100% - really.";
        QTest::newRow("empty") << ""
                               << "";
    }

    void shouldReadMarkdownAsText()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, text);
        QCOMPARE(MarkdownText::toLine(markdown), text);
    }

    void shouldShowSnippetsAsText()
    {
        // GIVEN notes with every kind of Markdown
        AgendaState state = m_doc->agendaState();
        for (AgendaEntry &e : state.entries) {
            if (e.title == QLatin1String("Quiet Day"))
                e.runningNotes = QStringLiteral("## Outcome\n\n- **Zeppelin** days agreed, see [the poll](https://"
                                                "example.org/poll)\n- [ ] _ask_ the `zeppelin` crew\n");
        }
        m_doc->editAgenda(state, QStringLiteral("notes"));
        // WHEN they are found
        const QList<SearchHit> hits = find(QStringLiteral("zeppelin"));
        // THEN the snippet is their text
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippet.endsWith(
                     QStringLiteral("organization? · Outcome · %1 days agreed, see the poll · ask the %2 crew")
                         .arg(marked(QStringLiteral("Zeppelin")), marked(QStringLiteral("zeppelin")))),
                 qPrintable(hits.first().snippet));
        // AND so are the sample's chat notes, lists and bold names
        for (const QString &typed :
             {QStringLiteral("Swinbank"), QStringLiteral("quarantine"), QStringLiteral("Zoom")}) {
            for (const SearchHit &hit : find(typed, 500)) {
                QVERIFY2(!hit.snippet.contains(QLatin1String("**")), qPrintable(hit.snippet));
                QVERIFY2(!hit.snippet.contains(QLatin1String("\n")), qPrintable(hit.snippet));
                QVERIFY2(!hit.snippet.startsWith(QLatin1String("- ")), qPrintable(hit.snippet));
                QVERIFY2(!hit.snippet.contains(QLatin1String(" - **")), qPrintable(hit.snippet));
            }
        }
    }

    void shouldSayWhenThereAreMoreThanAsked()
    {
        // GIVEN more places with "the" than asked for
        const QList<SearchHit> all = find(QStringLiteral("the"), 10000);
        QVERIFY(all.size() > 20);
        // WHEN fewer are asked for, THEN exactly as many come, the best ones, in the same order
        const QList<SearchHit> some = find(QStringLiteral("the"), 20);
        QCOMPARE(some.size(), 20);
        for (int i = 0; i < some.size(); ++i)
            QCOMPARE(some.at(i).itemId, all.at(i).itemId);
        // AND nothing is asked for, nothing comes
        QVERIFY(find(QStringLiteral("the"), 0).isEmpty());
        QVERIFY(find(QStringLiteral("the"), -5).isEmpty());
    }

    void shouldIndexPeopleWhenAnOlderLibraryIsUpgraded()
    {
        // GIVEN a library of format 3 (search without people) holding the sample
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.quorum"));
        QString error;
        const QList<Migration> shipped = Database::builtinMigrations();
        QVERIFY(shipped.size() >= 4);
        QCOMPARE(shipped.at(2).version, 3);
        {
            auto v3 = Database::open(path, Database::Mode::CreateNew, &error, shipped.mid(0, 3));
            QVERIFY2(v3, qPrintable(error));
            QVERIFY(copyRowsIntoOlderLibrary(v3->connection(), writeSample(dir, QStringLiteral("latest.quorum"))));
            QCOMPARE(queryValue(v3->connection(), QStringLiteral("SELECT count(*) FROM search_index "
                                                                 "WHERE search_index MATCH 'npease'"))
                         .toInt(),
                     0);
        }
        // WHEN this version opens it
        auto db = Database::open(path, Database::Mode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::latestVersion());
        // THEN people and the places they are on are found, and every place is still there
        const QList<SearchHit> hits = SearchRepository(db->connection()).search(QStringLiteral("npease"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(int(hits.at(0).kind), int(SearchHit::Kind::Person));
        QCOMPARE(int(hits.at(1).kind), int(SearchHit::Kind::Meeting));
        const auto count = [&](const QString &sql) { return queryValue(db->connection(), sql).toInt(); };
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM search_index")),
                 count(QStringLiteral("SELECT (SELECT count(*) FROM meeting) + (SELECT count(*) FROM agenda_entry) "
                                      "+ (SELECT count(*) FROM action_item) + (SELECT count(*) FROM attachment) "
                                      "+ (SELECT count(*) FROM person)")));
        QCOMPARE(SearchRepository(db->connection()).search(QStringLiteral("quarantine")).size(), 1);
        // AND the index follows edits made after the upgrade
        Statement::run(db->connection(),
                       QStringLiteral("UPDATE person SET username = 'npeaseworthy' WHERE username = 'npease'"),
                       QStringLiteral("test"));
        QVERIFY(SearchRepository(db->connection()).search(QStringLiteral("npease")).isEmpty());
        QCOMPARE(SearchRepository(db->connection()).search(QStringLiteral("npeaseworthy")).size(), 2);
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".v3-backup")));
    }

    void shouldStayInStepWithEditsAndUndo()
    {
        m_doc->editMeetingField(Meeting::Description, QStringLiteral("Hosted in Zürich this time."));
        QCOMPARE(find(QStringLiteral("zurich")).size(), 1); // diacritics do not matter
        QCOMPARE(find(QStringLiteral("Zürich")).size(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(find(QStringLiteral("zurich")).size(), 0);
        m_doc->undoStack()->redo();
        QCOMPARE(find(QStringLiteral("zurich")).size(), 1);

        // An entry's notes, and the entry removed: gone from the index; undone: back.
        AgendaState state = m_doc->agendaState();
        for (AgendaEntry &e : state.entries) {
            if (e.title == QLatin1String("Quiet Day"))
                e.runningNotes = QStringLiteral("Agreed on a quietness experiment.");
        }
        m_doc->editAgenda(state, QStringLiteral("notes"));
        QCOMPARE(titles(QStringLiteral("quietness")), QStringList{QStringLiteral("Quiet Day")});
        QVERIFY(titles(QStringLiteral("\"Feedback broadly positive\"")).isEmpty()); // the old notes are gone
        const Id quietDay = entryTitled(m_doc->agendaState().entries, QStringLiteral("Quiet Day")).id;
        AgendaState removed = m_doc->agendaState();
        QVERIFY(removed.remove(quietDay));
        m_doc->editAgenda(removed, QStringLiteral("remove"));
        QVERIFY(titles(QStringLiteral("quietness")).isEmpty());
        m_doc->undoStack()->undo();
        QCOMPARE(titles(QStringLiteral("quietness")), QStringList{QStringLiteral("Quiet Day")});

        // Action items and attachments: removed with their meeting's edits, back on undo.
        QList<ActionItem> actions = m_doc->actionItemsOf(m_seed);
        actions.erase(
            std::remove_if(actions.begin(), actions.end(),
                           [](const ActionItem &a) { return a.description.contains(QLatin1String("Doodle")); }),
            actions.end());
        m_doc->editActionItems(m_seed, actions, QStringLiteral("remove"));
        QVERIFY(find(QStringLiteral("Doodle")).isEmpty());
        m_doc->undoStack()->undo();
        QCOMPARE(find(QStringLiteral("Doodle")).size(), 1);
    }

    void shouldPutNewerMeetingsFirstWhenEquallyGood()
    {
        // GIVEN the oldest and the newest meeting with the same action item
        const QList<MeetingSummary> meetings = MeetingRepository(m_doc->database().connection()).summaries();
        const Id newest = meetings.constFirst().id;
        const Id oldest = meetings.constLast().id;
        for (Id id : {oldest, newest}) {
            QList<ActionItem> actions = m_doc->actionItemsOf(id);
            ActionItem a;
            a.meetingId = id;
            a.description = QStringLiteral("Walk the zeppelin budget through");
            actions << a;
            m_doc->editActionItems(id, actions, QStringLiteral("add"));
        }
        // WHEN both are found equally well
        const QList<SearchHit> hits = find(QStringLiteral("zeppelin"));
        // THEN the newer comes first
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).rank, hits.at(1).rank);
        QCOMPARE(hits.at(0).meetingId, newest);
        QCOMPARE(hits.at(1).meetingId, oldest);
    }

    void shouldBeSafeWithAnythingTyped()
    {
        for (const QString &typed :
             {QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("AND"), QStringLiteral("( OR"),
              QStringLiteral("NEAR(a b)"), QStringLiteral("title:x"), QStringLiteral("-x"), QStringLiteral("^start"),
              QString(QChar(0x2)), QStringLiteral("'; DROP TABLE meeting; --")}) {
            try {
                find(typed);
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("%1: %2").arg(typed, QString::fromUtf8(e.what()))));
            }
        }
        QCOMPARE(find(QStringLiteral("Leadership")).isEmpty(), false);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
