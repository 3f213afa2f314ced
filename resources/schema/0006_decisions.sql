-- SPDX-License-Identifier: GPL-3.0-or-later
-- Decisions: the outcomes recorded in a meeting's notes, each under the agenda entry it was taken
-- at (or none), with who decided (people or groups, like an action item's assignees), the date
-- and an optional ticket key. They are searchable: kind 6 of the search index (rowid = id * 8 + 6).
CREATE TABLE decision (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    entry_id     INTEGER REFERENCES agenda_entry(id) ON DELETE SET NULL,
    position     INTEGER NOT NULL,
    text         TEXT NOT NULL CHECK (text <> ''),
    decided_on   TEXT,
    external_ref TEXT NOT NULL DEFAULT ''
);
CREATE INDEX decision_meeting ON decision(meeting_id, position);
CREATE INDEX decision_entry ON decision(entry_id);
CREATE INDEX decision_date ON decision(decided_on);

CREATE TABLE decision_maker (
    decision_id INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    person_id   INTEGER REFERENCES person(id) ON DELETE CASCADE,
    group_id    INTEGER REFERENCES person_group(id) ON DELETE CASCADE,
    CHECK ((person_id IS NULL) <> (group_id IS NULL))
);
CREATE INDEX decision_maker_decision ON decision_maker(decision_id, position);
CREATE INDEX decision_maker_person ON decision_maker(person_id);
CREATE INDEX decision_maker_group ON decision_maker(group_id);

CREATE VIEW search_decision_source (id, row_id, title, body, people, kind, meeting_id, entry_id) AS
    SELECT d.id, d.id * 8 + 6, d.text, d.external_ref,
           coalesce((SELECT group_concat(coalesce(n.name, g.name), ', ')
                     FROM decision_maker dm
                     LEFT JOIN search_person_name n ON n.person_id = dm.person_id
                     LEFT JOIN person_group g ON g.id = dm.group_id
                     WHERE dm.decision_id = d.id), ''),
           'decision', d.meeting_id, d.entry_id
    FROM decision d;

CREATE TRIGGER search_decision_insert AFTER INSERT ON decision BEGIN
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_decision_source WHERE id = new.id;
END;
CREATE TRIGGER search_decision_update
AFTER UPDATE OF text, external_ref, meeting_id, entry_id ON decision BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_decision_source WHERE id = new.id;
END;
CREATE TRIGGER search_decision_delete AFTER DELETE ON decision BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
END;
CREATE TRIGGER search_decision_maker_insert AFTER INSERT ON decision_maker BEGIN
    DELETE FROM search_index WHERE rowid = new.decision_id * 8 + 6;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_decision_source WHERE id = new.decision_id;
END;
CREATE TRIGGER search_decision_maker_update AFTER UPDATE OF decision_id, person_id, group_id ON decision_maker BEGIN
    DELETE FROM search_index WHERE rowid IN (old.decision_id * 8 + 6, new.decision_id * 8 + 6);
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_decision_source
    WHERE id IN (old.decision_id, new.decision_id);
END;
CREATE TRIGGER search_decision_maker_delete AFTER DELETE ON decision_maker BEGIN
    DELETE FROM search_index WHERE rowid = old.decision_id * 8 + 6;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_decision_source WHERE id = old.decision_id;
END;

-- A person renamed, or a group renamed: the decisions they took part in.
CREATE TRIGGER search_decision_person_update AFTER UPDATE OF display_name, username ON person
WHEN old.display_name IS NOT new.display_name OR old.username IS NOT new.username BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT decision_id * 8 + 6 FROM decision_maker WHERE person_id = new.id);
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_decision_source
    WHERE id IN (SELECT decision_id FROM decision_maker WHERE person_id = new.id);
END;
CREATE TRIGGER search_decision_group_update AFTER UPDATE OF name ON person_group BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT decision_id * 8 + 6 FROM decision_maker WHERE group_id = new.id);
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_decision_source
    WHERE id IN (SELECT decision_id FROM decision_maker WHERE group_id = new.id);
END;
