// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/tones.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace Quorum::ToneStyle {

/**
 * Calls update whenever widget's palette or the application's changes (a dark
 * desktop theme switched on, View › Colours): colours taken from Tones follow the palette. The
 * hook is a child of widget and goes with it.
 */
void onPaletteChange(QWidget *widget, std::function<void()> update);

/** Sets widget's style sheet from sheet() now and whenever the palette changes. */
void follow(QWidget *widget, std::function<QString()> sheet);

/**
 * A bar's style sheet in a Pair tone: selector's background and text, a border line below it
 * between the two, and the same text colour for the labels inside it.
 */
QString barSheet(const QString &selector, Tones::Tone tone);

/**
 * Shows widget's text in tone (a Text tone), or in the palette's own colour with none, from now
 * until the next call, whatever palette comes in between.
 */
void setTextTone(QWidget *widget, std::optional<Tones::Tone> tone);

/** "color: #rrggbb;" in the tone's foreground for the application's palette now. */
QString textColour(Tones::Tone tone);

} // namespace Quorum::ToneStyle
