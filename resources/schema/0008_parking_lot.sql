-- SPDX-License-Identifier: GPL-3.0-or-later
-- The parking lot of a series: topics not reached. It is not a table of its own but a query over
-- the agenda (storage/parkinglotrepository.cpp): a topic of an earlier meeting of the series that
-- was skipped or parked during the run, or marked to be carried over by hand, that no later entry
-- was carried from and that was not dismissed. An entry scheduled from the lot names its source
-- (SET NULL when the source goes) and keeps the source's date, so "carried from 2020-09-15"
-- survives the source's deletion.
ALTER TABLE agenda_entry ADD COLUMN carry_over INTEGER NOT NULL DEFAULT 0 CHECK (carry_over IN (0, 1));
ALTER TABLE agenda_entry ADD COLUMN parking_dismissed INTEGER NOT NULL DEFAULT 0 CHECK (parking_dismissed IN (0, 1));
ALTER TABLE agenda_entry ADD COLUMN carried_from_entry_id INTEGER REFERENCES agenda_entry(id) ON DELETE SET NULL;
ALTER TABLE agenda_entry ADD COLUMN carried_from_date TEXT;
CREATE INDEX agenda_entry_carried_from ON agenda_entry(carried_from_entry_id);
