// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitehandle.h"

#include "storageerror.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Quorum {

namespace {

/** An authorizer that refuses BEGIN, COMMIT and ROLLBACK, and notes that it did. */
int refuseTransactions(void *refused, int action, const char *, const char *, const char *, const char *)
{
    if (action != SQLITE_TRANSACTION)
        return SQLITE_OK;
    *static_cast<bool *>(refused) = true;
    return SQLITE_DENY;
}

/** Sets a SQLITE_DBCONFIG_* switch and reads it back. */
bool configure(sqlite3 *handle, int option, int value)
{
    int now = -1;
    return sqlite3_db_config(handle, option, value, &now) == SQLITE_OK && now == value;
}

} // namespace

sqlite3 *SqliteHandle::of(const QSqlDatabase &db, const QString &context)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    sqlite3 *handle = v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0
                          ? *static_cast<sqlite3 *const *>(v.constData())
                          : nullptr;
    if (!handle)
        throw StorageError(tr("Could not %1: the library's connection is not an open SQLite connection.").arg(context));
    return handle;
}

void SqliteHandle::execute(const QSqlDatabase &db, const QString &script, const QString &context)
{
    sqlite3 *handle = of(db, context);
    // A COMMIT in the script would make what follows it a step of its own, outside the caller's
    // transaction: such a statement is refused before it runs.
    bool refused = false;
    sqlite3_set_authorizer(handle, refuseTransactions, &refused);
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, script.toUtf8().constData(), nullptr, nullptr, &message);
    const int code = sqlite3_extended_errcode(handle);
    const QString why = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
    sqlite3_free(message);
    sqlite3_set_authorizer(handle, nullptr, nullptr);
    if (refused)
        throw StorageError(
            tr("Could not %1: the script begins or ends a transaction, but it runs inside one.").arg(context));
    if (rc != SQLITE_OK)
        throw StorageError::fromSqlite(context, code, why);
}

void SqliteHandle::harden(const QSqlDatabase &db, const QString &context)
{
    harden(of(db, context), context);
}

void SqliteHandle::harden(sqlite3 *handle, const QString &context)
{
    if (!handle || !configure(handle, SQLITE_DBCONFIG_DEFENSIVE, 1)
        || !configure(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0))
        throw StorageError(tr("Could not %1: the connection cannot be made safe for a file from someone else "
                              "(defensive mode, untrusted schema).")
                               .arg(context));
}

void SqliteHandle::trustVerifiedSchema(const QSqlDatabase &db, const QString &context)
{
    trustVerifiedSchema(of(db, context), context);
}

void SqliteHandle::trustVerifiedSchema(sqlite3 *handle, const QString &context)
{
    if (!configure(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1))
        throw StorageError(tr("Could not %1: the library's own schema cannot be allowed to run.").arg(context));
}

} // namespace Quorum
