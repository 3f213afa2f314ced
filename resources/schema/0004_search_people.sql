-- SPDX-License-Identifier: GPL-3.0-or-later
-- People in the search. The directory is searchable (a person's name, username and aliases), and
-- every place carries the people on it in a column of its own, "people": a meeting its
-- participants, an agenda entry its moderator and coordinators, an action item its assignees, an
-- attachment who uploaded it. A place names a person as the window shows them, "Name (username)";
-- aliases find the person, whose directory entry lists where they appear.
--
-- FTS5 tables cannot gain a column, so the index is made again. Its rows come from one view per
-- kind (search_*_source), which every trigger uses, so a row is written the same way whatever
-- changed it. Each trigger writes its rows itself: funnelling them all through one trigger (a queue
-- table) made every write compile all five views: writing a generated library took 1.6 times as long.
-- The rowid is still the record's id * 8 + its kind (1 meeting, 2 agenda entry, 3 action item,
-- 4 attachment, 5 person).
DROP TRIGGER search_meeting_insert;
DROP TRIGGER search_meeting_update;
DROP TRIGGER search_meeting_delete;
DROP TRIGGER search_entry_insert;
DROP TRIGGER search_entry_update;
DROP TRIGGER search_entry_delete;
DROP TRIGGER search_action_insert;
DROP TRIGGER search_action_update;
DROP TRIGGER search_action_delete;
DROP TRIGGER search_attachment_insert;
DROP TRIGGER search_attachment_update;
DROP TRIGGER search_attachment_delete;
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, people, kind UNINDEXED, meeting_id UNINDEXED, entry_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- How a place names a person: "Name (username)", the name alone, or the username alone.
CREATE VIEW search_person_name (person_id, name) AS
    SELECT id,
           CASE WHEN display_name = '' THEN username
                WHEN username IS NULL THEN display_name
                ELSE display_name || ' (' || username || ')' END
    FROM person;

CREATE VIEW search_meeting_source (id, row_id, title, body, people, kind, meeting_id, entry_id) AS
    SELECT m.id, m.id * 8 + 1, m.title, m.description,
           coalesce((SELECT group_concat(n.name, ', ')
                     FROM participant p JOIN search_person_name n ON n.person_id = p.person_id
                     WHERE p.meeting_id = m.id), ''),
           'meeting', m.id, NULL
    FROM meeting m;

CREATE VIEW search_entry_source (id, row_id, title, body, people, kind, meeting_id, entry_id) AS
    SELECT e.id, e.id * 8 + 2, e.title, e.pre_notes || char(10) || e.running_notes,
           trim(coalesce((SELECT name FROM search_person_name WHERE person_id = e.moderator_id), '') || ', '
                    || coalesce((SELECT group_concat(n.name, ', ')
                                 FROM agenda_coordinator c JOIN search_person_name n ON n.person_id = c.person_id
                                 WHERE c.entry_id = e.id), ''), ', '),
           'entry', d.meeting_id, e.id
    FROM agenda_entry e JOIN meeting_day d ON d.id = e.day_id;

CREATE VIEW search_action_source (id, row_id, title, body, people, kind, meeting_id, entry_id) AS
    SELECT a.id, a.id * 8 + 3, a.description, a.external_ref,
           coalesce((SELECT group_concat(coalesce(n.name, g.name), ', ')
                     FROM action_assignee aa
                     LEFT JOIN search_person_name n ON n.person_id = aa.person_id
                     LEFT JOIN person_group g ON g.id = aa.group_id
                     WHERE aa.action_id = a.id), ''),
           'action', a.meeting_id, a.entry_id
    FROM action_item a;

CREATE VIEW search_attachment_source (id, row_id, title, body, people, kind, meeting_id, entry_id) AS
    SELECT a.id, a.id * 8 + 4, a.file_name, a.description,
           coalesce((SELECT name FROM search_person_name WHERE person_id = a.uploaded_by), ''),
           'attachment', a.meeting_id, a.entry_id
    FROM attachment a;

