// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "meetingdocument.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/searchrepository.h"

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

    QList<SearchHit> find(const QString &text) const
    {
        return SearchRepository(m_doc->database().connection()).search(text);
    }
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
