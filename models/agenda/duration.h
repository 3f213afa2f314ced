// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTime>

namespace Quorum {

/** How agenda durations and times of day are typed and shown. */
class Duration
{
    Q_DECLARE_TR_FUNCTIONS(Duration)

public:
    /** The longest duration an entry may have, and what a day's entries may take together: 24 hours. */
    static constexpr int MaxMinutes = 24 * 60;

    /** "1 h 15 min", "45 min", "0 min" (translated: "1 Std. 15 Min."); empty for a negative count (no duration). */
    static QString format(int minutes);
    /**
     * Reads "90", "90 min", "1h 30m", "1 h", "1:30", "1.5 h", and the translation's unit words ("1 Std 30 Min",
     * "1,5 Std" where locale writes a decimal comma); -1 when it is not a duration of at most a day.
     * English always reads, in any language.
     */
    static int parse(const QString &text, const QLocale &locale = QLocale());
    /**
     * Reads a time of day typed as "9:30", "09:30", "930", "0930", "9.30" or "9", on the 12-hour clock
     * ("2:05 pm", "2pm", "2:05 P.M.", or locale's own AM/PM words), or with the translation's "o'clock"
     * ("14.05 Uhr", "14 Uhr"); invalid when it is none.
     */
    static QTime parseTime(const QString &text, const QLocale &locale = QLocale());
};

} // namespace Quorum
