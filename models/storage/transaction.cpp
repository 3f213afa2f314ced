// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "statement.h"
#include "storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

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

} // namespace Quorum
