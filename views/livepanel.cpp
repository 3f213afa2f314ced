// SPDX-License-Identifier: GPL-3.0-or-later
#include "livepanel.h"

#include "i18n/localeformat.h"
#include "itemmodels/agendamodel.h"
#include "livestyle.h"
#include "meetingdocument.h"
#include "tonestyle.h"
#include "viewsetup.h"

#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Quorum {

namespace {

QLabel *label(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    // Titles and names are shown as typed, never as markup; one without a space to wrap at is cut
    // off rather than widening the window.
    l->setTextFormat(Qt::PlainText);
    l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

LivePanel::LivePanel(QWidget *parent)
    : QDockWidget(tr("Live Meeting"), parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("liveDock"));
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("livePanel"));
    body->setMinimumWidth(340);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(10, 8, 10, 8);
    m_clock = label(QStringLiteral("liveClock"), body);
    m_day = label(QStringLiteral("liveDayName"), body);
    m_title = label(QStringLiteral("liveTitle"), body);
    m_coordinators = label(QStringLiteral("liveCoordinators"), body);
    m_countdown = label(QStringLiteral("liveCountdown"), body);
    m_elapsed = label(QStringLiteral("liveElapsed"), body);
    m_paused = label(QStringLiteral("livePaused"), body);
    m_block = label(QStringLiteral("liveBlock"), body);
    m_dayVariance = label(QStringLiteral("liveDayVariance"), body);
    m_next = label(QStringLiteral("liveNext"), body);
    m_buttons = new QToolBar(body);
    m_buttons->setObjectName(QStringLiteral("liveButtons"));
    m_buttons->setToolButtonStyle(Qt::ToolButtonTextOnly);

    QFont big = m_clock->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_clock->setFont(big);
    QFont title = m_title->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.5);
    m_title->setFont(title);
    QFont countdown = m_countdown->font();
    countdown.setBold(true);
    countdown.setPointSizeF(countdown.pointSizeF() * 4);
    m_countdown->setFont(countdown);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setWordWrap(false);
    m_countdown->setMinimumWidth(240);
    m_countdown->setAccessibleDescription(
        tr("Time left for the running agenda entry; counts past zero, with a minus sign, when it overruns"));
    m_clock->setAccessibleDescription(tr("The time now, in the meeting's time zone"));
    QFont paused = m_paused->font();
    paused.setBold(true);
    paused.setPointSizeF(paused.pointSizeF() * 1.3);
    m_paused->setFont(paused);
    m_paused->setAlignment(Qt::AlignCenter);
    m_paused->setText(tr("⏸ Paused: the clock stands still"));
    ToneStyle::follow(m_paused, [] {
        return QStringLiteral("QLabel { background: %1; color: %2; padding: 4px; }")
            .arg(Tones::background(Tones::Tone::Paused).name(), Tones::foreground(Tones::Tone::Paused).name());
    });

    layout->addWidget(m_clock);
    layout->addWidget(m_day);
    layout->addSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_coordinators);
    layout->addWidget(m_countdown);
    layout->addWidget(m_paused);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_buttons);
    layout->addSpacing(6);
    layout->addWidget(m_block);
    layout->addWidget(m_dayVariance);
    layout->addSpacing(6);
    layout->addWidget(m_next);
    layout->addStretch(1);
    setWidget(body);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &LivePanel::refresh);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            refresh();
            m_timer->start();
        } else {
            m_timer->stop();
        }
    });
    refresh();
}

void LivePanel::setDocument(MeetingDocument *document)
{
    if (m_document) {
        m_document->agenda()->disconnect(this);
        m_document->undoStack()->disconnect(this);
    }
    m_document = document;
    if (m_document) {
        // At once after every step and undo (the run's fields are not among what the agenda model shows).
        onAnyChange(m_document->agenda(), this, [this] { refresh(); });
        connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &LivePanel::refresh);
    }
    refresh();
}

void LivePanel::setActions(const QList<QAction *> &actions)
{
    m_buttons->clear();
    m_buttons->addActions(actions);
}

QString LivePanel::timeText(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? LocaleFormat::time(time.toTimeZone(zone).time()) : QString();
}

int LivePanel::dayNumber(const AgendaState &state, Id dayId)
{
    for (int i = 0; i < state.days.size(); ++i) {
        if (state.days.at(i).id == dayId)
            return i + 1;
    }
    return 0;
}

QString LivePanel::clockText(const QDateTime &now, const QTimeZone &zone)
{
    const QString here = tr("%1 %2").arg(timeText(now, zone), zone.abbreviation(now));
    const QTimeZone viewer = QTimeZone::systemTimeZone();
    if (viewer.offsetFromUtc(now) == zone.offsetFromUtc(now))
        return here;
    return tr("%1 · %2 %3").arg(here, timeText(now, viewer), viewer.abbreviation(now));
}

QString LivePanel::coordinators(Id entryId) const
{
    const AgendaEntry *e = m_document->agendaState().entry(entryId);
    QStringList names;
    if (e) {
        for (const Id id : e->coordinatorIds)
            names << m_document->agenda()->personName(id);
    }
    names.removeAll(QString());
    return names.join(QStringLiteral(", "));
}

