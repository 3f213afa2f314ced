// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/liverun.h"
#include "data/namelookup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Quorum {

/**
 * What the presenter view shows of a day's run at an instant, as text: the clock (in the
 * meeting's time zone, and the viewer's own when it differs), the running entry with who leads
 * it and its time left, the next two entries and the rest of the day with their projected
 * starts. Widget-free, so the tests read the presenter view at given instants.
 */
struct PresenterText
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::PresenterText)

public:
    enum class Phase {
        NoDay, ///< no day to show (a meeting without an agenda)
        NotStarted, ///< the day's run has not begun: the plan
        Running,
        Paused,
        Ended,
    };
    /** An entry still to come: its projected start, title and who leads it. */
    struct Line
    {
        QString time;
        QString title;
        QString people;
    };

    /** The run (see MeetingDocument::liveRun) at now; viewer is the zone of the screen's reader. */
    static PresenterText at(const LiveRun &run, const NameLookup &names, const QDateTime &now,
                            const QTimeZone &viewer = QTimeZone::systemTimeZone());

    Phase phase = Phase::NoDay;
    QString day; ///< "Day 1 — Tuesday, 15 September 2020"
    QString clock; ///< "09:00" in the meeting's time zone
    QString zone; ///< that zone's abbreviation at now: "PDT"
    QString viewerClock; ///< "18:00 CEST (your time)"; empty when the viewer's zone keeps the meeting's time
    /** "The meeting has not started", "Paused", "Day ended at 12:05"; empty while it runs. */
    QString status;
    QString statusDetail; ///< "Planned to start at 09:00"
    QString title; ///< the running entry (while running or paused)
    QString people; ///< its coordinators
    QString moderator; ///< "Moderator: Ana Lopez" of its block
    bool hasCountdown = false;
    qint64 remainingSeconds = 0; ///< planned less elapsed: negative once it overruns
    QString timeCaption; ///< "left", "over time", "left (paused)"
    QList<Line> next; ///< at most two
    QList<Line> later; ///< the rest of the day
};

} // namespace Quorum
