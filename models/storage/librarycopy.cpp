// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycopy.h"

#include "bulkindex.h"
#include "database.h"
#include "dialect.h"
#include "schemacheck.h"
#include "statement.h"
#include "storageerror.h"
#include "transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>

namespace Quorum {

namespace {

/** The library's tables in the order the migrations create them (a table before those naming it). */
QStringList tablesInOrder()
{
    const QList<Migration> migrations = Database::builtinMigrations();
    QStringList tables;
    for (const SchemaObject &o : SchemaCheck::expected(migrations, Database::latestVersion(migrations))) {
        // The search index is derived from the records: each side builds its own.
        if (o.type == QLatin1String("table") && !o.name.startsWith(QLatin1String("search_"))
            && !o.name.startsWith(QLatin1String("sqlite_")))
            tables << o.name;
    }
    return tables;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    Statement s = Statement::run(db, QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table),
                                 LibraryCopy::tr("read the library's tables"));
    const QSqlRecord record = s.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

/** Who changed a row and when: the server's own record of the target, never copied. */
bool isServerBookkeeping(const QString &column)
{
    return column == QLatin1String("row_version") || column == QLatin1String("changed_by")
           || column == QLatin1String("changed_at");
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    Statement s = Statement::run(db, sql, LibraryCopy::tr("look into the target library"));
    return s.next() ? s.integer(0) : 0;
}

} // namespace

CopySummary LibraryCopy::copy(const Database &source, Database &target)
{
    const QString context = tr("copy the library");
    const QSqlDatabase from = source.connection();
    const QSqlDatabase to = target.connection();
    if (source.schemaVersion() != target.schemaVersion())
        throw StorageError(tr("Could not copy the library: the two libraries have different formats (%1 and %2).")
                               .arg(source.schemaVersion())
                               .arg(target.schemaVersion()));
    if (count(to, QStringLiteral("SELECT (SELECT count(*) FROM meeting) + (SELECT count(*) FROM person) "
                                 "+ (SELECT count(*) FROM series)"))
        > 0)
        throw StorageError(tr("Could not copy the library: the target holds meetings or people already. A copy goes "
                              "into a new file or an empty team library only."));

    const ReadTransaction snapshot(from, context);
    Transaction tx(to, context);
    // Rows name rows that come later (an entry carried from a later one): the keys are checked at the commit.
    Statement::run(to,
                   Dialect::isServer(to) ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                                         : QStringLiteral("PRAGMA defer_foreign_keys = ON"),
                   context);
    // Nobody needs to hear of each row of a library that is not open anywhere yet.
    if (Dialect::isServer(to))
        Statement::run(to, QStringLiteral("SET LOCAL quorum.notices = 'off'"), context);
    BulkIndex index(to);
    CopySummary summary;
    for (const QString &table : tablesInOrder()) {
        const QStringList wanted = columnsOf(to, table);
        const QStringList present = columnsOf(from, table);
        QStringList columns;
        for (const QString &column : present) {
            if (wanted.contains(column) && !isServerBookkeeping(column))
                columns << column;
        }
        // In the order of their ids, or of their rows: a group's members, a list's entries keep it.
        // (A file's rowid is no column; a server's table without an id or rowid is keyed: by its key.)
        const QString order = present.contains(QStringLiteral("id")) ? QStringLiteral("id")
                              : !Dialect::isServer(from) || present.contains(QStringLiteral("rowid"))
                                  ? QStringLiteral("rowid")
                                  : QStringLiteral("1");
        Statement read = Statement::run(
            from, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QStringLiteral(", ")), table, order),
            context);
        Statement write(to,
                        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QStringLiteral(", ")),
                                 QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                        context);
        QVariantList row;
        while (read.next()) {
            row.clear();
            for (qsizetype i = 0; i < columns.size(); ++i)
                row << read.value(int(i));
            write.execWith(row);
            ++summary.rows;
            if (table == QLatin1String("meeting"))
                ++summary.meetings;
        }
        ++summary.tables;
    }
    index.finish();
    // The server hands out the next ids from its sequences: past the copied ones.
    if (Dialect::isServer(to))
        Statement::run(to, QStringLiteral("SELECT quorum_sync_sequences()"), context);
    tx.commit();
    return summary;
}

bool LibraryCopy::run(const QString &src, const QString &dst, CopySummary *summary, QString *error)
{
    std::unique_ptr<Database> source = Database::open(src, Database::Mode::ReadOnly, error);
    if (!source)
        return false;
    std::unique_ptr<Database> target;
    const bool toServer = Database::isServerLocation(dst);
    if (toServer) {
        // An empty database is set up first; one set up already (and still empty) is taken as it is.
        QString openError;
        target = Database::open(dst, Database::Mode::OpenExisting, &openError);
        if (!target) {
            target = Database::initServer(dst, error);
            if (!target) {
                *error = tr("%1 (Opening it as a library said: %2)").arg(*error, openError);
                return false;
            }
        }
        if (target->isReadOnly()) {
            *error = tr("Cannot copy into “%1”: %2").arg(target->path(), target->readOnlyReason());
            return false;
        }
    } else {
        target = Database::open(dst, Database::Mode::CreateNew, error);
        if (!target)
            return false;
    }
    try {
        *summary = copy(*source, *target);
    } catch (const StorageError &e) {
        *error = tr("%1 Nothing was copied.").arg(e.message());
        if (!toServer) {
            const QString created = target->path();
            target.reset();
            QFile::remove(created);
        }
        return false;
    }
    return true;
}

} // namespace Quorum
