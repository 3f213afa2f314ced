// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchrepository.h"

#include "dialect.h"
#include "notes/markdowntext.h"
#include "statement.h"

#include <QSet>

#include <algorithm>

namespace Quorum {

namespace {

/** One thing to look for: the words of a word or of a "phrase", the last one a prefix when it ended in *. */
struct Term
{
    QString text;
    bool prefix = false;
};

/** What a person typed, split as ftsQuery() reads it: words and "phrases", a trailing * a prefix. */
QList<Term> searchTerms(const QString &text)
{
    QList<Term> terms;
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
        if (searchable)
            terms << Term{term, prefix};
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
    return terms;
}

} // namespace

QString SearchRepository::ftsQuery(const QString &text)
{
    QStringList out;
    for (Term term : searchTerms(text)) {
        term.text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        out << QLatin1Char('"') + term.text + QLatin1Char('"') + (term.prefix ? QStringLiteral("*") : QString());
    }
    return out.join(QLatin1Char(' '));
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

SearchHit SearchRepository::hitFrom(const Statement &s)
{
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
    return hit;
}

QList<SearchHit> SearchRepository::search(const QString &text, int limit) const
{
    if (Dialect::isServer(m_db))
        return searchOnServer(text, limit);
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
        SearchHit hit = hitFrom(s);
        hit.snippet = describe(hit.kind, s.text(10), s.text(11), s.text(12));
        hits << hit;
    }
    return hits;
}

// ------------------------------------------------------------------------------ on a server
// PostgreSQL full-text search over search_index.document (resources/schema/postgresql/0010_initial.sql):
// title weight A, body C, people B. The words of a term are found by to_tsquery; the marks and
// snippets are cut here from the stored text, word for word as FTS5's highlight() and snippet()
// cut them, since ts_headline would read the text unfolded (an accent or a file name's dot keeps
// it from seeing a word the search found).

namespace {

/** The letters and digits of text folded as the search folds them: accents off, lower case. */
QString folded(QStringView word)
{
    QString out;
    for (const QChar c : word.toString().normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue;
        switch (c.toLower().unicode()) {
        case 0x00DF: out += QLatin1String("ss"); break; // ß
        case 0x00E6: out += QLatin1String("ae"); break; // æ
        case 0x0153: out += QLatin1String("oe"); break; // œ
        case 0x00F8: out += QLatin1Char('o'); break; // ø
        case 0x0142: out += QLatin1Char('l'); break; // ł
        case 0x0111: out += QLatin1Char('d'); break; // đ
        case 0x0131: out += QLatin1Char('i'); break; // ı
        default: out += c.toLower(); break;
        }
    }
    return out;
}

/** A word of a text: where it starts and where it ends. */
struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
};

/** The words of text as the tokenizer sees them: runs of letters and digits (and their marks). */
QList<Token> tokens(const QString &text)
{
    QList<Token> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i).isMark());
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            out << Token{start, i};
            start = -1;
        }
    }
    return out;
}

/** A term as the folded words to find one after another. */
struct Phrase
{
    QStringList words;
    bool prefix = false;
};

QList<Phrase> phrases(const QList<Term> &terms)
{
    QList<Phrase> out;
    for (const Term &term : terms) {
        Phrase phrase;
        phrase.prefix = term.prefix;
        for (const Token &token : tokens(term.text))
            phrase.words << folded(QStringView(term.text).mid(token.start, token.end - token.start));
        if (!phrase.words.isEmpty())
            out << phrase;
    }
    return out;
}

/**
 * The tsquery (to_tsquery syntax) for phrases in the given weights: every word quoted (they hold
 * letters and digits only), the words of a phrase one after another in the same part of the
 * record, the last a prefix when asked. all: every phrase (each in any of the weights), else any.
 */
QString tsQuery(const QList<Phrase> &phrases, const QString &weights, bool all)
{
    QStringList out;
    for (const Phrase &phrase : phrases) {
        QStringList inWeights;
        for (const QChar weight : weights) {
            QStringList words;
            for (qsizetype i = 0; i < phrase.words.size(); ++i) {
                const bool prefix = phrase.prefix && i == phrase.words.size() - 1;
                words << QLatin1Char('\'') + phrase.words.at(i) + QLatin1String(prefix ? "':*" : "':") + weight;
            }
            inWeights << QLatin1Char('(') + words.join(QLatin1String(" <-> ")) + QLatin1Char(')');
        }
        out << QLatin1Char('(') + inWeights.join(QLatin1String(" | ")) + QLatin1Char(')');
    }
    return out.join(all ? QLatin1String(" & ") : QLatin1String(" | "));
}

