// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialect.h"

#include "repository.h"
#include "statement.h"

#include <QCoreApplication>

namespace Quorum {

Dialect::Backend Dialect::of(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Backend::PostgreSQL : Backend::SQLite;
}

QString Dialect::equalsIgnoringCase(const QSqlDatabase &db, const QString &column)
{
    if (isServer(db))
        return QStringLiteral("lower(%1) = lower(?)").arg(column);
    return QStringLiteral("%1 = ? COLLATE NOCASE").arg(column);
}

QString Dialect::returningId(const QSqlDatabase &db)
{
    return isServer(db) ? QStringLiteral(" RETURNING id") : QString();
}

QString Dialect::beginWrite(const QSqlDatabase &db)
{
    return isServer(db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

Id Dialect::nextId(const QSqlDatabase &db, const char *table, Id pendingMax)
{
    if (!isServer(db))
        return qMax(pendingMax, Repository(db).maxId(table)) + 1;
    // table is one of the schema's names, written in the code, never input.
    Statement s = Statement::run(
        db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id'))").arg(QLatin1String(table)),
        QCoreApplication::translate("Quorum::Dialect", "take a new number for the row"));
    const Id id = s.next() ? s.integer(0) : 0;
    return qMax(id, pendingMax + 1);
}

} // namespace Quorum
