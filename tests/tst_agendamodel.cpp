// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/duration.h"
#include "backend.h"
#include "document/libraryfile.h"
#include "fixtures.h"
#include "itemmodels/agendamodel.h"
#include "meetingdocument.h"
#include "storage/actionitemrepository.h"
#include "storage/agendarepository.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

class TestAgendaModel : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    std::unique_ptr<MeetingDocument> m_doc;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Id m_seed = 0;

    AgendaModel *model() const { return m_doc->agenda(); }
    QSqlDatabase db() const { return m_doc->database().connection(); }
    QList<AgendaEntry> storedEntries() const { return AgendaRepository(db()).forMeeting(m_seed); }
    QList<MeetingDay> storedDays() const { return MeetingRepository(db()).days(m_seed); }
    QModelIndex entry(const QString &title, int column = AgendaModel::TopicColumn) const
    {
        return model()->indexOfEntry(entryTitled(model()->state().entries, title).id).siblingAtColumn(column);
    }
    QString start(const QString &title) const { return entry(title, AgendaModel::StartColumn).data().toString(); }

    /** Undo restores the stored rows exactly, and redo the edited ones. */
    void checkUndoRedo(const QList<AgendaEntry> &before, const QList<MeetingDay> &daysBefore)
    {
        const QList<AgendaEntry> after = storedEntries();
        const QList<MeetingDay> daysAfter = storedDays();
        QVERIFY(after != before || daysAfter.size() != daysBefore.size());
        m_doc->undoStack()->undo();
        QCOMPARE(storedEntries(), before);
        QCOMPARE(storedDays().size(), daysBefore.size());
        m_doc->undoStack()->redo();
        QCOMPARE(storedEntries(), after);
        QCOMPARE(storedDays().size(), daysAfter.size());
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
        m_tester = watchModel(model());
    }

    void cleanup()
    {
        m_tester.reset();
        m_doc.reset();
    }

    void shouldRetimeLaterEntriesWhenDurationGrows()
    {
        const QList<AgendaEntry> before = storedEntries();
        QVERIFY(
            model()->setData(entry(QStringLiteral("Welcome"), AgendaModel::DurationColumn), QStringLiteral("30 min")));
        QCOMPARE(start(QStringLiteral("Project news and updates")), QStringLiteral("09:30"));
        QCOMPARE(start(QStringLiteral("Community support")), QStringLiteral("10:00"));
        // The break is pinned at 10:30 and now overlaps the topic before it.
        const QModelIndex breakStart = model()->index(4, 0, model()->index(0, 0, model()->index(0, 0)));
        QCOMPARE(breakStart.data().toString(), QStringLiteral("Break"));
        QCOMPARE(breakStart.siblingAtColumn(AgendaModel::StartColumn).data().toString(), QStringLiteral("10:30"));
        QCOMPARE(breakStart.data(AgendaModel::SlackRole).toInt(), -15);
        checkUndoRedo(before, storedDays());
    }

    void shouldParseDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes");
        QTest::newRow("plain") << "45" << 45;
        QTest::newRow("min") << "45 min" << 45;
        QTest::newRow("hours and minutes") << "1h 30m" << 90;
        QTest::newRow("spelled") << "1 hour 15 minutes" << 75;
        QTest::newRow("clock") << "1:30" << 90;
        QTest::newRow("hours") << "2 h" << 120;
        QTest::newRow("as shown") << Duration::format(75) << 75;
        QTest::newRow("garbage") << "soon" << -1;
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("too long") << "30 h" << -1;
        // A day has 24 hours (issue 17, class 10): before, a clock form took any two digits of hours.
        QTest::newRow("a whole day") << "24:00" << 1440;
        QTest::newRow("a clock past a day") << "99:59" << -1;
        QTest::newRow("a clock with 75 minutes") << "1:75" << -1;
        QTest::newRow("digits that overflow") << "99999999999 h" << -1;
    }

    void shouldParseDurations()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        QCOMPARE(Duration::parse(text), minutes);
    }

    /** Issue 17, class 10: a duration or a start that would run a day past midnight is refused and said. */
    void shouldRefuseADurationOrStartThatRunsPastMidnight()
    {
        const QList<AgendaEntry> before = storedEntries();
        QSignalSpy said(m_doc->file(), &LibraryFile::storageFailed);
        // A number given directly (a spin box, a script) is held to a day as typed text is.
        QVERIFY(!model()->setData(entry(QStringLiteral("Welcome"), AgendaModel::DurationColumn), 1000000000));
        QVERIFY(!model()->setData(entry(QStringLiteral("Welcome"), AgendaModel::DurationColumn), 1441));
        // 15 hours fit in a day, but not from 09:00 on.
        QVERIFY(
            !model()->setData(entry(QStringLiteral("Welcome"), AgendaModel::DurationColumn), QStringLiteral("15 h")));
        QVERIFY(said.size() >= 1);
        QVERIFY2(said.last().at(0).toString().contains(QStringLiteral("would end after midnight")),
                 qPrintable(said.last().at(0).toString()));
        QVERIFY(!model()->setData(entry(QStringLiteral("Project news and updates"), AgendaModel::StartColumn),
                                  QStringLiteral("23:50")));
        QCOMPARE(storedEntries(), before);
        QCOMPARE(start(QStringLiteral("Welcome")), QStringLiteral("09:00"));
    }

    void shouldPinAnEntryWhoseStartIsTyped()
    {
        const QList<AgendaEntry> before = storedEntries();
        QVERIFY(model()->setData(entry(QStringLiteral("Project news and updates"), AgendaModel::StartColumn),
                                 QStringLiteral("9:20")));
        QCOMPARE(start(QStringLiteral("Project news and updates")), QStringLiteral("09:20"));
        QVERIFY(entry(QStringLiteral("Project news and updates")).data(AgendaModel::PinnedRole).toBool());
        QCOMPARE(entry(QStringLiteral("Project news and updates")).data(AgendaModel::SlackRole).toInt(), 5);
        QCOMPARE(start(QStringLiteral("John Swinbank transition")), QStringLiteral("09:45"));
        QVERIFY(
            !model()->setData(entry(QStringLiteral("Welcome"), AgendaModel::StartColumn), QStringLiteral("half past")));
        checkUndoRedo(before, storedDays());
    }

    void shouldAddUnknownCoordinatorsToTheDirectoryInOneStep()
    {
        const int people = PersonRepository(db()).all().size();
        const QList<AgendaEntry> before = storedEntries();
        const int steps = m_doc->undoStack()->count();
        QStringList asked;
        m_doc->directory()->setAsker([&asked](const QList<NameQuestion> &questions) {
            for (const NameQuestion &q : questions)
                asked << q.typed;
            return std::optional<QList<Id>>(QList<Id>(questions.size(), 0));
        });
        QVERIFY(model()->setData(entry(QStringLiteral("Welcome"), AgendaModel::CoordinatorsColumn),
                                 QStringLiteral("Melissa Graham, KT")));
        QCOMPARE(asked, QStringList{QStringLiteral("Melissa Graham")});
        QCOMPARE(entry(QStringLiteral("Welcome"), AgendaModel::CoordinatorsColumn).data().toString(),
                 QStringLiteral("Melissa Graham, Kian-Tat Lim"));
        QCOMPARE(PersonRepository(db()).all().size(), people + 1);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        m_doc->undoStack()->undo();
        QCOMPARE(PersonRepository(db()).all().size(), people);
        QCOMPARE(storedEntries(), before);
        m_doc->undoStack()->redo();
        QCOMPARE(PersonRepository(db()).all().size(), people + 1);
    }

    void shouldTakeAFirstNameForThePersonWithoutAsking()
    {
        bool asked = false;
        m_doc->directory()->setAsker([&asked](const QList<NameQuestion> &) {
            asked = true;
            return std::optional<QList<Id>>();
        });
        const int people = PersonRepository(db()).all().size();
        QVERIFY(model()->setData(entry(QStringLiteral("Welcome"), AgendaModel::CoordinatorsColumn),
                                 QStringLiteral("Tim, swinb")));
        QVERIFY(!asked);
        QCOMPARE(entry(QStringLiteral("Welcome"), AgendaModel::CoordinatorsColumn).data().toString(),
                 QStringLiteral("Tim Jenness, John Swinbank"));
        QCOMPARE(PersonRepository(db()).all().size(), people);
    }

    void shouldChangeNothingWhenTheQuestionIsCancelled()
    {
        // GIVEN a user who cancels every question
        QList<NameQuestion> questions;
        m_doc->directory()->setAsker([&questions](const QList<NameQuestion> &q) {
            questions = q;
            return std::optional<QList<Id>>();
        });
        const int people = PersonRepository(db()).all().size();
        const QList<AgendaEntry> before = storedEntries();
        const int steps = m_doc->undoStack()->count();
        const QModelIndex block = entry(QStringLiteral("Welcome")).parent();
        const QString moderator = block.data(Qt::EditRole).toString();

        // WHEN a new name is typed as coordinator and an ambiguous one as moderator
        QVERIFY(!model()->setData(entry(QStringLiteral("Welcome"), AgendaModel::CoordinatorsColumn),
                                  QStringLiteral("Melissa Graham, KT")));
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions.at(0).match.kind, NameMatch::Kind::Unknown);
        QVERIFY(!model()->setData(block, QStringLiteral("Robert")));
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions.at(0).match.kind, NameMatch::Kind::Ambiguous);

        // THEN nothing changed: not the agenda, not the directory, not the undo stack
        QCOMPARE(storedEntries(), before);
        QCOMPARE(PersonRepository(db()).all().size(), people);
        QCOMPARE(m_doc->undoStack()->count(), steps);
        QCOMPARE(block.data(Qt::EditRole).toString(), moderator);
    }

    void shouldMakeTheChosenOneOfSeveralTheModerator()
    {
        const Id lupton = m_doc->directory()->findPerson(QStringLiteral("Robert Lupton"));
        QStringList candidates;
        m_doc->directory()->setAsker([&](const QList<NameQuestion> &questions) {
            for (const Person &p : questions.at(0).match.candidates)
                candidates << p.shownName();
            return std::optional<QList<Id>>(QList<Id>{lupton});
        });
        const QModelIndex block = entry(QStringLiteral("Welcome")).parent();
        const int steps = m_doc->undoStack()->count();
        QVERIFY(model()->setData(block, QStringLiteral("robert")));
        QCOMPARE(candidates, (QStringList{QStringLiteral("Robert Gruendl"), QStringLiteral("Robert Lupton")}));
        QCOMPARE(block.data().toString(), QStringLiteral("Moderator: Robert Lupton"));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    }

    void shouldChangeABlockModerator()
    {
        const QModelIndex block = model()->index(0, 0, model()->index(0, 0));
        QVERIFY(model()->setData(block, QStringLiteral("K-T Lim")));
        QCOMPARE(model()->index(0, 0, model()->index(0, 0)).data().toString(),
                 QStringLiteral("Moderator: Kian-Tat Lim"));
        m_doc->undoStack()->undo();
        QCOMPARE(model()->index(0, 0, model()->index(0, 0)).data().toString(),
                 QStringLiteral("Moderator: John Swinbank"));
    }

    void shouldInsertAnEntryAndRetime()
    {
        const QList<AgendaEntry> before = storedEntries();
        const Id added
            = model()->addEntry(entry(QStringLiteral("Welcome")), AgendaEntry::Kind::Topic, QStringLiteral("Photo"));
        QVERIFY(added);
        QCOMPARE(model()->indexOfEntry(added).row(), 1);
        QCOMPARE(start(QStringLiteral("Photo")), QStringLiteral("09:15"));
        QCOMPARE(start(QStringLiteral("Project news and updates")), QStringLiteral("09:45"));
        checkUndoRedo(before, storedDays());
        QVERIFY(model()->indexOfEntry(added).isValid()); // redo restored the same id
    }

    void shouldRestoreWhatReferredToARemovedBlock()
    {
        // GIVEN the first block, whose Welcome and Community support entries have action items
        const QList<ActionItem> actionsBefore = ActionItemRepository(db()).list(m_seed);
        const QList<AgendaEntry> before = storedEntries();
        QVERIFY(model()->removeItem(model()->index(0, 0, model()->index(0, 0))));
        QCOMPARE(model()->rowCount(model()->index(0, 0)), 2);
        QCOMPARE(ActionItemRepository(db()).list(m_seed).at(0).entryId, Id(0));
        // WHEN it is undone THEN the entries and every link to them are back
        m_doc->undoStack()->undo();
        QCOMPARE(storedEntries(), before);
        const QList<ActionItem> actionsAfter = ActionItemRepository(db()).list(m_seed);
        for (int i = 0; i < actionsBefore.size(); ++i)
            QCOMPARE(actionsAfter.at(i).entryId, actionsBefore.at(i).entryId);
    }

    void shouldMoveByDragAndDropAcrossDays()
    {
        const QList<AgendaEntry> before = storedEntries();
        const QModelIndex welcome = entry(QStringLiteral("Welcome"));
        std::unique_ptr<QMimeData> data(model()->mimeData({welcome}));
        QVERIFY(data);
        const QModelIndex day2 = model()->index(1, 0);
        QVERIFY(model()->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, day2));
        model()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, day2);
        QCOMPARE(model()->rowCount(model()->index(1, 0)), 1);
        QCOMPARE(model()->index(0, 0, model()->index(1, 0)).data().toString(), QStringLiteral("Welcome"));
        QCOMPARE(start(QStringLiteral("Project news and updates")), QStringLiteral("09:00"));
        checkUndoRedo(before, storedDays());
        // A block cannot be dropped into a block.
        std::unique_ptr<QMimeData> block(model()->mimeData({model()->index(0, 0, model()->index(0, 0))}));
        QVERIFY(
            !model()->canDropMimeData(block.get(), Qt::MoveAction, 0, 0, model()->index(1, 0, model()->index(0, 0))));
    }

    void shouldStepWithTheKeyboardModel()
    {
        const QList<AgendaEntry> before = storedEntries();
        QVERIFY(model()->stepEntry(entry(QStringLiteral("Welcome")), 1));
        QCOMPARE(entry(QStringLiteral("Welcome")).row(), 1);
        QCOMPARE(start(QStringLiteral("Welcome")), QStringLiteral("09:25"));
        checkUndoRedo(before, storedDays());
    }

    void shouldReorderDaysByTradingDates()
    {
        const QList<AgendaEntry> before = storedEntries();
        const QList<MeetingDay> days = storedDays();
        QVERIFY(model()->stepEntry(model()->index(2, 0), -1)); // day 3 becomes day 2
        QCOMPARE(model()->rowCount(model()->index(1, 0)), 2); // its two blocks, now on 16 September
        QCOMPARE(model()->rowCount(model()->index(2, 0)), 0);
        QCOMPARE(storedDays().at(1).id, days.at(2).id);
        QCOMPARE(storedDays().at(1).date, QDate(2020, 9, 16));
        QCOMPARE(storedDays().at(1).plannedEnd, QTime(12, 30));
        m_doc->undoStack()->undo();
        QCOMPARE(storedEntries(), before);
        QCOMPARE(storedDays().at(2).id, days.at(2).id);
        QCOMPARE(storedDays().at(2).date, QDate(2020, 9, 17));
        QVERIFY(!model()->stepEntry(model()->index(0, 0), -1));
    }

    void shouldAddAndRemoveDaysWithTheMeetingDates()
    {
        const QList<MeetingDay> days = storedDays();
        QVERIFY(model()->addDay());
        QCOMPARE(storedDays().size(), 4);
        QCOMPARE(MeetingRepository(db()).load(m_seed).endDate, QDate(2020, 9, 18));
        m_doc->undoStack()->undo();
        QCOMPARE(storedDays().size(), 3);
        QCOMPARE(MeetingRepository(db()).load(m_seed).endDate, QDate(2020, 9, 17));
        // Removing day 1 takes its entries and moves the start date.
        const QList<AgendaEntry> before = storedEntries();
        QVERIFY(model()->removeItem(model()->index(0, 0)));
        QCOMPARE(MeetingRepository(db()).load(m_seed).startDate, QDate(2020, 9, 16));
        QCOMPARE(storedEntries().size(), before.size() - 14);
        checkUndoRedo(before, days);
    }

    void shouldMergeTypingInNotesIntoOneStep()
    {
        const Id welcome = entry(QStringLiteral("Welcome")).data(AgendaModel::EntryIdRole).toLongLong();
        const int steps = m_doc->undoStack()->count();
        for (const char *text : {"I", "In", "Int", "Intro"})
            QVERIFY(model()->setEntryField(welcome, AgendaModel::PreNotesRole, QString::fromLatin1(text)));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(model()->state().entry(welcome)->preNotes, QStringLiteral("Intro"));
        m_doc->undoStack()->undo();
        QVERIFY(model()->state().entry(welcome)->preNotes.startsWith(QStringLiteral("- Introductory remarks")));
    }
    void shouldShowPlannedVersusActualAfterARun()
    {
        const QTimeZone pacific("America/Los_Angeles");
        const auto at = [&](int h, int m) { return QDateTime(QDate(2020, 9, 15), QTime(h, m), pacific); };
        const Id day1 = model()->state().days.constFirst().id;
        const QModelIndex day = model()->indexOfDay(day1);
        // Before any run the columns are empty.
        QVERIFY(!model()->hasRun());
        QCOMPARE(entry(QStringLiteral("Welcome"), AgendaModel::PlannedColumn).data().toString(), QString());
        QCOMPARE(model()->headerData(AgendaModel::PlannedColumn, Qt::Horizontal).toString(), QStringLiteral("Planned"));
        QCOMPARE(model()->headerData(AgendaModel::ActualColumn, Qt::Horizontal).toString(), QStringLiteral("Actual"));
        QCOMPARE(model()->headerData(AgendaModel::DifferenceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Difference"));

        // GIVEN Welcome started two minutes late, Project news ran ten minutes over, the
        // transition was skipped, and Community support has run ten minutes
        m_doc->setNow(at(9, 2));
        QVERIFY(m_doc->startRun(day1, m_doc->now()));
        m_doc->setNow(at(9, 15));
        QVERIFY(m_doc->stepRun(MeetingDocument::RunStep::Next));
        m_doc->setNow(at(9, 50));
        QVERIFY(m_doc->stepRun(MeetingDocument::RunStep::Next));
        QVERIFY(m_doc->stepRun(MeetingDocument::RunStep::Skip));
        m_doc->setNow(at(10, 0));
        QVERIFY(model()->hasRun());

        const auto cells = [this](const QModelIndex &row) {
            return QStringList{row.siblingAtColumn(AgendaModel::PlannedColumn).data().toString(),
                               row.siblingAtColumn(AgendaModel::ActualColumn).data().toString(),
                               row.siblingAtColumn(AgendaModel::DifferenceColumn).data().toString()}
                .join(QStringLiteral(" | "));
        };
        QCOMPARE(cells(entry(QStringLiteral("Welcome"))), QStringLiteral("09:00, 15 min | 09:02, 13 min | −2 min"));
        QCOMPARE(cells(entry(QStringLiteral("Project news and updates"))),
                 QStringLiteral("09:15, 25 min | 09:15, 35 min | +10 min"));
        QCOMPARE(cells(entry(QStringLiteral("John Swinbank transition"))),
                 QStringLiteral("09:40, 5 min | skipped | −5 min"));
        QCOMPARE(entry(QStringLiteral("John Swinbank transition")).data(AgendaModel::RunStateRole).toString(),
                 QStringLiteral("skipped"));
        // The running entry has no difference until it overruns; it is the one highlighted.
        QCOMPARE(cells(entry(QStringLiteral("Community support"))),
                 QStringLiteral("09:45, 45 min | 09:50, 10 min so far | "));
        QVERIFY(entry(QStringLiteral("Community support")).data(AgendaModel::IsNowRole).toBool());
        QCOMPARE(entry(QStringLiteral("Break"), AgendaModel::PlannedColumn).data().toString(),
                 QStringLiteral("10:30, 30 min"));
        QCOMPARE(entry(QStringLiteral("Break"), AgendaModel::ActualColumn).data().toString(), QString());

        // The block and the day add up what has run.
        const QModelIndex block = entry(QStringLiteral("Welcome")).parent();
        QCOMPARE(block.data(AgendaModel::KindRole).toString(), QStringLiteral("block"));
        QCOMPARE(block.data(AgendaModel::ActualMinutesRole).toInt(), 58);
        QCOMPARE(block.data(AgendaModel::DifferenceMinutesRole).toInt(), 3);
        QCOMPARE(day.data(AgendaModel::ActualMinutesRole).toInt(), 58);
        QCOMPARE(day.data(AgendaModel::DifferenceMinutesRole).toInt(), 3);
        QCOMPARE(day.siblingAtColumn(AgendaModel::ActualColumn).data().toString(),
                 QStringLiteral("09:02, 58 min so far"));
        QCOMPARE(day.siblingAtColumn(AgendaModel::DifferenceColumn).data().toString(), QStringLiteral("+3 min"));
        QCOMPARE(day.siblingAtColumn(AgendaModel::PlannedColumn).data().toString().left(7), QStringLiteral("09:00, "));
        QCOMPARE(
            day.data(AgendaModel::PlannedMinutesRole).toInt(), model()->state().entries.isEmpty() ? 0 : [&] {
                int total = 0;
                for (Id id : model()->state().timeline(day1))
                    total += qMax(0, model()->state().entry(id)->durationMinutes);
                return total;
            }());

        // WHEN the clock moves on, the running entry's minutes follow (an overrun shows)
        m_doc->setNow(at(10, 40));
        QVERIFY(entry(QStringLiteral("Community support")).data(AgendaModel::IsNowRole).toBool());
        QVERIFY(!entry(QStringLiteral("Break")).data(AgendaModel::IsNowRole).toBool());
        QCOMPARE(cells(entry(QStringLiteral("Community support"))),
                 QStringLiteral("09:45, 45 min | 09:50, 50 min so far | +5 min"));
        // AND once the day ends, what ran stays
        QVERIFY(m_doc->stepRun(MeetingDocument::RunStep::EndDay));
        m_doc->setNow(at(12, 0));
        QCOMPARE(cells(entry(QStringLiteral("Community support"))),
                 QStringLiteral("09:45, 45 min | 09:50, 50 min | +5 min"));
        QCOMPARE(day.siblingAtColumn(AgendaModel::DifferenceColumn).data().toString(), QStringLiteral("+8 min"));
        QCOMPARE(entry(QStringLiteral("Break"), AgendaModel::ActualColumn).data().toString(), QString());
        // Day 2 has not run: its columns stay empty; the run columns are not editable.
        const QModelIndex day2 = model()->index(1, AgendaModel::PlannedColumn);
        QCOMPARE(day2.data().toString(), QString());
        QVERIFY(!(entry(QStringLiteral("Welcome"), AgendaModel::ActualColumn).flags() & Qt::ItemIsEditable));
    }
};

QTEST_MAIN(TestAgendaModel)
#include "tst_agendamodel.moc"
