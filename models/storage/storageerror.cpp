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

namespace {

/** The code of a server's SQLSTATE (https://www.postgresql.org/docs/15/errcodes-appendix.html). */
int serverCode(const QString &state)
{
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03"))
        return StorageError::ServerUnreachable;
    if (state == QLatin1String("42501") || state == QLatin1String("25006"))
        return StorageError::NotPermitted;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return StorageError::ServerConflict;
    if (state == QLatin1String("23505"))
        return StorageError::ConstraintUnique;
    if (state == QLatin1String("23503"))
        return StorageError::ConstraintForeignKey;
    if (state.startsWith(QLatin1String("23")))
        return StorageError::Constraint;
    if (state == QLatin1String("53100"))
        return StorageError::Full;
    if (state.startsWith(QLatin1String("53")) || state.startsWith(QLatin1String("58")))
        return StorageError::IoError;
    if (state.startsWith(QLatin1String("XX")))
        return StorageError::Corrupt;
    return StorageError::NoCode;
}

} // namespace

StorageError StorageError::fromSql(const QString &context, const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    // SQLite's codes are numbers of at most four digits; a server's SQLSTATE has five characters.
    // A broken connection has no SQLSTATE: "no connection to the server", "server closed the connection…".
    const bool disconnected = native.isEmpty()
                              && (error.type() == QSqlError::ConnectionError
                                  || error.databaseText().contains(QLatin1String("connection"), Qt::CaseInsensitive));
    if (native.size() == 5 || disconnected)
        return fromCode(context, native.isEmpty() ? ServerUnreachable : serverCode(native), error.databaseText(),
                        error.text().trimmed());
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
    switch (code) {
    case ServerUnreachable:
        reason = QCoreApplication::translate("Quorum::StorageError", "the connection to the server was lost (%1)")
                     .arg(sqliteMessage.trimmed().isEmpty() ? otherwise : sqliteMessage.trimmed());
        break;
    case NotPermitted:
        reason = QCoreApplication::translate("Quorum::StorageError",
                                             "you may only read this team library (the server refused the change)");
        break;
    case ServerConflict:
        reason = QCoreApplication::translate("Quorum::StorageError",
                                             "another person's change got in the way; try again in a moment");
        break;
    default: break;
    }
    if (!reason.isEmpty())
        return StorageError(
            QCoreApplication::translate("Quorum::StorageError", "Could not %1: %2.").arg(context, reason), code);
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
