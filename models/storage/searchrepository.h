// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository.h"

#include <QDate>
#include <QList>

namespace Quorum {

/** One place a search found, best first. */
struct SearchHit
{
    enum class Kind { Meeting, Entry, Action, Attachment };

    Kind kind = Kind::Meeting;
    Id itemId = 0; ///< the meeting, entry, action item or attachment
    Id meetingId = 0;
    Id entryId = 0; ///< the agenda entry it belongs to, or 0
    QString meetingTitle;
    QDate meetingDate;
    QString entryTitle;
    QString title; ///< what was found: a title, a topic, an action, a file name
    QString snippet; ///< the matching words between SearchHit::Mark and SearchHit::EndMark
    double rank = 0; ///< lower is better (bm25)

    static constexpr QChar Mark = QChar(0x2);
    static constexpr QChar EndMark = QChar(0x3);
};

/**
 * Full-text search over the library (SQLite FTS5, kept in step by triggers: see
 * resources/schema/0003_search.sql): meeting titles and descriptions, agenda topics with their
 * notes, action items and attachment names.
 */
class SearchRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(SearchRepository)

public:
    using Repository::Repository;

    /** The best hits for what a person typed (words, "a phrase", prefix*); throws StorageError. */
    QList<SearchHit> search(const QString &text, int limit = 50) const;

    /**
     * What a person typed as an FTS5 query that cannot fail to parse: every word and "phrase"
     * quoted, a trailing * kept as a prefix search, all of them required. Empty when nothing is searchable.
     */
    static QString ftsQuery(const QString &text);
};

} // namespace Quorum
