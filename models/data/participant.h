// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QList>
#include <QStringList>
#include <QTime>

namespace Quorum {

/**
 * A person's attendance on one day of a meeting, where it differs from the meeting's: present on
 * day 1 and absent on day 3, or there late (arrived) or gone early (departed), in the meeting's
 * time zone.
 */
struct DayAttendance
{
    Id dayId = 0;
    QString attendance = QStringLiteral("present");
    QTime arrived; ///< invalid when on time
    QTime departed; ///< invalid when they stayed

    bool operator==(const DayAttendance &o) const
    {
        return dayId == o.dayId && attendance == o.attendance && arrived == o.arrived && departed == o.departed;
    }
};

/** A person's part in one meeting. role and attendance hold the stored keys. */
struct Participant
{
    Id meetingId = 0;
    Id personId = 0;
    QString role = QStringLiteral("attendee"); ///< moderator, coordinator, attendee, notetaker, guest
    QString attendance = QStringLiteral("invited"); ///< invited, present, absent, excused
    /** Days that differ from attendance, by day; a day not here follows attendance. */
    QList<DayAttendance> days;

    bool operator==(const Participant &o) const
    {
        return meetingId == o.meetingId && personId == o.personId && role == o.role && attendance == o.attendance
               && days == o.days;
    }

    /** The attendance on the day: its own row, or the meeting's attendance. */
    DayAttendance onDay(Id dayId) const;
    /** Sets the day's attendance; a day equal to the meeting's, on time and staying, keeps no row of its own. */
    void setDay(const DayAttendance &day);

    /** The stored keys, in the order a list offers them. */
    static QStringList roles();
    static QStringList attendances();
    /** What a person reads for a role or attendance key ("Note-taker" for notetaker); an unknown key as it is. */
    static QString roleName(const QString &key);
    static QString attendanceName(const QString &key);
};

} // namespace Quorum
