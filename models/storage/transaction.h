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

/**
 * A read transaction: everything read before it ends sees one state of the file, and SQLite
 * takes its shared lock and checks its cache once instead of at every statement. A program that
 * commits a write meanwhile waits for it (up to its busy timeout). Inside a transaction that is
 * already open it does nothing. Ends with the object; throws StorageError when it cannot begin.
 */
class ReadTransaction
{
public:
    ReadTransaction(const QSqlDatabase &db, const QString &context);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Quorum
