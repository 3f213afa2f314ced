// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Quorum {

/**
 * The search index filled once after a bulk write that only adds records (the JSON import),
 * instead of by the schema's triggers at every row: a participant, coordinator or assignee makes
 * its trigger tokenize its meeting, entry or action item again, and a deleted FTS5 row is
 * tokenized a second time to be taken out. While it is open the connection runs no trigger;
 * finish() indexes every record added since it opened, from the same views the triggers read,
 * so the index holds exactly what the triggers would have written. When the schema has a
 * trigger that is not the search index's, it does nothing and the triggers run as before.
 * Inside the caller's transaction; throws StorageError.
 */
class BulkIndex
{
    Q_DECLARE_TR_FUNCTIONS(BulkIndex)

public:
    /** A search index table and the views it is filled from: its columns, after an id and a row_id. */
    struct Source
    {
        QString table;
        QStringList columns;
        QStringList views;
    };
    /** Every FTS5 table of db with its views (a table without any is left out). */
    static QList<Source> sources(const QSqlDatabase &db, const QString &context);
    /** Adds the rows of source's views whose id is above the one given for the view (all when none is). */
    static void fill(const QSqlDatabase &db, const Source &source, const QHash<QString, qint64> &after,
                     const QString &context);

    explicit BulkIndex(const QSqlDatabase &db);
    /** Turns the triggers on again; what was added after the last finish() is not indexed. */
    ~BulkIndex();
    BulkIndex(const BulkIndex &) = delete;
    BulkIndex &operator=(const BulkIndex &) = delete;

    /** Indexes what was added, and turns the triggers on again. */
    void finish();

private:
    void enableTriggers(bool on);

    QSqlDatabase m_db;
    bool m_active = false;
    QList<Source> m_sources;
    QHash<QString, qint64> m_before; ///< each view's highest id before the write
};

} // namespace Quorum
