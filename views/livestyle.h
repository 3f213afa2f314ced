// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/tones.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace Quorum {

/**
 * How the live panel and the presenter view show a running entry's time: the same phases,
 * colours and countdown text in both, and the moderator's "minutes left" warning threshold
 * (a setting shared by both).
 */
class LiveStyle
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::LiveStyle)

public:
    enum class Phase {
        Normal, ///< more than the warning threshold left
        Warning, ///< at most the threshold left
        Overrun, ///< past its planned end: the clock counts up
    };

    /** Minutes before the planned end at which the clock turns to Warning (setting; default 2). */
    static int warningMinutes();
    static void setWarningMinutes(int minutes);

    static Phase phase(qint64 remainingSeconds, int warningMinutes);

    /** Background and text colours of a phase; readable on each other (contrast at least 4.5:1). */
    static QColor background(Phase phase);
    static QColor foreground(Phase phase);
    /** The tone of a phase (models/itemmodels/tones.h): the colours follow the palette's light or dark. */
    static Tones::Tone tone(Phase phase);

    /**
 * A countdown: "12:34" (minutes:seconds), "1:02:03" past an hour; an overrun counts up with a
 * plus sign: "+3:12".
 */
    static QString countdown(qint64 remainingSeconds);

    /** A variance in minutes in words: "on time", "5 min behind", "3 min ahead". */
    static QString variance(int minutes);
};

} // namespace Quorum
