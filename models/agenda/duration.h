// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
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

    /** "1 h 15 min", "45 min", "0 min"; empty for a negative count (no duration). */
    static QString format(int minutes);
    /** Reads "90", "90 min", "1h 30m", "1 h", "1:30"; -1 when it is not a duration of at most a day. */
    static int parse(const QString &text);
    /** Reads a time of day typed as "9:30", "09:30", "930", "0930", "9.30" or "9"; invalid when it is none. */
    static QTime parseTime(const QString &text);
};

} // namespace Quorum
