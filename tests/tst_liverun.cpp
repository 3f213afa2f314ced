// SPDX-License-Identifier: GPL-3.0-or-later
// The live run of a meeting day: the steps a moderator takes (over day 1 of the sample, with an
// injected clock), the arithmetic of ahead and behind, re-timing the rest, and undo.
#include "agenda/liverun.h"
#include "document/librarymodels.h"
#include "export/jsoninterchange.h"
#include "fixtures.h"
#include "meetingdocument.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

const QTimeZone pacific("America/Los_Angeles");

/** 2020-09-15 (day 1 of the sample) at hh:mm[:ss] Pacific time. */
QDateTime at(const QString &time)
{
    return QDateTime(QDate(2020, 9, 15), QTime::fromString(time, time.size() > 5 ? "HH:mm:ss" : "HH:mm"), pacific);
}

class Run
{
public:
    Run()
    {
        doc = openSampleDocument(dir, QStringLiteral("live.quorum"), &meetingId);
        if (doc)
            dayId = doc->agendaState().days.constFirst().id;
    }
    void clock(const QString &time) { doc->models()->setNow(at(time)); }
    Id id(const QString &title) const
    {
        const AgendaState s = doc->agendaState();
        for (const AgendaEntry &e : s.entries) {
            if (e.title.startsWith(title))
                return e.id;
        }
        qWarning("no entry titled %s", qPrintable(title));
        return 0;
    }
    QString title(Id entryId) const
    {
        const AgendaState s = doc->agendaState();
        const AgendaEntry *e = s.entry(entryId);
        return e ? e->title.left(24) : QString();
    }
    LiveRun live() const { return doc->liveRun(dayId); }
    /** Runs "09:15 next; 09:20 pause" style steps; false at the first that does not apply. */
    bool script(const QString &steps)
    {
        for (const QString &step : steps.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList words = step.simplified().split(QLatin1Char(' '));
            clock(words.at(0));
            const QString verb = words.at(1);
            bool ok = false;
            if (verb == QLatin1String("start"))
                ok = doc->startRun(dayId, doc->now());
            else if (verb == QLatin1String("start-planned"))
                ok = doc->startRun(dayId, at(QStringLiteral("09:00")));
            else if (verb == QLatin1String("next"))
                ok = doc->stepRun(MeetingDocument::RunStep::Next);
            else if (verb == QLatin1String("previous"))
                ok = doc->stepRun(MeetingDocument::RunStep::Previous);
            else if (verb == QLatin1String("skip"))
                ok = doc->stepRun(MeetingDocument::RunStep::Skip);
            else if (verb == QLatin1String("pause"))
                ok = doc->stepRun(MeetingDocument::RunStep::Pause);
            else if (verb == QLatin1String("resume"))
                ok = doc->stepRun(MeetingDocument::RunStep::Resume);
            else if (verb == QLatin1String("end"))
                ok = doc->stepRun(MeetingDocument::RunStep::EndDay);
            if (!ok) {
                qWarning("step did not apply: %s", qPrintable(step));
                return false;
            }
        }
        return true;
    }
    /** "Welcome 09:00-09:15, Project news… 09:15-" for the held entries, in Pacific time. */
    QString held() const
    {
        const LiveRun run = live();
        QStringList out;
        for (const Id id : run.timeline()) {
            const AgendaEntry *e = run.state().entry(id);
            const QString mark = run.stateOf(id) == LiveRun::State::Skipped  ? QStringLiteral("skipped")
                                 : run.stateOf(id) == LiveRun::State::Parked ? QStringLiteral("parked")
                                                                             : QString();
            if (!mark.isEmpty())
                out << title(id) + QLatin1Char(' ') + mark;
            else if (e->actualStart.isValid())
                out << title(id) + QLatin1Char(' ') + e->actualStart.toTimeZone(pacific).toString("HH:mm")
                           + QLatin1Char('-')
                           + (e->actualEnd.isValid() ? e->actualEnd.toTimeZone(pacific).toString("HH:mm") : QString());
        }
        return out.join(QStringLiteral(", "));
    }
    /** The day's plan as "Welcome 09:00/15, …" (start/minutes; parked entries left out). */
    QString plan() const
    {
        const AgendaState s = doc->agendaState();
        QStringList out;
        for (const Id id : s.timeline(dayId)) {
            const AgendaEntry *e = s.entry(id);
            if (!e->isParked())
                out << title(id) + QLatin1Char(' ') + e->startTime.toString("HH:mm") + QLatin1Char('/')
                           + QString::number(e->plannedMinutes());
        }
        return out.join(QStringLiteral(", "));
    }

