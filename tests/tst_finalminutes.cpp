// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "meetingdocument.h"
#include "storage/attachmentrepository.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

using Edit = std::function<void(MeetingDocument &, Id meetingId, const QString &file)>;

/** Every kind of edit of a meeting the document offers, by name. */
const QList<std::pair<QString, Edit>> &edits()
{
    static const QList<std::pair<QString, Edit>> list = {
        {QStringLiteral("editMeetingField"),
         [](MeetingDocument &doc, Id, const QString &) {
             doc.editMeetingField(Meeting::Location, QStringLiteral("Elsewhere"));
         }},
        {QStringLiteral("editDialIns"),
         [](MeetingDocument &doc, Id, const QString &) {
             doc.editDialIns({{QStringLiteral("Mars"), QStringLiteral("+1 555 0100")}});
         }},
        {QStringLiteral("editMeetingDates"),
         [](MeetingDocument &doc, Id, const QString &) {
             doc.editMeetingDates(doc.currentMeeting().startDate, doc.currentMeeting().endDate.addDays(1));
         }},
        {QStringLiteral("deleteMeeting"), [](MeetingDocument &doc, Id id, const QString &) { doc.deleteMeeting(id); }},
        {QStringLiteral("moveMeetingToSeries"),
         [](MeetingDocument &doc, Id id, const QString &) {
             doc.moveMeetingToSeries(id, QStringLiteral("Elsewhere"));
         }},
        {QStringLiteral("editAgenda title"),
         [](MeetingDocument &doc, Id, const QString &) {
             AgendaState after = doc.agendaState();
             after.entries.first().title = QStringLiteral("Renamed");
             doc.editAgenda(after, QStringLiteral("Rename"));
         }},
        {QStringLiteral("editAgenda notes"),
         [](MeetingDocument &doc, Id, const QString &) {
             AgendaState after = doc.agendaState();
             after.entries.last().runningNotes += QStringLiteral("\nmore");
             doc.editAgenda(after, QStringLiteral("Type"));
         }},
        {QStringLiteral("AgendaModel::setData"),
         [](MeetingDocument &doc, Id, const QString &) {
             Id topic = 0;
             for (const AgendaEntry &e : doc.agendaState().entries) {
                 if (e.kind == AgendaEntry::Kind::Topic && e.durationMinutes != 17) {
                     topic = e.id;
                     break;
                 }
             }
             const QModelIndex title = doc.agenda()->indexOfEntry(topic);
             QVERIFY(title.isValid());
             QVERIFY(
                 doc.agenda()->setData(title.siblingAtColumn(AgendaModel::DurationColumn), QStringLiteral("17 min")));
         }},
        {QStringLiteral("startRun"),
         [](MeetingDocument &doc, Id, const QString &) {
             const MeetingDay d = doc.agendaState().days.first();
             doc.startRun(d.id, QDateTime(d.date, QTime(9, 0), Qt::UTC));
         }},
        {QStringLiteral("stepRun"),
         [](MeetingDocument &doc, Id, const QString &) { doc.stepRun(MeetingDocument::RunStep::Next); }},
        {QStringLiteral("retimeRest"), [](MeetingDocument &doc, Id, const QString &) { doc.retimeRest({}); }},
        {QStringLiteral("editTopicRequests"),
         [](MeetingDocument &doc, Id, const QString &) { doc.editTopicRequests({}, QStringLiteral("Clear")); }},
        {QStringLiteral("scheduleTopicRequest"),
         [](MeetingDocument &doc, Id, const QString &) {
             const QList<TopicRequest> requests = doc.topicRequestList();
             QVERIFY(!requests.isEmpty());
             doc.scheduleTopicRequest(requests.first().id, doc.agendaState().days.first().id, 0);
         }},
        {QStringLiteral("editActionItems text"),
         [](MeetingDocument &doc, Id id, const QString &) {
             QList<ActionItem> items = doc.actionItemsOf(id);
             QVERIFY(!items.isEmpty());
             items.first().description = QStringLiteral("Changed");
             doc.editActionItems(id, items, QStringLiteral("Change"));
         }},
        {QStringLiteral("editActionItems remove"),
         [](MeetingDocument &doc, Id id, const QString &) {
             QList<ActionItem> items = doc.actionItemsOf(id);
             items.removeFirst();
             doc.editActionItems(id, items, QStringLiteral("Remove"));
         }},
        {QStringLiteral("recordActionItem"),
         [](MeetingDocument &doc, Id, const QString &) {
             doc.recordActionItem(doc.agendaState().entries.first().id, {}, QStringLiteral("New action"), {});
         }},
        {QStringLiteral("recordDecision"),
         [](MeetingDocument &doc, Id, const QString &) {
             doc.recordDecision(doc.agendaState().entries.first().id, {}, QStringLiteral("New decision"),
                                QDate(2020, 9, 15), {});
         }},
        {QStringLiteral("editDecisions"),
         [](MeetingDocument &doc, Id meetingId, const QString &) {
             QList<Decision> list = doc.decisionsOf(meetingId);
             Decision d;
             d.text = QStringLiteral("Another decision");
             list.append(d);
             doc.editDecisions(meetingId, list, QStringLiteral("Add a decision"));
         }},
        {QStringLiteral("editParticipants"),
         [](MeetingDocument &doc, Id, const QString &) {
             QList<Participant> list = doc.participantList();
             list.removeFirst();
             doc.editParticipants(list, QStringLiteral("Remove"));
         }},
        {QStringLiteral("addParticipants"),
         [](MeetingDocument &doc, Id, const QString &) {
             NameChoice c;
             c.typed = QStringLiteral("Newcomer Person");
             c.person.displayName = c.typed;
             doc.addParticipants({c});
         }},
        {QStringLiteral("editAttachments"),
         [](MeetingDocument &doc, Id, const QString &) {
             QList<Attachment> list = doc.attachmentList();
             list.first().description = QStringLiteral("Changed");
             doc.editAttachments(list, QStringLiteral("Describe"));
         }},
        {QStringLiteral("addAttachmentFiles"),
         [](MeetingDocument &doc, Id, const QString &file) { doc.addAttachmentFiles({file}); }},
        {QStringLiteral("replaceAttachmentFile"),
         [](MeetingDocument &doc, Id, const QString &file) {
             doc.replaceAttachmentFile(doc.attachmentList().first().id, file);
         }},
    };
    return list;
}

