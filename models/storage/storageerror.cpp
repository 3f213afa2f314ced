// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Quorum {

StorageError::StorageError(QString message, int nativeCode)
    : m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
    , m_nativeCode(nativeCode)
{ }

StorageError StorageError::fromSql(const QString &context, const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const int primary = ok ? (code & 0xff) : -1;
    QString reason;
    switch (primary) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        reason = QCoreApplication::translate("Quorum::StorageError",
                                             "the library is in use by another program; try again in a moment");
        break;
    case 8: // SQLITE_READONLY
        reason = QCoreApplication::translate("Quorum::StorageError", "the library file is read-only");
        break;
    case 10: // SQLITE_IOERR
        reason = QCoreApplication::translate("Quorum::StorageError",
                                             "the disk reported an input/output error (is it full or removed?)");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        reason = QCoreApplication::translate("Quorum::StorageError", "the library file is damaged");
        break;
    case 13: // SQLITE_FULL
        reason = QCoreApplication::translate("Quorum::StorageError", "the disk is full");
        break;
    case 19: // SQLITE_CONSTRAINT
        reason = QCoreApplication::translate("Quorum::StorageError",
                                             "it conflicts with what the library already holds (%1)")
                     .arg(error.databaseText());
        break;
    default: reason = error.text().trimmed(); break;
    }
    return StorageError(QCoreApplication::translate("Quorum::StorageError", "Could not %1: %2.").arg(context, reason),
                        ok ? code : 0);
}

} // namespace Quorum
