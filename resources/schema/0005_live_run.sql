-- SPDX-License-Identifier: GPL-3.0-or-later
-- What really happened when a meeting ran: per agenda entry its actual start and end (instants,
-- UTC yyyy-MM-ddTHH:mm:ssZ), the seconds it stood paused, whether it was skipped or parked, and
-- the plan as it stood when its day's run began (original_start HH:mm in the meeting's time zone,
-- original_minutes), which re-timing the rest of the day leaves alone; per day its actual start
-- and end and, while the run stands paused, since when. Attendance can differ per day, with the
-- time a person arrived late or left early (HH:mm in the meeting's time zone).
ALTER TABLE agenda_entry ADD COLUMN actual_start TEXT;
ALTER TABLE agenda_entry ADD COLUMN actual_end TEXT;
ALTER TABLE agenda_entry ADD COLUMN paused_seconds INTEGER NOT NULL DEFAULT 0 CHECK (paused_seconds >= 0);
ALTER TABLE agenda_entry ADD COLUMN run_status TEXT NOT NULL DEFAULT 'planned'
    CHECK (run_status IN ('planned', 'skipped', 'parked'));
ALTER TABLE agenda_entry ADD COLUMN original_start TEXT;
ALTER TABLE agenda_entry ADD COLUMN original_minutes INTEGER CHECK (original_minutes IS NULL OR original_minutes >= 0);

ALTER TABLE meeting_day ADD COLUMN actual_start TEXT;
ALTER TABLE meeting_day ADD COLUMN actual_end TEXT;
ALTER TABLE meeting_day ADD COLUMN paused_at TEXT;

CREATE TABLE day_attendance (
    day_id     INTEGER NOT NULL REFERENCES meeting_day(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    attendance TEXT NOT NULL CHECK (attendance IN ('invited', 'present', 'absent', 'excused')),
    arrived    TEXT,
    departed   TEXT,
    PRIMARY KEY (day_id, person_id)
);
CREATE INDEX day_attendance_person ON day_attendance(person_id);
