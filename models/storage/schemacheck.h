// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Quorum {

/** One row of sqlite_schema. */
struct SchemaObject
{
    QString type; ///< table, view, trigger, index
    QString name;
    QString table; ///< tbl_name: the table a trigger or an index belongs to
    QString sql; ///< with its runs of white space made one space; empty for SQLite's own indexes

    bool operator==(const SchemaObject &other) const
    {
        return type == other.type && name == other.name && table == other.table && sql == other.sql;
    }
    bool operator!=(const SchemaObject &other) const { return !(*this == other); }
};

/**
 * Compares a library's schema (sqlite_schema) with the one this version of Quorum creates at the
 * library's format: a file from someone else may carry triggers, views or altered tables that run
 * when it is read or edited. The expected schema is what the migrations create (written at build
 * time for the built-in ones); SQLite's automatic indexes, the FTS5 shadow tables the migrations
 * create and SQLite's statistics tables (sqlite_stat*) are expected.
 */
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    /**
     * The schema migrations creates up to version (0: none), in order. For the built-in
     * migrations it is the table the build wrote (models/tools/schemagen.cpp), for others they are
     * applied in memory once; kept either way. Throws StorageError.
     */
    static QList<SchemaObject> expected(const QList<Migration> &migrations, int version);
    /** The same, always by applying migrations to a database in memory now (tests compare the two). */
    static QList<SchemaObject> applied(const QList<Migration> &migrations, int version);
    /** The schema of db as stored (sqlite_schema); reading it runs nothing. Throws StorageError. */
    static QList<SchemaObject> of(const QSqlDatabase &db);
    /**
     * What differs between db and the schema of migrations at version, each in words ("an unknown
     * trigger “x” on table meeting", "the table “meeting” replaced by a view", "an altered table
     * “person”", "a missing index “y”"); empty when they agree. Throws StorageError.
     */
    static QStringList differences(const QSqlDatabase &db, const QList<Migration> &migrations, int version);
    /** The differences as a list for one sentence: the first few, then how many more. */
    static QString summary(const QStringList &differences);
    /** The FTS5 tables of a schema (the search index). */
    static QStringList fts5Tables(const QList<SchemaObject> &schema);
};

} // namespace Quorum
