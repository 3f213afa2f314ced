// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend.h"
#include "export/jsoninterchange.h"
#include "fixtures.h"
#include "itemmodels/historymodel.h"
#include "meetingdocument.h"
#include "notes/linediff.h"
#include "pgcluster.h"
#include "storage/database.h"
#include "storage/historyrecorder.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

const QDateTime Start(QDate(2020, 9, 15), QTime(15, 0), Qt::UTC);

/** Sets the running notes of the entry to text through the document, as typing does (merge key of the notes). */
void typeNotes(MeetingDocument &doc, Id entryId, const QString &text)
{
    AgendaState after = doc.agendaState();
    after.entry(entryId)->runningNotes = text;
    doc.editAgenda(after, QStringLiteral("Edit the running notes of “%1”").arg(after.entry(entryId)->title),
                   entryId * 16 + 15);
}

QList<Revision> notesRevisions(const QList<Revision> &all, Id entryId)
{
    QList<Revision> list;
    for (const Revision &r : all) {
        if (r.part == Revision::runningNotesPart() && r.entryId == entryId)
            list << r;
    }
    return list;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run quorum(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QUORUM_BUSY_WAIT"), QStringLiteral("0")); // a held lock is refused at once
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QUORUM_EXECUTABLE), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    std::unique_ptr<MeetingDocument> m_doc;
    Id m_seed = 0;
    Id m_entry = 0;

private Q_SLOTS:
    void initTestCase_data() { Quorum::Testing::Backend::addRows(); }

    void init()
    {
        QUORUM_USE_BACKEND();
        m_doc = m_samples.open(&m_seed);
        QVERIFY(m_doc);
        m_doc->setNow(Start);
        // a topic whose running notes start empty, with no history yet
        for (const AgendaEntry &e : m_doc->agendaState().entries) {
            if (e.kind == AgendaEntry::Kind::Topic) {
                m_entry = e.id;
                break;
            }
        }
        QVERIFY(m_entry);
        AgendaState cleared = m_doc->agendaState();
        cleared.entry(m_entry)->runningNotes.clear();
        m_doc->editAgenda(cleared, QStringLiteral("Clear"));
        QVERIFY(m_doc->pruneHistory(QDate(2100, 1, 1)) >= 0);
        QVERIFY(m_doc->revisions(m_seed).isEmpty());
        m_doc->undoStack()->clear();
    }

    void cleanup() { m_doc.reset(); }

    void shouldCoalesceABurstOfTypingIntoOneRevision()
    {
        // WHEN notes are typed in a burst, each keystroke written
        typeNotes(*m_doc, m_entry, QStringLiteral("a"));
        m_doc->setNow(Start.addSecs(10));
        typeNotes(*m_doc, m_entry, QStringLiteral("ab"));
        m_doc->setNow(Start.addSecs(50));
        typeNotes(*m_doc, m_entry, QStringLiteral("abc"));
        // THEN the history holds one revision with the last text and time
        QList<Revision> notes = notesRevisions(m_doc->revisions(m_seed), m_entry);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().content, QStringLiteral("abc"));
        QCOMPARE(notes.first().at, Start.addSecs(50));
        // (on a team library the author is the database user, as the directory names them)
        QCOMPARE(notes.first().author, Backend::isServer() ? PgCluster::adminUser() : QString());
        // and typing after a quiet minute starts a new one
        m_doc->setNow(Start.addSecs(50 + HistoryRecorder::QuietSeconds + 1));
        typeNotes(*m_doc, m_entry, QStringLiteral("abcd"));
        notes = notesRevisions(m_doc->revisions(m_seed), m_entry);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.last().content, QStringLiteral("abcd"));
    }

    void shouldKeepTheTextBeforeTheFirstRecordedChange()
    {
        const AgendaEntry withNotes = [&] {
            for (const AgendaEntry &e : m_doc->agendaState().entries) {
                if (!e.runningNotes.isEmpty())
                    return e;
            }
            return AgendaEntry();
        }();
        QVERIFY(withNotes.id);
        typeNotes(*m_doc, withNotes.id, withNotes.runningNotes + QStringLiteral("\nAdded."));
        const QList<Revision> notes = notesRevisions(m_doc->revisions(m_seed), withNotes.id);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0).content, withNotes.runningNotes);
        QCOMPARE(notes.at(1).content, withNotes.runningNotes + QStringLiteral("\nAdded."));
    }

    void shouldRecordAgendaAndActionChangesWithTheirUndoText()
    {
        // GIVEN an agenda edit and a tick
        AgendaState after = m_doc->agendaState();
        after.entry(m_entry)->title = QStringLiteral("Renamed topic");
        m_doc->editAgenda(after, QStringLiteral("Rename “x”"));
        QList<ActionItem> items = m_doc->actionItemsOf(m_seed);
        items.first().done = !items.first().done;
        m_doc->editActionItems(m_seed, items, QStringLiteral("Tick “y”"));
        // WHEN the tick is undone
        m_doc->undoStack()->undo();
        // THEN all three are kept, in order
        const QList<Revision> all = m_doc->revisions(m_seed);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).part, Revision::agendaPart());
        QCOMPARE(all.at(0).summary, QStringLiteral("Rename “x”"));
        QCOMPARE(all.at(1).part, Revision::actionsPart());
        QCOMPARE(all.at(1).summary, QStringLiteral("Tick “y”"));
        QCOMPARE(all.at(2).part, Revision::actionsPart());
        QCOMPARE(all.at(2).summary, QStringLiteral("Undo: Tick “y”"));
    }

    void shouldKeepTheHistoryAcrossClosingTheFile()
    {
        typeNotes(*m_doc, m_entry, QStringLiteral("kept"));
        const QList<Revision> before = m_doc->revisions(m_seed);
        QVERIFY(!before.isEmpty());
        const QString path = m_doc->path();
        m_doc.reset();
        QString error;
        m_doc = MeetingDocument::open(path, &error);
        QVERIFY2(m_doc, qPrintable(error));
        QCOMPARE(m_doc->revisions(m_seed), before);
    }

    void shouldRestoreAnOlderRevisionAsAnUndoableEdit()
    {
        typeNotes(*m_doc, m_entry, QStringLiteral("first version"));
        m_doc->setNow(Start.addSecs(600));
        typeNotes(*m_doc, m_entry, QStringLiteral("second version"));
        const QList<Revision> notes = notesRevisions(m_doc->revisions(m_seed), m_entry);
        QCOMPARE(notes.size(), 2);
        // WHEN the first is restored
        m_doc->setNow(Start.addSecs(1200));
        QVERIFY(m_doc->restoreRevision(notes.first()));
        // THEN the notes hold it again, as a recorded change
        QCOMPARE(m_doc->agendaState().entry(m_entry)->runningNotes, QStringLiteral("first version"));
        const QList<Revision> after = notesRevisions(m_doc->revisions(m_seed), m_entry);
        QCOMPARE(after.size(), 3);
        QVERIFY(after.last().summary.startsWith(QStringLiteral("Restore the running notes")));
        // and it is undone like any edit
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->agendaState().entry(m_entry)->runningNotes, QStringLiteral("second version"));
    }

    void shouldPruneOnlyOlderRevisions()
    {
        typeNotes(*m_doc, m_entry, QStringLiteral("old"));
        m_doc->setNow(QDateTime(QDate(2021, 1, 10), QTime(12, 0), Qt::UTC));
        typeNotes(*m_doc, m_entry, QStringLiteral("new"));
        QCOMPARE(m_doc->revisions(m_seed).size(), 2);
        QCOMPARE(m_doc->pruneHistory(QDate(2021, 1, 1)), 1);
        const QList<Revision> left = m_doc->revisions(m_seed);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().content, QStringLiteral("new"));
    }

    void shouldPruneFromTheCommandLineUnderTheEditLock()
    {
        QUORUM_FILE_ONLY("the edit lock is the file's: on a server several writers are the point");
        typeNotes(*m_doc, m_entry, QStringLiteral("old"));
        m_doc->setNow(QDateTime(QDate(2021, 1, 10), QTime(12, 0), Qt::UTC));
        typeNotes(*m_doc, m_entry, QStringLiteral("new"));
        const QString path = m_doc->path();
        // refused while a window edits the library
        Run run
            = quorum({QStringLiteral("prune-history"), path, QStringLiteral("--before"), QStringLiteral("2021-01-01")});
        QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was pruned")), qPrintable(run.err));
        QCOMPARE(m_doc->revisions(m_seed).size(), 2);
        m_doc.reset();
        // a bad date changes nothing
        run = quorum({QStringLiteral("prune-history"), path, QStringLiteral("--before"), QStringLiteral("2021-13-01")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("YYYY-MM-DD")), qPrintable(run.err));
        // WHEN it runs on the closed library
        run = quorum({QStringLiteral("prune-history"), path, QStringLiteral("--before"), QStringLiteral("2021-01-01")});
        // THEN it says how many went, and the newer one stays
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("1 revision older than 2021-01-01 was removed.\n"));
        QCOMPARE(valueInFile(path, QStringLiteral("SELECT count(*) FROM revision")).toInt(), 1);
        QCOMPARE(valueInFile(path, QStringLiteral("SELECT content FROM revision")).toString(), QStringLiteral("new"));
    }

    void shouldCarryTheFinalRecordAndTheHistoryThroughJson()
    {
        // GIVEN a meeting with a history, finalized, reopened and finalized again
        typeNotes(*m_doc, m_entry, QStringLiteral("one\ntwo"));
        QList<ActionItem> items = m_doc->actionItemsOf(m_seed);
        items.first().done = !items.first().done;
        m_doc->editActionItems(m_seed, items, QStringLiteral("Tick “y”"));
        QVERIFY(m_doc->finalizeMinutes(m_seed, QStringLiteral("Ann")));
        QVERIFY(m_doc->reopenMinutes(m_seed, QStringLiteral("Bob")));
        QVERIFY(m_doc->finalizeMinutes(m_seed, QStringLiteral("Cy")));
        const QByteArray json = JsonInterchange::exportLibrary(m_doc->database(), m_seed);
        const QJsonObject meeting
            = QJsonDocument::fromJson(json).object().value(QStringLiteral("meetings")).toArray().first().toObject();
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("formatVersion")).toInt(), 4);
        QCOMPARE(meeting.value(QStringLiteral("finalized")).toObject().value(QStringLiteral("by")).toString(),
                 QStringLiteral("Cy"));
        QCOMPARE(meeting.value(QStringLiteral("events")).toArray().size(), 3);
        // WHEN it is imported into a new library
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("copy.quorum"));
        QString error;
        QVERIFY2(JsonInterchange::importIntoNewLibrary(target, json, &error), qPrintable(error));
        std::unique_ptr<MeetingDocument> copy = MeetingDocument::open(target, &error);
        QVERIFY2(copy, qPrintable(error));
        const Id id = copy->currentMeetingId();
        // THEN the final record, the events and the history are the same
        QVERIFY(copy->isFinal(id));
        const FinalState a = m_doc->finalState(m_seed);
        const FinalState b = copy->finalState(id);
        QCOMPARE(b, a);
        const QList<MeetingEvent> events = copy->meetingEvents(id);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(1).kind, MeetingEvent::Kind::Reopened);
        QCOMPARE(events.at(1).by, QStringLiteral("Bob"));
        const QList<Revision> before = m_doc->revisions(m_seed);
        const QList<Revision> after = copy->revisions(id);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).part, before.at(i).part);
            QCOMPARE(after.at(i).summary, before.at(i).summary);
            QCOMPARE(after.at(i).at, before.at(i).at);
            QCOMPARE(after.at(i).content, before.at(i).content);
            QCOMPARE(after.at(i).hasContent, before.at(i).hasContent);
            QCOMPARE(after.at(i).entryTitle, before.at(i).entryTitle);
            QCOMPARE(after.at(i).entryId != 0, before.at(i).entryId != 0);
        }
        // and exporting the copy gives the same document
        QCOMPARE(JsonInterchange::exportLibrary(copy->database(), id), json);
    }

    void shouldImportAnOlderFormatWithoutHistory()
    {
        typeNotes(*m_doc, m_entry, QStringLiteral("one"));
        QVERIFY(m_doc->finalizeMinutes(m_seed, QStringLiteral("Ann")));
        QJsonObject root = QJsonDocument::fromJson(JsonInterchange::exportLibrary(m_doc->database(), m_seed)).object();
        root.insert(QStringLiteral("formatVersion"), 3);
        QJsonArray meetings = root.value(QStringLiteral("meetings")).toArray();
        QJsonObject meeting = meetings.first().toObject();
        for (const char *key : {"finalized", "events", "history"})
            meeting.remove(QLatin1String(key));
        meetings[0] = meeting;
        root.insert(QStringLiteral("meetings"), meetings);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("old.quorum"));
        QString error;
        QVERIFY2(JsonInterchange::importIntoNewLibrary(target, QJsonDocument(root).toJson(), &error),
                 qPrintable(error));
        QCOMPARE(valueInFile(target, QStringLiteral("SELECT count(*) FROM revision")).toInt(), 0);
        QCOMPARE(valueInFile(target, QStringLiteral("SELECT count(*) FROM meeting_final")).toInt(), 0);
    }

    void shouldRefuseABadFinalRecordOrHistory_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("final minutes not attached") << "finalized"
                                                    << R"({"at": "2020-09-16T17:30:00Z", "by": "Ann", "sha256": "%1"})"
                                                    << "not among the meeting's attachments";
        QTest::newRow("final without a name") << "finalized"
                                              << R"({"at": "2020-09-16T17:30:00Z", "sha256": "%1"})"
                                              << "“by”";
        QTest::newRow("final not an object") << "finalized"
                                             << R"("yes")"
                                             << "must be an object";
        QTest::newRow("unknown event") << "events"
                                       << R"([{"at": "2020-09-16T17:30:00Z", "by": "Ann", "kind": "sealed"}])"
                                       << "must be one of: finalized, reopened";
        QTest::newRow("event without time") << "events"
                                            << R"([{"by": "Ann", "kind": "finalized"}])"
                                            << "“at”";
        QTest::newRow("notes without text")
            << "history"
            << R"([{"at": "2020-09-16T17:30:00Z", "part": "running_notes", "summary": "x"}])"
            << "“content”";
        QTest::newRow("revision without part") << "history"
                                               << R"([{"at": "2020-09-16T17:30:00Z"}])"
                                               << "“part”";
        QTest::newRow("revision at a local time") << "history"
                                                  << R"([{"at": "2020-09-16T17:30:00", "part": "agenda"}])"
                                                  << "instant";
    }

    void shouldRefuseABadFinalRecordOrHistory()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QJsonObject root = QJsonDocument::fromJson(JsonInterchange::exportLibrary(m_doc->database(), m_seed)).object();
        QJsonArray meetings = root.value(QStringLiteral("meetings")).toArray();
        QJsonObject meeting = meetings.first().toObject();
        const QString json
            = QStringLiteral(R"({"v": %1})")
                  .arg(value.contains(QLatin1String("%1")) ? value.arg(QString(64, QLatin1Char('a'))) : value);
        meeting.insert(key, QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("v")));
        meetings[0] = meeting;
        root.insert(QStringLiteral("meetings"), meetings);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("bad.quorum"));
        QString error;
        QVERIFY(!JsonInterchange::importIntoNewLibrary(target, QJsonDocument(root).toJson(), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void shouldRemoveTheHistoryWithItsMeetingAndBringItBackOnUndo()
    {
        typeNotes(*m_doc, m_entry, QStringLiteral("kept"));
        const QList<Revision> before = m_doc->revisions(m_seed);
        QVERIFY(m_doc->deleteMeeting(m_seed));
        QCOMPARE(queryValue(m_doc->database().connection(), QStringLiteral("SELECT count(*) FROM revision")).toInt(),
                 0);
        m_doc->undoStack()->undo();
        // the same revisions, under new ids
        QList<Revision> after = m_doc->revisions(m_seed);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            after[i].id = before.at(i).id;
            QCOMPARE(after.at(i), before.at(i));
        }
    }

    void shouldListTheHistoryNewestFirst()
    {
        HistoryModel model;
        const auto tester = watchModel(&model);
        typeNotes(*m_doc, m_entry, QStringLiteral("one"));
        m_doc->setNow(Start.addSecs(600));
        AgendaState after = m_doc->agendaState();
        after.entry(m_entry)->title = QStringLiteral("Renamed");
        m_doc->editAgenda(after, QStringLiteral("Rename"));
        model.show(m_doc->revisions(m_seed));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, HistoryModel::SummaryColumn).data().toString(), QStringLiteral("Rename"));
        QCOMPARE(model.index(0, HistoryModel::WhatColumn).data().toString(), QStringLiteral("Agenda"));
        QCOMPARE(model.index(1, 0).data(HistoryModel::NotesKeyRole).toString(),
                 QStringLiteral("running_notes:%1").arg(m_entry));
        QVERIFY(
            model.index(1, HistoryModel::WhatColumn).data().toString().startsWith(QStringLiteral("Running notes of")));
    }

    void shouldCompareLines_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("unified");
        QTest::newRow("same") << "a\nb"
                              << "a\nb"
                              << "  a\n  b";
        QTest::newRow("both empty") << ""
                                    << ""
                                    << "";
        QTest::newRow("from nothing") << ""
                                      << "a\nb"
                                      << "+ a\n+ b";
        QTest::newRow("to nothing") << "a\nb"
                                    << ""
                                    << "- a\n- b";
        QTest::newRow("line added in the middle") << "a\nc"
                                                  << "a\nb\nc"
                                                  << "  a\n+ b\n  c";
        QTest::newRow("line removed") << "a\nb\nc"
                                      << "a\nc"
                                      << "  a\n- b\n  c";
        QTest::newRow("line changed") << "a\nb\nc"
                                      << "a\nB\nc"
                                      << "  a\n- b\n+ B\n  c";
        QTest::newRow("final line break") << "a\n"
                                          << "a"
                                          << "  a";
        QTest::newRow("moved line") << "a\nb\nc"
                                    << "b\nc\na"
                                    << "- a\n  b\n  c\n+ a";
        QTest::newRow("crlf") << "a\r\nb"
                              << "a\nb"
                              << "  a\n  b";
        QTest::newRow("two changed, one more added") << "x\na\nb\ny"
                                                     << "x\nA\nB\nC\ny"
                                                     << "  x\n- a\n+ A\n- b\n+ B\n+ C\n  y";
    }

    void shouldCompareLines()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, unified);
        const QList<LineDiff::Row> rows = LineDiff::compare(left, right);
        QCOMPARE(LineDiff::unified(rows), unified);
        // every line of each side appears once, in order
        QStringList l;
        QStringList r;
        for (const LineDiff::Row &row : rows) {
            if (row.leftLine >= 0)
                l << row.left;
            if (row.rightLine >= 0)
                r << row.right;
        }
        QCOMPARE(l, LineDiff::lines(left));
        QCOMPARE(r, LineDiff::lines(right));
    }

    void shouldPairChangedLinesSideBySide()
    {
        const QList<LineDiff::Row> rows = LineDiff::compare(QStringLiteral("a\nb"), QStringLiteral("a\nB"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).kind, LineDiff::Kind::Changed);
        QCOMPARE(rows.at(1).left, QStringLiteral("b"));
        QCOMPARE(rows.at(1).right, QStringLiteral("B"));
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
