// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/meetingshape.h"
#include "agenda/parkinglot.h"
#include "backend.h"
#include "document/seenmeetings.h"
#include "export/jsonexporter.h"
#include "export/jsonimporter.h"
#include "export/reportbuilder.h"
#include "export/reportwriter.h"
#include "fixtures.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/parkinglotmodel.h"
#include "meetingdocument.h"
#include "planningtab.h"
#include "sincelastmeetingbar.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

/** The parking lot of a series (skip, drop, carry over, dismiss, schedule) and what changed since the last meeting. */
class TestParkingLot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MeetingDocument> m_doc;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Id m_first = 0; ///< Weekly, 2020-09-15: Welcome, Budget, Roadmap, Hiring
    Id m_second = 0; ///< Weekly, 2020-09-22: Welcome
    int m_count = 0;

    Id addMeeting(const QString &title, const QDate &date, const QString &series, const QStringList &topics)
    {
        Meeting m;
        m.title = title;
        m.startDate = date;
        m.endDate = date;
        m.timeZone = QStringLiteral("Etc/UTC");
        m_doc->addMeeting(m, series);
        const Id id = m_doc->currentMeetingId();
        AgendaState agenda = m_doc->agendaState();
        const Id day = agenda.days.constFirst().id;
        for (const QString &t : topics) {
            AgendaEntry e;
            e.id = m_doc->newEntryId(agenda);
            e.dayId = day;
            e.title = t;
            e.durationMinutes = 15;
            e.preNotes = QStringLiteral("Before: ") + t;
            if (agenda.entries.isEmpty())
                e.startTime = QTime(9, 0);
            agenda.insert(e, int(agenda.children(day, 0).size()));
        }
        m_doc->editAgenda(agenda, QStringLiteral("plan"));
        return id;
    }
    Id entryId(const QString &title) const
    {
        for (const AgendaEntry &e : m_doc->agendaState().entries) {
            if (e.title == title)
                return e.id;
        }
        return 0;
    }
    QStringList lotTitles() const
    {
        QStringList titles;
        for (const ParkedTopicRow &r : m_doc->parkingLot()->rows())
            titles << r.topic.entry.title;
        return titles;
    }
    QVariant stored(const QString &sql, const QVariantList &values = {}) const
    {
        return queryValue(m_doc->database().connection(), sql, values);
    }

