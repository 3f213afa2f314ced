// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageerror.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace Quorum {

// The names must say what the linked SQLite means by each number.
static_assert(StorageError::Busy == SQLITE_BUSY && StorageError::Locked == SQLITE_LOCKED
              && StorageError::ReadOnly == SQLITE_READONLY && StorageError::IoError == SQLITE_IOERR
              && StorageError::Corrupt == SQLITE_CORRUPT && StorageError::Full == SQLITE_FULL
              && StorageError::CantOpen == SQLITE_CANTOPEN && StorageError::Protocol == SQLITE_PROTOCOL
              && StorageError::Constraint == SQLITE_CONSTRAINT && StorageError::NotADatabase == SQLITE_NOTADB);
static_assert(StorageError::ReadOnlyRollback == SQLITE_READONLY_ROLLBACK
              && StorageError::IoErrorWrite == SQLITE_IOERR_WRITE
              && StorageError::ConstraintForeignKey == SQLITE_CONSTRAINT_FOREIGNKEY
              && StorageError::ReadOnlyDirectory == SQLITE_READONLY_DIRECTORY
              && StorageError::ConstraintUnique == SQLITE_CONSTRAINT_UNIQUE);

StorageError::StorageError(QString message, int nativeCode)
    : m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
    , m_nativeCode(nativeCode)
{ }

bool StorageError::isEnvironmental() const
{
    switch (primaryCode()) {
    case Busy:
    case Locked:
    case ReadOnly:
    case IoError:
    case Corrupt:
    case Full:
    case CantOpen:
    case Protocol:
    case NotADatabase: return true;
    default: return false;
    }
}

StorageError StorageError::fromSql(const QString &context, const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return fromCode(context, ok ? code : NoCode, error.databaseText(), error.text().trimmed());
}

StorageError StorageError::fromSqlite(const QString &context, int code, const QString &sqliteMessage)
{
    return fromCode(context, code, sqliteMessage, sqliteMessage);
}

StorageError StorageError::fromCode(const QString &context, int code, const QString &sqliteMessage,
                                    const QString &otherwise)
{
    QString reason;
    switch (code & 0xff) {
    case Busy:
    case Locked:
        reason = QCoreApplication::translate("Quorum::StorageError",
                                             "the library is in use by another program; try again in a moment");
        break;
    case ReadOnly: reason = QCoreApplication::translate("Quorum::StorageError", "the library file is read-only"); break;
    case IoError:
        reason = QCoreApplication::translate("Quorum::StorageError",
                                             "the disk reported an input/output error (is it full or removed?)");
        break;
    case Corrupt:
    case NotADatabase:
        reason = QCoreApplication::translate("Quorum::StorageError", "the library file is damaged");
        break;
    case Full: reason = QCoreApplication::translate("Quorum::StorageError", "the disk is full"); break;
    case Constraint:
        reason = QCoreApplication::translate("Quorum::StorageError",
                                             "it conflicts with what the library already holds (%1)")
                     .arg(sqliteMessage);
        break;
    default: reason = otherwise; break;
    }
    return StorageError(QCoreApplication::translate("Quorum::StorageError", "Could not %1: %2.").arg(context, reason),
                        code);
}

} // namespace Quorum
