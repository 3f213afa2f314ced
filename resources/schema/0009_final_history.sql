-- SPDX-License-Identifier: GPL-3.0-or-later
-- Final minutes and revision history (issue 19).
-- meeting_final: a meeting whose record is final (read-only until reopened): who finalized it,
-- when (UTC yyyy-MM-ddTHH:mm:ssZ), and the sha256 of the minutes PDF stored then among its
-- attachments. meeting_event: every finalization and reopening, in order, kept when later edits
-- are undone (an undone finalization is recorded as a reopening, and the other way round).
-- revision: every change to a meeting's notes, agenda and action items, with its time and author
-- (empty in a one-person library); notes revisions hold the entry's whole text after the change.
-- All three go with their meeting; entry_id names no row on purpose: a revision outlives its entry.
CREATE TABLE meeting_final (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
    by_name    TEXT NOT NULL CHECK (by_name <> ''),
    at         TEXT NOT NULL,
    sha256     TEXT NOT NULL CHECK (length(sha256) = 64)
);

CREATE TABLE meeting_event (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('finalized', 'reopened')),
    by_name    TEXT NOT NULL CHECK (by_name <> ''),
    at         TEXT NOT NULL,
    sha256     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_event_meeting ON meeting_event(meeting_id, id);

CREATE TABLE revision (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    part        TEXT NOT NULL CHECK (part <> ''),
    entry_id    INTEGER,
    entry_title TEXT NOT NULL DEFAULT '',
    summary     TEXT NOT NULL DEFAULT '',
    content     TEXT
);
CREATE INDEX revision_meeting ON revision(meeting_id, id);
CREATE INDEX revision_at ON revision(at);
