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

    /**
     * Makes a new connection safe for a file from someone else, before it reads anything: defensive
     * mode on (no writable_schema, no writes to shadow tables, …) and trusted_schema off (the
     * file's triggers and views may not call functions with side effects or use virtual tables).
     * Throws StorageError when SQLite does not take either.
     */
    static void harden(const QSqlDatabase &db, const QString &context);
    static void harden(sqlite3 *handle, const QString &context);
    /**
     * Lets the schema's own triggers write the search index (FTS5 is not marked innocuous in
     * SQLite, so trusted_schema off refuses it in a trigger). Only for a connection whose schema
     * was compared with the one this version creates and found equal (SchemaCheck).
     */
    static void trustVerifiedSchema(const QSqlDatabase &db, const QString &context);
    static void trustVerifiedSchema(sqlite3 *handle, const QString &context);
};

} // namespace Quorum
