// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlyconnection.h"

#include "sqlitehandle.h"
#include "storageerror.h"

#include <QSqlError>
#include <QUuid>

namespace Quorum {

ReadOnlyConnection::ReadOnlyConnection(const QString &path, int busyTimeoutMs)
    : m_name(QStringLiteral("quorum-read-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return;
    try {
        // Before it reads anything: the file may come from someone else.
        SqliteHandle::harden(db, tr("open the library for reading"));
    } catch (const StorageError &e) {
        m_error = e.message();
        db.close();
    }
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool ReadOnlyConnection::isOpen() const
{
    return database().isOpen();
}

QString ReadOnlyConnection::errorText() const
{
    return m_error.isEmpty() ? database().lastError().text() : m_error;
}

QSqlDatabase ReadOnlyConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace Quorum
