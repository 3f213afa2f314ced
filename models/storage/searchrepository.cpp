// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchrepository.h"

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

QList<SearchHit> SearchRepository::search(const QString &text, int limit) const
{
    const QString query = ftsQuery(text);
    if (query.isEmpty())
        return {};
    // Titles weigh more than bodies.
    Statement s = Statement::run(
        m_db,
        QStringLiteral("SELECT s.rowid, s.meeting_id, s.entry_id, m.title, m.start_date, e.title, s.title, "
                       "snippet(search_index, -1, ?, ?, '…', 16), bm25(search_index, 4.0, 1.0) AS rank "
                       "FROM search_index s JOIN meeting m ON m.id = s.meeting_id "
                       "LEFT JOIN agenda_entry e ON e.id = s.entry_id "
                       "WHERE search_index MATCH ? ORDER BY rank, m.start_date DESC, s.rowid LIMIT ?"),
        tr("search the library"), {QString(SearchHit::Mark), QString(SearchHit::EndMark), query, limit});
    QList<SearchHit> hits;
    while (s.next()) {
        SearchHit hit;
        const qint64 rowid = s.integer(0);
        hit.itemId = rowid / 8;
        switch (rowid % 8) {
        case 1: hit.kind = SearchHit::Kind::Meeting; break;
        case 2: hit.kind = SearchHit::Kind::Entry; break;
        case 3: hit.kind = SearchHit::Kind::Action; break;
        default: hit.kind = SearchHit::Kind::Attachment; break;
        }
        hit.meetingId = s.integer(1);
        hit.entryId = s.integer(2);
        hit.meetingTitle = s.text(3);
        hit.meetingDate = dateFromSql(s.value(4));
        hit.entryTitle = s.text(5);
        hit.title = s.text(6);
        hit.snippet = s.text(7);
        hit.rank = s.value(8).toDouble();
        hits << hit;
    }
    return hits;
}

} // namespace Quorum
