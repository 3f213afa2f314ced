// SPDX-License-Identifier: GPL-3.0-or-later
// The moderator's live controls in the window: the Run menu from the keyboard (Next from inside the
// running notes), the live panel's texts at given instants, re-timing the rest, the offer of the
// live view on a meeting day, read-only libraries and the --clock option. The sample's day 1
// (2020-09-15, America/Los_Angeles) runs on an injected clock.
#include "agenda/liverun.h"
#include "document/clockoption.h"
#include "fixtures.h"
#include "itemmodels/agendamodel.h"
#include "livecontroller.h"
#include "livepanel.h"
#include "livestyle.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "meetingdocument.h"
#include "presenterview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

const QTimeZone pacific("America/Los_Angeles");

QDateTime at(const QString &time, const QDate &date = QDate(2020, 9, 15))
{
    return QDateTime(date, QTime::fromString(time, time.size() > 5 ? "HH:mm:ss" : "HH:mm"), pacific);
}

/** Answers the next modal dialog with answer (called on it once it shows). */
void whenDialogShows(const std::function<void(QDialog *)> &answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
        answer(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
    });
}

} // namespace

class TestLivePanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_seed = 0;
    QDateTime m_now;
    std::unique_ptr<MainWindow> m_window;

    MeetingDocument *doc() const { return m_window->document(); }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    QString text(const QString &label) const
    {
        auto *l = m_window->findChild<QLabel *>(label);
        return l && l->isVisibleTo(m_window.get()) ? l->text() : QString();
    }
    QString countdownStyle() const { return m_window->findChild<QLabel *>("liveCountdown")->styleSheet(); }
    LivePanel *panel() const { return m_window->liveController()->panel(); }
    Id entry(const QString &title) const
    {
        for (const AgendaEntry &e : doc()->agendaState().entries) {
            if (e.title.startsWith(title))
                return e.id;
        }
        return 0;
    }
    QString current() const
    {
        const LiveRun run = doc()->liveRun();
        const AgendaEntry *e = run.state().entry(run.current());
        return e ? e->title : QString();
    }
    void clock(const QString &time)
    {
        m_now = at(time);
        panel()->refresh();
    }
    /** Opens a fresh sample in a new window whose clock reads m_now. */
    void openWindow(const QDateTime &now, bool atSeed = true)
    {
        m_now = now;
        m_window = std::make_unique<MainWindow>();
        m_window->setClock([this] { return m_now; });
        QVERIFY(m_window->openLibrary(m_path, atSeed ? m_seed : 0));
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void startAtNine()
    {
        clock("09:00");
        QVERIFY(doc()->startRun(doc()->agendaState().days.constFirst().id, at("09:00")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LiveStyle::setWarningMinutes(2);
    }

    void init()
    {
        static int n = 0;
        m_path = writeSample(m_dir, QStringLiteral("live%1.quorum").arg(++n), &m_seed);
        openWindow(at("09:00"));
    }

    void cleanup() { m_window.reset(); }

    void shouldStartTheMeetingFromTheKeyboardAlone()
    {
        QVERIFY(!action("nextEntryAction")->isEnabled());
        QVERIFY(action("startMeetingAction")->isEnabled());
        QCOMPARE(action("startMeetingAction")->shortcut(), QKeySequence(Qt::Key_F9));
        QStringList offered;
        whenDialogShows([&offered](QDialog *dialog) {
            offered << dialog->objectName() << dialog->findChild<QComboBox *>("startDay")->currentText();
            QVERIFY(dialog->findChild<QRadioButton *>("startNow")->isChecked());
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::keyClick(m_window.get(), Qt::Key_F9);
        QCOMPARE(offered.value(0), QStringLiteral("startMeetingDialog"));
        QVERIFY2(offered.value(1).startsWith("Day 1:"), qPrintable(offered.value(1)));
        QVERIFY(doc()->liveRun().isLive());
        QCOMPARE(current(), QStringLiteral("Welcome"));
        QVERIFY(panel()->isVisible());
        QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("● Live: DM Leadership Team")),
                 qPrintable(m_window->windowTitle()));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("— day 1 —")));
        QVERIFY(!action("startMeetingAction")->isEnabled());
        QVERIFY(action("nextEntryAction")->isEnabled());
        QVERIFY(!action("previousEntryAction")->isEnabled());
        // Undo takes the start back, and everything follows at once.
        doc()->undoStack()->undo();
        QVERIFY(!doc()->liveRun().isLive());
        QVERIFY(action("startMeetingAction")->isEnabled());
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("Live")));
    }

    void shouldStartAtThePlannedTimeWhenChosen()
    {
        clock("09:04");
        whenDialogShows([](QDialog *dialog) {
            auto *planned = dialog->findChild<QRadioButton *>("startPlanned");
            QVERIFY(planned->isEnabled());
            QCOMPARE(planned->text().remove('&'), QStringLiteral("At its planned time (09:00)"));
            planned->setChecked(true);
            dialog->accept();
        });
        action("startMeetingAction")->trigger();
        QCOMPARE(doc()->agendaState().entry(entry("Welcome"))->actualStart, at("09:00").toUTC());
    }

    void shouldStepWithNextWhileTypingInTheRunningNotes()
    {
        startAtNine();
        auto *tabs = m_window->findChild<QTabWidget *>("meetingTabs");
        tabs->setCurrentWidget(m_window->findChild<QWidget *>("runningNotesTab"));
        QTextEdit *editor = m_window->findChild<MarkdownEditor *>("runningNotesEditor")->textEdit();
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, "Opening remarks");
        clock("09:14");
        QVERIFY(action("nextEntryAction")->isEnabled());
        QTest::keyClick(editor, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(current(), QStringLiteral("Project news and updates"));
        QCOMPARE(doc()->agendaState().entry(entry("Welcome"))->actualEnd, at("09:14").toUTC());
        // The notes typed were stored first, in the entry they were typed for, and the key typed nothing.
        QVERIFY(doc()->agendaState().entry(entry("Welcome"))->runningNotes.contains("Opening remarks"));
        QVERIFY(!doc()->agendaState().entry(entry("Project news"))->runningNotes.contains("Opening remarks"));
        // Previous, pause and skip from the editor too.
        clock("09:15");
        QTest::keyClick(editor, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(current(), QStringLiteral("Welcome"));
        QTest::keyClick(editor, Qt::Key_Space, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(doc()->liveRun().isPaused());
        QCOMPARE(action("pauseRunAction")->text().remove('&'), QStringLiteral("Resume"));
        QTest::keyClick(editor, Qt::Key_Space, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!doc()->liveRun().isPaused());
        QTest::keyClick(editor, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(current(), QStringLiteral("Project news and updates"));
        QCOMPARE(doc()->liveRun().stateOf(entry("Welcome")), LiveRun::State::Skipped);
        QVERIFY(editor->hasFocus());
    }

    void shouldShowTheRunningEntryAtEachInstant()
    {
        startAtNine();
        clock("09:05");
        QCOMPARE(text("liveTitle"), QStringLiteral("Welcome"));
        QVERIFY2(text("liveCoordinators").startsWith("Led by "), qPrintable(text("liveCoordinators")));
        QCOMPARE(text("liveCountdown"), QStringLiteral("10:00"));
        QCOMPARE(text("liveElapsed"), QStringLiteral("Elapsed 5:00 of 15 min"));
        QVERIFY(countdownStyle().contains(LiveStyle::background(LiveStyle::Phase::Normal).name()));
        QVERIFY(text("livePaused").isEmpty());
        QVERIFY2(text("liveNext").startsWith("Next: Project news and updates — led by "), qPrintable(text("liveNext")));
        QVERIFY2(text("liveBlock").startsWith("Block moderated by "), qPrintable(text("liveBlock")));
        QVERIFY(text("liveBlock").endsWith(": on time"));
        QCOMPARE(text("liveDayVariance"), QStringLiteral("Day: on time"));
        QCOMPARE(text("liveClock"), QStringLiteral("09:05 PDT · 16:05 UTC"));

        // Two minutes left: the warning colour.
        clock("09:13");
        QCOMPARE(text("liveCountdown"), QStringLiteral("2:00"));
        QVERIFY(countdownStyle().contains(LiveStyle::background(LiveStyle::Phase::Warning).name()));

        // Overrun counts up in the overrun colour, and the day falls behind.
        clock("09:17:30");
        QCOMPARE(text("liveCountdown"), QStringLiteral("+2:30"));
        QVERIFY(countdownStyle().contains(LiveStyle::background(LiveStyle::Phase::Overrun).name()));
        // Said in words too, not by the colour alone.
        QCOMPARE(text("liveElapsed"), QStringLiteral("Over time: elapsed 17:30 of 15 min"));

        // Paused: said, and the clock stands still.
        QVERIFY(doc()->stepRun(MeetingDocument::RunStep::Pause));
        QVERIFY(!text("livePaused").isEmpty());
        clock("09:20");
        QCOMPARE(text("liveCountdown"), QStringLiteral("+2:30"));

        // The panel follows the clock by itself, every second.
        QVERIFY(doc()->stepRun(MeetingDocument::RunStep::Resume));
        m_now = at("09:21");
        QTRY_COMPARE(text("liveCountdown"), QStringLiteral("+3:30"));
    }

    void shouldFollowTheLiveMeetingWhileAnotherIsShown()
    {
        // GIVEN day 1 running, WHEN the moderator looks at another meeting
        startAtNine();
        clock("09:05");
        const Id other = doc()->models()->newestMeetingId();
        QVERIFY(other != m_seed);
        QVERIFY(doc()->setCurrentMeeting(other));
        // THEN the title, the panel and the Run menu still follow the live meeting, and no second run starts
        QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("● Live: DM Leadership Team")),
                 qPrintable(m_window->windowTitle()));
        panel()->refresh();
        QCOMPARE(text("liveTitle"), QStringLiteral("Welcome"));
        QVERIFY2(text("liveDayName").contains(QStringLiteral("is live")), qPrintable(text("liveDayName")));
        QVERIFY(!action("startMeetingAction")->isEnabled());
        QVERIFY(action("nextEntryAction")->isEnabled());
        // WHEN Next is pressed, the live meeting is shown again and its run moves on
        clock("09:14");
        QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(doc()->currentMeetingId(), Id(m_seed));
        QCOMPARE(current(), QStringLiteral("Project news and updates"));
    }

    void shouldStepWithTheKeysWhileThePresenterViewHasThem()
    {
        // GIVEN day 1 running and the presenter view open (one screen: it has the keyboard)
        startAtNine();
        action("presenterViewAction")->trigger();
        auto *presenter = m_window->findChild<PresenterView *>();
        QVERIFY(presenter);
        presenter->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(presenter));
        // THEN it carries the run's step keys (an X11 window manager gives it the keyboard; the
        // offscreen platform used here would let the main window's keys through regardless)
        for (const char *name :
             {"nextEntryAction", "previousEntryAction", "pauseRunAction", "skipEntryAction", "endDayAction"})
            QVERIFY2(presenter->actions().contains(action(QString::fromLatin1(name))), name);
        // AND Next pressed there moves the run on
        clock("09:14");
        QTest::keyClick(presenter, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(current(), QStringLiteral("Project news and updates"));
        presenter->close();
    }

    void shouldShowHostileTitlesAsTyped()
    {
        // Titles are text, not markup; a title with no space in it does not widen the window.
        const QString markup = QStringLiteral("<b>Welcome</b> <img src=\"x.png\"> &amp;");
        AgendaState s = doc()->agendaState();
        s.entry(entry("Welcome"))->title = markup;
        s.entry(entry("Project news"))->title = QString(3000, QLatin1Char('W'));
        doc()->editAgenda(s, QStringLiteral("hostile titles"));
        startAtNine();
        clock("09:05");
        for (const char *name : {"liveTitle", "liveNext"}) {
            auto *l = m_window->findChild<QLabel *>(name);
            QVERIFY(l->isVisibleTo(m_window.get()));
            l->setSelection(0, int(l->text().size()));
            QVERIFY2(l->selectedText().startsWith(name == QLatin1String("liveTitle") ? markup : "Next: WWW"),
                     qPrintable(l->selectedText().left(80)));
        }
        QVERIFY2(panel()->minimumSizeHint().width() < 800,
                 qPrintable(QString::number(panel()->minimumSizeHint().width())));
    }

    void shouldSayHowFarTheBlockAndTheDayAreBehindOrAhead()
    {
        startAtNine();
        clock("09:25");
        QVERIFY(doc()->stepRun(MeetingDocument::RunStep::Next)); // Welcome took 25 minutes, not 15
        panel()->refresh();
        const LiveRun run = doc()->liveRun();
        const int block = run.blockVarianceMinutes(run.blockOf(run.current()), m_now);
        const int day = run.dayVarianceMinutes(m_now);
        QCOMPARE(block, 10);
        QVERIFY(text("liveBlock").endsWith(": 10 min behind"));
        QCOMPARE(text("liveDayVariance"), QStringLiteral("Day: %1").arg(LiveStyle::variance(day)));
        QVERIFY(text("liveDayVariance") != QStringLiteral("Day: on time"));
        // The pinned break at 10:30 holds the block's end: ending Project news early leaves it on time.
        clock("09:30");
        QVERIFY(doc()->stepRun(MeetingDocument::RunStep::Next));
        clock("09:31");
        QVERIFY2(text("liveBlock").endsWith(": on time"), qPrintable(text("liveBlock")));
        // Ended: when, and how the day ran against its plan.
        QVERIFY(doc()->stepRun(MeetingDocument::RunStep::EndDay));
        QVERIFY2(text("liveDayName").startsWith("Day 1 (") && text("liveDayName").endsWith("ended at 09:31."),
                 qPrintable(text("liveDayName")));
        QCOMPARE(
            text("liveDayVariance"),
            QStringLiteral("The day ran: %1.").arg(LiveStyle::variance(doc()->liveRun().dayVarianceMinutes(m_now))));
        QVERIFY(!action("nextEntryAction")->isEnabled());
        QVERIFY(m_window->windowTitle().startsWith("DM Leadership"));
    }

    void shouldRetimeTheRest_data()
    {
        QTest::addColumn<int>("how");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("expected");
        QTest::newRow("push") << int(LiveRun::Retime::Push) << QString()
                              << "Project news and updates 09:25/25, John Swinbank transition 09:50/5";
        QTest::newRow("shorten") << int(LiveRun::Retime::Shorten) << "Community support"
                                 << "Project news and updates 09:25/25, John Swinbank transition 09:50/5, "
                                    "Community support 09:55/35";
        QTest::newRow("drop") << int(LiveRun::Retime::Drop) << "John Swinbank transition"
                              << "Project news and updates 09:25/25, John Swinbank transition parked, "
                                 "Community support 09:50/45";
    }

    void shouldRetimeTheRest()
    {
        QFETCH(int, how);
        QFETCH(QString, chosen);
        QFETCH(QString, expected);
        startAtNine();
        clock("09:25");
        QVERIFY(doc()->stepRun(MeetingDocument::RunStep::Next));
        QStringList seen;
        whenDialogShows([&](QDialog *dialog) {
            seen << dialog->findChild<QLabel *>("retimeLateness")->text();
            dialog->findChild<QRadioButton *>(QStringLiteral("retime%1").arg(how))->setChecked(true);
            auto *list = dialog->findChild<QListWidget *>("retimeEntries");
            for (int i = 0; i < list->count(); ++i) {
                if (!chosen.isEmpty() && list->item(i)->text().contains(chosen))
                    list->item(i)->setCheckState(Qt::Checked);
            }
            auto *preview = dialog->findChild<QTreeWidget *>("retimePreview");
            for (int i = 0; i < preview->topLevelItemCount(); ++i)
                seen << preview->topLevelItem(i)->text(0) + '|' + preview->topLevelItem(i)->text(2);
            dialog->accept();
        });
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(seen.value(0), QStringLiteral("The run is 10 min late."));
        QVERIFY2(seen.contains("John Swinbank transition|"
                               + QString(how == int(LiveRun::Retime::Drop) ? "parked" : "09:50")),
                 qPrintable(seen.join('\n')));
        const AgendaState s = doc()->agendaState();
        QStringList plan;
        for (const char *title : {"Project news", "John Swinbank", "Community support"}) {
            const AgendaEntry *e = s.entry(entry(title));
            plan << e->title + ' '
                        + (e->isParked() ? QStringLiteral("parked")
                                         : e->startTime.toString("HH:mm") + '/' + QString::number(e->plannedMinutes()));
        }
        QVERIFY2(plan.join(", ").startsWith(expected), qPrintable(plan.join(", ")));
        // The pinned break keeps its time.
        QCOMPARE(entryTitled(s.entries, "Break").startTime, QTime(10, 30));
    }

    void shouldKeepEveryRunActionOffWhenReadOnly()
    {
        startAtNine();
        m_window.reset();
        // Another Quorum holds the library: this window opens it read-only.
        QString error;
        auto other = MeetingDocument::open(m_path, &error);
        QVERIFY2(other, qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->setClock([this] { return m_now; });
        m_window->setReadOnlyQuestion([](QWidget *, const QString &) { return true; });
        QVERIFY(m_window->openLibrary(m_path, m_seed));
        QVERIFY(doc()->isReadOnly());
        QVERIFY(doc()->liveRun().isLive());
        for (const char *name : {"startMeetingAction", "nextEntryAction", "previousEntryAction", "pauseRunAction",
                                 "skipEntryAction", "endDayAction", "retimeRestAction"})
            QVERIFY2(!action(name)->isEnabled(), name);
        // Watching the run still works.
        QVERIFY(panel()->isVisibleTo(m_window.get()));
        QVERIFY(action("warningTimeAction")->isEnabled());
    }

    void shouldWithdrawTheOfferOnceTheDayIsLive()
    {
        // The offer to start is gone once the day runs, however it started (here: as a redo does).
        auto *offer = m_window->findChild<QFrame *>("liveOffer");
        QVERIFY(offer->isVisible());
        startAtNine();
        QVERIFY(panel()->isVisible());
        QVERIFY(!offer->isVisible());
        doc()->undoStack()->undo();
        doc()->undoStack()->redo();
        QVERIFY(!offer->isVisible());
    }

    void shouldOfferTheLiveViewOnAMeetingDay()
    {
        auto *offer = m_window->findChild<QFrame *>("liveOffer");
        QVERIFY(offer->isVisible());
        QVERIFY2(m_window->findChild<QLabel *>("liveOfferText")->text().startsWith("Today is day 1 of"),
                 qPrintable(m_window->findChild<QLabel *>("liveOfferText")->text()));
        QVERIFY(!panel()->isVisible());
        m_window->findChild<QWidget *>("liveOfferShow")->setFocus();
        QTest::mouseClick(m_window->findChild<QWidget *>("liveOfferShow"), Qt::LeftButton);
        QVERIFY(panel()->isVisible());
        QVERIFY(!offer->isVisible());
        QVERIFY2(text("liveDayName").startsWith("Day 1 ("), qPrintable(text("liveDayName")));
        QVERIFY2(text("liveNext").startsWith("First: Welcome"), qPrintable(text("liveNext")));

        // Opened without a meeting asked for: today's comes first (not the newest), with its offer.
        openWindow(at("08:30", QDate(2020, 9, 16)), false);
        QCOMPARE(doc()->currentMeetingId(), m_seed);
        QVERIFY2(m_window->findChild<QLabel *>("liveOfferText")->text().startsWith("Today is day 2 of"),
                 qPrintable(m_window->findChild<QLabel *>("liveOfferText")->text()));

        // Not a meeting day: no offer, and the newest meeting as ever.
        openWindow(at("09:00", QDate(2020, 9, 20)), false);
        QVERIFY(doc()->currentMeetingId() != m_seed);
        QVERIFY(!m_window->findChild<QFrame *>("liveOffer")->isVisible());
        QVERIFY(!panel()->isVisible());

        // A day already live: the panel shows at once.
        QVERIFY(doc()->setCurrentMeeting(m_seed));
        QVERIFY(doc()->startRun(doc()->agendaState().days.constFirst().id, at("09:00")));
        openWindow(at("09:30", QDate(2020, 9, 20)), false);
        QCOMPARE(doc()->currentMeetingId(), m_seed);
        QVERIFY(!m_window->findChild<QFrame *>("liveOffer")->isVisible());
        QVERIFY(panel()->isVisible());
    }

    void shouldReadTheClockOption_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("offset") << "2020-09-15T09:00:00-07:00" << at("09:00");
        QTest::newRow("utc") << "2020-09-15T16:00:00Z" << at("09:00");
        QTest::newRow("no seconds") << "2020-09-15T09:00-07:00" << at("09:00");
        QTest::newRow("zone") << "2020-09-15T09:00 America/Los_Angeles" << at("09:00");
        QTest::newRow("bracketed zone") << "2020-09-15T09:00:00[America/Los_Angeles]" << at("09:00");
        QTest::newRow("words") << "tomorrow at nine" << QDateTime();
        QTest::newRow("bad date") << "2020-13-45T09:00:00-07:00" << QDateTime();
        QTest::newRow("unknown zone") << "2020-09-15T09:00 Mars/Olympus_Mons" << QDateTime();
        QTest::newRow("empty") << "" << QDateTime();
    }

    void shouldReadTheClockOption()
    {
        QFETCH(QString, value);
        QFETCH(QDateTime, expected);
        QString error;
        const QDateTime parsed = ClockOption::parse(value, &error);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed.toUTC(), expected.toUTC());
            QVERIFY(error.isEmpty());
        } else {
            QVERIFY(!error.isEmpty());
        }
    }

    void shouldRunTheClockOnFromTheOption()
    {
        const LibraryModels::Clock clock = ClockOption::runningFrom(at("09:00"));
        const QDateTime first = clock();
        QVERIFY(first >= at("09:00") && first < at("09:00:05"));
        QTRY_VERIFY(clock() >= first.addMSecs(1100));
    }
};

QTEST_MAIN(TestLivePanel)
#include "tst_livepanel.moc"
