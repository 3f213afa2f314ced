// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Quorum::Fuzz {

/** Once per process: the application object and a scratch folder. */
void setUp();
/** Imports data as a JSON document into a fresh library: refused or imported, never a crash, never half of it. */
void importJson(const QByteArray &data);
/** Opens data as a library file, read-only, and checks and exports it when it opens. */
void openLibrary(const QByteArray &data);
/**
 * Links a note with ticket link patterns, both from data: the lines before the first empty line
 * are patterns ("prefix<TAB>url", or an earlier version's "expression<TAB>url"), the rest is the
 * note. Every pattern taken is usable, and without one the note comes back unchanged.
 */
void linkPatterns(const QByteArray &data);
/**
 * Reads data as Confluence pages (issue 20): refused with a reason, or pages whose report can be
 * printed and which, when each has a date, import into a fresh library whole or not at all.
 */
void confluenceImport(const QByteArray &data);
/**
 * Reads data as a calendar invitation (issue 21: an .ics, or an .eml with a calendar part):
 * refused with a reason and no meeting, or an invitation that never holds a passcode, whose
 * report can be printed, and which imports into a fresh library whole or not at all.
 */
void invitationImport(const QByteArray &data);
/**
 * Reads data as a presence notice (a team library's channel quorum_presence, which any session
 * may send on): refused, or a notice that keeps its promises (an entry when editing, a short
 * printable user, a session), which EditorPresence then shows for that entry and nowhere else.
 */
void presenceNotice(const QByteArray &data);
/**
 * Reads data as the desktop's list of recent documents (recently-used.xbel, which any program may
 * write) and adds a library to it: a list it cannot read is refused and never rewritten; a list it
 * reads comes back with every other bookmark in its order and the library's once, at the end.
 */
void desktopRecent(const QByteArray &data);
/**
 * Reads data as text typed into a date, duration or time cell, in the C, German and US English
 * locales (issue 23): a date is invalid or in years 1 to 9999, a duration is -1 or at most a day
 * and reads back from how it is shown, and a time reads back from how the locale shows it.
 */
void typedText(const QByteArray &data);

} // namespace Quorum::Fuzz