/** Every stored row, the history included. */
QStringList storedRows(MeetingDocument &doc)
{
    return libraryRows(doc.database().connection(), true);
}

} // namespace

class TestFinalMinutes : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    std::unique_ptr<MeetingDocument> m_doc;
    Id m_seed = 0;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init()
    {
        m_doc = m_samples.open(&m_seed);
        QVERIFY(m_doc);
        m_doc->setNow(QDateTime(QDate(2020, 9, 16), QTime(17, 30), Qt::UTC));
    }

    void cleanup() { m_doc.reset(); }

    void shouldStoreTheMinutesPdfAndItsSha256WhenFinalizing()
    {
        // GIVEN the seed meeting, not final
        QVERIFY(!m_doc->isFinal(m_seed));
        const int attachments = int(m_doc->attachmentList().size());
        // WHEN it is finalized
        QVERIFY(m_doc->finalizeMinutes(m_seed, QStringLiteral("Wil O'Mullane")));
        // THEN it is final, by whom and when, and the minutes PDF is among its attachments
        QVERIFY(m_doc->isFinal(m_seed));
        const FinalState state = m_doc->finalState(m_seed);
        QCOMPARE(state.by, QStringLiteral("Wil O'Mullane"));
        QCOMPARE(state.at, QDateTime(QDate(2020, 9, 16), QTime(17, 30), Qt::UTC));
        const QList<Attachment> list = m_doc->attachmentList();
        QCOMPARE(list.size(), attachments + 1);
        const Attachment pdf = list.last();
        QVERIFY2(pdf.fileName.startsWith(QStringLiteral("Minutes 2020-09-15")), qPrintable(pdf.fileName));
        QVERIFY(pdf.fileName.endsWith(QStringLiteral(".pdf")));
        QCOMPARE(pdf.mimeType, QStringLiteral("application/pdf"));
        // the recorded sha256 is that of the stored bytes, which are the minutes
        const QByteArray blob = m_doc->attachmentContent(pdf.sha256);
        QVERIFY(blob.startsWith("%PDF"));
        QCOMPARE(AttachmentRepository::sha256Of(blob), state.sha256);
        QCOMPARE(pdf.sha256, state.sha256);
        QCOMPARE(pdf.size, blob.size());
        const QString text = poppler(QStringLiteral("pdftotext"), {}, blob);
        QVERIFY2(text.contains(QStringLiteral("Minutes")), qPrintable(text.left(300)));
        // and the event is recorded
        const QList<MeetingEvent> events = m_doc->meetingEvents(m_seed);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, MeetingEvent::Kind::Finalized);
        QCOMPARE(events.first().sha256, state.sha256);
        // and the sidebar marks it
        const QModelIndex row = m_doc->meetingList()->indexOfMeeting(m_seed);
        QVERIFY(row.data(MeetingListModel::FinalRole).toBool());
        QVERIFY(row.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("✓ ")));
    }

    void shouldUndoAFinalizationAsOneStepAndRecordIt()
    {
        const int attachments = int(m_doc->attachmentList().size());
        const int steps = m_doc->undoStack()->count();
        QVERIFY(m_doc->finalizeMinutes(m_seed, QStringLiteral("Ann")));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        // WHEN it is undone
        m_doc->undoStack()->undo();
        // THEN the meeting is open again, without the PDF, and the undo is an event of its own
        QVERIFY(!m_doc->isFinal(m_seed));
        QVERIFY(!m_doc->finalState(m_seed).isFinal());
        QCOMPARE(m_doc->attachmentList().size(), attachments);
        QList<MeetingEvent> events = m_doc->meetingEvents(m_seed);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).kind, MeetingEvent::Kind::Reopened);
        QCOMPARE(events.at(1).by, QStringLiteral("Ann"));
        // and redo finalizes again
        m_doc->undoStack()->redo();
        QVERIFY(m_doc->isFinal(m_seed));
        QCOMPARE(m_doc->attachmentList().size(), attachments + 1);
        QCOMPARE(m_doc->meetingEvents(m_seed).size(), 3);
    }

    void shouldRefuseEveryEditOfAFinalMeeting_data()
    {
        QTest::addColumn<int>("edit");
        for (int i = 0; i < edits().size(); ++i)
            QTest::newRow(qPrintable(edits().at(i).first)) << i;
    }

    void shouldRefuseEveryEditOfAFinalMeeting()
    {
        QFETCH(int, edit);
        const QString file = m_dir.filePath(QStringLiteral("new.txt"));
        QVERIFY(writeFile(file, "a new file"));
        // GIVEN a final meeting (its first day running, so the run's steps would apply)
        const MeetingDay day = m_doc->agendaState().days.first();
        if (edits().at(edit).first == QLatin1String("stepRun") || edits().at(edit).first == QLatin1String("retimeRest"))
            QVERIFY(m_doc->startRun(day.id, QDateTime(day.date, QTime(9, 0), Qt::UTC)));
        QVERIFY(m_doc->finalizeMinutes(m_seed, QStringLiteral("Ann")));
        const QStringList before = storedRows(*m_doc);
        const int steps = m_doc->undoStack()->count();
        QSignalSpy failed(m_doc->file(), &LibraryFile::storageFailed);
        // WHEN the edit is tried through the document or a model
        edits().at(edit).second(*m_doc, m_seed, file);
        // THEN it is refused with a clear message, and nothing stored changed
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("are final")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(m_doc->undoStack()->count(), steps);
        QCOMPARE(storedRows(*m_doc), before);
        // and after reopening, the same edit works
        QVERIFY(m_doc->reopenMinutes(m_seed, QStringLiteral("Bob")));
        failed.clear();
        const QStringList reopened = storedRows(*m_doc);
        edits().at(edit).second(*m_doc, m_seed, file);
        QCOMPARE(failed.size(), 0);
        QVERIFY(storedRows(*m_doc) != reopened);
    }

    void shouldLetTheDoneStateOfAFinalMeetingsActionsChange()
    {
        QVERIFY(m_doc->finalizeMinutes(m_seed, QStringLiteral("Ann")));
        QList<ActionItem> items = m_doc->actionItemsOf(m_seed);
        QVERIFY(!items.isEmpty());
        const int open = 0;
        const bool wasDone = items[open].done;
        items[open].done = !wasDone;
        items[open].doneDate = wasDone ? QDate() : QDate(2020, 10, 1);
        QSignalSpy failed(m_doc->file(), &LibraryFile::storageFailed);
        m_doc->editActionItems(m_seed, items, QStringLiteral("Tick"));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_doc->actionItemsOf(m_seed).at(open).done, !wasDone);
    }

    void shouldDuplicateAFinalMeetingAsAnOpenOne()
    {
        QVERIFY(m_doc->finalizeMinutes(m_seed, QStringLiteral("Ann")));
        const Id copy = m_doc->duplicateMeeting(m_seed);
        QVERIFY(copy);
        QVERIFY(!m_doc->isFinal(copy));
        QVERIFY(m_doc->meetingEvents(copy).isEmpty());
        QVERIFY(m_doc->revisions(copy).isEmpty());
    }

    void shouldRecordAReopeningAndItsUndo()
    {
        QVERIFY(m_doc->finalizeMinutes(m_seed, QStringLiteral("Ann")));
        const FinalState final = m_doc->finalState(m_seed);
        m_doc->setNow(QDateTime(QDate(2020, 9, 18), QTime(8, 0), Qt::UTC));
        QVERIFY(m_doc->reopenMinutes(m_seed, QStringLiteral("Bob")));
        QVERIFY(!m_doc->isFinal(m_seed));
        QList<MeetingEvent> events = m_doc->meetingEvents(m_seed);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).kind, MeetingEvent::Kind::Reopened);
        QCOMPARE(events.at(1).by, QStringLiteral("Bob"));
        QCOMPARE(events.at(1).at, QDateTime(QDate(2020, 9, 18), QTime(8, 0), Qt::UTC));
        // an undone reopening makes the same record final again, recorded as such
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->isFinal(m_seed));
        QCOMPARE(m_doc->finalState(m_seed), final);
        events = m_doc->meetingEvents(m_seed);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(2).kind, MeetingEvent::Kind::Finalized);
    }

    void shouldRefuseAFinalizationWithoutAName()
    {
        QSignalSpy failed(m_doc->file(), &LibraryFile::storageFailed);
        QVERIFY(!m_doc->finalizeMinutes(m_seed, QStringLiteral("  ")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!m_doc->isFinal(m_seed));
        QVERIFY(m_doc->meetingEvents(m_seed).isEmpty());
    }

    void shouldSuggestTheLoginPersonElseTheNoteTakerElseTheLoginName()
    {
        const QList<Person> people = m_doc->directory()->people();
        const auto withUsername
            = std::find_if(people.cbegin(), people.cend(), [](const Person &p) { return !p.username.isEmpty(); });
        QVERIFY(withUsername != people.cend());
        // the directory person whose username is the login name
        qputenv("USER", withUsername->username.toUtf8());
        QCOMPARE(m_doc->suggestedFinalizer(m_seed), withUsername->shownName());
        // else the note-taker, when the meeting has one
        qputenv("USER", "nobody-known-here");
        QList<Participant> list = m_doc->participantList();
        QVERIFY(!list.isEmpty());
        list.first().role = QStringLiteral("notetaker");
        m_doc->editParticipants(list, QStringLiteral("Note-taker"));
        const Person noteTaker = [&] {
            for (const Person &p : people) {
                if (p.id == list.first().personId)
                    return p;
            }
            return Person();
        }();
        QCOMPARE(m_doc->suggestedFinalizer(m_seed), noteTaker.shownName());
        // else the login name
        m_doc->undoStack()->undo();
        bool noteTakerLeft = false;
        for (const Participant &p : m_doc->participantList())
            noteTakerLeft = noteTakerLeft || p.role == QLatin1String("notetaker");
        if (!noteTakerLeft)
            QCOMPARE(m_doc->suggestedFinalizer(m_seed), QStringLiteral("nobody-known-here"));
    }

    void shouldKeepTheFinalRecordWhenADeleteIsUndone()
    {
        QVERIFY(m_doc->finalizeMinutes(m_seed, QStringLiteral("Ann")));
        QVERIFY(m_doc->reopenMinutes(m_seed, QStringLiteral("Bob")));
        const QStringList before = libraryRows(m_doc->database().connection());
        QList<MeetingEvent> events = m_doc->meetingEvents(m_seed);
        QVERIFY(m_doc->deleteMeeting(m_seed));
        QCOMPARE(queryValue(m_doc->database().connection(),
                            QStringLiteral("SELECT count(*) FROM meeting_event WHERE meeting_id = ?"), {m_seed})
                     .toInt(),
                 0);
        m_doc->undoStack()->undo();
        QCOMPARE(libraryRows(m_doc->database().connection()), before);
        // the events come back, under new ids
        const QList<MeetingEvent> restored = m_doc->meetingEvents(m_seed);
        QCOMPARE(restored.size(), events.size());
        for (qsizetype i = 0; i < restored.size(); ++i) {
            events[i].id = restored.at(i).id;
            QCOMPARE(restored.at(i), events.at(i));
        }
    }
};

QTEST_MAIN(TestFinalMinutes)
#include "tst_finalminutes.moc"