/** Which words of text (by token) the phrases find: runs [first, last] of tokens, in order, merged where they overlap. */
QList<QPair<qsizetype, qsizetype>> found(const QString &text, const QList<Token> &words, const QList<Phrase> &phrases,
                                         QList<int> *phraseOfRun = nullptr)
{
    QStringList foldedWords;
    for (const Token &token : words)
        foldedWords << folded(QStringView(text).mid(token.start, token.end - token.start));
    QList<QPair<qsizetype, qsizetype>> runs;
    for (qsizetype i = 0; i < foldedWords.size(); ++i) {
        for (int p = 0; p < phrases.size(); ++p) {
            const Phrase &phrase = phrases.at(p);
            const qsizetype n = phrase.words.size();
            if (i + n > foldedWords.size())
                continue;
            bool match = true;
            for (qsizetype k = 0; k < n && match; ++k) {
                const bool prefix = phrase.prefix && k == n - 1;
                match = prefix ? foldedWords.at(i + k).startsWith(phrase.words.at(k))
                               : foldedWords.at(i + k) == phrase.words.at(k);
            }
            if (!match)
                continue;
            if (phraseOfRun)
                phraseOfRun->append(p);
            runs.append({i, i + n - 1});
        }
    }
    return runs;
}

/** text with the runs of words marked, from word first to word last (the text around them as it is). */
QString marked(const QString &text, const QList<Token> &words, QList<QPair<qsizetype, qsizetype>> runs, qsizetype first,
               qsizetype last, bool toTheEnd)
{
    std::sort(runs.begin(), runs.end());
    QString out;
    qsizetype at = first == 0 ? 0 : words.at(first).start;
    const qsizetype end = toTheEnd ? text.size() : words.at(last).end;
    qsizetype covered = -1; // the last word inside a mark already written
    for (qsizetype r = 0; r < runs.size(); ++r) {
        qsizetype from = runs.at(r).first;
        qsizetype to = runs.at(r).second;
        if (to < first || from > last || to <= covered)
            continue;
        // Overlapping runs become one mark.
        while (r + 1 < runs.size() && runs.at(r + 1).first <= to) {
            to = qMax(to, runs.at(r + 1).second);
            ++r;
        }
        from = qMax(qMax(from, first), covered + 1);
        to = qMin(to, last);
        if (from > to)
            continue;
        out += text.mid(at, words.at(from).start - at) + SearchHit::Mark;
        out += text.mid(words.at(from).start, words.at(to).end - words.at(from).start) + SearchHit::EndMark;
        at = words.at(to).end;
        covered = to;
    }
    out += text.mid(at, end - at);
    return out;
}

/** The whole text, the words found marked: FTS5's highlight(). */
QString highlighted(const QString &text, const QList<Phrase> &phrases)
{
    const QList<Token> words = tokens(text);
    if (words.isEmpty())
        return text;
    return marked(text, words, found(text, words, phrases), 0, words.size() - 1, true);
}

/**
 * The words of text that begin a sentence, as FTS5's snippet() finds them: the first, and every
 * one after a '.' or ':' and white space.
 */
QList<qsizetype> sentenceStarts(const QString &text, const QList<Token> &words)
{
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i == 0) {
            starts << 0;
            continue;
        }
        qsizetype at = words.at(i).start - 1;
        while (at >= 0 && QStringView(u" \t\n\r").contains(text.at(at)))
            --at;
        if (at != words.at(i).start - 1 && at >= 0
            && (text.at(at) == QLatin1Char('.') || text.at(at) == QLatin1Char(':')))
            starts << i;
    }
    return starts;
}

/**
 * At most length words of text, marked, with an ellipsis where the text goes on: FTS5's
 * snippet() (fts5SnippetFunction in SQLite's fts5_aux.c), step by step. Every place a term is
 * found is tried as the window's start: 1000 for each different term in it, 1 for each repeat;
 * the window is then centred on what it holds. A window that starts with the sentence holding
 * the place scores 100 more (120 at the very start), and wins when it scores higher.
 */