void LivePanel::refresh()
{
    QList<QLabel *> shown;
    if (m_document && m_document->currentMeetingId()) {
        const QDateTime now = m_document->now();
        QString title;
        const LiveRun run = m_document->runToShow(&title);
        m_clock->setText(clockText(now, run.timeZone()));
        showRun(run, now, &shown);
        // Another meeting is shown: say which meeting this run is of.
        if (title != m_document->currentMeeting().title)
            m_day->setText(tr("“%1”: %2").arg(title, m_day->text()));
    } else {
        m_clock->clear();
        m_day->setText(tr("No meeting is shown."));
    }
    // Only what changed visibility is touched: the layout stays still while the clock ticks.
    for (QLabel *l : {m_title, m_coordinators, m_countdown, m_elapsed, m_paused, m_block, m_dayVariance, m_next}) {
        if (l->isVisibleTo(this) != shown.contains(l))
            l->setVisible(shown.contains(l));
    }
}

void LivePanel::showRun(const LiveRun &run, const QDateTime &now, QList<QLabel *> *shown)
{
    const AgendaState &state = run.state();
    const MeetingDay *day = run.day();
    if (!day) {
        m_day->setText(tr("This meeting has no day to run."));
        return;
    }
    const QString dayName
        = tr("Day %1 (%2)").arg(dayNumber(state, day->id)).arg(QLocale().toString(day->date, QLocale::LongFormat));
    const auto titleOf = [&](Id id) {
        const AgendaEntry *e = state.entry(id);
        return e ? e->title : QString();
    };
    const auto led = [&](Id id) {
        const QString who = coordinators(id);
        return who.isEmpty() ? titleOf(id) : tr("%1 — led by %2").arg(titleOf(id), who);
    };
    if (!run.isStarted()) {
        m_day->setText(tr("%1 has not started.").arg(dayName));
        const Id first = run.upcoming(1).value(0);
        if (first) {
            const QDateTime start = run.plannedStart(first);
            m_next->setText(start.isValid()
                                ? tr("First: %1, planned at %2").arg(led(first), timeText(start, run.timeZone()))
                                : tr("First: %1").arg(led(first)));
            *shown << m_next;
        }
        return;
    }
    if (run.isEnded()) {
        const LiveRun::Span span = run.actualSpan(now);
        m_day->setText(tr("%1 ended at %2.").arg(dayName, timeText(span.end, run.timeZone())));
        m_dayVariance->setText(tr("The day ran: %1.").arg(LiveStyle::variance(run.dayVarianceMinutes(now))));
        *shown << m_dayVariance;
        return;
    }
    m_day->setText(tr("%1 is live.").arg(dayName));
    const Id current = run.current();
    if (current) {
        const qint64 remaining = run.remainingSeconds(current, now);
        const LiveStyle::Phase phase = LiveStyle::phase(remaining, LiveStyle::warningMinutes());
        m_title->setText(titleOf(current));
        const QString who = coordinators(current);
        m_coordinators->setText(who.isEmpty() ? tr("No coordinator") : tr("Led by %1").arg(who));
        m_countdown->setText(LiveStyle::countdown(remaining));
        m_countdown->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 6px; }")
                                       .arg(LiveStyle::background(phase).name(), LiveStyle::foreground(phase).name()));
        m_countdown->setToolTip(phase == LiveStyle::Phase::Overrun ? tr("Over its planned time")
                                : phase == LiveStyle::Phase::Warning
                                    ? tr("%n minutes or less left", nullptr, LiveStyle::warningMinutes())
                                    : tr("Time left"));
        // Over time is said in words too: the countdown's colour never says it alone.
        m_elapsed->setText((phase == LiveStyle::Phase::Overrun
                                ? tr("Over time: elapsed %1 of %n min", nullptr, state.entry(current)->plannedMinutes())
                                : tr("Elapsed %1 of %n min", nullptr, state.entry(current)->plannedMinutes()))
                               .arg(LiveStyle::countdown(run.elapsedSeconds(current, now))));
        *shown << m_title << m_coordinators << m_countdown << m_elapsed;
        if (run.isPaused())
            *shown << m_paused;
        const Id blockId = run.blockOf(current);
        if (const AgendaEntry *block = state.entry(blockId)) {
            const QString moderator = m_document->agenda()->personName(block->moderatorId);
            const QString variance = LiveStyle::variance(run.blockVarianceMinutes(blockId, now));
            const QString title = block->title.trimmed();
            if (moderator.isEmpty())
                m_block->setText(title.isEmpty() ? tr("Block: %1").arg(variance)
                                                 : tr("Block “%1”: %2").arg(title, variance));
            else
                m_block->setText(title.isEmpty()
                                     ? tr("Block moderated by %1: %2").arg(moderator, variance)
                                     : tr("Block “%1”, moderated by %2: %3").arg(title, moderator, variance));
            *shown << m_block;
        }
    } else {
        m_title->setText(tr("Nothing is running."));
        *shown << m_title;
    }
    m_dayVariance->setText(tr("Day: %1").arg(LiveStyle::variance(run.dayVarianceMinutes(now))));
    *shown << m_dayVariance;
    const Id next = run.next();
    m_next->setText(next ? tr("Next: %1").arg(led(next)) : tr("Next: the end of the day"));
    *shown << m_next;
}

} // namespace Quorum