private Q_SLOTS:
    void initTestCase_data() { Quorum::Testing::Backend::addRows(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        QUORUM_USE_BACKEND();
        QString error;
        m_doc = createDocument(m_dir.filePath(QStringLiteral("lot%1.quorum").arg(++m_count)), &error);
        QVERIFY2(m_doc, qPrintable(error));
        m_tester = watchModel(m_doc->parkingLot());
        m_first = addMeeting(
            QStringLiteral("Weekly 15"), QDate(2020, 9, 15), QStringLiteral("Weekly"),
            {QStringLiteral("Welcome"), QStringLiteral("Budget"), QStringLiteral("Roadmap"), QStringLiteral("Hiring")});
        m_second = addMeeting(QStringLiteral("Weekly 22"), QDate(2020, 9, 22), QStringLiteral("Weekly"),
                              {QStringLiteral("Welcome")});
        m_doc->undoStack()->clear();
    }

    void cleanup()
    {
        m_tester.reset();
        m_doc.reset();
    }

    void shouldParkSkippedDroppedAndCarriedOverTopics()
    {
        // GIVEN the first meeting run: Welcome held, Budget skipped, then Hiring dropped while re-timing
        QVERIFY(m_doc->setCurrentMeeting(m_first));
        m_doc->setNow(QDateTime(QDate(2020, 9, 15), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(m_doc->startRun(m_doc->agendaState().days.constFirst().id, m_doc->now()));
        m_doc->setNow(QDateTime(QDate(2020, 9, 15), QTime(9, 20), QTimeZone::utc()));
        QVERIFY(m_doc->stepRun(MeetingDocument::RunStep::Next)); // Budget runs
        QVERIFY(m_doc->stepRun(MeetingDocument::RunStep::Skip)); // Budget skipped, Roadmap runs
        LiveRun::RetimeChoice drop;
        drop.how = LiveRun::Retime::Drop;
        drop.chosen = {entryId(QStringLiteral("Hiring"))};
        QVERIFY(m_doc->retimeRest(drop));
        QCOMPARE(stored(QStringLiteral("SELECT run_status FROM agenda_entry WHERE id = ?"),
                        {entryId(QStringLiteral("Hiring"))})
                     .toString(),
                 QStringLiteral("parked"));
        // AND Roadmap marked by hand to carry over (one undo step through editAgenda)
        const int steps = m_doc->undoStack()->count();
        QVERIFY(m_doc->setCarryOver(entryId(QStringLiteral("Roadmap")), true));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QVERIFY(m_doc->agenda()
                    ->indexOfEntry(entryId(QStringLiteral("Roadmap")))
                    .data(AgendaModel::CarryOverRole)
                    .toBool());
        QVERIFY(!m_doc->setCarryOver(entryId(QStringLiteral("Roadmap")), true)); // already so: no step
        QVERIFY(m_doc->parkingLot()->rowCount() == 0); // the first meeting has no earlier one

        // WHEN the next meeting is shown
        QVERIFY(m_doc->setCurrentMeeting(m_second));
        // THEN its lot holds the three, oldest first, each with why
        QCOMPARE(lotTitles(),
                 (QStringList{QStringLiteral("Budget"), QStringLiteral("Roadmap"), QStringLiteral("Hiring")}));
        QCOMPARE(m_doc->parkedTopics(m_second).size(), 3);
        const auto reasonOf = [&](const QString &title) {
            const int row = rowWithText(m_doc->parkingLot(), title);
            return m_doc->parkingLot()->index(row, ParkingLotModel::ReasonColumn).data().toString();
        };
        QCOMPARE(reasonOf(QStringLiteral("Budget")), ParkingLotModel::reasonName(ParkedTopic::Reason::Skipped));
        QCOMPARE(reasonOf(QStringLiteral("Hiring")), ParkingLotModel::reasonName(ParkedTopic::Reason::Dropped));
        QCOMPARE(reasonOf(QStringLiteral("Roadmap")), ParkingLotModel::reasonName(ParkedTopic::Reason::CarriedOver));
        // AND a meeting not created yet sees the same lot; one before them sees none
        QCOMPARE(m_doc->parkedTopics(m_doc->currentMeeting().seriesId, QDate(2020, 9, 29)).size(), 3);
        QCOMPARE(m_doc->parkedTopics(m_doc->currentMeeting().seriesId, QDate(2020, 9, 1)).size(), 0);

        // WHEN the carry-over mark is undone (first meeting shown by the undo), Roadmap leaves the lot
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->setCurrentMeeting(m_second));
        QCOMPARE(lotTitles(), (QStringList{QStringLiteral("Budget"), QStringLiteral("Hiring")}));
    }

    void shouldScheduleAParkedTopicAsOneUndoStep()
    {
        // GIVEN Budget carried over from the first meeting, its notes taken there
        QVERIFY(m_doc->setCurrentMeeting(m_first));
        AgendaState first = m_doc->agendaState();
        first.entry(entryId(QStringLiteral("Budget")))->runningNotes = QStringLiteral("Ran out of time.");
        m_doc->editAgenda(first, QStringLiteral("notes"));
        const Id budget = entryId(QStringLiteral("Budget"));
        QVERIFY(m_doc->setCarryOver(budget, true));
        QVERIFY(m_doc->setCurrentMeeting(m_second));
        QCOMPARE(lotTitles(), QStringList{QStringLiteral("Budget")});
        QVERIFY(m_doc->parkingLot()
                    ->index(0, 0)
                    .data(ParkingLotModel::NotesRole)
                    .toString()
                    .contains(QStringLiteral("Ran out of time.")));
        const int steps = m_doc->undoStack()->count();

        // WHEN it is scheduled at the end of the second meeting's day
        const Id day = m_doc->agendaState().days.constFirst().id;
        const Id added = m_doc->scheduleParkedTopic(budget, day, 0);

        // THEN one step adds an entry carried from the first meeting, with its plan and not its notes
        QVERIFY(added);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(
            stored(QStringLiteral("SELECT carried_from_entry_id FROM agenda_entry WHERE id = ?"), {added}).toLongLong(),
            budget);
        QCOMPARE(stored(QStringLiteral("SELECT carried_from_date FROM agenda_entry WHERE id = ?"), {added}).toString(),
                 QStringLiteral("2020-09-15"));
        QCOMPARE(stored(QStringLiteral("SELECT pre_notes FROM agenda_entry WHERE id = ?"), {added}).toString(),
                 QStringLiteral("Before: Budget"));
        QCOMPARE(stored(QStringLiteral("SELECT running_notes FROM agenda_entry WHERE id = ?"), {added}).toString(),
                 QString());
        QCOMPARE(m_doc->carriedNotes(added), QStringLiteral("Ran out of time."));
        const QModelIndex shown = m_doc->agenda()->indexOfEntry(added);
        QCOMPARE(shown.data(AgendaModel::CarriedFromRole).toDate(), QDate(2020, 9, 15));
        QVERIFY(shown.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Carried from 2020-09-15")));
        QVERIFY(lotTitles().isEmpty());
        QCOMPARE(m_doc->scheduleParkedTopic(budget, day, 0), Id(0)); // no longer parked

        // AND the printed agenda and minutes say where it came from
        ReportOptions options;
        const QString agenda
            = ReportWriter::toMarkdown(ReportBuilder(m_doc->database()).meetingDocument(m_second, options));
        QVERIFY2(agenda.contains(QStringLiteral("carried from 2020-09-15")), qPrintable(agenda));
        options.kind = ReportOptions::Kind::Minutes;
        const QString minutes
            = ReportWriter::toMarkdown(ReportBuilder(m_doc->database()).meetingDocument(m_second, options));
        QVERIFY2(minutes.contains(QStringLiteral("Carried from 2020-09-15.")), qPrintable(minutes));

        // WHEN undone THEN the entry goes and the topic is back in the lot; redo carries it again
        m_doc->undoStack()->undo();
        QVERIFY(!m_doc->agenda()->indexOfEntry(added).isValid());
        QCOMPARE(lotTitles(), QStringList{QStringLiteral("Budget")});
        m_doc->undoStack()->redo();
        QVERIFY(m_doc->agenda()->indexOfEntry(added).isValid());
        QVERIFY(lotTitles().isEmpty());

        // WHEN the source meeting is deleted THEN the date survives; undoing the deletion links it again
        QVERIFY(m_doc->deleteMeeting(m_first));
        QCOMPARE(stored(QStringLiteral("SELECT carried_from_entry_id IS NULL FROM agenda_entry WHERE id = ?"), {added})
                     .toInt(),
                 1);
        QCOMPARE(stored(QStringLiteral("SELECT carried_from_date FROM agenda_entry WHERE id = ?"), {added}).toString(),
                 QStringLiteral("2020-09-15"));
        m_doc->undoStack()->undo();
        QCOMPARE(
            stored(QStringLiteral("SELECT carried_from_entry_id FROM agenda_entry WHERE id = ?"), {added}).toLongLong(),
            budget);
    }

    void shouldScheduleParkedTopicsIntoANewMeetingOfTheSeriesInTheSameStep()
    {
        // GIVEN Budget and Roadmap carried over from the first meeting, Welcome recurring
        QVERIFY(m_doc->setCurrentMeeting(m_first));
        const Id budget = entryId(QStringLiteral("Budget"));
        QVERIFY(m_doc->setCarryOver(budget, true));
        QVERIFY(m_doc->setCarryOver(entryId(QStringLiteral("Roadmap")), true));
        const Id series = m_doc->currentMeeting().seriesId;
        const QList<ParkedTopic> lot = m_doc->parkedTopics(series, QDate(2020, 9, 29));
        QCOMPARE(lot.size(), 2);
        const auto last = m_doc->lastMeetingOf(series);
        QVERIFY(last);
        const int steps = m_doc->undoStack()->count();

        // WHEN the next meeting is made from the last one with Budget chosen from the lot
        const Id added = m_doc->addMeetingFromShape(MeetingShape::of(*last, {}), QStringLiteral("Weekly 29"), series,
                                                    QDate(2020, 9, 29), {lot.constFirst()});

        // THEN one undo step made it, Budget at the end of its day carried from 2020-09-15
        QVERIFY(added);
        QCOMPARE(m_doc->currentMeetingId(), added);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        const Id carried = entryId(QStringLiteral("Budget"));
        QVERIFY(carried);
        QCOMPARE(stored(QStringLiteral("SELECT carried_from_entry_id FROM agenda_entry WHERE id = ?"), {carried})
                     .toLongLong(),
                 budget);
        QCOMPARE(m_doc->agenda()->indexOfEntry(carried).data(AgendaModel::CarriedFromRole).toDate(),
                 QDate(2020, 9, 15));
        QCOMPARE(lotTitles(), QStringList{QStringLiteral("Roadmap")});

        // WHEN undone THEN the meeting is gone and Budget is parked again
        m_doc->undoStack()->undo();
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM meeting WHERE id = ?"), {added}).toInt(), 0);
        QCOMPARE(m_doc->parkedTopics(series, QDate(2020, 9, 29)).size(), 2);
    }

    void shouldDismissAParkedTopicUndoably()
    {
        QVERIFY(m_doc->setCurrentMeeting(m_first));
        const Id hiring = entryId(QStringLiteral("Hiring"));
        QVERIFY(m_doc->setCarryOver(hiring, true));
        QVERIFY(m_doc->setCurrentMeeting(m_second));
        QCOMPARE(lotTitles(), QStringList{QStringLiteral("Hiring")});
        QVERIFY(!m_doc->dismissParkedTopic(entryId(QStringLiteral("Welcome")))); // not in the lot: refused

        QVERIFY(m_doc->dismissParkedTopic(hiring));
        QVERIFY(lotTitles().isEmpty());
        QCOMPARE(m_doc->currentMeetingId(), m_second); // the first meeting is not shown for it
        QCOMPARE(stored(QStringLiteral("SELECT parking_dismissed FROM agenda_entry WHERE id = ?"), {hiring}).toInt(),
                 1);
        m_doc->undoStack()->undo();
        QCOMPARE(lotTitles(), QStringList{QStringLiteral("Hiring")});
        QCOMPARE(stored(QStringLiteral("SELECT parking_dismissed FROM agenda_entry WHERE id = ?"), {hiring}).toInt(),
                 0);
        m_doc->undoStack()->redo();
        QVERIFY(lotTitles().isEmpty());
    }

    void shouldHaveNoParkingLotWithoutASeries()
    {
        const Id alone = addMeeting(QStringLiteral("Alone"), QDate(2020, 9, 8), QString(), {QStringLiteral("Solo")});
        QVERIFY(m_doc->setCarryOver(entryId(QStringLiteral("Solo")), true));
        const Id later = addMeeting(QStringLiteral("Alone too"), QDate(2020, 9, 30), QString(), {});
        QVERIFY(m_doc->parkedTopics(later).isEmpty());
        QCOMPARE(m_doc->parkingLot()->rowCount(), 0);
        // Nor does it reach the series' meetings.
        QVERIFY(m_doc->setCurrentMeeting(m_second));
        QVERIFY(lotTitles().isEmpty());
        Q_UNUSED(alone)
    }

    void shouldScheduleParkedTopicsIntoAnAgendaState()
    {
        QVERIFY(m_doc->setCurrentMeeting(m_first));
        QVERIFY(m_doc->setCarryOver(entryId(QStringLiteral("Budget")), true));
        QVERIFY(m_doc->setCarryOver(entryId(QStringLiteral("Roadmap")), true));
        const QList<ParkedTopic> lot = m_doc->parkedTopics(m_doc->currentMeeting().seriesId, QDate(2020, 9, 29));
        QCOMPARE(lot.size(), 2);
        AgendaState agenda;
        MeetingDay day;
        day.id = 1000;
        day.date = QDate(2020, 9, 29);
        agenda.days << day;
        QVERIFY(m_doc->scheduleParkedTopics(&agenda, lot, 77, 0).isEmpty()); // no such day
        const QList<Id> ids = m_doc->scheduleParkedTopics(&agenda, lot, 1000, 0);
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.at(0) != ids.at(1));
        QCOMPARE(agenda.entries.size(), 2);
        QCOMPARE(agenda.entry(ids.at(1))->title, QStringLiteral("Roadmap"));
        QCOMPARE(agenda.entry(ids.at(1))->carriedFromDate, QDate(2020, 9, 15));
        QVERIFY(m_doc->scheduleParkedTopics(&agenda, lot, 1000, 0).isEmpty()); // already carried into it
    }

    void shouldTellWhatChangedSinceTheLastMeetingOnce()
    {
        // GIVEN an action recorded in the first meeting and closed later, and one opened in it
        QVERIFY(m_doc->setCurrentMeeting(m_first));
        QList<ActionItem> items;
        ActionItem closed;
        closed.id = m_doc->newActionItemId(items);
        closed.description = QStringLiteral("Send the budget");
        closed.done = true;
        closed.doneDate = QDate(2020, 9, 18);
        items << closed;
        ActionItem open;
        open.id = closed.id + 1;
        open.description = QStringLiteral("Draft the roadmap");
        items << open;
        ActionItem old;
        old.id = closed.id + 2;
        old.description = QStringLiteral("Closed long ago");
        old.done = true;
        old.doneDate = QDate(2020, 9, 1);
        items << old;
        m_doc->editActionItems(m_first, items, QStringLiteral("actions"));
        // AND a decision taken in the first meeting
        Decision decision;
        decision.id = m_doc->newDecisionId({});
        decision.text = QStringLiteral("Keep the weekly call at 10:00");
        decision.date = QDate(2020, 9, 15);
        QVERIFY(m_doc->editDecisions(m_first, {decision}, QStringLiteral("decide")));

        // WHEN the second meeting asks
        const SinceLastMeeting changes = m_doc->sinceLastMeeting(m_second);
        // THEN the previous meeting is the first; one closed since, the first meeting's actions opened
        QCOMPARE(changes.previousMeetingId, m_first);
        QCOMPARE(changes.section(QStringLiteral("closed"))->items.size(), 1);
        QCOMPARE(changes.section(QStringLiteral("closed"))->items.constFirst().text, QStringLiteral("Send the budget"));
        QCOMPARE(changes.section(QStringLiteral("closed"))->items.constFirst().meetingTitle,
                 QStringLiteral("Weekly 15"));
        QCOMPARE(changes.section(QStringLiteral("opened"))->items.size(), 3);
        QCOMPARE(changes.section(QStringLiteral("decisions"))->items.size(), 1);
        QCOMPARE(changes.section(QStringLiteral("decisions"))->items.constFirst().text,
                 QStringLiteral("Keep the weekly call at 10:00"));
        QVERIFY(SinceLastMeetingBar::html(changes).contains(QStringLiteral("Draft the roadmap")));
        QVERIFY(SinceLastMeetingBar::html(changes).contains(QStringLiteral("Keep the weekly call at 10:00")));
        QVERIFY(SinceLastMeetingBar::summary(changes).contains(QStringLiteral("decisions taken: 1")));
        // AND the first meeting has nothing to compare with
        QVERIFY(m_doc->sinceLastMeeting(m_first).isEmpty());
        QCOMPARE(m_doc->sinceLastMeeting(m_first).previousMeetingId, Id(0));
        QVERIFY(m_doc->isNewestOfSeries(m_second));
        QVERIFY(!m_doc->isNewestOfSeries(m_first));

        // AND the bar shows it once per meeting and user
        SinceLastMeetingBar bar;
        bar.setDocument(m_doc.get());
        QVERIFY(!SeenMeetings(m_doc->path()).isSeen(m_second));
        bar.meetingShown(m_second);
        QVERIFY(!bar.isHidden());
        QVERIFY(bar.findChild<QLabel *>(QStringLiteral("sinceLastMeetingText"))
                    ->text()
                    .contains(QStringLiteral("Weekly 15")));
        QVERIFY(SeenMeetings(m_doc->path()).isSeen(m_second));
        bar.meetingShown(m_second);
        QVERIFY(bar.isHidden());
        bar.meetingShown(m_first); // not its series' newest
        QVERIFY(bar.isHidden());
    }

    void shouldListTheParkingLotInThePlanningTab()
    {
        QVERIFY(m_doc->setCurrentMeeting(m_first));
        QVERIFY(m_doc->setCarryOver(entryId(QStringLiteral("Roadmap")), true));
        QVERIFY(m_doc->setCurrentMeeting(m_second));
        PlanningTab tab(m_doc.get());
        auto *table = tab.findChild<QTableView *>(QStringLiteral("parkingLotTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ParkingLotModel::TopicColumn).data().toString(), QStringLiteral("Roadmap"));
        QVERIFY(table->model()
                    ->index(0, ParkingLotModel::FromColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Weekly 15")));
        auto *label = tab.findChild<QLabel *>(QStringLiteral("parkingLotLabel"));
        QVERIFY(label->text().contains(QStringLiteral("(1)")));
        auto *dismiss = tab.findChild<QAction *>(QStringLiteral("dismissParkedAction"));
        QVERIFY(dismiss && dismiss->isEnabled());
        dismiss->trigger();
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(label->text().contains(QStringLiteral("no topic")));
        // A meeting without a series says why it has no lot.
        addMeeting(QStringLiteral("Alone"), QDate(2020, 9, 8), QString(), {});
        QVERIFY(label->text().contains(QStringLiteral("not part of a series")));
    }

    void shouldRoundTripTheParkingLotThroughJson()
    {
        QVERIFY(m_doc->setCurrentMeeting(m_first));
        QVERIFY(m_doc->setCarryOver(entryId(QStringLiteral("Budget")), true));
        QVERIFY(m_doc->setCarryOver(entryId(QStringLiteral("Hiring")), true));
        QVERIFY(m_doc->setCurrentMeeting(m_second));
        QVERIFY(
            m_doc->scheduleParkedTopic(m_doc->parkingLot()->index(0, 0).data(ParkingLotModel::EntryIdRole).toLongLong(),
                                       m_doc->agendaState().days.constFirst().id, 0));
        QVERIFY(m_doc->dismissParkedTopic(
            m_doc->parkingLot()->index(0, 0).data(ParkingLotModel::EntryIdRole).toLongLong()));
        const QByteArray json = JsonExporter::toJson(m_doc->database());
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("formatVersion")).toInt(), 4);

        QString error;
        const QString copy = m_dir.filePath(QStringLiteral("copy%1.quorum").arg(m_count));
        QVERIFY2(JsonImporter::importIntoNewLibrary(copy, json, &error), qPrintable(error));
        const QString row = QStringLiteral("e.title || ':' || e.carry_over || ':' || e.parking_dismissed || ':' || "
                                           "coalesce(s.title, '-') || ':' || coalesce(e.carried_from_date, '-')");
        const QString dump = QStringLiteral("SELECT group_concat(%1, ' | ') FROM (SELECT * FROM agenda_entry ORDER BY "
                                            "title, id) e LEFT JOIN agenda_entry s ON s.id = e.carried_from_entry_id")
                                 .arg(row);
        const QString serverDump
            = QStringLiteral("SELECT string_agg(%1, ' | ' ORDER BY e.title, e.id) FROM agenda_entry e "
                             "LEFT JOIN agenda_entry s ON s.id = e.carried_from_entry_id")
                  .arg(row);
        QCOMPARE(valueInFile(copy, dump).toString(), stored(Backend::isServer() ? serverDump : dump).toString());
        QCOMPARE(valueInFile(
                     copy, QStringLiteral("SELECT count(*) FROM agenda_entry WHERE carried_from_entry_id IS NOT NULL"))
                     .toInt(),
                 1);

        // A carriedFrom naming an entry the document does not define is refused, naming where.
        QString broken = QString::fromUtf8(json);
        const qsizetype at = broken.indexOf(QStringLiteral("\"carriedFrom\""));
        QVERIFY(at > 0);
        const qsizetype entryAt = broken.indexOf(QStringLiteral("\"entry\": \""), at);
        broken.insert(entryAt + 10, QStringLiteral("nowhere-"));
        QVERIFY(!JsonImporter::importIntoNewLibrary(m_dir.filePath(QStringLiteral("broken%1.quorum").arg(m_count)),
                                                    broken.toUtf8(), &error));
        QVERIFY2(error.contains(QStringLiteral("nowhere-")) && error.contains(QStringLiteral("Weekly 22")),
                 qPrintable(error));
    }

    void shouldImportAnOlderFormatWithoutAParkingLot()
    {
        const QByteArray older = R"({"format": "quorum-library", "formatVersion": 3, "meetings": [
            {"title": "Old", "startDate": "2020-01-07", "endDate": "2020-01-07",
             "days": [{"date": "2020-01-07", "agenda": [{"kind": "topic", "title": "Old topic", "runStatus": "skipped"}]}]}]})";
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("older%1.quorum").arg(m_count));
        QVERIFY2(JsonImporter::importIntoNewLibrary(path, older, &error), qPrintable(error));
        QCOMPARE(
            valueInFile(path, QStringLiteral("SELECT carry_over || parking_dismissed || "
                                             "coalesce(carried_from_entry_id, '-') || coalesce(carried_from_date, '-') "
                                             "FROM agenda_entry"))
                .toString(),
            QStringLiteral("00--"));
    }
};

QTEST_MAIN(TestParkingLot)
#include "tst_parkinglot.moc"
