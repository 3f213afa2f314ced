// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentertext.h"

#include "i18n/localeformat.h"

#include <QLocale>

namespace Quorum {

namespace {

QString titleOf(const AgendaEntry *e)
{
    if (!e->title.isEmpty())
        return e->title;
    return e->kind == AgendaEntry::Kind::Break ? PresenterText::tr("Break") : PresenterText::tr("(untitled)");
}

} // namespace

PresenterText PresenterText::at(const LiveRun &run, const NameLookup &names, const QDateTime &now,
                                const QTimeZone &viewer)
{
    PresenterText t;
    const QTimeZone &zone = run.timeZone();
    const QDateTime here = now.toTimeZone(zone);
    t.clock = LocaleFormat::time(here);
    t.zone = zone.abbreviation(now);
    if (viewer.isValid() && viewer.offsetFromUtc(now) != zone.offsetFromUtc(now))
        t.viewerClock
            = tr("%1 %2 (your time)").arg(LocaleFormat::time(now.toTimeZone(viewer)), viewer.abbreviation(now));

    const MeetingDay *day = run.day();
    if (!day) {
        t.status = tr("No meeting day to show");
        return t;
    }
    const AgendaState &state = run.state();
    t.day = tr("Day %1 — %2").arg(state.days.indexOf(*day) + 1).arg(QLocale().toString(day->date, QLocale::LongFormat));

    const QHash<Id, LiveRun::Span> projection = run.projection(now);
    auto line = [&](Id id) {
        const AgendaEntry *e = state.entry(id);
        const QDateTime start = projection.value(id).start;
        return Line{start.isValid() ? LocaleFormat::time(start.toTimeZone(zone)) : QString(), titleOf(e),
                    names.joinPeople(e->coordinatorIds)};
    };

    if (run.isEnded()) {
        t.phase = Phase::Ended;
        t.status = tr("Day ended at %1").arg(LocaleFormat::time(day->actualEnd.toTimeZone(zone)));
        return t;
    }
    const QList<Id> upcoming = run.upcoming();
    for (int i = 0; i < upcoming.size(); ++i)
        (i < 2 ? t.next : t.later) << line(upcoming.at(i));
    if (!run.isStarted()) {
        t.phase = Phase::NotStarted;
        t.status = tr("The meeting has not started");
        if (!upcoming.isEmpty() && !t.next.constFirst().time.isEmpty())
            t.statusDetail = tr("Planned to start at %1").arg(t.next.constFirst().time);
        return t;
    }
    t.phase = run.isPaused() ? Phase::Paused : Phase::Running;
    const Id current = run.current();
    if (const AgendaEntry *e = state.entry(current)) {
        t.title = titleOf(e);
        t.people = names.joinPeople(e->coordinatorIds);
        if (const AgendaEntry *block = state.entry(run.blockOf(current)); block && block->moderatorId)
            t.moderator = tr("Moderator: %1").arg(names.person(block->moderatorId));
        t.hasCountdown = true;
        t.remainingSeconds = run.remainingSeconds(current, now);
        t.timeCaption = t.remainingSeconds < 0 ? tr("over time") : tr("left");
    }
    if (t.phase == Phase::Paused) {
        t.status = tr("Paused");
        if (t.hasCountdown)
            t.timeCaption = t.remainingSeconds < 0 ? tr("over time (paused)") : tr("left (paused)");
    }
    return t;
}

} // namespace Quorum