CREATE VIEW search_person_source (id, row_id, title, body, people, kind, meeting_id, entry_id) AS
    SELECT n.person_id, n.person_id * 8 + 5, n.name,
           coalesce((SELECT group_concat(alias, ', ') FROM person_alias WHERE person_id = n.person_id), ''),
           '', 'person', NULL, NULL
    FROM search_person_name n;

-- Meetings: their own fields, and their participants.
CREATE TRIGGER search_meeting_insert AFTER INSERT ON meeting BEGIN
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_meeting_source WHERE id = new.id;
END;
CREATE TRIGGER search_meeting_update AFTER UPDATE OF title, description ON meeting BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_meeting_source WHERE id = new.id;
END;
CREATE TRIGGER search_meeting_delete AFTER DELETE ON meeting BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;
CREATE TRIGGER search_participant_insert AFTER INSERT ON participant BEGIN
    DELETE FROM search_index WHERE rowid = new.meeting_id * 8 + 1;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_meeting_source WHERE id = new.meeting_id;
END;
CREATE TRIGGER search_participant_update AFTER UPDATE OF meeting_id, person_id ON participant BEGIN
    DELETE FROM search_index WHERE rowid IN (old.meeting_id * 8 + 1, new.meeting_id * 8 + 1);
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_meeting_source
    WHERE id IN (old.meeting_id, new.meeting_id);
END;
CREATE TRIGGER search_participant_delete AFTER DELETE ON participant BEGIN
    DELETE FROM search_index WHERE rowid = old.meeting_id * 8 + 1;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_meeting_source WHERE id = old.meeting_id;
END;

-- Agenda entries: title and notes, the block's moderator, the topic's coordinators.
CREATE TRIGGER search_entry_insert AFTER INSERT ON agenda_entry BEGIN
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_entry_source WHERE id = new.id;
END;
CREATE TRIGGER search_entry_update
AFTER UPDATE OF title, pre_notes, running_notes, day_id, moderator_id ON agenda_entry BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_entry_source WHERE id = new.id;
END;
CREATE TRIGGER search_entry_delete AFTER DELETE ON agenda_entry BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
END;
CREATE TRIGGER search_coordinator_insert AFTER INSERT ON agenda_coordinator BEGIN
    DELETE FROM search_index WHERE rowid = new.entry_id * 8 + 2;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_entry_source WHERE id = new.entry_id;
END;
CREATE TRIGGER search_coordinator_update AFTER UPDATE OF entry_id, person_id ON agenda_coordinator BEGIN
    DELETE FROM search_index WHERE rowid IN (old.entry_id * 8 + 2, new.entry_id * 8 + 2);
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_entry_source
    WHERE id IN (old.entry_id, new.entry_id);
END;
CREATE TRIGGER search_coordinator_delete AFTER DELETE ON agenda_coordinator BEGIN
    DELETE FROM search_index WHERE rowid = old.entry_id * 8 + 2;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_entry_source WHERE id = old.entry_id;
END;

-- Action items: description, external reference, assignees (people and groups).
CREATE TRIGGER search_action_insert AFTER INSERT ON action_item BEGIN
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_action_source WHERE id = new.id;
END;
CREATE TRIGGER search_action_update
AFTER UPDATE OF description, external_ref, meeting_id, entry_id ON action_item BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_action_source WHERE id = new.id;
END;
CREATE TRIGGER search_action_delete AFTER DELETE ON action_item BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
END;
CREATE TRIGGER search_assignee_insert AFTER INSERT ON action_assignee BEGIN
    DELETE FROM search_index WHERE rowid = new.action_id * 8 + 3;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_action_source WHERE id = new.action_id;
END;
CREATE TRIGGER search_assignee_update AFTER UPDATE OF action_id, person_id, group_id ON action_assignee BEGIN
    DELETE FROM search_index WHERE rowid IN (old.action_id * 8 + 3, new.action_id * 8 + 3);
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_action_source
    WHERE id IN (old.action_id, new.action_id);
