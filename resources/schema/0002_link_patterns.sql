-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ticket keys in notes (DM-26798, RFC-723) become links through patterns set once per library.
-- pattern is a regular expression matched as a whole word; url may use \0 (the whole key) and
-- \1..\9 (the pattern's groups).
CREATE TABLE link_pattern (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    pattern  TEXT NOT NULL CHECK (pattern <> ''),
    url      TEXT NOT NULL CHECK (url <> '')
);
