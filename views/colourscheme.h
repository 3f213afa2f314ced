// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QMenu;
class QWidget;

namespace Quorum {

/**
 * The window's colours: the desktop's (System: whatever palette the platform theme gives, a dark
 * desktop theme included), or Fusion's light or dark palette whatever the desktop uses. Chosen in
 * View › Colours, remembered in the settings ("view/colours"), and for one run by the environment
 * (QUORUM_COLOURS=system|light|dark). Every status colour follows through Tones.
 */
class ColourScheme
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::ColourScheme)

public:
    enum class Scheme { System, Light, Dark };

    static QString key(Scheme scheme);
    /** The scheme called key ("dark"); System for an empty or unknown one. */
    static Scheme fromKey(const QString &key, bool *ok = nullptr);

    /** The remembered scheme (System when none). */
    static Scheme saved();
    static void save(Scheme scheme);
    /** The scheme shown now (the last one applied; System before any). */
    static Scheme current();

    /**
     * Sets the application's palette: System gives the platform's back (and follows it again
     * when the desktop's theme changes); Light and Dark set Fusion's palettes, with the Fusion
     * style, which draws them faithfully.
     */
    static void apply(Scheme scheme);
    /** At start: QUORUM_COLOURS when set (a warning for an unknown value), else the saved scheme. */
    static void applyAtStart();

    /** View › Colours: System, Light, Dark as checkable actions that apply and remember. */
    static QMenu *menu(QWidget *parent);
};

} // namespace Quorum
