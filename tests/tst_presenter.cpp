// SPDX-License-Identifier: GPL-3.0-or-later
// The presenter view's text at given instants of day 1 of the sample (the clock injected at
// 2020-09-15, Pacific time), and the view showing it.
#include "agenda/presentertext.h"
#include "document/librarymodels.h"
#include "fixtures.h"
#include "itemmodels/agendamodel.h"
#include "livestyle.h"
#include "meetingdocument.h"
#include "presenterview.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

const QTimeZone pacific("America/Los_Angeles");

QDateTime at(const QString &time)
{
    return QDateTime(QDate(2020, 9, 15), QTime::fromString(time, QStringLiteral("HH:mm")), pacific);
}

/** Runs "09:00 start; 09:15 next; 09:30 pause" over day 1; false at a step that does not apply. */
bool run(MeetingDocument *doc, const QString &steps)
{
    const Id day1 = doc->agendaState().days.constFirst().id;
    for (const QString &step : steps.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList words = step.simplified().split(QLatin1Char(' '));
        doc->models()->setNow(at(words.at(0)));
        const QString verb = words.at(1);
        const bool ok = verb == QLatin1String("start")   ? doc->startRun(day1, doc->now())
                        : verb == QLatin1String("next")  ? doc->stepRun(MeetingDocument::RunStep::Next)
                        : verb == QLatin1String("skip")  ? doc->stepRun(MeetingDocument::RunStep::Skip)
                        : verb == QLatin1String("pause") ? doc->stepRun(MeetingDocument::RunStep::Pause)
                        : verb == QLatin1String("end")   ? doc->stepRun(MeetingDocument::RunStep::EndDay)
                                                         : false;
        if (!ok) {
            qWarning("step did not apply: %s", qPrintable(step));
            return false;
        }
    }
    return true;
}

QString lines(const QList<PresenterText::Line> &lines)
{
    QStringList out;
    for (const PresenterText::Line &l : lines)
        out << (l.people.isEmpty() ? QStringLiteral("%1 %2").arg(l.time, l.title)
                                   : QStringLiteral("%1 %2 (%3)").arg(l.time, l.title, l.people));
    return out.join(QStringLiteral("; "));
}

} // namespace

class TestPresenter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MeetingDocument> m_doc;
    int m_count = 0;

    PresenterText textAt(const QString &now, const QTimeZone &viewer = pacific) const
    {
        m_doc->models()->setNow(at(now));
        return PresenterText::at(m_doc->liveRun(), m_doc->agenda()->names(), m_doc->now(), viewer);
    }

