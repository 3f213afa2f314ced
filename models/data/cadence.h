// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Quorum {

/**
 * How often a series meets: every N weeks, or monthly on the same weekday of the month as the
 * last meeting ("the third Tuesday"; "the last Friday" when the last meeting was on the month's
 * last such weekday). Dates only: the arithmetic knows no time of day, so daylight saving
 * changes cannot move a date.
 */
struct Cadence
{
    enum class Kind { None, Weekly, MonthlyByWeekday };

    Kind kind = Kind::None;
    int weeks = 1; ///< Weekly: every this many weeks (1..99)

    bool operator==(const Cadence &o) const { return kind == o.kind && (kind != Kind::Weekly || weeks == o.weeks); }
    bool operator!=(const Cadence &o) const { return !(*this == o); }

    static Cadence weekly(int weeks = 1) { return {Kind::Weekly, weeks}; }
    static Cadence monthlyByWeekday() { return {Kind::MonthlyByWeekday, 1}; }

    /** As stored: "" (none), "weekly:N", "monthly". */
    QString key() const;
    /** Reads key(); false (and *cadence untouched) for anything else. */
    static bool fromKey(const QString &key, Cadence *cadence);

    /** The date of the next meeting after one on last; an invalid date for Kind::None or an invalid last. */
    QDate nextAfter(const QDate &last) const;
    /** The next count dates after last, one after the other. */
    QList<QDate> nextDates(const QDate &last, int count) const;

    /** Which of its weekday the date is in its month: 1 for the first Tuesday … 5. */
    static int weekdayOrdinal(const QDate &date);
    /** Whether no later day of the same weekday is in the date's month. */
    static bool isLastWeekdayOfMonth(const QDate &date);
    /** The ordinal-th weekday (1 Monday … 7 Sunday) of a month; ordinal -1 is the last. Invalid when the month has no such day. */
    static QDate weekdayOfMonth(int year, int month, int weekday, int ordinal);

    /** In words for a person: "Every week", "Every 2 weeks", "Monthly on the third Tuesday" (from last), "Not set". */
    QString describe(const QDate &last = {}) const;
};

} // namespace Quorum
