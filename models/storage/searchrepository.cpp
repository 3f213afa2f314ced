// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchrepository.h"

#include "notes/markdowntext.h"
#include "statement.h"

namespace Quorum {

QString SearchRepository::ftsQuery(const QString &text)
{
    QStringList terms;
    QString current;
    bool inPhrase = false;
    const auto flush = [&](bool phrase) {
        QString term = current.trimmed();
        current.clear();
        bool prefix = false;
        if (!phrase) {
            prefix = term.endsWith(QLatin1Char('*'));
            while (term.endsWith(QLatin1Char('*')))
                term.chop(1);
        }
        // Only letters and digits make words for the tokenizer; a term without any finds nothing.
        bool searchable = false;
        for (const QChar c : term)
            searchable = searchable || c.isLetterOrNumber();
        if (!searchable)
            return;
        term.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + term + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            flush(inPhrase);
            inPhrase = !inPhrase;
        } else if (c.isSpace() && !inPhrase) {
            flush(false);
        } else {
            current += c;
        }
    }
    flush(inPhrase);
    return terms.join(QLatin1Char(' '));
}

namespace {

QString joined(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return first + QStringLiteral(" — ") + second;
}

bool marked(const QString &text)
{
    return text.contains(SearchHit::Mark);
}

} // namespace

QString SearchRepository::describe(SearchHit::Kind kind, const QString &title, const QString &body,
                                   const QString &people)
{
    const bool inTitle = marked(title);
    const bool inBody = marked(body);
    // Notes and descriptions are Markdown; titles, file names and names are shown as they are.
    const bool markdown
        = kind == SearchHit::Kind::Meeting || kind == SearchHit::Kind::Entry || kind == SearchHit::Kind::Attachment;
    const QString bodyText = markdown ? MarkdownText::toLine(body) : body.simplified();
    QString text;
    switch (kind) {
    case SearchHit::Kind::Person:
        return joined(title.simplified(), bodyText.isEmpty() ? QString() : tr("also %1").arg(bodyText));
    case SearchHit::Kind::Action:
    case SearchHit::Kind::Decision: text = joined(title.simplified(), inBody ? bodyText : QString()); break;
    default:
        if (inBody)
            text = bodyText;
        else if (inTitle || !marked(people))
            text = title.simplified();
        break;
    }
    if (!marked(people))
        return text;
    const QString names = people.simplified();
    switch (kind) {
    case SearchHit::Kind::Meeting: return joined(text, tr("Participants: %1").arg(names));
    case SearchHit::Kind::Entry: return joined(text, tr("Led by %1").arg(names));
    case SearchHit::Kind::Action: return joined(text, tr("Assigned to %1").arg(names));
    case SearchHit::Kind::Attachment: return joined(text, tr("Uploaded by %1").arg(names));
    case SearchHit::Kind::Decision: return joined(text, tr("Decided by %1").arg(names));
    case SearchHit::Kind::Person: break;
    }
    return text;
}

QList<SearchHit> SearchRepository::search(const QString &text, int limit) const
{
    const QString query = ftsQuery(text);
    if (query.isEmpty() || limit < 1)
        return {};
    // First where the words are (SearchHit::Match): the name of the thing itself (a meeting, a
    // topic, an action item, a person) before a file that mentions it in its name, then the people
    // on a place, then the text of notes and descriptions. Among names, the shortest first: the one
    // that is just the words ("DMTN-148") before those that mention them; among people, the place
    // with fewest people (theirs alone before a shared one); then newer meetings first. FTS5's bm25
    // cannot say this, as it weighs a match by the length of the whole row, long notes included; it
    // orders the text matches (titles weighing most), newer meetings first when equal. Only the best
    // rows get their snippets cut (the costly part).
    const QString mark(SearchHit::Mark);
    const QString endMark(SearchHit::EndMark);
    Statement s = Statement::run(
        m_db,
        QStringLiteral(
            "WITH best AS ("
            "SELECT s.rowid AS id, CASE WHEN s.kind = 'person' THEN 0 "
            "WHEN instr(highlight(search_index, 0, char(2), char(3)), char(2)) THEN (s.kind = 'attachment') "
            "WHEN instr(highlight(search_index, 2, char(2), char(3)), char(2)) THEN 2 ELSE 3 END AS tier, "
            "length(s.title) AS titleLength, length(s.people) AS peopleLength, "
            "bm25(search_index, 4.0, 1.0, 2.0) AS rank, m.start_date AS date "
            "FROM search_index s LEFT JOIN meeting m ON m.id = s.meeting_id WHERE search_index MATCH ? "
            "ORDER BY tier, CASE tier WHEN 2 THEN peopleLength WHEN 3 THEN rank ELSE titleLength END, "
            "date DESC, rank, id LIMIT ?) "
            "SELECT b.id, b.tier, b.rank, s.meeting_id, s.entry_id, m.title, m.start_date, e.title, e.kind, s.title, "
            "highlight(search_index, 0, ?, ?), snippet(search_index, 1, ?, ?, '…', 20), "
            "snippet(search_index, 2, ?, ?, '…', 12) "
            "FROM best b JOIN search_index s ON s.rowid = b.id LEFT JOIN meeting m ON m.id = s.meeting_id "
            "LEFT JOIN agenda_entry e ON e.id = s.entry_id "
            "WHERE search_index MATCH ? "
            "ORDER BY b.tier, CASE b.tier WHEN 2 THEN b.peopleLength WHEN 3 THEN b.rank ELSE b.titleLength END, "
            "b.date DESC, b.rank, b.id"),
        tr("search the library"), {query, limit, mark, endMark, mark, endMark, mark, endMark, query});
    QList<SearchHit> hits;
    while (s.next()) {
        SearchHit hit;
        const qint64 rowid = s.integer(0);
        hit.itemId = rowid / 8;
        switch (rowid % 8) {
        case 1: hit.kind = SearchHit::Kind::Meeting; break;
        case 2: hit.kind = SearchHit::Kind::Entry; break;
        case 3: hit.kind = SearchHit::Kind::Action; break;
        case 4: hit.kind = SearchHit::Kind::Attachment; break;
        case 6: hit.kind = SearchHit::Kind::Decision; break;
        default: hit.kind = SearchHit::Kind::Person; break;
        }
        switch (s.integer(1)) {
        case 0: hit.match = SearchHit::Match::Name; break;
        case 1: hit.match = SearchHit::Match::FileName; break;
        case 2: hit.match = SearchHit::Match::People; break;
        default: hit.match = SearchHit::Match::Text; break;
        }
        hit.rank = s.value(2).toDouble();
        hit.meetingId = s.integer(3);
        hit.entryId = s.integer(4);
        hit.meetingTitle = s.text(5);
        hit.meetingDate = dateFromSql(s.value(6));
        hit.entryTitle = s.text(7);
        // A block is often untitled: the agenda names it by its moderator, who is in the snippet.
        if (hit.entryId && hit.entryTitle.isEmpty())
            hit.entryTitle = s.text(8) == QLatin1String("block") ? tr("Moderated block") : tr("Untitled entry");
        hit.title = hit.kind == SearchHit::Kind::Entry ? hit.entryTitle : s.text(9);
        hit.snippet = describe(hit.kind, s.text(10), s.text(11), s.text(12));
        hits << hit;
    }
    return hits;
}

} // namespace Quorum
