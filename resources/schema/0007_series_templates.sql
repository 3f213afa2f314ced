-- SPDX-License-Identifier: GPL-3.0-or-later
-- The life of a series: an agenda entry every meeting of its series has (recurring), and per
-- series the time zone its new meetings start in (an IANA id, empty for none) and how often it
-- meets (Cadence in models/data/cadence.h: 'weekly:N' every N weeks, 'monthly' on the same
-- weekday of the month as the last meeting, e.g. the third or the last Tuesday; empty for none).
ALTER TABLE agenda_entry ADD COLUMN recurring INTEGER NOT NULL DEFAULT 0 CHECK (recurring IN (0, 1));

ALTER TABLE series ADD COLUMN timezone TEXT NOT NULL DEFAULT '';
ALTER TABLE series ADD COLUMN cadence TEXT NOT NULL DEFAULT ''
    CHECK (cadence = '' OR cadence = 'monthly' OR cadence GLOB 'weekly:[1-9]' OR cadence GLOB 'weekly:[1-9][0-9]');

-- A named meeting shape to start new meetings from: days with their planned times, blocks,
-- recurring entries with durations, breaks, closing lines, and logistics without dates; no
-- people. The shape is MeetingShape::toJson() (models/agenda/meetingshape.h), checked when read
-- (not by a CHECK: json_valid() is not allowed in the schema of a library read with trusted_schema off).
CREATE TABLE meeting_template (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE CHECK (name <> ''),
    shape TEXT NOT NULL
);
