// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>

namespace Quorum {

/**
 * The one source of status colours. Each tone has a light and a dark variant, picked for the
 * palette it is asked with (by default the application's, at the moment of asking; without a GUI
 * application, as on the command line, the light one): models read
 * it in data(), views when they paint or when the palette changes. Every variant meets WCAG AA
 * against what it is drawn on: 4.5:1 for text, 3:1 for markers (docs/THEME.md has the numbers;
 * tst_theme checks them). A colour never says anything alone: whoever uses a tone also says it
 * in words or with a sign.
 */
class Tones
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Tones)

public:
    enum class Tone {
        // Text on the palette's Base, Window or AlternateBase, and on the row backgrounds below.
        Overdue, ///< an action item past its due date
        Overrun, ///< an entry or day that runs past its plan; a timing problem
        Problem, ///< an error message under a field
        Early, ///< an entry that starts later than the one before ends (a gap)
        Ahead, ///< ran shorter than planned
        Muted, ///< done, skipped, parked, secondary text
        BreakText, ///< a break's words
        // Row backgrounds (foreground: readable text on them).
        CurrentRow, ///< the entry running now
        BreakRow,
        BlockRow, ///< a moderated block's heading row
        ProblemRow, ///< a row that holds a mistake
        Removed, ///< a line taken out (history)
        Added, ///< a line put in (history)
        // Bars and labels with both colours of their own.
        InfoBar, ///< a suggestion (start the meeting, changes since last meeting)
        FinalBar, ///< the minutes are final
        WarningBar, ///< the library has a problem
        Paused, ///< the live run is paused
        TimerNormal, ///< the live countdown with time left
        TimerWarning, ///< the countdown within the warning minutes
        TimerOverrun, ///< the countdown past the planned end
        // Markers (non-text, 3:1): background is the mark's fill, foreground the sign drawn on it.
        Present,
        Absent,
        Excused,
    };

    enum class Kind {
        Text, ///< foreground only, drawn on the palette's backgrounds or a row background
        Row, ///< a row background, the palette's text drawn on it (foreground is that text)
        Pair, ///< foreground and background of their own
        Marker, ///< a fill (background) with a sign (foreground), drawn on the palette's Base
    };

    static Kind kind(Tone tone);
    static QList<Tone> all();
    static QList<Tone> ofKind(Kind kind);
    /** The tone's name in the code ("Overdue"), for tests and docs. */
    static QString key(Tone tone);

    /** The tone's text (or sign) colour for this palette; never invalid. */
    static QColor foreground(Tone tone, const QPalette &palette);
    static QColor foreground(Tone tone);
    /** The tone's background (or fill) for this palette; the palette's Base for a Text tone. */
    static QColor background(Tone tone, const QPalette &palette);
    static QColor background(Tone tone);

    /** A dark palette is one whose text is lighter than its base. */
    static bool isDark(const QPalette &palette);

    /** WCAG 2 relative luminance (0 black, 1 white). */
    static qreal luminance(const QColor &colour);
    /** WCAG 2 contrast ratio of two colours, 1 to 21, whichever is lighter. */
    static qreal contrast(const QColor &a, const QColor &b);

    /** The standard dark Fusion palette (Window #353535, Base #2a2a2a, Text white). */
    static QPalette darkPalette();
};

} // namespace Quorum
