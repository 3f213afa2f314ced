-- The floor of `quorum search LIB budget`: the same FTS5 query as SearchRepository::search
-- (models/storage/searchrepository.cpp), its parameters written in, through the sqlite3 command
-- line: `sqlite3 -readonly LIB < search-budget.sql`. Keep it in step with that query.
WITH best AS (
  SELECT s.rowid AS id,
         CASE WHEN s.kind = 'person' THEN 0
              WHEN instr(highlight(search_index, 0, char(2), char(3)), char(2)) THEN (s.kind = 'attachment')
              WHEN instr(highlight(search_index, 2, char(2), char(3)), char(2)) THEN 2 ELSE 3 END AS tier,
         length(s.title) AS titleLength, length(s.people) AS peopleLength,
         bm25(search_index, 4.0, 1.0, 2.0) AS rank, m.start_date AS date
  FROM search_index s LEFT JOIN meeting m ON m.id = s.meeting_id
  WHERE search_index MATCH '"budget"'
  ORDER BY tier, CASE tier WHEN 2 THEN peopleLength WHEN 3 THEN rank ELSE titleLength END, date DESC, rank, id
  LIMIT 21)
SELECT b.id, b.tier, b.rank, s.meeting_id, s.entry_id, m.title, m.start_date, e.title, e.kind, s.title,
       highlight(search_index, 0, '[', ']'), snippet(search_index, 1, '[', ']', '…', 20),
       snippet(search_index, 2, '[', ']', '…', 12)
FROM best b JOIN search_index s ON s.rowid = b.id LEFT JOIN meeting m ON m.id = s.meeting_id
LEFT JOIN agenda_entry e ON e.id = s.entry_id
WHERE search_index MATCH '"budget"'
ORDER BY b.tier, CASE b.tier WHEN 2 THEN b.peopleLength WHEN 3 THEN b.rank ELSE b.titleLength END,
         b.date DESC, b.rank, b.id;
