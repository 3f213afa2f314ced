// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "sqlitehandle.h"
#include "statement.h"
#include "storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Quorum {

Transaction::Transaction(const QSqlDatabase &db, const QString &context)
    : m_db(db)
    , m_context(context)
{
    Statement::run(m_db, QStringLiteral("BEGIN IMMEDIATE"), m_context);
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

void Transaction::commit()
{
    // QSqlDatabase::commit() loses the native error code: run COMMIT as a statement.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        q.finish();
        rollback();
        throw StorageError::fromSql(m_context, error);
    }
    m_active = false;
}

void Transaction::rollback() noexcept
{
    m_active = false;
    QSqlQuery q(m_db);
    // Fails harmlessly when SQLite already rolled back (disk full does that).
    q.exec(QStringLiteral("ROLLBACK"));
}

ReadTransaction::ReadTransaction(const QSqlDatabase &db, const QString &context)
    : m_db(db)
{
    if (!sqlite3_get_autocommit(SqliteHandle::of(m_db, context)))
        return;
    Statement::run(m_db, QStringLiteral("BEGIN"), context);
    m_active = true;
}

ReadTransaction::~ReadTransaction()
{
    if (!m_active)
        return;
    // Nothing was written: ending it only lets go of the shared lock.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace Quorum
