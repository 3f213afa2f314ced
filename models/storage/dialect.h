// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QSqlDatabase>
#include <QString>

namespace Quorum {

/**
 * The one place where SQLite (a .quorum file) and PostgreSQL (a team library on a server) differ
 * in what the repositories ask of them. The repositories write SQL both understand (ON CONFLICT DO
 * NOTHING, coalesce, a `rowid` column the server schema declares) and ask here for the rest.
 */
class Dialect
{
public:
    enum class Backend {
        SQLite,
        PostgreSQL,
    };

    static Backend of(const QSqlDatabase &db);
    static bool isServer(const QSqlDatabase &db) { return of(db) == Backend::PostgreSQL; }

    /** SQL comparing column with one bound text, ignoring the case of letters. */
    static QString equalsIgnoringCase(const QSqlDatabase &db, const QString &column);
    /**
     * What an INSERT ends with so that Statement::lastInsertId() can say the new row's id: nothing
     * for SQLite, which tells it itself (an INSERT … RETURNING through Qt's driver, its statement
     * finalized before it ran to its end, was seen undone here), `RETURNING id` for a server.
     */
    static QString returningId(const QSqlDatabase &db);
    /** The statement that starts a write: SQLite takes the write lock at once (BEGIN IMMEDIATE). */
    static QString beginWrite(const QSqlDatabase &db);
    /**
     * A new id for a row of table (one of the schema's names) larger than pendingMax: the largest
     * + 1 in a file, which has one writer; the table's sequence on a server, where several people
     * add rows at once and a sequence never hands out the same number twice.
     */
    static Id nextId(const QSqlDatabase &db, const char *table, Id pendingMax);
};

} // namespace Quorum
