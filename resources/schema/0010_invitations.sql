-- SPDX-License-Identifier: GPL-3.0-or-later
-- Calendar invitations written for a meeting (issue 21).
-- meeting_invitation: the meeting's own UUID, the stable part of every event's UID (row ids change
-- when a library is imported again, this does not), and the organizer its invitations name (a name
-- and an address, chosen from the directory when exporting; empty: no ORGANIZER line).
-- invitation_event: every event written (a day, or a block of the agenda), by UID: the SEQUENCE
-- last written and the sha256 of what it said then. An export whose event says something else
-- raises the sequence, so calendars update the event instead of keeping the old one.
-- Both go with their meeting, and come back with an undone delete.
CREATE TABLE meeting_invitation (
    meeting_id      INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
    uuid            TEXT NOT NULL CHECK (length(uuid) = 36),
    organizer_name  TEXT NOT NULL DEFAULT '',
    organizer_email TEXT NOT NULL DEFAULT ''
);

CREATE TABLE invitation_event (
    meeting_id INTEGER NOT NULL REFERENCES meeting_invitation(meeting_id) ON DELETE CASCADE,
    uid        TEXT NOT NULL CHECK (uid <> ''),
    sequence   INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
    PRIMARY KEY (meeting_id, uid)
);
