-- SPDX-License-Identifier: GPL-3.0-or-later
-- Full-text search across the library: meeting titles and descriptions, agenda topics with their
-- pre-meeting and running notes, action items and attachment names. Triggers keep the index in
-- step with every write, undo included. A row's rowid is its record's id * 8 + its kind
-- (1 meeting, 2 agenda entry, 3 action item, 4 attachment), so each trigger finds it directly.
CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, kind UNINDEXED, meeting_id UNINDEXED, entry_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_meeting_insert AFTER INSERT ON meeting BEGIN
    INSERT INTO search_index (rowid, title, body, kind, meeting_id, entry_id)
    VALUES (new.id * 8 + 1, new.title, new.description, 'meeting', new.id, NULL);
END;
CREATE TRIGGER search_meeting_update AFTER UPDATE OF title, description ON meeting BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
    INSERT INTO search_index (rowid, title, body, kind, meeting_id, entry_id)
    VALUES (new.id * 8 + 1, new.title, new.description, 'meeting', new.id, NULL);
END;
CREATE TRIGGER search_meeting_delete AFTER DELETE ON meeting BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;

CREATE TRIGGER search_entry_insert AFTER INSERT ON agenda_entry BEGIN
    INSERT INTO search_index (rowid, title, body, kind, meeting_id, entry_id)
    VALUES (new.id * 8 + 2, new.title, new.pre_notes || char(10) || new.running_notes, 'entry',
            (SELECT meeting_id FROM meeting_day WHERE id = new.day_id), new.id);
END;
CREATE TRIGGER search_entry_update AFTER UPDATE OF title, pre_notes, running_notes, day_id ON agenda_entry BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
    INSERT INTO search_index (rowid, title, body, kind, meeting_id, entry_id)
    VALUES (new.id * 8 + 2, new.title, new.pre_notes || char(10) || new.running_notes, 'entry',
            (SELECT meeting_id FROM meeting_day WHERE id = new.day_id), new.id);
END;
CREATE TRIGGER search_entry_delete AFTER DELETE ON agenda_entry BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
END;

CREATE TRIGGER search_action_insert AFTER INSERT ON action_item BEGIN
    INSERT INTO search_index (rowid, title, body, kind, meeting_id, entry_id)
    VALUES (new.id * 8 + 3, new.description, new.external_ref, 'action', new.meeting_id, new.entry_id);
END;
CREATE TRIGGER search_action_update AFTER UPDATE OF description, external_ref, meeting_id, entry_id ON action_item BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
    INSERT INTO search_index (rowid, title, body, kind, meeting_id, entry_id)
    VALUES (new.id * 8 + 3, new.description, new.external_ref, 'action', new.meeting_id, new.entry_id);
END;
CREATE TRIGGER search_action_delete AFTER DELETE ON action_item BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
END;

CREATE TRIGGER search_attachment_insert AFTER INSERT ON attachment BEGIN
    INSERT INTO search_index (rowid, title, body, kind, meeting_id, entry_id)
    VALUES (new.id * 8 + 4, new.file_name, new.description, 'attachment', new.meeting_id, new.entry_id);
END;
CREATE TRIGGER search_attachment_update AFTER UPDATE OF file_name, description, meeting_id, entry_id ON attachment BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
    INSERT INTO search_index (rowid, title, body, kind, meeting_id, entry_id)
    VALUES (new.id * 8 + 4, new.file_name, new.description, 'attachment', new.meeting_id, new.entry_id);
END;
CREATE TRIGGER search_attachment_delete AFTER DELETE ON attachment BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
END;

INSERT INTO search_index (rowid, title, body, kind, meeting_id, entry_id)
    SELECT id * 8 + 1, title, description, 'meeting', id, NULL FROM meeting;
INSERT INTO search_index (rowid, title, body, kind, meeting_id, entry_id)
    SELECT e.id * 8 + 2, e.title, e.pre_notes || char(10) || e.running_notes, 'entry', d.meeting_id, e.id
    FROM agenda_entry e JOIN meeting_day d ON d.id = e.day_id;
INSERT INTO search_index (rowid, title, body, kind, meeting_id, entry_id)
    SELECT id * 8 + 3, description, external_ref, 'action', meeting_id, entry_id FROM action_item;
INSERT INTO search_index (rowid, title, body, kind, meeting_id, entry_id)
    SELECT id * 8 + 4, file_name, description, 'attachment', meeting_id, entry_id FROM attachment;