private Q_SLOTS:
    void init()
    {
        qint64 meetingId = 0;
        m_doc = openSampleDocument(m_dir, QStringLiteral("presenter%1.quorum").arg(++m_count), &meetingId);
        QVERIFY(m_doc);
    }
    void cleanup() { m_doc.reset(); }

    void shouldSayWhatRunsAtEachInstant_data()
    {
        QTest::addColumn<QString>("steps");
        QTest::addColumn<QString>("now");
        QTest::addColumn<int>("phase");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("countdown");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("next");
        // The next two with their projected starts: an overrun pushes them, a pause too.

        QTest::newRow("before the start")
            << ""
            << "08:55" << int(PresenterText::Phase::NotStarted) << "The meeting has not started"
            << ""
            << ""
            << "" << QStringLiteral("09:00 Welcome (Wil O'Mullane); 09:15 Project news and updates (Wil O'Mullane)");
        QTest::newRow("running with time left")
            << "09:00 start"
            << "09:05" << int(PresenterText::Phase::Running) << ""
            << "Welcome"
            << "10:00"
            << "left"
            << QStringLiteral(
                   "09:15 Project news and updates (Wil O'Mullane); 09:40 John Swinbank transition (John Swinbank)");
        QTest::newRow("two minutes left")
            << "09:00 start; 09:15 next"
            << "09:38" << int(PresenterText::Phase::Running) << ""
            << "Project news and updates"
            << "2:00"
            << "left"
            << QStringLiteral("09:40 John Swinbank transition (John Swinbank); 09:45 Community support (Leanne Guy)");
        QTest::newRow("overrun counts up")
            << "09:00 start; 09:15 next"
            << "09:50" << int(PresenterText::Phase::Running) << ""
            << "Project news and updates"
            << "+10:00"
            << "over time"
            << QStringLiteral("09:50 John Swinbank transition (John Swinbank); 09:55 Community support (Leanne Guy)");
        QTest::newRow("paused")
            << "09:00 start; 09:05 pause"
            << "09:09" << int(PresenterText::Phase::Paused) << "Paused"
            << "Welcome"
            << "10:00"
            << "left (paused)"
            << QStringLiteral(
                   "09:19 Project news and updates (Wil O'Mullane); 09:44 John Swinbank transition (John Swinbank)");
        QTest::newRow("day ended") << "09:00 start; 09:15 next; 09:30 end"
                                   << "09:40" << int(PresenterText::Phase::Ended) << "Day ended at 09:30"
                                   << ""
                                   << ""
                                   << ""
                                   << "";
    }

    void shouldSayWhatRunsAtEachInstant()
    {
        QFETCH(QString, steps);
        QFETCH(QString, now);
        QFETCH(int, phase);
        QFETCH(QString, status);
        QFETCH(QString, title);
        QFETCH(QString, countdown);
        QFETCH(QString, caption);
        QFETCH(QString, next);
        QVERIFY(run(m_doc.get(), steps));
        const PresenterText t = textAt(now);
        QCOMPARE(int(t.phase), phase);
        QCOMPARE(t.clock, now);
        QCOMPARE(t.zone, QStringLiteral("PDT"));
        QCOMPARE(t.viewerClock, QString()); // a viewer in the meeting's zone sees one clock
        QCOMPARE(t.day, QStringLiteral("Day 1 — %1").arg(QLocale().toString(QDate(2020, 9, 15), QLocale::LongFormat)));
        QCOMPARE(t.status, status);
        QCOMPARE(t.title, title);
        QCOMPARE(t.hasCountdown, !countdown.isEmpty());
        if (t.hasCountdown)
            QCOMPARE(LiveStyle::countdown(t.remainingSeconds), countdown);
        QCOMPARE(t.timeCaption, caption);
        QCOMPARE(lines(t.next), next);
    }
    void shouldShowTheViewersOwnClockWhenItsZoneDiffers()
    {
        const PresenterText t = textAt(QStringLiteral("09:00"), QTimeZone("Europe/Berlin"));
        QCOMPARE(t.clock, QStringLiteral("09:00"));
        QCOMPARE(t.viewerClock, QStringLiteral("18:00 CEST (your time)"));
    }

    void shouldShowTheRunFullScreenWithoutEditingControls()
    {
        QVERIFY(run(m_doc.get(), QStringLiteral("09:00 start; 09:15 next")));
        m_doc->models()->setNow(at(QStringLiteral("09:38")));
        QWidget window;
        PresenterView *view = PresenterView::toggle(m_doc.get(), &window);
        QVERIFY(view);
        // A window of its own (full screen where the platform has screens: not offscreen).
        QVERIFY(view->isWindow());
        QVERIFY(view->isVisible());
        const auto text = [view](const char *name) { return view->findChild<QLabel *>(QLatin1String(name))->text(); };
        QCOMPARE(text("presenterTitle"), QStringLiteral("Project news and updates"));
        QCOMPARE(text("presenterCountdown"), QStringLiteral("2:00"));
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("presenterCountdown"))->palette().color(QPalette::Window),
                 LiveStyle::background(LiveStyle::Phase::Warning));
        QVERIFY(text("presenterClock").startsWith(QStringLiteral("09:38")));
        QVERIFY(text("presenterNext").contains(QStringLiteral("John Swinbank transition")));
        // Nothing to type into or click.
        QVERIFY(view->findChildren<QAbstractButton *>().isEmpty());
        QVERIFY(view->findChildren<QLineEdit *>().isEmpty());
        // It follows the run at once: the next entry runs.
        QVERIFY(run(m_doc.get(), QStringLiteral("09:39 next")));
        QCOMPARE(text("presenterTitle"), QStringLiteral("John Swinbank transition"));
        // And the run's end.
        QVERIFY(run(m_doc.get(), QStringLiteral("09:41 end")));
        QCOMPARE(text("presenterStatus"), QStringLiteral("Day ended at 09:41"));
        QVERIFY(!view->findChild<QLabel *>(QStringLiteral("presenterCountdown"))->isVisibleTo(view));
        // Escape leaves it.
        QPointer<PresenterView> watched(view);
        QTest::keyClick(view, Qt::Key_Escape);
        QTRY_VERIFY(!watched);
    }

    void shouldFitAHugeTitleOnTheScreen()
    {
        // A title of thousands of characters without a space wraps anywhere: the countdown stays on a 1920 screen.
        AgendaState s = m_doc->agendaState();
        for (AgendaEntry &e : s.entries) {
            if (e.title.startsWith(QStringLiteral("Project news")))
                e.title = QString(5000, QLatin1Char('W'));
            if (e.title.startsWith(QStringLiteral("John Swinbank")))
                e.title = QString(5000, QLatin1Char('J'));
        }
        m_doc->editAgenda(s, QStringLiteral("huge titles"));
        QVERIFY(run(m_doc.get(), QStringLiteral("09:00 start; 09:15 next")));
        QWidget window;
        PresenterView *view = PresenterView::toggle(m_doc.get(), &window);
        QVERIFY(view);
        view->resize(1920, 1080);
        QVERIFY2(view->minimumSizeHint().width() <= 1920, qPrintable(QString::number(view->minimumSizeHint().width())));
        QVERIFY2(view->minimumSizeHint().height() <= 1080,
                 qPrintable(QString::number(view->minimumSizeHint().height())));
        view->close();
    }
};

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