QString snippet(const QString &text, const QList<Phrase> &phrases, qsizetype length)
{
    const QList<Token> words = tokens(text);
    QList<int> phraseOfRun;
    const QList<QPair<qsizetype, qsizetype>> runs = found(text, words, phrases, &phraseOfRun);
    const qsizetype size = words.size();
    const auto score = [&](qsizetype from, qsizetype *adjusted) {
        QSet<int> seen;
        int total = 0;
        qsizetype first = -1;
        qsizetype lastEnd = 0;
        for (qsizetype o = 0; o < runs.size(); ++o) {
            if (runs.at(o).first < from || runs.at(o).first >= from + length)
                continue;
            total += seen.contains(phraseOfRun.at(o)) ? 1 : 1000;
            seen.insert(phraseOfRun.at(o));
            if (first < 0)
                first = runs.at(o).first;
            lastEnd = runs.at(o).second + 1;
        }
        if (adjusted) {
            qsizetype start = first - (length - (lastEnd - first)) / 2;
            if (start + length > size)
                start = size - length;
            *adjusted = qMax(qsizetype(0), start);
        }
        return total;
    };
    const QList<qsizetype> sentences = sentenceStarts(text, words);
    qsizetype start = 0;
    int best = 0;
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const qsizetype at = runs.at(r).first;
        qsizetype adjusted = 0;
        const int here = score(at, &adjusted);
        if (here > best) {
            best = here;
            start = adjusted;
        }
        if (size > length && !sentences.isEmpty()) {
            qsizetype jj = 0;
            while (jj < sentences.size() - 1 && sentences.at(jj + 1) <= at)
                ++jj;
            if (sentences.at(jj) < at) {
                const int fromSentence = score(sentences.at(jj), nullptr) + (sentences.at(jj) == 0 ? 120 : 100);
                if (fromSentence > best) {
                    best = fromSentence;
                    start = sentences.at(jj);
                }
            }
        }
    }
    if (words.isEmpty())
        return text;
    const qsizetype last = qMin(start + length, size) - 1;
    const bool toTheEnd = last >= size - 1;
    // A term found before the window is not marked in it, even where it runs into it.
    QList<QPair<qsizetype, qsizetype>> inside;
    for (const auto &run : runs) {
        if (run.first >= start)
            inside << run;
    }
    const QString ellipsis(QChar(0x2026));
    return (start > 0 ? ellipsis : QString()) + marked(text, words, inside, start, last, toTheEnd)
           + (toTheEnd ? QString() : ellipsis);
}

} // namespace

QList<SearchHit> SearchRepository::searchOnServer(const QString &text, int limit) const
{
    const QList<Phrase> wanted = phrases(searchTerms(text));
    if (wanted.isEmpty() || limit < 1)
        return {};
    // The tiers and their order as in search(); a title hit is a phrase in the title (weight A),
    // a people hit one in the people (weight B). ts_rank weighs {D, C, B, A} as bm25 weighs body 1,
    // people 2, title 4, and is negated to order like bm25 (lower is better). NULLs order as in SQLite.
    Statement s = Statement::run(
        m_db,
        QStringLiteral(
            "WITH q AS (SELECT to_tsquery('simple', quorum_fold(?)) AS words, "
            "to_tsquery('simple', quorum_fold(?)) AS title, to_tsquery('simple', quorum_fold(?)) AS people), "
            "best AS ("
            "SELECT s.row_id AS id, CASE WHEN s.kind = 'person' THEN 0 "
            "WHEN s.document @@ q.title THEN (CASE WHEN s.kind = 'attachment' THEN 1 ELSE 0 END) "
            "WHEN s.document @@ q.people THEN 2 ELSE 3 END AS tier, "
            "length(s.title) AS title_length, length(s.people) AS people_length, "
            "-ts_rank('{0, 0.25, 0.5, 1}', s.document, q.words, 1) AS rank, m.start_date AS date "
            "FROM search_index s CROSS JOIN q LEFT JOIN meeting m ON m.id = s.meeting_id "
            "WHERE s.document @@ q.words) "
            "SELECT b.id, b.tier, b.rank, s.meeting_id, s.entry_id, m.title, m.start_date, e.title, e.kind, s.title, "
            "s.body, s.people "
            "FROM best b JOIN search_index s ON s.row_id = b.id LEFT JOIN meeting m ON m.id = s.meeting_id "
            "LEFT JOIN agenda_entry e ON e.id = s.entry_id "
            "ORDER BY b.tier, CASE b.tier WHEN 2 THEN CAST(b.people_length AS DOUBLE PRECISION) "
            "WHEN 3 THEN b.rank ELSE CAST(b.title_length AS DOUBLE PRECISION) END NULLS FIRST, "
            "b.date DESC NULLS LAST, b.rank, b.id LIMIT ?"),
        tr("search the library"),
        {tsQuery(wanted, QStringLiteral("ACB"), true), tsQuery(wanted, QStringLiteral("A"), false),
         tsQuery(wanted, QStringLiteral("B"), false), limit});
    QList<SearchHit> hits;
    while (s.next()) {
        SearchHit hit = hitFrom(s);
        hit.snippet = describe(hit.kind, highlighted(s.text(9), wanted), snippet(s.text(10), wanted, 20),
                               snippet(s.text(11), wanted, 12));
        hits << hit;
    }
    return hits;
}

} // namespace Quorum
