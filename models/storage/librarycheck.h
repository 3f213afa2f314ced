// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/checkreport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace Quorum {

class Database;

/**
 * Checks a library: its schema against the one Quorum creates (SchemaCheck; a file with planted
 * objects is reported and not read further), SQLite's integrity check, FTS5's check of the search index, the references between records (foreign keys),
 * every attachment's content against its checksum, and records that must belong together
 * (an entry and its block on one day; an action item and its entry in one meeting). Reads only.
 */
class LibraryCheck
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCheck)

public:
    /** The open library. */
    static CheckReport run(const Database &db);
    /** A file that may be too damaged to open as a library: it is opened read-only for the check alone. */
    static CheckReport runOnFile(const QString &path);

    /**
     * The rules on how records relate (sections 2 and 3 of the check): references to records that
     * exist, and records that belong together. One sentence per kind of fault, with its count;
     * the JSON import runs them too before it commits. Throws StorageError.
     */
    static QStringList relationProblems(const QSqlDatabase &db);

    /**
     * Builds the search index again from the records, inside the caller's transaction (it is
     * derived data: no record changes, so the undo history stays valid). Throws StorageError.
     */
    static void rebuildSearchIndex(const QSqlDatabase &db);

private:
    /** writable: the library's own connection when it may write, else null. */
    static void check(const QSqlDatabase &db, const Database *writable, CheckReport *report);
    /** The checks of a library on a PostgreSQL server: its format, its search index against the records, then checkRecords(). */
    static void checkServer(const QSqlDatabase &db, CheckReport *report);
    /** Sections 2 to 4, the same on both back ends: references, records that belong together, attachments. */
    static void checkRecords(const QSqlDatabase &db, CheckReport *report);
    /** The rows search_index is made from on a server: its source views, one after another. */
    static QString serverIndexSources();
    static void checkSearchIndex(const QSqlDatabase &db, const Database *writable, const QStringList &tables,
                                 CheckReport *report);
};

} // namespace Quorum
