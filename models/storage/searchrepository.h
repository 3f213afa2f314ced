// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/searchhit.h"
#include "repository.h"

#include <QList>

namespace Quorum {

class Statement;

/**
 * Full-text search over the library (SQLite FTS5, kept in step by triggers: see
 * resources/schema/0004_search_people.sql; on a server PostgreSQL full-text search over the same rows,
 * resources/schema/postgresql/0010_initial.sql): meeting titles and descriptions, agenda topics with
 * their notes, action items, attachment names, the people on each of them, and the person directory.
 */
class SearchRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(SearchRepository)

public:
    using Repository::Repository;

    /**
     * The best hits for what a person typed (words, "a phrase", prefix*), at most limit of them:
     * ask for one more than you show to know whether there are more. Throws StorageError.
     */
    QList<SearchHit> search(const QString &text, int limit = 50) const;

    /**
     * What a person typed as an FTS5 query that cannot fail to parse: every word and "phrase"
     * quoted, a trailing * kept as a prefix search, all of them required. Empty when nothing is searchable.
     */
    static QString ftsQuery(const QString &text);

    /**
     * A hit's snippet from its marked title, body snippet and people snippet: the thing found as
     * text (Markdown read as text), with the people on it when they matched.
     */
    static QString describe(SearchHit::Kind kind, const QString &title, const QString &body, const QString &people);

private:
    /**
     * search() on a PostgreSQL server: full-text search over search_index.document with the same
     * tiers, order and result (the marks and snippets cut as FTS5 cuts them).
     */
    QList<SearchHit> searchOnServer(const QString &text, int limit) const;
    /** A hit from the row of either query: all but its snippet. */
    static SearchHit hitFrom(const Statement &s);
};

} // namespace Quorum
