// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QString>

#include <optional>

namespace Quorum {

/**
 * Someone's window says that its user is typing in (or has left) an agenda entry's running notes
 * on a team library: a notice on the channel quorum_presence (docs/postgresql.md, "Presence").
 * The payload is built by the server (`json_build_object`), so the user is the sending session's
 * current_user and the session its backend pid:
 *
 *     {"m":7,"e":42,"s":"E","by":"alice","p":4711}
 *
 * Any session may notify on any channel, so a payload is untrusted text: parse() takes only that shape.
 */
struct PresenceNotice
{
    enum class State {
        Editing, ///< typing or focused in the entry's notes; said again every few seconds
        Stopped, ///< left the entry, closed the window, or idle
    };

    Id meetingId = 0;
    Id entryId = 0; ///< 0 with Stopped: whatever the session was editing
    State state = State::Editing;
    QString by; ///< the database user
    qint64 session = 0; ///< the sending session's backend process id

    static QString channel() { return QStringLiteral("quorum_presence"); }
    /** Largest payload taken; a notice is a few dozen bytes. */
    static constexpr int MaxPayload = 1000;
    /**
     * Reads a notice's payload; nothing when it is not one (not JSON, too large, a key missing or
     * of the wrong type, a negative or zero id where one is needed, an empty or over-long user, an
     * unknown state, no session). Never throws.
     */
    static std::optional<PresenceNotice> parse(const QString &payload);

    friend bool operator==(const PresenceNotice &a, const PresenceNotice &b)
    {
        return a.meetingId == b.meetingId && a.entryId == b.entryId && a.state == b.state && a.by == b.by
               && a.session == b.session;
    }
};

} // namespace Quorum
