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

private:
    static void check(const QSqlDatabase &db, CheckReport *report);
};

} // namespace Quorum