    QTemporaryDir dir;
    std::unique_ptr<MeetingDocument> doc;
    qint64 meetingId = 0;
    Id dayId = 0;
};

} // namespace

class TestLiveRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFollowTheModeratorsSteps_data()
    {
        QTest::addColumn<QString>("steps");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("held");
        QTest::addColumn<int>("elapsed");

        QTest::newRow("started now") << "09:02 start"
                                     << "09:05"
                                     << "Welcome"
                                     << "Project news and updates"
                                     << "Welcome 09:02-" << 180;
        QTest::newRow("started at the planned time") << "09:02 start-planned"
                                                     << "09:05"
                                                     << "Welcome"
                                                     << "Project news and updates"
                                                     << "Welcome 09:00-" << 300;
        QTest::newRow("next") << "09:00 start; 09:14 next"
                              << "09:20"
                              << "Project news and updates"
                              << "John Swinbank transition"
                              << "Welcome 09:00-09:14, Project news and updates 09:14-" << 360;
        QTest::newRow("previous runs the last entry on") << "09:00 start; 09:14 next; 09:16 previous"
                                                         << "09:20"
                                                         << "Welcome"
                                                         << "Project news and updates"
                                                         << "Welcome 09:00-" << 1200;
        QTest::newRow("skip") << "09:00 start; 09:14 next; 09:15 next; 09:16 skip"
                              << "09:20"
                              << "Community support"
                              << "Break"
                              << "Welcome 09:00-09:14, Project news and updates 09:14-09:15, John Swinbank transition "
                                 "skipped, Community support 09:16-"
                              << 240;
        QTest::newRow("a pause stops the clock") << "09:00 start; 09:05 pause; 09:08 resume"
                                                 << "09:10"
                                                 << "Welcome"
                                                 << "Project news and updates"
                                                 << "Welcome 09:00-" << 420;
        QTest::newRow("paused now") << "09:00 start; 09:05 pause"
                                    << "09:09"
                                    << "Welcome"
                                    << "Project news and updates"
                                    << "Welcome 09:00-" << 300;
        QTest::newRow("next ends a pause") << "09:00 start; 09:05 pause; 09:10 next"
                                           << "09:12"
                                           << "Project news and updates"
                                           << "John Swinbank transition"
                                           << "Welcome 09:00-09:10, Project news and updates 09:10-" << 120;
        QTest::newRow("a break runs like an entry")
            << "09:00 start; 09:15 next; 09:40 next; 09:45 next; 10:30 next"
            << "10:31"
            << "Break"
            << "Improvements to the buil"
            << "Welcome 09:00-09:15, Project news and updates 09:15-09:40, John Swinbank transition 09:40-09:45, "
               "Community support 09:45-10:30, Break 10:30-"
            << 60;
        // Started at its planned time a few minutes ahead: what follows it cannot start before it.
        QTest::newRow("next before the planned start") << "08:55 start-planned; 08:58 next"
                                                       << "09:05"
                                                       << "Project news and updates"
                                                       << "John Swinbank transition"
                                                       << "Welcome 09:00-09:00, Project news and updates 09:00-" << 300;
        QTest::newRow("skip before the planned start") << "08:55 start-planned; 08:58 skip"
                                                       << "09:05"
                                                       << "Project news and updates"
                                                       << "John Swinbank transition"
                                                       << "Welcome skipped, Project news and updates 09:00-" << 300;
        QTest::newRow("end of day") << "09:00 start; 09:15 next; 09:30 end"
                                    << "09:40"
                                    << ""
                                    << ""
                                    << "Welcome 09:00-09:15, Project news and updates 09:15-09:30" << 0;
    }

    void shouldFollowTheModeratorsSteps()
    {
        QFETCH(QString, steps);
        QFETCH(QString, now);
        QFETCH(QString, current);
        QFETCH(QString, next);
        QFETCH(QString, held);
        QFETCH(int, elapsed);
        Run run;
        QVERIFY(run.doc);
        QVERIFY(run.script(steps));
        const LiveRun live = run.live();
        QCOMPARE(run.held(), held);
        QCOMPARE(run.title(live.current()), current.left(24));
        QCOMPARE(run.title(live.next()), next.left(24));
        QCOMPARE(live.elapsedSeconds(live.current(), at(now)), qint64(elapsed));
    }

    void shouldEndTheDayAfterItsLastEntry()
    {
        Run run;
        QVERIFY(run.script(QStringLiteral("09:00 start")));
        const int entries = int(run.live().timeline().size());
        QCOMPARE(entries, 11);
        for (int i = 0; i < entries; ++i) {
            run.clock(QStringLiteral("09:%1").arg(i + 1, 2, 10, QLatin1Char('0')));
            QVERIFY(run.doc->stepRun(MeetingDocument::RunStep::Next));
        }
        const LiveRun live = run.live();
        QVERIFY(live.isEnded());
        QCOMPARE(live.day()->actualEnd, at(QStringLiteral("09:11")).toUTC());
        QCOMPARE(live.current(), Id(0));
        QVERIFY(!run.doc->stepRun(MeetingDocument::RunStep::Next));
        QVERIFY(!run.doc->stepRun(MeetingDocument::RunStep::Pause));
        // The sidebar and the document say no day is live any more.
        QCOMPARE(LiveRun::liveDay(run.doc->agendaState()), Id(0));
    }

    void shouldRefuseStepsThatDoNotApply()
    {
        Run run;
        const int before = run.doc->undoStack()->count();
        run.clock(QStringLiteral("09:00"));
        QVERIFY(!run.doc->stepRun(MeetingDocument::RunStep::Next));
        QVERIFY(run.script(QStringLiteral("09:00 start")));
        QVERIFY(!run.doc->startRun(run.dayId, run.doc->now())); // one live day at a time
        QVERIFY(!run.doc->stepRun(MeetingDocument::RunStep::Previous)); // nothing before the first
        QVERIFY(!run.doc->stepRun(MeetingDocument::RunStep::Resume)); // not paused
        QVERIFY(run.script(QStringLiteral("09:01 pause")));
        QVERIFY(!run.doc->stepRun(MeetingDocument::RunStep::Pause));
        QCOMPARE(run.doc->undoStack()->count(), before + 2);
    }

    void shouldMeasureOverrunAndHowFarBehindTheBlockAndDayAre()
    {
        // Project news runs ten minutes over: started 09:15 for 25 minutes, still on at 09:50.
        Run run;
        QVERIFY(run.script(QStringLiteral("09:00 start; 09:15 next")));
        const LiveRun live = run.live();
        const Id news = run.id(QStringLiteral("Project news"));
        const QDateTime now = at(QStringLiteral("09:50"));
        QCOMPARE(live.current(), news);
        QCOMPARE(live.remainingSeconds(news, at(QStringLiteral("09:38"))), qint64(120));
        QCOMPARE(live.remainingSeconds(news, now), qint64(-600));
        // The rest moves on until the pinned break, which starts when Community support is over.
        const QHash<Id, LiveRun::Span> spans = live.projection(now);
        QCOMPARE(spans.value(run.id(QStringLiteral("Community support"))).start, at(QStringLiteral("09:55")));
        QCOMPARE(spans.value(live.timeline().at(4)).start, at(QStringLiteral("10:40")));
        // The block and the day are ten minutes behind; a block not yet reached as well.
        QCOMPARE(live.dayVarianceMinutes(now), 10);
        QCOMPARE(live.blockVarianceMinutes(live.blockOf(news), now), 10);
        QCOMPARE(live.blockVarianceMinutes(live.blockOf(run.id(QStringLiteral("DMTN-148"))), now), 10);
        QCOMPARE(live.lateMinutes(now), 10);
        // Before the overrun the day is on time, and a short entry puts it ahead.
        QCOMPARE(live.dayVarianceMinutes(at(QStringLiteral("09:30"))), 0);
        QCOMPARE(live.lateMinutes(at(QStringLiteral("09:30"))), 0);
        QVERIFY(run.script(QStringLiteral("09:30 next")));
        QCOMPARE(run.live().dayVarianceMinutes(at(QStringLiteral("09:31"))), 0); // the pinned break holds
        QCOMPARE(run.live().blockVarianceMinutes(live.blockOf(news), at(QStringLiteral("09:31"))), 0);
        QCOMPARE(run.live().lateMinutes(at(QStringLiteral("09:31"))), -10);
        // A paused clock holds the entry's remaining time.
        QVERIFY(run.script(QStringLiteral("09:32 pause")));
        QCOMPARE(run.live().remainingSeconds(run.id(QStringLiteral("John")), at(QStringLiteral("09:40"))), qint64(180));
    }

    void shouldMeasureAnEndedDayByItsEnd()
    {
        // Day 1 (planned 09:00-14:30) ended at 09:30: five hours early, whatever it did not reach.
        Run run;
        QVERIFY(run.script(QStringLiteral("09:00 start; 09:15 next; 09:30 end")));
        const LiveRun live = run.live();
        QCOMPARE(live.dayVarianceMinutes(at(QStringLiteral("09:40"))), -300);
        QCOMPARE(live.dayVarianceMinutes(at(QStringLiteral("16:00"))), -300);
        const Id news = run.id(QStringLiteral("Project news"));
        QCOMPARE(live.projection(at(QStringLiteral("16:00"))).value(news).end, at(QStringLiteral("09:30")));
    }

    void shouldRetimeTheRestOfTheDay_data()
    {
        QTest::addColumn<int>("how");
        QTest::addColumn<QStringList>("chosen");
        QTest::addColumn<bool>("movePinned");
        QTest::addColumn<QString>("plan");

        // Project news ran 09:15 until now (09:50), ten minutes over.
        const QString held = QStringLiteral("Welcome 09:00/15, Project news and updates 09:15/35, ");
        QTest::newRow("push, the pinned break stays")
            << int(LiveRun::Retime::Push) << QStringList() << false
            << held
                   + "John Swinbank transition 09:50/5, Community support 09:55/45, Break 10:30/30, "
                     "Improvements to the buil 11:00/60, DMTN-148 12:00/30, Break 12:30/15, Security trade-offs / RF "
                     "12:45/30, Generation 3 middleware  13:15/75, Close 14:30/0";
        QTest::newRow("push, pinned entries move too")
            << int(LiveRun::Retime::Push) << QStringList() << true
            << held
                   + "John Swinbank transition 09:50/5, Community support 09:55/45, Break 10:40/30, "
                     "Improvements to the buil 11:10/60, DMTN-148 12:10/30, Break 12:40/15, Security trade-offs / RF "
                     "12:55/30, Generation 3 middleware  13:25/75, Close 14:40/0";
        QTest::newRow("shorten one")
            << int(LiveRun::Retime::Shorten) << QStringList{"Community support"} << false
            << held
                   + "John Swinbank transition 09:50/5, Community support 09:55/35, Break 10:30/30, "
                     "Improvements to the buil 11:00/60, DMTN-148 12:00/30, Break 12:30/15, Security trade-offs / RF "
                     "12:45/30, Generation 3 middleware  13:15/75, Close 14:30/0";
        // 10 minutes from 45 and 5: 9 and 1.
        QTest::newRow("shorten in proportion")
            << int(LiveRun::Retime::Shorten) << QStringList{"Community support", "John Swinbank"} << false
            << held
                   + "John Swinbank transition 09:50/4, Community support 09:54/36, Break 10:30/30, "
                     "Improvements to the buil 11:00/60, DMTN-148 12:00/30, Break 12:30/15, Security trade-offs / RF "
                     "12:45/30, Generation 3 middleware  13:15/75, Close 14:30/0";
        // 10 minutes from 60, 30 and 75 after the break: 4, 2 and 4 (largest remainders).
        QTest::newRow("shorten later blocks, pinned moved")
            << int(LiveRun::Retime::Shorten) << QStringList{"Improvements to the build", "DMTN-148", "Generation 3"}
            << true
            << held
                   + "John Swinbank transition 09:50/5, Community support 09:55/45, Break 10:40/30, "
                     "Improvements to the buil 11:10/56, DMTN-148 12:06/28, Break 12:34/15, Security trade-offs / RF "
                     "12:49/30, Generation 3 middleware  13:19/71, Close 14:30/0";
        QTest::newRow("drop to the parking lot")
            << int(LiveRun::Retime::Drop) << QStringList{"John Swinbank"} << false
            << held
                   + "Community support 09:50/45, Break 10:30/30, "
                     "Improvements to the buil 11:00/60, DMTN-148 12:00/30, Break 12:30/15, Security trade-offs / RF "
                     "12:45/30, Generation 3 middleware  13:15/75, Close 14:30/0";
    }

    void shouldRetimeTheRestOfTheDay()
    {
        QFETCH(int, how);
        QFETCH(QStringList, chosen);
        QFETCH(bool, movePinned);
        QFETCH(QString, plan);
        Run run;
        QVERIFY(run.script(QStringLiteral("09:00 start; 09:15 next")));
        run.clock(QStringLiteral("09:50"));
        LiveRun::RetimeChoice choice;
        choice.how = LiveRun::Retime(how);
        choice.movePinned = movePinned;
        for (const QString &title : std::as_const(chosen))
            choice.chosen << run.id(title);
        const QStringList before = libraryRows(run.doc->database().connection());
        QVERIFY(run.doc->retimeRest(choice));
        QCOMPARE(run.plan(), plan);
        // The panel reads the same plan: the day ends as planned now, and the original plan is kept.
        const LiveRun live = run.live();
        const Id news = run.id(QStringLiteral("Project news"));
        QCOMPARE(live.originalMinutes(news), 25);
        QCOMPARE(live.current(), news);
        QCOMPARE(live.remainingSeconds(news, at(QStringLiteral("09:50"))), qint64(0));
        if (LiveRun::Retime(how) == LiveRun::Retime::Drop) {
            QCOMPARE(live.stateOf(run.id(QStringLiteral("John Swinbank"))), LiveRun::State::Parked);
            QCOMPARE(run.title(live.next()), QStringLiteral("Community support"));
        }
        // One undo step puts every row back.
        run.doc->undoStack()->undo();
        QCOMPARE(libraryRows(run.doc->database().connection()), before);
    }

    void shouldRetimeWithThePauseOfTheRunningEntry()
    {
        // Project news (09:15, 25 minutes) stood paused ten minutes and is not over at 09:35: it
        // ends at 09:50, ten minutes late, as the panel's projection says. Re-timed, the plan gives it
        // its 25 minutes after the pause, and its countdown still says 15 minutes left.
        Run run;
        QVERIFY(run.script(QStringLiteral("09:00 start; 09:15 next; 09:20 pause; 09:30 resume")));
        const QDateTime now = at(QStringLiteral("09:35"));
        const Id news = run.id(QStringLiteral("Project news"));
        QCOMPARE(run.live().projection(now).value(news).end, at(QStringLiteral("09:50")));
        QCOMPARE(run.live().dayVarianceMinutes(now), 10);
        QCOMPARE(run.live().lateMinutes(now), 10);
        run.clock(QStringLiteral("09:35"));
        QVERIFY(run.doc->retimeRest({}));
        QVERIFY2(run.plan().startsWith(QStringLiteral("Welcome 09:00/15, Project news and updates 09:25/25, "
                                                      "John Swinbank transition 09:50/5")),
                 qPrintable(run.plan()));
        QCOMPARE(run.live().remainingSeconds(news, now), qint64(900));
        QCOMPARE(run.live().projection(now).value(news).end, at(QStringLiteral("09:50")));
    }

    void shouldRefuseToRetimeWithEntriesNotToCome()
    {
        Run run;
        QVERIFY(run.script(QStringLiteral("09:00 start; 09:15 next")));
        run.clock(QStringLiteral("09:50"));
        LiveRun::RetimeChoice choice;
        choice.how = LiveRun::Retime::Shorten;
        QVERIFY(!run.doc->retimeRest(choice)); // nothing chosen
        choice.chosen = {run.id(QStringLiteral("Welcome"))}; // held already
        QVERIFY(!run.doc->retimeRest(choice));
        choice.chosen = {run.id(QStringLiteral("Project news"))}; // running
        QVERIFY(!run.doc->retimeRest(choice));
    }

    void shouldUndoEveryStepRowForRow()
    {
        Run run;
        const QSqlDatabase db = run.doc->database().connection();
        QList<QStringList> rows;
        rows.append(libraryRows(db));
        const QStringList steps{"09:02 start", "09:16 next",     "09:20 pause", "09:24 resume", "09:50 next",
                                "09:52 skip",  "09:53 previous", "10:00 next",  "10:40 end"};
        for (const QString &step : steps) {
            QVERIFY2(run.script(step), qPrintable(step));
            rows.append(libraryRows(db));
        }
        // Saved at once: what the file holds is what the document shows.
        QVERIFY(rows.constLast() != rows.constFirst());
        for (qsizetype i = steps.size(); i > 0; --i) {
            run.doc->undoStack()->undo();
            QCOMPARE(libraryRows(db), rows.at(i - 1));
        }
        for (qsizetype i = 1; i <= steps.size(); ++i) {
            run.doc->undoStack()->redo();
            QCOMPARE(libraryRows(db), rows.at(i));
        }
    }

    void shouldKeepWhatRanOnTheDayItRan()
    {
        // Welcome ran on day 1, John Swinbank transition was skipped; Community support runs.
        Run run;
        QVERIFY(run.script(QStringLiteral("09:00 start; 09:15 next; 09:40 next; 09:41 skip")));
        const AgendaState state = run.doc->agendaState();
        const Id day3 = state.days.at(2).id;
        // What ran cannot go to another day, nor can a day that ran trade its date with another.
        AgendaState moved = state;
        QVERIFY(!moved.move(run.id(QStringLiteral("Welcome")), day3, 0, 0));
        QVERIFY(!moved.stepDay(run.dayId, 1));
        QVERIFY(!moved.stepDay(state.days.at(1).id, -1));
        QCOMPARE(moved.days, state.days);
        // A skipped topic moved to day 3 is on that day's plan again: its run comes when day 3's does.
        const Id john = run.id(QStringLiteral("John Swinbank"));
        QVERIFY(moved.move(john, day3, 0, 0));
        QCOMPARE(moved.entry(john)->runStatus, AgendaEntry::RunStatus::Planned);
        run.doc->editAgenda(moved, QStringLiteral("move"));
        QVERIFY(run.script(QStringLiteral("10:30 end")));
        run.clock(QStringLiteral("10:31"));
        QVERIFY(run.doc->startRun(day3, run.doc->now()));
        QCOMPARE(run.doc->liveRun(day3).current(), john);
        // And the library exports a file that reads back.
        QString error;
        QVERIFY2(JsonInterchange::importIntoNewLibrary(run.dir.filePath(QStringLiteral("copy.quorum")),
                                                       JsonInterchange::exportLibrary(run.doc->database()), &error),
                 qPrintable(error));
    }

    void shouldFindTheDayToRun()
    {
        Run run;
        const AgendaState state = run.doc->agendaState();
        const Id day2 = state.days.at(1).id;
        QCOMPARE(LiveRun::dayOn(state, pacific, at(QStringLiteral("23:30"))), run.dayId);
        // 23:30 Pacific is already the 16th in UTC, but the meeting's own day counts.
        QCOMPARE(LiveRun::dayOn(state, pacific, QDateTime(QDate(2020, 9, 16), QTime(8, 0), pacific)), day2);
        QCOMPARE(LiveRun::dayToRun(state, pacific, QDateTime(QDate(2021, 1, 1), QTime(8, 0), pacific)), run.dayId);
        QVERIFY(run.script(QStringLiteral("09:00 start; 09:10 end")));
        // The sample's second day has no agenda: the third is the next to run.
        QCOMPARE(LiveRun::dayToRun(run.doc->agendaState(), pacific, QDateTime(QDate(2021, 1, 1), QTime(8, 0), pacific)),
                 state.days.at(2).id);
    }
};

QTEST_MAIN(TestLiveRun)
#include "tst_liverun.moc"
