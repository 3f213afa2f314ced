// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>

namespace Quorum {

/**
 * How times of day are shown to people: on the 24-hour clock ("14:05") where the locale uses it
 * (de, en_GB, C), on the 12-hour clock ("2:05 PM") where it does (en_US). For display only:
 * stored and exchanged times (the database, JSON, iCalendar, Confluence pages) stay "HH:mm".
 */
class LocaleFormat
{
public:
    /** Whether locale writes times on the 12-hour clock (its short time format has an AM/PM part). */
    static bool usesTwelveHourClock(const QLocale &locale = QLocale());
    /** The QTime format for a time of day to the minute: "HH:mm", or the locale's own such as "h:mm AP". */
    static QString timeFormat(const QLocale &locale = QLocale());
    /** time as the locale shows it; empty when time is invalid. */
    static QString time(const QTime &time, const QLocale &locale = QLocale());
    /** The time of day of dateTime (in its own zone) as the locale shows it; empty when it is invalid. */
    static QString time(const QDateTime &dateTime, const QLocale &locale = QLocale());

    /**
     * A day without its year, short, in the locale's order: "Tue 15 Sep" (C), "Di. 15. Sept." (de),
     * "Tue Sep 15" (en_US); made from the locale's long date format. Empty when date is invalid.
     */
    static QString dayWithoutYear(const QDate &date, const QLocale &locale = QLocale());
};

} // namespace Quorum
