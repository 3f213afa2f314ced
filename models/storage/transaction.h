// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Quorum {

/**
 * A write transaction (BEGIN IMMEDIATE, so a concurrent writer is noticed before any work is
 * done). Rolls back on destruction unless commit() succeeded. commit() throws StorageError on
 * failure, and the transaction is then rolled back: the next edit never starts inside it.
 */
class Transaction
{
public:
    Transaction(const QSqlDatabase &db, const QString &context);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    void rollback() noexcept;

    QSqlDatabase m_db;
    QString m_context;
    bool m_active = false;
};

} // namespace Quorum
