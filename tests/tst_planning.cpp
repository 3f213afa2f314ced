// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/timebudget.h"
#include "backend.h"
#include "fixtures.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/topicrequestmodel.h"
#include "meetingdocument.h"
#include "storage/agendarepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/topicrequestrepository.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

class TestPlanning : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    std::unique_ptr<MeetingDocument> m_doc;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Id m_seed = 0;

    TopicRequestModel *model() const { return m_doc->topicRequests(); }
    QList<TopicRequest> stored() const
    {
        return TopicRequestRepository(m_doc->database().connection()).forMeeting(m_seed);
    }

private Q_SLOTS:
    void initTestCase_data() { Quorum::Testing::Backend::addRows(); }

    void init()
    {
        QUORUM_USE_BACKEND();
        m_tester.reset();
        m_doc.reset();
        m_doc = m_samples.open(&m_seed);
        QVERIFY(m_doc);
        // Names the directory does not know are agreed to as new people.
        m_doc->directory()->setAsker([](const QList<NameQuestion> &questions) {
            return std::optional<QList<Id>>(QList<Id>(questions.size(), 0));
        });
        m_tester = watchModel(model());
    }

    void cleanup()
    {
        m_tester.reset();
        m_doc.reset();
    }

    void shouldEditRequestsInPlaceAndUndoEachEdit_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("topic") << int(TopicRequestModel::TopicColumn) << "Build and release"
                               << "Build and release";
        QTest::newRow("time") << int(TopicRequestModel::TimeColumn) << "1h 15m"
                              << "1 h 15 min";
        QTest::newRow("status") << int(TopicRequestModel::StatusColumn) << "declined"
                                << "Declined";
        QTest::newRow("requested by, one of them new")
            << int(TopicRequestModel::RequestedByColumn) << "Leanne Guy, Melissa Graham"
            << "Leanne Guy, Melissa Graham";
    }

    void shouldEditRequestsInPlaceAndUndoEachEdit()
    {
        QFETCH(int, column);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        const QList<TopicRequest> before = stored();
        const int people = PersonRepository(m_doc->database().connection()).all().size();
        QVERIFY(model()->setData(model()->index(0, column), value));
        QCOMPARE(model()->index(0, column).data().toString(), shown);
        const QList<TopicRequest> after = stored();
        QVERIFY(after != before);
        m_doc->undoStack()->undo();
        QCOMPARE(stored(), before);
        QCOMPARE(PersonRepository(m_doc->database().connection()).all().size(), people);
        m_doc->undoStack()->redo();
        QCOMPARE(stored(), after);
    }

    void shouldRefuseValuesThatAreNotValues()
    {
        QVERIFY(!model()->setData(model()->index(0, TopicRequestModel::TimeColumn), QStringLiteral("a while")));
        QVERIFY(!model()->setData(model()->index(0, TopicRequestModel::StatusColumn), QStringLiteral("maybe")));
        QVERIFY(!model()->setData(model()->index(0, TopicRequestModel::TopicColumn), QStringLiteral("  ")));
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void shouldAddAndRemoveRequests()
    {
        const QList<TopicRequest> before = stored();
        const Id id = model()->addRequest(QStringLiteral("Quiet days"));
        QVERIFY(id);
        QCOMPARE(model()->rowCount(), 7);
        QCOMPARE(model()->index(6, TopicRequestModel::StatusColumn).data().toString(), QStringLiteral("Proposed"));
        QVERIFY(model()->removeRequest(0));
        QCOMPARE(model()->rowCount(), 6);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(stored(), before);
        m_doc->undoStack()->redo();
        QCOMPARE(model()->rowOf(id), 6); // the same id comes back
    }

    void shouldMergeTypingInNotes()
    {
        for (const char *text : {"W", "Wh", "Why"})
            QVERIFY(model()->setNotes(2, QString::fromLatin1(text)));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(model()->index(2, 0).data(TopicRequestModel::NotesRole).toString(), QStringLiteral("Why"));
    }

    void shouldScheduleARequestIntoDayTwoAsOneStep()
    {
        // GIVEN a new proposed request
        const Id request = model()->addRequest(QStringLiteral("Jenkins futures, part 2"));
        QVERIFY(model()->setData(model()->index(model()->rowOf(request), TopicRequestModel::TimeColumn),
                                 QStringLiteral("45")));
        QVERIFY(model()->setNotes(model()->rowOf(request), QStringLiteral("Run *ap_verify* on ticket branches.")));
        QVERIFY(model()->setData(model()->index(model()->rowOf(request), TopicRequestModel::RequestedByColumn),
                                 QStringLiteral("John Swinbank")));
        const int steps = m_doc->undoStack()->index();
        const QList<AgendaEntry> agendaBefore = AgendaRepository(m_doc->database().connection()).forMeeting(m_seed);
        const QList<TopicRequest> requestsBefore = stored();
        const Id day2 = m_doc->agendaState().days.at(1).id;

        // WHEN it is scheduled into day 2
        const Id entry = m_doc->scheduleTopicRequest(request, day2, 0);

        // THEN day 2 has the topic with the request's time, notes and requesters, and the request points at it
        QVERIFY(entry);
        QCOMPARE(m_doc->undoStack()->index(), steps + 1);
        const AgendaEntry *e = m_doc->agendaState().entry(entry);
        QCOMPARE(e->dayId, day2);
        QCOMPARE(e->title, QStringLiteral("Jenkins futures, part 2"));
        QCOMPARE(e->durationMinutes, 45);
        QCOMPARE(e->preNotes, QStringLiteral("Run *ap_verify* on ticket branches."));
        QCOMPARE(e->coordinatorIds.size(), 1);
        const QModelIndex row = model()->index(model()->rowOf(request), TopicRequestModel::ScheduledColumn);
        QVERIFY(row.data().toString().startsWith(QStringLiteral("Day 2, 09:00 Jenkins futures")));
        QCOMPARE(row.data(TopicRequestModel::ScheduledEntryRole).toLongLong(), entry);
        QCOMPARE(model()->index(row.row(), TopicRequestModel::StatusColumn).data().toString(),
                 QStringLiteral("Scheduled"));

        // AND one undo takes both back
        m_doc->undoStack()->undo();
        QCOMPARE(AgendaRepository(m_doc->database().connection()).forMeeting(m_seed), agendaBefore);
        QCOMPARE(stored(), requestsBefore);
    }

    void shouldBudgetEachDay()
    {
        const TimeBudget budget = TimeBudget::compute(m_doc->agendaState(), m_doc->topicRequestList());
        QCOMPARE(budget.days.size(), 3);
        QCOMPARE(budget.days.at(0).requested, 180);
        QCOMPARE(budget.days.at(0).scheduled, 285);
        QCOMPARE(budget.days.at(0).breaks, 45);
        QCOMPARE(budget.days.at(0).available, 330);
        QCOMPARE(budget.days.at(1).available, -1);
        QCOMPARE(budget.days.at(2).requested, 45);
        QCOMPARE(budget.days.at(2).scheduled, 180);
        QCOMPARE(budget.days.at(2).available, 210);
        QCOMPARE(budget.unscheduled, 0);
        model()->addRequest(QStringLiteral("More"));
        model()->setData(model()->index(6, TopicRequestModel::TimeColumn), QStringLiteral("20"));
        QCOMPARE(TimeBudget::compute(m_doc->agendaState(), m_doc->topicRequestList()).unscheduled, 20);
    }
};

QTEST_MAIN(TestPlanning)
#include "tst_planning.moc"
