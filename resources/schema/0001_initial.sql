-- SPDX-License-Identifier: GPL-3.0-or-later
-- Quorum library schema, version 1. Shipped migrations are never edited: add 0002_*.sql instead.
-- Dates are ISO 8601 text (yyyy-MM-dd), times of day are HH:mm in the meeting's timezone,
-- instants are ISO 8601 UTC (yyyy-MM-ddTHH:mm:ssZ). Notes and descriptions are Markdown.

CREATE TABLE series (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (name <> ''),
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE person (
    id           INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL DEFAULT '',
    username     TEXT UNIQUE CHECK (username IS NULL OR username <> ''),
    email        TEXT NOT NULL DEFAULT '',
    team         TEXT NOT NULL DEFAULT '',
    -- someone known only by a username ("Unknown User (npease)") has an empty display name
    CHECK (display_name <> '' OR username IS NOT NULL)
);

CREATE TABLE person_alias (
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL CHECK (alias <> ''),
    PRIMARY KEY (person_id, alias)
);
CREATE UNIQUE INDEX person_alias_unique ON person_alias(alias COLLATE NOCASE);

CREATE TABLE person_group (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (name <> ''),
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE group_member (
    group_id  INTEGER NOT NULL REFERENCES person_group(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, person_id)
);
CREATE INDEX group_member_person ON group_member(person_id);

CREATE TABLE meeting (
    id            INTEGER PRIMARY KEY,
    series_id     INTEGER REFERENCES series(id) ON DELETE SET NULL,
    title         TEXT NOT NULL CHECK (title <> ''),
    start_date    TEXT NOT NULL,
    end_date      TEXT NOT NULL,
    timezone      TEXT NOT NULL DEFAULT '',
    location      TEXT NOT NULL DEFAULT '',
    join_url      TEXT NOT NULL DEFAULT '',
    meeting_code  TEXT NOT NULL DEFAULT '',
    sip_address   TEXT NOT NULL DEFAULT '',
    -- a pointer to where the passcode is kept ("see #dm-camelot on Slack"), never the secret
    passcode_hint TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT '',
    CHECK (end_date >= start_date)
);
CREATE INDEX meeting_series ON meeting(series_id, start_date);
CREATE INDEX meeting_start ON meeting(start_date);

CREATE TABLE dial_in (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    label      TEXT NOT NULL DEFAULT '',
    number     TEXT NOT NULL CHECK (number <> '')
);
CREATE INDEX dial_in_meeting ON dial_in(meeting_id, position);

CREATE TABLE meeting_day (
    id            INTEGER PRIMARY KEY,
    meeting_id    INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    day_date      TEXT NOT NULL,
    planned_start TEXT,
    planned_end   TEXT,
    UNIQUE (meeting_id, day_date)
);

-- A day holds an ordered list of top-level items; a block ("Moderator: X") holds an ordered
-- list of entries. position orders siblings under the same (day, parent).
CREATE TABLE agenda_entry (
    id               INTEGER PRIMARY KEY,
    day_id           INTEGER NOT NULL REFERENCES meeting_day(id) ON DELETE CASCADE,
    parent_id        INTEGER REFERENCES agenda_entry(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('block', 'topic', 'break', 'closing')),
    title            TEXT NOT NULL DEFAULT '',
    start_time       TEXT,
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
    pinned           INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    moderator_id     INTEGER REFERENCES person(id) ON DELETE SET NULL,
    pre_notes        TEXT NOT NULL DEFAULT '',
    running_notes    TEXT NOT NULL DEFAULT '',
    CHECK (kind <> 'block' OR parent_id IS NULL),
    CHECK (kind = 'block' OR moderator_id IS NULL)
);
CREATE INDEX agenda_entry_day ON agenda_entry(day_id, parent_id, position);
CREATE INDEX agenda_entry_parent ON agenda_entry(parent_id);

CREATE TABLE agenda_coordinator (
    entry_id  INTEGER NOT NULL REFERENCES agenda_entry(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    PRIMARY KEY (entry_id, person_id)
);
CREATE INDEX agenda_coordinator_person ON agenda_coordinator(person_id);

CREATE TABLE participant (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    role       TEXT NOT NULL DEFAULT 'attendee'
               CHECK (role IN ('moderator', 'coordinator', 'attendee', 'notetaker', 'guest')),
    attendance TEXT NOT NULL DEFAULT 'invited'
               CHECK (attendance IN ('invited', 'present', 'absent', 'excused')),
    PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX participant_person ON participant(person_id);

CREATE TABLE action_item (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    entry_id     INTEGER REFERENCES agenda_entry(id) ON DELETE SET NULL,
    position     INTEGER NOT NULL,
    description  TEXT NOT NULL CHECK (description <> ''),
    due_date     TEXT,
    done         INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_date    TEXT,
    external_ref TEXT NOT NULL DEFAULT '',
    CHECK (done = 1 OR done_date IS NULL)
);
CREATE INDEX action_item_meeting ON action_item(meeting_id, position);
CREATE INDEX action_item_open ON action_item(done, due_date);
CREATE INDEX action_item_entry ON action_item(entry_id);

CREATE TABLE action_assignee (
    action_id INTEGER NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    person_id INTEGER REFERENCES person(id) ON DELETE CASCADE,
    group_id  INTEGER REFERENCES person_group(id) ON DELETE CASCADE,
    CHECK ((person_id IS NULL) <> (group_id IS NULL))
);
CREATE INDEX action_assignee_action ON action_assignee(action_id, position);
CREATE INDEX action_assignee_person ON action_assignee(person_id);
CREATE INDEX action_assignee_group ON action_assignee(group_id);

-- Content is stored once per sha256, however many attachments share it.
CREATE TABLE blob (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size   INTEGER NOT NULL CHECK (size >= 0),
    data   BLOB NOT NULL
);

CREATE TABLE attachment (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    entry_id    INTEGER REFERENCES agenda_entry(id) ON DELETE SET NULL,
    position    INTEGER NOT NULL,
    file_name   TEXT NOT NULL CHECK (file_name <> ''),
    mime_type   TEXT NOT NULL DEFAULT 'application/octet-stream',
    sha256      TEXT NOT NULL REFERENCES blob(sha256),
    modified_at TEXT NOT NULL,
    uploaded_by INTEGER REFERENCES person(id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attachment_meeting ON attachment(meeting_id, position);
CREATE INDEX attachment_blob ON attachment(sha256);

CREATE TABLE topic_request (
    id                 INTEGER PRIMARY KEY,
    meeting_id         INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    topic              TEXT NOT NULL CHECK (topic <> ''),
    minutes_required   INTEGER CHECK (minutes_required IS NULL OR minutes_required >= 0),
    notes              TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'proposed'
                       CHECK (status IN ('proposed', 'scheduled', 'declined')),
    scheduled_entry_id INTEGER REFERENCES agenda_entry(id) ON DELETE SET NULL
);
CREATE INDEX topic_request_meeting ON topic_request(meeting_id, position);

CREATE TABLE topic_requester (
    request_id INTEGER NOT NULL REFERENCES topic_request(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (request_id, person_id)
);
CREATE INDEX topic_requester_person ON topic_requester(person_id);
