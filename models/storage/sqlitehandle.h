// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace Quorum {

/**
 * The SQLite connection under a QSQLITE connection, for what Qt Sql does not offer: a script of
 * many statements, the online backup. The handle belongs to the QSqlDatabase: never close it.
 */
class SqliteHandle
{
    Q_DECLARE_TR_FUNCTIONS(SqliteHandle)

public:
    /** The sqlite3 connection of db; throws StorageError ("Could not <context>: …") when db is not SQLite. */
    static sqlite3 *of(const QSqlDatabase &db, const QString &context);

    /**
     * Runs script, its statements as SQLite itself parses them (triggers with BEGIN … END, quotes,
     * comments), through sqlite3_exec, inside the caller's transaction: a BEGIN, COMMIT or
     * ROLLBACK in it is refused. Stops at the first statement that fails and throws StorageError
     * with SQLite's code and message; the caller's Transaction then undoes what ran before it.
     */
    static void execute(const QSqlDatabase &db, const QString &script, const QString &context);
};

} // namespace Quorum
