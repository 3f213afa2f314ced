// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkindex.h"

#include "dialect.h"
#include "schemacheck.h"
#include "sqlitehandle.h"
#include "statement.h"
#include "storageerror.h"

#include <sqlite3.h>

namespace Quorum {

namespace {

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QStringList columnsOf(const QSqlDatabase &db, const QString &name, const QString &context)
{
    QStringList columns;
    Statement info = Statement::run(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"), context, {name});
    while (info.next())
        columns << info.text(0);
    return columns;
}

} // namespace

QList<BulkIndex::Source> BulkIndex::sources(const QSqlDatabase &db, const QString &context)
{
    QList<Source> result;
    const QList<SchemaObject> schema = SchemaCheck::of(db);
    for (const QString &table : SchemaCheck::fts5Tables(schema)) {
        Source source{table, columnsOf(db, table, context), {}};
        for (const SchemaObject &o : schema) {
            if (o.type == QLatin1String("view")
                && columnsOf(db, o.name, context)
                       == QStringList{QStringLiteral("id"), QStringLiteral("row_id")} + source.columns)
                source.views << o.name;
        }
        if (!source.views.isEmpty())
            result << source;
    }
    return result;
}

void BulkIndex::fill(const QSqlDatabase &db, const Source &source, const QHash<QString, qint64> &after,
                     const QString &context)
{
    QStringList quotedColumns;
    for (const QString &c : source.columns)
        quotedColumns << quoted(c);
    const QString list = quotedColumns.join(QStringLiteral(", "));
    for (const QString &view : source.views) {
        Statement::run(db,
                       QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT row_id, %2 FROM %3 WHERE id > ?")
                           .arg(quoted(source.table), list, quoted(view)),
                       context, {after.value(view, -1)});
    }
}

BulkIndex::BulkIndex(const QSqlDatabase &db)
    : m_db(db)
{
    // A server's triggers index each row as it comes, and are a rule for every other client too.
    if (Dialect::isServer(m_db))
        return;
    const QString context = tr("prepare the search index");
    // Only the search index's own triggers may be left out: any other would be a rule of the records.
    Statement others = Statement::run(
        m_db,
        QStringLiteral(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name NOT LIKE 'search\\_%' ESCAPE '\\'"),
        context);
    if (!others.next() || others.integer(0) != 0)
        return;
    m_sources = sources(m_db, context);
    for (const Source &source : std::as_const(m_sources)) {
        for (const QString &view : source.views) {
            Statement top = Statement::run(
                m_db, QStringLiteral("SELECT coalesce(max(id), -1) FROM %1").arg(quoted(view)), context);
            m_before.insert(view, top.next() ? top.integer(0) : -1);
        }
    }
    enableTriggers(false);
    m_active = true;
}

BulkIndex::~BulkIndex()
{
    if (m_active) {
        try {
            enableTriggers(true);
        } catch (const StorageError &) {
            // (It was set on this connection a moment ago and cannot fail now.)
        }
    }
}

void BulkIndex::finish()
{
    if (!m_active)
        return;
    enableTriggers(true);
    m_active = false;
    const QString context = tr("build the search index");
    for (const Source &source : std::as_const(m_sources))
        fill(m_db, source, m_before, context);
}

void BulkIndex::enableTriggers(bool on)
{
    sqlite3 *handle = SqliteHandle::of(m_db, tr("prepare the search index"));
    int now = -1;
    if (sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, on ? 1 : 0, &now) != SQLITE_OK || now != (on ? 1 : 0))
        throw StorageError(tr("Could not %1: SQLite did not take the setting.").arg(tr("prepare the search index")));
}

} // namespace Quorum
