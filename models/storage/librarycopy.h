// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Quorum {

class Database;

/** What a copy moved. */
struct CopySummary
{
    int tables = 0;
    qint64 rows = 0;
    qint64 meetings = 0;
};

/**
 * `quorum copy SRC DST`: a whole library from a .quorum file to a team library on a server, or
 * back (an offline copy), or between two of either kind. Every record keeps its id, so the JSON
 * exports of the two are identical. All or nothing: the rows go in one transaction of the target,
 * read in one snapshot of the source.
 */
class LibraryCopy
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCopy)

public:
    /**
     * Copies source into target, which must hold no meetings and no people (a file just created, a
     * server library just set up). Throws StorageError; then target is as it was.
     */
    static CopySummary copy(const Database &source, Database &target);

    /**
     * The verb: opens src (read-only), creates dst (a new file, or an empty server database, which
     * is set up first with Database::initServer) and copies. A file created for the copy is removed
     * again when the copy fails. False with *error set.
     */
    static bool run(const QString &src, const QString &dst, CopySummary *summary, QString *error);
};

} // namespace Quorum
