// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/checkreport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace Quorum {

class Database;

/**
 * Checks a library: SQLite's integrity check, the references between records (foreign keys),
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

private:
    static void check(const QSqlDatabase &db, CheckReport *report);
};

} // namespace Quorum
