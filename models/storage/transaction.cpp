// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "dialect.h"
#include "sqlitehandle.h"
#include "statement.h"
#include "storageerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Quorum {

namespace {

// A server connection has no cheap "inside a transaction?" question through Qt: its driver
// object carries the answer, set by the transactions begun here (the only ones there are).
const char *const InTransaction = "quorumInTransaction";

bool isInServerTransaction(const QSqlDatabase &db)
{
    return db.driver()->property(InTransaction).toBool();
}

void setInServerTransaction(const QSqlDatabase &db, bool inside)
{
    if (Dialect::isServer(db))
        db.driver()->setProperty(InTransaction, inside);
}

} // namespace

Transaction::Transaction(const QSqlDatabase &db, const QString &context)
    : m_db(db)
    , m_context(context)
{
    Statement::run(m_db, Dialect::beginWrite(m_db), m_context);
    m_active = true;
    setInServerTransaction(m_db, true);
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
    setInServerTransaction(m_db, false);
}

void Transaction::rollback() noexcept
{
    m_active = false;
    setInServerTransaction(m_db, false);
    QSqlQuery q(m_db);
    // Fails harmlessly when SQLite already rolled back (disk full does that).
    q.exec(QStringLiteral("ROLLBACK"));
}

ReadTransaction::ReadTransaction(const QSqlDatabase &db, const QString &context)
    : m_db(db)
{
    if (Dialect::isServer(m_db)) {
        if (isInServerTransaction(m_db))
            return;
        // One snapshot of the server's data for everything read, as on a file.
        Statement::run(m_db, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), context);
        m_active = true;
        setInServerTransaction(m_db, true);
        return;
    }
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
    setInServerTransaction(m_db, false);
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace Quorum