END;
CREATE TRIGGER search_assignee_delete AFTER DELETE ON action_assignee BEGIN
    DELETE FROM search_index WHERE rowid = old.action_id * 8 + 3;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_action_source WHERE id = old.action_id;
END;

-- Attachments: file name, description, who uploaded it.
CREATE TRIGGER search_attachment_insert AFTER INSERT ON attachment BEGIN
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_attachment_source WHERE id = new.id;
END;
CREATE TRIGGER search_attachment_update
AFTER UPDATE OF file_name, description, meeting_id, entry_id, uploaded_by ON attachment BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_attachment_source WHERE id = new.id;
END;
CREATE TRIGGER search_attachment_delete AFTER DELETE ON attachment BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
END;

-- People: their own row, and every place that names them when their name or username changes
-- (a removed person leaves their places through the cascades above).
CREATE TRIGGER search_person_insert AFTER INSERT ON person BEGIN
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_person_source WHERE id = new.id;
END;
CREATE TRIGGER search_person_update AFTER UPDATE OF display_name, username ON person
WHEN old.display_name IS NOT new.display_name OR old.username IS NOT new.username BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_person_source WHERE id = new.id;

    DELETE FROM search_index WHERE rowid IN (SELECT meeting_id * 8 + 1 FROM participant WHERE person_id = new.id);
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_meeting_source
    WHERE id IN (SELECT meeting_id FROM participant WHERE person_id = new.id);

    DELETE FROM search_index WHERE rowid IN (
        SELECT id * 8 + 2 FROM agenda_entry WHERE moderator_id = new.id
        UNION SELECT entry_id * 8 + 2 FROM agenda_coordinator WHERE person_id = new.id);
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_entry_source
    WHERE id IN (SELECT id FROM agenda_entry WHERE moderator_id = new.id
                 UNION SELECT entry_id FROM agenda_coordinator WHERE person_id = new.id);

    DELETE FROM search_index WHERE rowid IN (SELECT action_id * 8 + 3 FROM action_assignee WHERE person_id = new.id);
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_action_source
    WHERE id IN (SELECT action_id FROM action_assignee WHERE person_id = new.id);

    DELETE FROM search_index WHERE rowid IN (SELECT id * 8 + 4 FROM attachment WHERE uploaded_by = new.id);
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_attachment_source
    WHERE id IN (SELECT id FROM attachment WHERE uploaded_by = new.id);
END;
CREATE TRIGGER search_person_delete AFTER DELETE ON person BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
END;
CREATE TRIGGER search_alias_insert AFTER INSERT ON person_alias BEGIN
    DELETE FROM search_index WHERE rowid = new.person_id * 8 + 5;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_person_source WHERE id = new.person_id;
END;
CREATE TRIGGER search_alias_update AFTER UPDATE ON person_alias BEGIN
    DELETE FROM search_index WHERE rowid IN (old.person_id * 8 + 5, new.person_id * 8 + 5);
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_person_source
    WHERE id IN (old.person_id, new.person_id);
END;
CREATE TRIGGER search_alias_delete AFTER DELETE ON person_alias BEGIN
    DELETE FROM search_index WHERE rowid = old.person_id * 8 + 5;
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_person_source WHERE id = old.person_id;
END;

-- A group renamed: the action items assigned to it.
CREATE TRIGGER search_group_update AFTER UPDATE OF name ON person_group BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT action_id * 8 + 3 FROM action_assignee WHERE group_id = new.id);
    INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_action_source
    WHERE id IN (SELECT action_id FROM action_assignee WHERE group_id = new.id);
END;

INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_meeting_source;
INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_entry_source;
INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_action_source;
INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_attachment_source;
INSERT INTO search_index (rowid, title, body, people, kind, meeting_id, entry_id)
    SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_person_source;
