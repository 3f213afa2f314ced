// SPDX-License-Identifier: GPL-3.0-or-later
#include "liverun.h"

#include <algorithm>
#include <cmath>

namespace Quorum {

namespace {

MeetingDay *dayOf(AgendaState *state, Id dayId)
{
    for (MeetingDay &d : state->days) {
        if (d.id == dayId)
            return &d;
    }
    return nullptr;
}

/** The running entry of a live day: held, not ended. */
Id runningEntry(const AgendaState &state, Id dayId)
{
    for (Id id : state.timeline(dayId)) {
        const AgendaEntry *e = state.entry(id);
        if (e->actualStart.isValid() && !e->actualEnd.isValid())
            return id;
    }
    return 0;
}

bool isWaiting(const AgendaEntry &e)
{
    return !e.actualStart.isValid() && e.runStatus == AgendaEntry::RunStatus::Planned;
}

/** The first entry after `after` (from the start when 0) still to come. */
Id nextWaiting(const AgendaState &state, Id dayId, Id after)
{
    const QList<Id> order = state.timeline(dayId);
    const qsizetype from = after ? order.indexOf(after) + 1 : 0;
    for (qsizetype i = from; i < order.size(); ++i) {
        if (isWaiting(*state.entry(order.at(i))))
            return order.at(i);
    }
    return 0;
}

/** A live step's common start: the day is live, and a pause ends (it goes to the running entry). */
MeetingDay *liveDayResumed(AgendaState *state, Id dayId, const QDateTime &now)
{
    MeetingDay *day = dayOf(state, dayId);
    if (!day || !day->isLive())
        return nullptr;
    if (day->pausedAt.isValid()) {
        if (AgendaEntry *running = state->entry(runningEntry(*state, dayId)))
            running->pausedSeconds += int(qMax<qint64>(0, day->pausedAt.secsTo(now)));
        day->pausedAt = QDateTime();
    }
    return day;
}

/** Starts the entry after `after` at now, or ends the day when none is left. */
void startNextOrEnd(AgendaState *state, MeetingDay *day, Id after, const QDateTime &now)
{
    if (AgendaEntry *n = state->entry(nextWaiting(*state, day->id, after)))
        n->actualStart = now;
    else
        day->actualEnd = now;
}

/** A local time rounded to the nearest minute. */
QTime nearestMinute(const QDateTime &local)
{
    const QTime t = local.time();
    return QTime(t.hour(), t.minute()).addSecs(t.second() >= 30 ? 60 : 0);
}

int wholeMinutes(qint64 seconds)
{
    return int(std::lround(double(seconds) / 60.0));
}

/** Recomputes one day's start times (AgendaState::retime() for a single day). */
void retimeDay(AgendaState *state, Id dayId)
{
    AgendaState one = *state;
    one.days.clear();
    if (const MeetingDay *d = state->day(dayId))
        one.days << *d;
    one.retime();
    for (const Id id : one.timeline(dayId))
        state->entry(id)->startTime = one.entry(id)->startTime;
}

} // namespace

LiveRun::LiveRun(const AgendaState &state, Id dayId, const QTimeZone &zone)
    : m_state(state)
    , m_dayId(state.day(dayId) ? dayId : 0)
    , m_zone(zone)
    , m_timeline(state.timeline(dayId))
{ }

QTimeZone LiveRun::zone(const QString &timeZoneId)
{
    const QTimeZone zone(timeZoneId.toUtf8());
    return !timeZoneId.isEmpty() && zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QDateTime LiveRun::instant(const QDateTime &time)
{
    QDateTime utc = time.toUTC();
    const QTime t = utc.time();
    utc.setTime(QTime(t.hour(), t.minute(), t.second()));
    return utc;
}

Id LiveRun::liveDay(const AgendaState &state)
{
    for (const MeetingDay &d : state.days) {
        if (d.isLive())
            return d.id;
    }
    return 0;
}

Id LiveRun::dayOn(const AgendaState &state, const QTimeZone &zone, const QDateTime &now)
{
    const QDate today = now.toTimeZone(zone).date();
    for (const MeetingDay &d : state.days) {
        if (d.date == today)
            return d.id;
    }
    return 0;
}

Id LiveRun::dayToRun(const AgendaState &state, const QTimeZone &zone, const QDateTime &now)
{
    if (const Id live = liveDay(state))
        return live;
    if (const Id today = dayOn(state, zone, now))
        return today;
    for (const MeetingDay &d : state.days) {
        if (!d.actualStart.isValid() && !state.timeline(d.id).isEmpty())
            return d.id;
    }
    return 0;
}

bool LiveRun::isStarted() const
{
    const MeetingDay *d = day();
    return d && d->actualStart.isValid();
}

bool LiveRun::isEnded() const
{
    const MeetingDay *d = day();
    return d && d->actualEnd.isValid();
}

bool LiveRun::isPaused() const
{
    const MeetingDay *d = day();
    return d && d->isLive() && d->pausedAt.isValid();
}

LiveRun::State LiveRun::stateOf(Id entryId) const
{
    const AgendaEntry *e = m_state.entry(entryId);
    if (!e)
        return State::Upcoming;
    if (e->runStatus == AgendaEntry::RunStatus::Skipped)
        return State::Skipped;
    if (e->runStatus == AgendaEntry::RunStatus::Parked)
        return State::Parked;
    if (e->actualEnd.isValid())
        return State::Done;
    if (e->actualStart.isValid())
        return State::Running;
    return State::Upcoming;
}

Id LiveRun::current() const
{
    return runningEntry(m_state, m_dayId);
}

QList<Id> LiveRun::upcoming(int count) const
{
    QList<Id> result;
    if (isEnded())
        return result;
    Id at = current();
    while (count < 0 || result.size() < count) {
        at = nextWaiting(m_state, m_dayId, at);
        if (!at)
            break;
        result << at;
    }
    return result;
}

Id LiveRun::next() const
{
    const QList<Id> one = upcoming(1);
    return one.isEmpty() ? 0 : one.constFirst();
}

Id LiveRun::previous() const
{
    const Id running = current();
    const qsizetype end = running ? m_timeline.indexOf(running) : m_timeline.size();
    for (qsizetype i = end - 1; i >= 0; --i) {
        if (stateOf(m_timeline.at(i)) == State::Done)
            return m_timeline.at(i);
    }
    return 0;
}

Id LiveRun::blockOf(Id entryId) const
{
    const AgendaEntry *e = m_state.entry(entryId);
    return e ? e->parentId : 0;
}

QDateTime LiveRun::at(const QTime &time) const
{
    const MeetingDay *d = day();
    if (!d || !time.isValid())
        return {};
    return QDateTime(d->date, time, m_zone);
}

QDateTime LiveRun::plannedStart(Id entryId) const
{
    const AgendaEntry *e = m_state.entry(entryId);
    return e ? at(e->startTime) : QDateTime();
}

QDateTime LiveRun::plannedEnd(Id entryId) const
{
    const AgendaEntry *e = m_state.entry(entryId);
    const QDateTime start = plannedStart(entryId);
    return start.isValid() ? start.addSecs(e->plannedMinutes() * 60) : QDateTime();
}

QDateTime LiveRun::originalStart(Id entryId) const
{
    const AgendaEntry *e = m_state.entry(entryId);
    if (!e)
        return {};
    return at(e->originalStart.isValid() ? e->originalStart : e->startTime);
}

int LiveRun::originalMinutes(Id entryId) const
{
    const AgendaEntry *e = m_state.entry(entryId);
    if (!e)
        return 0;
    return e->originalStart.isValid() ? qMax(0, e->originalMinutes) : e->plannedMinutes();
}

QDateTime LiveRun::originalEnd(Id entryId) const
{
    const QDateTime start = originalStart(entryId);
    return start.isValid() ? start.addSecs(originalMinutes(entryId) * 60) : QDateTime();
}

qint64 LiveRun::pausedSeconds(Id entryId, const QDateTime &now) const
{
    const AgendaEntry *e = m_state.entry(entryId);
    if (!e)
        return 0;
    qint64 paused = e->pausedSeconds;
    if (isPaused() && stateOf(entryId) == State::Running)
        paused += qMax<qint64>(0, day()->pausedAt.secsTo(now));
    return paused;
}

qint64 LiveRun::elapsedSeconds(Id entryId, const QDateTime &now) const
{
    const AgendaEntry *e = m_state.entry(entryId);
    if (!e || !e->actualStart.isValid())
        return 0;
    const QDateTime end = e->actualEnd.isValid() ? e->actualEnd : now;
    return qMax<qint64>(0, e->actualStart.secsTo(end) - pausedSeconds(entryId, now));
}

qint64 LiveRun::remainingSeconds(Id entryId, const QDateTime &now) const
{
    const AgendaEntry *e = m_state.entry(entryId);
    if (!e)
        return 0;
    return qint64(e->plannedMinutes()) * 60 - elapsedSeconds(entryId, now);
}

bool LiveRun::takesTime(Id entryId) const
{
    const State s = stateOf(entryId);
    return s != State::Skipped && s != State::Parked && !(s == State::Upcoming && isEnded());
}

QHash<Id, LiveRun::Span> LiveRun::projection(const QDateTime &now) const
{
    QHash<Id, Span> spans;
    const bool started = isStarted();
    QDateTime cursor;
    for (const Id id : m_timeline) {
        const AgendaEntry *e = m_state.entry(id);
        Span span;
        switch (stateOf(id)) {
        case State::Done: span = {e->actualStart, e->actualEnd}; break;
        case State::Running:
            span.start = e->actualStart;
            span.end = std::max(now, e->actualStart.addSecs(pausedSeconds(id, now) + e->plannedMinutes() * 60));
            break;
        case State::Skipped:
        case State::Parked: {
            const QDateTime here = cursor.isValid() ? cursor : plannedStart(id);
            span = {here, here};
            break;
        }
        case State::Upcoming: {
            if (isEnded()) {
                // The day ended before it: it takes no time.
                const QDateTime here = cursor.isValid() ? cursor : plannedStart(id);
                span = {here, here};
                break;
            }
            const QDateTime planned = plannedStart(id);
            if (!started || !cursor.isValid())
                span.start = planned;
            else if (e->pinned && planned.isValid())
                span.start = std::max(planned, cursor);
            else
                span.start = cursor;
            span.end = span.start.isValid() ? span.start.addSecs(e->plannedMinutes() * 60) : QDateTime();
            break;
        }
        }
        spans.insert(id, span);
        if (span.end.isValid() && takesTime(id))
            cursor = span.end;
    }
    return spans;
}

namespace {

/** Latest expected end against latest original end over entries, in minutes. */
int variance(const LiveRun &run, const QList<Id> &entries, const QDateTime &now)
{
    const QHash<Id, LiveRun::Span> spans = run.projection(now);
    QDateTime expected, original;
    for (const Id id : entries) {
        const QDateTime end = spans.value(id).end;
        if (run.takesTime(id) && end.isValid())
            expected = expected.isValid() ? std::max(expected, end) : end;
        const QDateTime planned = run.originalEnd(id);
        if (planned.isValid())
            original = original.isValid() ? std::max(original, planned) : planned;
    }
    if (!expected.isValid() || !original.isValid())
        return 0;
    return wholeMinutes(original.secsTo(expected));
}

} // namespace

int LiveRun::dayVarianceMinutes(const QDateTime &now) const
{
    return variance(*this, m_timeline, now);
}

int LiveRun::blockVarianceMinutes(Id blockId, const QDateTime &now) const
{
    QList<Id> entries;
    for (const Id id : m_timeline) {
        if (blockOf(id) == blockId)
            entries << id;
    }
    return variance(*this, entries, now);
}

LiveRun::Span LiveRun::actualSpan(const QDateTime &now) const
{
    const MeetingDay *d = day();
    if (!d || !d->actualStart.isValid())
        return {};
    return {d->actualStart, d->actualEnd.isValid() ? d->actualEnd : now};
}

bool LiveRun::start(AgendaState *state, Id dayId, const QDateTime &firstStart)
{
    MeetingDay *day = dayOf(state, dayId);
    if (!day || day->actualStart.isValid() || !firstStart.isValid())
        return false;
    AgendaEntry *first = state->entry(nextWaiting(*state, dayId, 0));
    if (!first)
        return false;
    for (const Id id : state->timeline(dayId)) {
        AgendaEntry *e = state->entry(id);
        e->originalStart = e->startTime;
        e->originalMinutes = e->plannedMinutes();
    }
    day->actualStart = firstStart;
    day->actualEnd = QDateTime();
    day->pausedAt = QDateTime();
    first->actualStart = firstStart;
    return true;
}

bool LiveRun::next(AgendaState *state, Id dayId, const QDateTime &now)
{
    MeetingDay *day = liveDayResumed(state, dayId, now);
    if (!day)
        return false;
    const Id running = runningEntry(*state, dayId);
    // An entry started at a planned time still to come ends (and the next starts) no earlier.
    QDateTime at = now;
    if (AgendaEntry *e = state->entry(running)) {
        at = std::max(now, e->actualStart);
        e->actualEnd = at;
    }
    startNextOrEnd(state, day, running, at);
    return true;
}

bool LiveRun::previous(AgendaState *state, Id dayId, const QDateTime &now)
{
    const LiveRun run(*state, dayId, QTimeZone::utc());
    const Id back = run.previous();
    if (!run.isLive() || !back)
        return false;
    liveDayResumed(state, dayId, now);
    if (AgendaEntry *running = state->entry(run.current())) {
        running->actualStart = QDateTime();
        running->pausedSeconds = 0;
    }
    state->entry(back)->actualEnd = QDateTime();
    return true;
}

bool LiveRun::skip(AgendaState *state, Id dayId, const QDateTime &now)
{
    const Id running = runningEntry(*state, dayId);
    MeetingDay *day = running ? liveDayResumed(state, dayId, now) : nullptr;
    if (!day)
        return false;
    AgendaEntry *e = state->entry(running);
    const QDateTime at = std::max(now, e->actualStart);
    e->actualStart = QDateTime();
    e->actualEnd = QDateTime();
    e->pausedSeconds = 0;
    e->runStatus = AgendaEntry::RunStatus::Skipped;
    startNextOrEnd(state, day, running, at);
    return true;
}

bool LiveRun::pause(AgendaState *state, Id dayId, const QDateTime &now)
{
    MeetingDay *day = dayOf(state, dayId);
    if (!day || !day->isLive() || day->pausedAt.isValid() || !runningEntry(*state, dayId))
        return false;
    day->pausedAt = now;
    return true;
}

bool LiveRun::resume(AgendaState *state, Id dayId, const QDateTime &now)
{
    const MeetingDay *day = dayOf(state, dayId);
    if (!day || !day->isLive() || !day->pausedAt.isValid())
        return false;
    return liveDayResumed(state, dayId, now) != nullptr;
}

bool LiveRun::endDay(AgendaState *state, Id dayId, const QDateTime &now)
{
    MeetingDay *day = liveDayResumed(state, dayId, now);
    if (!day)
        return false;
    if (AgendaEntry *e = state->entry(runningEntry(*state, dayId)))
        e->actualEnd = std::max(now, e->actualStart);
    day->actualEnd = std::max(now, day->actualStart);
    return true;
}

namespace {

/**
 * The plan takes the actual times of what is held: a held entry its actual start and length, the
 * running one its actual start after its pauses and (once over) the time it has run, a skipped one no time.
 * Returns the running entry's planned end before and after, in minutes of the day.
 */
std::pair<int, int> adoptActualTimes(AgendaState *state, Id dayId, const QTimeZone &zone, const QDateTime &now)
{
    const LiveRun run(*state, dayId, zone);
    const Id running = run.current();
    int before = 0, after = 0;
    for (const Id id : run.timeline()) {
        AgendaEntry *e = state->entry(id);
        switch (run.stateOf(id)) {
        case LiveRun::State::Done:
            e->startTime = nearestMinute(e->actualStart.toTimeZone(zone));
            e->durationMinutes = wholeMinutes(e->actualStart.secsTo(e->actualEnd));
            break;
        case LiveRun::State::Running: {
            before = QTime(0, 0).secsTo(e->startTime) / 60 + e->plannedMinutes();
            // Its pauses come before it in the plan, so that it ends where the projection has it
            // end and its countdown (planned less elapsed) still says so.
            e->startTime = nearestMinute(e->actualStart.addSecs(run.pausedSeconds(id, now)).toTimeZone(zone));
            const qint64 elapsed = run.elapsedSeconds(id, now);
            if (elapsed > qint64(e->plannedMinutes()) * 60)
                e->durationMinutes = int((elapsed + 59) / 60);
            after = QTime(0, 0).secsTo(e->startTime) / 60 + e->plannedMinutes();
            break;
        }
        case LiveRun::State::Skipped:
            if (!running || run.timeline().indexOf(id) < run.timeline().indexOf(running))
                e->durationMinutes = 0;
            break;
        case LiveRun::State::Parked:
        case LiveRun::State::Upcoming: break;
        }
    }
    return {before, after};
}

/** Takes minutes (or gives, when negative) from entries in proportion to their length, largest remainders first. */
void shareOut(AgendaState *state, const QList<Id> &entries, int minutes)
{
    int total = 0;
    for (const Id id : entries)
        total += state->entry(id)->plannedMinutes();
    if (entries.isEmpty() || minutes == 0)
        return;
    if (minutes > 0 && minutes >= total) {
        for (const Id id : entries)
            state->entry(id)->durationMinutes = 0;
        return;
    }
    struct Share
    {
        Id id;
        int whole;
        double rest;
    };
    QList<Share> shares;
    int given = 0;
    for (const Id id : entries) {
        const int length = state->entry(id)->plannedMinutes();
        // Nothing to be in proportion to: equal shares.
        const double exact = total > 0 ? double(minutes) * length / total : double(minutes) / entries.size();
        const int whole = int(std::trunc(exact));
        shares.append({id, whole, std::abs(exact - whole)});
        given += whole;
    }
    std::stable_sort(shares.begin(), shares.end(), [](const Share &a, const Share &b) { return a.rest > b.rest; });
    const int step = minutes > 0 ? 1 : -1;
    for (qsizetype i = 0; given != minutes; i = (i + 1) % shares.size()) {
        shares[i].whole += step;
        given += step;
    }
    for (const Share &s : std::as_const(shares)) {
        AgendaEntry *e = state->entry(s.id);
        e->durationMinutes = qMax(0, e->plannedMinutes() - s.whole);
    }
}

} // namespace

int LiveRun::lateMinutes(const QDateTime &now) const
{
    AgendaState adopted = m_state;
    const auto [before, after] = adoptActualTimes(&adopted, m_dayId, m_zone, now);
    return after - before;
}

bool LiveRun::retimeRest(AgendaState *state, Id dayId, const QTimeZone &zone, const QDateTime &now,
                         const RetimeChoice &choice)
{
    const LiveRun run(*state, dayId, zone);
    if (!run.isLive() || !run.current())
        return false;
    const QList<Id> rest = run.upcoming();
    for (const Id id : choice.chosen) {
        if (!rest.contains(id))
            return false;
    }
    if (choice.how != Retime::Push && choice.chosen.isEmpty())
        return false;
    AgendaState after = *state;
    const auto [before, adopted] = adoptActualTimes(&after, dayId, zone, now);
    switch (choice.how) {
    case Retime::Push: break;
    case Retime::Shorten: shareOut(&after, choice.chosen, adopted - before); break;
    case Retime::Drop:
        for (const Id id : choice.chosen)
            after.entry(id)->runStatus = AgendaEntry::RunStatus::Parked;
        break;
    }
    QList<Id> unpinned;
    if (choice.movePinned) {
        for (const Id id : rest) {
            if (after.entry(id)->pinned) {
                after.entry(id)->pinned = false;
                unpinned << id;
            }
        }
    }
    retimeDay(&after, dayId);
    for (const Id id : std::as_const(unpinned))
        after.entry(id)->pinned = true;
    *state = after;
    return true;
}

} // namespace Quorum
